#!/usr/bin/env python3
"""Score quote records against PolNeAR attribution annotations (brat standoff: Source, Cue, Content).

usage: polnear-score.py --ann DIR --pred FILE.jsonl [--direct-only] [--verbose]

DIR is a PolNeAR split's attributions folder (e.g. data/dev/attributions); FILE.jsonl holds article
records printed by `herald analyze --input-format plain --format jsonl TEXT...` on the split's text
files, so that record offsets (code points) are offsets into the text files. A record is matched to
the first annotation file (by name) whose name starts with the record's file name without ".txt"
(some articles were annotated by several annotators; one annotation is used).

PolNeAR labels every token at most once (source, cue, content or none), so spans are scored token by
token (\\w+ runs):
  content  P = predicted quote tokens inside some gold Content / predicted quote tokens
           R = gold Content tokens inside some predicted quote / gold Content tokens
  source   the same with gold Source spans and the predicted speakers' source expressions
           (record["quotes"][i]["speaker"]["source"], e.g. "Clinton spokesman Nick Merrill"; the
           mention where a record has no source), which is what PolNeAR's Source spans are
  mention  source scored with the speaker mentions only (["speaker"]["mention"], "Nick Merrill"),
           as source was scored before speakers had a source expression
  quoted-content recall: R of content restricted to gold Contents that contain a quotation mark,
           the part of PolNeAR that direct-quote finders aim at.
  quoted-source accuracy: of the gold attributions with quoted Content that some predicted quote
           overlaps, the share whose predicted speaker mention overlaps the gold Source.
  quoted-speaker identity: the same share, counting a speaker right when any mention of its entity
           (record["entities"]) overlaps the gold Source: the right actor credited through another of
           its mentions ("Trump" two sentences up, where PolNeAR marks the "Trump" of this one). It is
           what the contract's quote metric measures (speaker names, not mentions); the accuracy above
           stays the headline figure.
Prints the totals over all matched articles; --verbose adds one line per article. --direct-only
leaves out the predicted quotes of kind "indirect" (reported speech), which scores the records as
`herald analyze --no-indirect` would print them (reported speech only ever adds quotes).
"""
import argparse
import json
import os
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)
MARKS = "\"“”«»„"


