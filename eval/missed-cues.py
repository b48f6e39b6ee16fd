#!/usr/bin/env python3
"""Tallies the gold cues of PolNeAR attributions whose content no predicted quote touches (error analysis).

usage: missed-cues.py --ann DIR --pred FILE.jsonl [--top N] [--shape SHAPE] [--cue TEXT] [--examples N]

Same inputs as polnear-score.py (DIR: a split's attributions folder; FILE.jsonl: the records of
`herald analyze --input-format plain` on its text files, e.g. target/eval-quotes/polnear.herald.jsonl
after `eval/quotes.sh --split train`). For each gold attribution (Source, Cue, Content) whose Content
no predicted quote overlaps, it counts the attribution and its Content tokens (what content recall
loses) under its cue text (lower-cased, fragments joined by "…") and under the first shape of its
sentence that fits (the sentence found by a rough splitter, at the cue):

  with a direct quote   the sentence holds a predicted direct quote (reported speech is not read there)
  beside another        another attribution of the sentence was read (a second cue in one sentence)
  no source             the gold attribution has no Source (passive or subjectless: "When asked …")
  source after cue      the Source follows the Cue ("…, said X"; "was reported by X")
  content before cue    the Content ends before the Cue ("CONTENT, X said")
  cue before content    the rest: "X said CONTENT"
Prints the shapes, then the N most frequent cues (by missed Content tokens) with their counts and the
share of each shape. --shape or --cue keeps only those misses; --examples N prints N sentences of the
misses kept, cue in [brackets].
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

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]*[A-Z0-9])|\n+")
SHAPES = ("with a direct quote", "beside another", "no source", "source after cue", "content before cue",
          "cue before content")


def read_events(path):
    """The gold attributions of an annotation file: dicts of role -> list of (start, end) spans."""
    spans, events = {}, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) >= 2:
                kind, _, rest = parts[1].partition(" ")
                spans[parts[0]] = score.spans_of(rest)
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(x.split(":", 1) for x in parts[1].split()))
    out = []
    for e in events:
        roles = {r: spans[e[r]] for r in ("Source", "Cue", "Content") if e.get(r) in spans}
        if "Content" in roles and "Cue" in roles:
            out.append(roles)
    return out


def sentence_at(text, offset):
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.end() > offset:
            return start, m.start() + 1
        start = m.end()
    return start, len(text)


def overlaps(spans, start, end):
    return any(a < end and start < b for a, b in spans)


def shape(ev, sentence, quotes):
    s, e = sentence
    in_sentence = [q for q in quotes if q["start"] < e and s < q["end"]]
    if any(q.get("kind") == "direct" for q in in_sentence):
        return "with a direct quote"
    if in_sentence:
        return "beside another"
    if "Source" not in ev:
        return "no source"
    if ev["Source"][0][0] > ev["Cue"][0][0]:
        return "source after cue"
    if ev["Content"][-1][1] <= ev["Cue"][0][0]:
        return "content before cue"
    return "cue before content"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ann", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--shape", choices=SHAPES)
    ap.add_argument("--cue")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    by_shape = collections.Counter()
    shape_tokens = collections.Counter()
    by_cue = collections.Counter()
    cue_tokens = collections.Counter()
    cue_shapes = collections.defaultdict(collections.Counter)
    examples = []
    ann_files = sorted(f for f in os.listdir(a.ann) if f.endswith(".ann"))
    for stem, rec, _ in score.matched_records(a.ann, a.pred):
        text, quotes = rec["text"], rec.get("quotes") or []
        ann = next(f for f in ann_files if f.startswith(stem + "_"))
        for ev in read_events(os.path.join(a.ann, ann)):
            if any(overlaps(ev["Content"], q["start"], q["end"]) for q in quotes):
                continue
            cue = " … ".join(text[x:y] for x, y in ev["Cue"]).lower().replace("\u2019", "'")
            kind = shape(ev, sentence_at(text, ev["Cue"][0][0]), quotes)
            if (a.shape and kind != a.shape) or (a.cue and cue != a.cue.lower()):
                continue
            tokens = sum(len(score.token_spans(text[x:y])) for x, y in ev["Content"])
            by_shape[kind] += 1
            shape_tokens[kind] += tokens
            by_cue[cue] += 1
            cue_tokens[cue] += tokens
            cue_shapes[cue][kind] += 1
            if len(examples) < a.examples:
                s, e = sentence_at(text, ev["Cue"][0][0])
                c0, c1 = ev["Cue"][0][0], ev["Cue"][-1][1]
                examples.append(f"{kind}: {text[s:c0]}[{text[c0:c1]}]{text[c1:e]}".replace("\n", " "))
    total = sum(shape_tokens.values())
    print(f"missed attributions {sum(by_shape.values())}, their content tokens {total}")
    for kind in SHAPES:
        print(f"  {kind:20s} {by_shape[kind]:6d} attributions {shape_tokens[kind]:7d} tokens "
              f"({shape_tokens[kind] / total if total else 0:.3f})")
    print(f"\ncues by missed content tokens (top {a.top}): tokens, attributions, shapes")
    for cue, tokens in cue_tokens.most_common(a.top):
        shapes = ", ".join(f"{k} {n}" for k, n in cue_shapes[cue].most_common(3))
        print(f"  {tokens:6d} {by_cue[cue]:5d}  {cue!r:40s} {shapes}")
    for x in examples:
        print("\n" + x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
