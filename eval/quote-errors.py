#!/usr/bin/env python3
"""Buckets the wrong speakers of quoted contents on a PolNeAR split, by kind (error analysis).

usage: quote-errors.py --ann DIR --pred FILE.jsonl [--list]

Reads the same inputs as polnear-score.py (DIR: a split's attributions folder; FILE.jsonl: records of
`herald analyze --input-format plain` on its text files, e.g. target/eval-quotes/polnear.herald.jsonl
after `eval/quotes.sh --split train`). Takes the gold attributions with quoted Content that some
predicted quote overlaps and whose predicted speaker mention does not overlap the gold Source (the
misses of "quoted-source accuracy"), and puts each in the first bucket that fits:

  no speaker         the quote has no speaker
  document source    the gold Source is headed by a document, message or outlet noun ("the report")
  unnamed source     the gold Source is a description opened by a determiner ("the organizer", "one source")
  relative pronoun   the gold Source is "who", "which" or "that"
  same speaker       the predicted speaker has a word of the gold Source (another mention of the same one)
  uncued, carried    the quote has no cue in its sentence and went to the last speaker (alternation)
  partial, cued      a partial quote credited by a cue to someone else (the clause's subject is not the speaker)
  direct, cued       a direct quote credited by a cue to someone else
--list prints each miss: bucket, gold source, predicted speaker and cue, the quote's first words.
"""
import argparse
import collections
import importlib.util
import os
import re
import sys

_spec = importlib.util.spec_from_file_location("polnear_score", os.path.join(os.path.dirname(__file__), "polnear-score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

DOCUMENTS = {"report", "reports", "memo", "letter", "email", "emails", "message", "statement", "tweet", "ad", "poll",
             "survey", "study", "website", "editorial", "transcript", "newspaper", "paper", "magazine", "publication",
             "video", "release", "post", "book", "article", "headline", "sign", "signs", "banner", "banners"}
DETERMINERS = {"the", "a", "an", "one", "another", "some", "many", "several", "these", "those", "his", "her", "their", "its"}


def bucket(gold, quote):
    speaker = quote.get("speaker") or {}
    words = re.findall(r"[\w'’-]+", gold.lower())
    if not speaker.get("name"):
        return "no speaker"
    if words and words[0] in DETERMINERS and any(w in DOCUMENTS for w in words):
        return "document source"
    if words and words[0] in DETERMINERS:
        return "unnamed source"
    if words in (["who"], ["which"], ["that"]):
        return "relative pronoun"
    named = set(re.findall(r"[\w'’-]+", speaker["name"].lower()))
    if any(w in named for w in words if len(w) > 2):
        return "same speaker"
    if not quote.get("cue"):
        return "uncued, carried"
    return "partial, cued" if quote.get("kind") == "partial" else "direct, cued"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ann", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    counts = collections.Counter()
    checked = 0
    for _, rec, gold in score.matched_records(a.ann, a.pred):
        text = rec["text"]
        for content, source, hits, ok in score.quoted_attributions(text, gold, rec.get("quotes") or []):
            checked += 1
            if ok:
                continue
            said = text[source[0][0]:source[-1][1]].replace("\n", " ")
            kind = bucket(said, hits[0])
            counts[kind] += 1
            if a.list:
                sp = hits[0].get("speaker") or {}
                print(f"{kind}\tgold {said!r}\tgot {sp.get('name')!r} ({(sp.get('mention') or {}).get('text')!r}, "
                      f"cue {hits[0].get('cue')!r})\t{hits[0]['text'][:60]!r}")
    print(f"quoted contents checked {checked}, wrong speaker {sum(counts.values())}")
    for kind, n in counts.most_common():
        print(f"{n:6d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
