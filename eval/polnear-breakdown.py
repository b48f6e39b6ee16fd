#!/usr/bin/env python3
"""Where PolNeAR's source and content F1 lose their tokens (error analysis of polnear-score.py's figures).

usage: polnear-breakdown.py --ann DIR --pred FILE.jsonl [--direct-only] [--mention] [--examples N]

Same inputs as polnear-score.py; a speaker's span is its source expression (speaker.source), or its
mention with --mention. Each gold Source token and each gold Content token is put in the
first bucket that fits, through the gold attribution (Source, Cue, Content) it belongs to:

  source tokens (recall side)
    hit               some predicted speaker span covers it
    mention shorter   a predicted quote overlaps the attribution's content and its speaker span
                      overlaps this Source, but not this token ("Nick Merrill" for "Clinton spokesman
                      Nick Merrill")
    mention elsewhere a predicted quote overlaps the content; its mention is another span (another
                      mention of the same speaker, a carried-over speaker, or the wrong speaker)
    no mention        a predicted quote overlaps the content but has no speaker mention
    content missed, quoted / unquoted
                      no predicted quote overlaps the content (with / without a quotation mark in it)
    no attribution    the Source token belongs to no attribution event
  content tokens (recall side)
    hit, boundary (a predicted quote overlaps the content, not this token: before / after it),
    missed quoted, missed unquoted
  predicted tokens outside gold (precision side), for sources: the predicted quote overlaps a gold
  content (a true attribution, its mention not the gold Source) or not (no gold attribution there);
  for contents: the quote overlaps a gold content (boundary) or not.
The buckets of one side sum to the token count polnear-score.py divides by (a token of two
attributions is counted in its first). --examples N prints N examples of "mention elsewhere" and
"mention shorter" (gold Source, predicted mention).
"""
import argparse
import collections
import importlib.util
import os
import sys

_spec = importlib.util.spec_from_file_location("polnear_score", os.path.join(os.path.dirname(__file__), "polnear-score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


FIELD = "source"


def mention_of(q):
    """The span of the quote's speaker scored as source: its source expression (or, with --mention, its mention)."""
    sp = q.get("speaker") or {}
    m = sp.get(FIELD) or sp.get("mention")
    return (m["start"], m["end"]) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ann", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--direct-only", action="store_true")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--mention", action="store_true", help="score the speaker mentions, not their source expressions")
    a = ap.parse_args()
    global FIELD
    FIELD = "mention" if a.mention else "source"
    src = collections.Counter()
    con = collections.Counter()
    prec = collections.Counter()
    examples = collections.defaultdict(list)
    for _, rec, gold in score.matched_records(a.ann, a.pred):
        text = rec["text"]
        quotes = rec.get("quotes") or []
        if a.direct_only:
            quotes = [q for q in quotes if q.get("kind") != "indirect"]
        toks = score.token_spans(text)
        mentions = [m for m in (mention_of(q) for q in quotes) if m]
        pred_content = [(q["start"], q["end"]) for q in quotes]
        pairs = gold["pairs"]
        gold_source = [s for spans in gold["Source"] for s in spans]
        gold_content = [s for spans in gold["Content"] for s in spans]

        def pair_of(tok, side):
            for content, source in pairs:
                if score.covered(tok, content if side == "content" else source):
                    return content, source
            return None

        for tok in toks:
            if score.covered(tok, gold_source):
                p = pair_of(tok, "source")
                if score.covered(tok, mentions):
                    kind = "hit"
                elif p is None:
                    kind = "no attribution"
                else:
                    content, source = p
                    hits = [q for q in quotes if overlaps((q["start"], q["end"]), content)]
                    quoted = any(c in text[content[0][0]:content[-1][1]] for c in score.MARKS)
                    if not hits:
                        kind = "content missed, " + ("quoted" if quoted else "unquoted")
                    elif any(mention_of(q) and overlaps(mention_of(q), source) for q in hits):
                        kind = "mention shorter"
                    elif any(mention_of(q) for q in hits):
                        kind = "mention elsewhere"
                    else:
                        kind = "no mention"
                    if kind.startswith("mention") and len(examples.get(kind, [])) < a.examples:
                        m = next(mention_of(q) for q in hits if mention_of(q))
                        examples[kind].append((text[source[0][0]:source[-1][1]], text[m[0]:m[1]],
                                               (hits[0].get("speaker") or {}).get("name"), hits[0].get("kind")))
                src[kind] += 1
            if score.covered(tok, gold_content):
                p = pair_of(tok, "content")
                if score.covered(tok, pred_content):
                    kind = "hit"
                elif p is None:
                    kind = "no attribution"
                else:
                    content = p[0]
                    hits = [q for q in quotes if overlaps((q["start"], q["end"]), content)]
                    quoted = any(c in text[content[0][0]:content[-1][1]] for c in score.MARKS)
                    if hits:
                        kind = "boundary, " + ("before the quote" if tok[1] <= min(q["start"] for q in hits) else "after or inside")
                    else:
                        kind = "missed, " + ("quoted" if quoted else "unquoted")
                con[kind] += 1
            if score.covered(tok, mentions) and not score.covered(tok, gold_source):
                owner = [q for q in quotes if mention_of(q) and score.covered(tok, [mention_of(q)])]
                true = any(overlaps((q["start"], q["end"]), gold_content) for q in owner)
                prec["source, " + ("on a gold attribution" if true else "no gold content there")] += 1
            if score.covered(tok, pred_content) and not score.covered(tok, gold_content):
                owner = [q for q in quotes if score.covered(tok, [(q["start"], q["end"])])]
                true = any(overlaps((q["start"], q["end"]), gold_content) for q in owner)
                prec["content, " + ("boundary of a gold content" if true else "no gold content there")] += 1
    for title, counts in (("gold source tokens", src), ("gold content tokens", con), ("predicted tokens outside gold", prec)):
        total = sum(counts.values())
        print(f"{title}: {total}")
        for kind, n in counts.most_common():
            print(f"  {kind:32s} {n:7d}  {n / total if total else 0:.3f}")
    for kind, rows in examples.items():
        print(f"examples, {kind}:")
        for gold_src, got, name, qkind in rows:
            print(f"  gold {gold_src!r:40s} mention {got!r:25s} name {name!r} ({qkind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