def spans_of(field):
    out = []
    for frag in field.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path):
    labels = {"Source": [], "Content": [], "Cue": [], "pairs": []}
    byid = {}
    events = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("E"):
                events.append(dict(x.split(":", 1) for x in line.split("\t")[1].split()))
                continue
            if not line.startswith("T"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            kind, _, rest = parts[1].partition(" ")
            if kind in ("Source", "Content", "Cue"):
                labels[kind].append(spans_of(rest))
                byid[parts[0]] = spans_of(rest)
    for e in events:
        if e.get("Content") in byid and e.get("Source") in byid:
            labels["pairs"].append((byid[e["Content"]], byid[e["Source"]]))
    return labels


def token_spans(text):
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def covered(tok, spans):
    s, e = tok
    return any(a <= s and e <= b for (a, b) in spans)


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ann", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--direct-only", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    totals = {"content": [0, 0, 0, 0], "source": [0, 0, 0, 0], "mention": [0, 0, 0, 0], "quoted": [0, 0], "qsource": [0, 0],
              "qidentity": [0, 0]}
    n = 0
    try:
        matched = list(matched_records(a.ann, a.pred))
    except ValueError as e:
        print(f"polnear-score: {e}", file=sys.stderr)
        return 2
    for stem, rec, gold in matched:
        text = rec["text"]
        n += 1
        if a.direct_only:
            rec["quotes"] = [q for q in rec.get("quotes") or [] if q.get("kind") != "indirect"]
        toks = token_spans(text)
        pred_content = [(q["start"], q["end"]) for q in rec.get("quotes") or []]
        pred_source = source_spans(rec, "source")
        row = []
        for key, gold_spans, pred in (("content", gold["Content"], pred_content), ("source", gold["Source"], pred_source),
                                      ("mention", gold["Source"], source_spans(rec, "mention"))):
            flat = [s for spans in gold_spans for s in spans]
            in_pred = [t for t in toks if covered(t, pred)]
            in_gold = [t for t in toks if covered(t, flat)]
            t = totals[key]
            t[0] += sum(1 for x in in_pred if covered(x, flat))
            t[1] += len(in_pred)
            t[2] += sum(1 for x in in_gold if covered(x, pred))
            t[3] += len(in_gold)
            row.append(f"{key} F1 {prf(*t_article(in_pred, in_gold, flat, pred))[2]:.3f}")
        quoted = [s for spans in gold["Content"] for s in spans
                  if any(c in text[spans[0][0]:spans[-1][1]] for c in MARKS)]
        q_toks = [t for t in toks if covered(t, quoted)]
        totals["quoted"][0] += sum(1 for x in q_toks if covered(x, pred_content))
        totals["quoted"][1] += len(q_toks)
        for content, source, hits, ok in quoted_attributions(text, gold, rec.get("quotes") or []):
            totals["qsource"][1] += 1
            totals["qsource"][0] += ok
            totals["qidentity"][1] += 1
            totals["qidentity"][0] += ok or identity_overlaps(rec, hits, source)
            if a.verbose and not ok:
                got = "; ".join(f"{(q.get('speaker') or {}).get('name')}" for q in hits)
                print(f"   wrong source: gold {text[source[0][0]:source[-1][1]]!r} got {got!r} for "
                      f"{text[content[0][0]:content[0][0] + 60]!r}")
        if a.verbose:
            print(f"{stem}: " + ", ".join(row))
    if n == 0:
        print("polnear-score: no record matched an annotation file", file=sys.stderr)
        return 2
    print(f"articles {n}")
    for key in ("source", "content", "mention"):
        p, r, f = prf(*totals[key])
        print(f"{key:8s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    q = totals["quoted"]
    print(f"quoted-content recall {q[0] / q[1] if q[1] else 0:.3f}")
    qs = totals["qsource"]
    print(f"quoted-source accuracy {qs[0] / qs[1] if qs[1] else 0:.3f} ({qs[0]} of {qs[1]})")
    qi = totals["qidentity"]
    print(f"quoted-speaker identity {qi[0] / qi[1] if qi[1] else 0:.3f} ({qi[0]} of {qi[1]})")
    return 0


def source_spans(rec, field):
    """The spans of the records' speakers under field ("source", falling back to "mention" in records
    printed before speakers had a source; or "mention")."""
    out = []
    for q in rec.get("quotes") or []:
        sp = q.get("speaker") or {}
        m = sp.get(field) or sp.get("mention")
        if m:
            out.append((m["start"], m["end"]))
    return out


def matched_records(ann_dir, pred):
    """Yields (stem, record, gold labels) for each record of the JSON Lines file pred that has
    an annotation file in ann_dir; raises ValueError when a record's text is not its text file's."""
    anns = sorted(f for f in os.listdir(ann_dir) if f.endswith(".ann"))
    text_dir = os.path.join(os.path.dirname(os.path.normpath(ann_dir)), "text")
    with open(pred, encoding="utf-8") as fh:
        records = [json.loads(l) for l in fh if l.strip()]
    for rec in records:
        stem = os.path.basename(rec["input"]["path"])
        stem = stem[:-4] if stem.endswith(".txt") else stem
        ann = next((f for f in anns if f.startswith(stem + "_")), None)
        if ann is None:
            continue
        with open(os.path.join(text_dir, stem + ".txt"), encoding="utf-8") as tf:
            if rec.get("text") != tf.read():
                raise ValueError(f"{stem}: record text differs from the text file; use --input-format plain")
        yield stem, rec, read_ann(os.path.join(ann_dir, ann))


def quoted_attributions(text, gold, quotes):
    """Yields (content, source, predicted quotes overlapping the content, whether one of their speaker
    mentions overlaps the source) for the gold attributions with quoted content that a quote overlaps."""
    for content, source in gold["pairs"]:
        if not any(c in text[content[0][0]:content[-1][1]] for c in MARKS):
            continue
        hits = [q for q in quotes if any(q["start"] < b and a0 < q["end"] for a0, b in content)]
        if not hits:
            continue
        ok = any(q.get("speaker") and q["speaker"].get("mention")
                 and any(q["speaker"]["mention"]["start"] < b and a0 < q["speaker"]["mention"]["end"] for a0, b in source)
                 for q in hits)
        yield content, source, hits, ok


def identity_overlaps(rec, hits, source):
    """Whether some mention of the entity of one of the hits' speakers overlaps the gold source."""
    mentions = {e["id"]: e.get("mentions") or [] for e in rec.get("entities") or []}
    for q in hits:
        for m in mentions.get((q.get("speaker") or {}).get("entity"), []):
            if any(m["start"] < b and a0 < m["end"] for a0, b in source):
                return True
    return False


def t_article(in_pred, in_gold, flat, pred):
    return (sum(1 for x in in_pred if covered(x, flat)), len(in_pred),
            sum(1 for x in in_gold if covered(x, pred)), len(in_gold))


if __name__ == "__main__":
    sys.exit(main())
