#!/usr/bin/env python3
"""Scores Herald's events on PLOVER's gold-standard records (sentences from the CAMEO manual).

usage: gsr_score.py split RECORDS OUTDIR                   writes one plain-text file per record (NNNN.txt)
       gsr_score.py score RECORDS PRED.jsonl [--half H]   prints the figures
       gsr_score.py errors RECORDS PRED.jsonl [--half H]  lists the records with a wrong type, source or
                                                          target, by kind, for error analysis

--half even|odd: only the records whose number (NNNN, the order of the records file) is even or odd.
The even half is the one rules are tuned on; the odd half is looked at rarely, to check that a gain
holds on records the rules were not written from (all: both, the figure to report).

Per record (one sentence, one gold event with PLOVER type, source and maybe target):
- type accuracy: Herald coded at least one event of the gold type in the sentence;
- first-type accuracy: Herald's first event has the gold type;
- source accuracy: among records with the right type, that event's source shares a word
  (not a stop word) with one of the gold source texts; target accuracy likewise, over records whose
  gold has a target;
- coverage: Herald coded any event at all.
"""
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+")
STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "s", "its", "their", "his", "her"}


def records(path):
    with open(path, encoding="utf-8") as fh:
        return [r for r in json.load(fh) if r.get("text") and r.get("event") != "DOCUMENT"]


def words(s):
    return {w.lower() for w in WORD.findall(s or "")} - STOP


def actors(field):
    if not field or not isinstance(field, list):
        return []
    return [a.get("actorText", "") for a in field if isinstance(a, dict)]


def named(gold_texts, pred):
    if not pred:
        return False
    got = words(pred.get("name"))
    return any(words(g) & got for g in gold_texts)


def split(path, out):
    os.makedirs(out, exist_ok=True)
    for n, r in enumerate(records(path)):
        with open(os.path.join(out, f"{n:04d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(r["text"] + "\n")


def predictions(pred_path):
    pred = {}
    with open(pred_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                pred[int(os.path.basename(rec["input"]["path"]).split(".")[0])] = rec.get("events") or []
    return pred


def in_half(i, half):
    return half == "all" or (i % 2 == 0) == (half == "even")


def score(path, pred_path, half="all"):
    recs = records(path)
    pred = predictions(pred_path)
    n = covered = typed = first = src_n = src_ok = tgt_n = tgt_ok = 0
    by_type, by_type_ok = Counter(), Counter()
    for i, r in enumerate(recs):
        if not in_half(i, half):
            continue
        n += 1
        gold_type = r["event"]
        by_type[gold_type] += 1
        events = pred.get(i, [])
        if events:
            covered += 1
            first += events[0]["type"] == gold_type
        right = [e for e in events if e["type"] == gold_type]
        if not right:
            continue
        typed += 1
        by_type_ok[gold_type] += 1
        srcs, tgts = actors(r.get("source")), actors(r.get("target"))
        if srcs:
            src_n += 1
            src_ok += any(named(srcs, e.get("source")) for e in right)
        if tgts:
            tgt_n += 1
            tgt_ok += any(named(tgts, e.get("target")) for e in right)
    pct = lambda a, b: f"{a}/{b} = {a / b:.3f}" if b else "-"
    print(f"records {n} ({half}); coded any event {pct(covered, n)}")
    print(f"type accuracy (an event of the gold type) {pct(typed, n)}")
    print(f"first event's type right                  {pct(first, n)}")
    print(f"source right, given the type              {pct(src_ok, src_n)}")
    print(f"target right, given the type              {pct(tgt_ok, tgt_n)}")
    for t in sorted(by_type):
        print(f"  {t:<12} {by_type_ok[t]:>3}/{by_type[t]:<3}")


def brief(e):
    actor = lambda a: (a or {}).get("name") or "-"
    return f"{e['type']}({e['trigger']['text']}: {actor(e.get('source'))} -> {actor(e.get('target'))})"


def errors(path, pred_path, half="all"):
    """Each wrong record under its kind: no event, wrong type, wrong source, wrong target."""
    recs = records(path)
    pred = predictions(pred_path)
    kinds = {"no event": [], "wrong type": [], "wrong source": [], "wrong target": []}
    for i, r in enumerate(recs):
        if not in_half(i, half):
            continue
        events = pred.get(i, [])
        right = [e for e in events if e["type"] == r["event"]]
        srcs, tgts = actors(r.get("source")), actors(r.get("target"))
        if not events:
            kind = "no event"
        elif not right:
            kind = "wrong type"
        elif srcs and not any(named(srcs, e.get("source")) for e in right):
            kind = "wrong source"
        elif tgts and not any(named(tgts, e.get("target")) for e in right):
            kind = "wrong target"
        else:
            continue
        gold = f"{r['event']}({r.get('eventText', '')}: {'|'.join(srcs) or '-'} -> {'|'.join(tgts) or '-'})"
        kinds[kind].append(f"{i:04d} gold {gold}; got {', '.join(brief(e) for e in events) or 'nothing'}\n"
                           f"     {r['text']}")
    for kind, lines in kinds.items():
        print(f"## {kind}: {len(lines)}")
        for line in lines:
            print(line)


if __name__ == "__main__":
    args = sys.argv[1:]
    half = "all"
    if "--half" in args:
        k = args.index("--half")
        half = args[k + 1] if k + 1 < len(args) else ""
        del args[k:k + 2]
    if len(args) != 3 or args[0] not in ("split", "score", "errors") or half not in ("all", "even", "odd"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if args[0] == "split":
        split(args[1], args[2])
    else:
        (score if args[0] == "score" else errors)(args[1], args[2], half)
