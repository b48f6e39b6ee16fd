#!/usr/bin/env python3
"""Scores Herald's events on PLOVER's gold-standard records (sentences from the CAMEO manual).

usage: gsr_score.py split RECORDS OUTDIR     writes one plain-text file per record (NNNN.txt)
       gsr_score.py score RECORDS PRED.jsonl prints the figures

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


def score(path, pred_path):
    recs = records(path)
    pred = {}
    with open(pred_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                pred[int(os.path.basename(rec["input"]["path"]).split(".")[0])] = rec.get("events") or []
    n = covered = typed = first = src_n = src_ok = tgt_n = tgt_ok = 0
    by_type, by_type_ok = Counter(), Counter()
    for i, r in enumerate(recs):
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
    print(f"records {n}; coded any event {pct(covered, n)}")
    print(f"type accuracy (an event of the gold type) {pct(typed, n)}")
    print(f"first event's type right                  {pct(first, n)}")
    print(f"source right, given the type              {pct(src_ok, src_n)}")
    print(f"target right, given the type              {pct(tgt_ok, tgt_n)}")
    for t in sorted(by_type):
        print(f"  {t:<12} {by_type_ok[t]:>3}/{by_type[t]:<3}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("split", "score"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    (split if sys.argv[1] == "split" else score)(sys.argv[2], sys.argv[3])
