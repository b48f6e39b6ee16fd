#!/usr/bin/env python3
"""Scores story clusters against the gold set: pairwise and BCubed precision, recall and F1.

usage: score.py GOLD_TSV RECORDS_JSONL STORIES_JSON [--half dev|test|all] [--baseline]
  RECORDS_JSONL: the herald.article/1 records of the gold articles (input.path names the file)
  STORIES_JSON:  `herald stories --format json` output (stories with article_ids)
  --baseline:    also score single-link clustering on TF-IDF cosine of the same records, at each
                 threshold of a sweep, choosing the threshold on the dev half
Only gold articles of the chosen half count; a predicted story is cut down to them.
"""
import argparse, collections, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from candidates import Groups, vectors  # noqa: E402  the same TF-IDF as the candidate lister


def read_gold(path):
    gold = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, story, half = line.rstrip("\n").split("\t")
        gold[f] = (story, half)
    return gold


def gold_name(path):
    parts = path.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


def read_records(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def scores(pred, gold_of):
    """pred, gold_of: article -> cluster label, over the same articles."""
    items = sorted(gold_of)
    pc = collections.defaultdict(set)
    gc = collections.defaultdict(set)
    for i in items:
        pc[pred[i]].add(i)
        gc[gold_of[i]].add(i)
    # BCubed
    bp = sum(len(pc[pred[i]] & gc[gold_of[i]]) / len(pc[pred[i]]) for i in items) / len(items)
    br = sum(len(pc[pred[i]] & gc[gold_of[i]]) / len(gc[gold_of[i]]) for i in items) / len(items)
    # pairwise
    pairs = lambda c: sum(len(s) * (len(s) - 1) // 2 for s in c.values())
    tp = 0
    for s in pc.values():
        cnt = collections.Counter(gold_of[i] for i in s)
        tp += sum(n * (n - 1) // 2 for n in cnt.values())
    pp, gp = pairs(pc), pairs(gc)
    prp = tp / pp if pp else 1.0
    prr = tp / gp if gp else 1.0
    f = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    return {"bcubed": (bp, br, f(bp, br)), "pairwise": (prp, prr, f(prp, prr))}


def fmt(name, s):
    b, p = s["bcubed"], s["pairwise"]
    return (f"{name:28} BCubed P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f}   "
            f"pairwise P {p[0]:.3f} R {p[1]:.3f} F1 {p[2]:.3f}")


def tfidf(records):
    return vectors({i: (r.get("title") or "", r.get("text") or "") for i, r in records.items()})


def single_link(vec, threshold):
    ids = sorted(vec)
    groups = Groups(ids)
    for a_i, a in enumerate(ids):
        va = vec[a]
        for b in ids[a_i + 1:]:
            vb = vec[b]
            small, large = (va, vb) if len(va) < len(vb) else (vb, va)
            if sum(x * large.get(w, 0) for w, x in small.items()) >= threshold:
                groups.join(a, b)
    return {i: groups.find(i) for i in ids}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("records"); ap.add_argument("stories")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--test", action="store_true", help="also score the test half (report once)")
    ap.add_argument("--errors", action="store_true", help="list the dev half's wrong pairs")
    a = ap.parse_args()
    gold = read_gold(a.gold)
    records = read_records(a.records)
    name_of = {i: gold_name(r["input"]["path"]) for i, r in records.items()}
    stories = json.load(open(a.stories, encoding="utf-8"))
    pred = {}
    for s in stories["stories"]:
        for i in s["article_ids"]:
            pred[i] = s["id"]
    by_name = {}
    for i, n in name_of.items():
        if n in gold:
            by_name.setdefault(n, i)
    missing = sorted(set(gold) - set(by_name))
    if missing:
        print(f"warning: {len(missing)} gold articles have no record, e.g. {missing[:3]}", file=sys.stderr)
    halves = ("dev", "test") if a.test else ("dev",)
    for half in halves:
        names = [n for n in by_name if gold[n][1] == half]
        g = {n: gold[n][0] for n in names}
        p = {n: pred.get(by_name[n], "unassigned-" + n) for n in names}
        print(fmt(f"herald {half} ({len(names)})", scores(p, g)))
    if a.errors:
        names = sorted(n for n in by_name if gold[n][1] == "dev")
        title = lambda n: (records[by_name[n]].get("title") or "")[:45]
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                same_g = gold[x][0] == gold[y][0]
                same_p = pred.get(by_name[x]) == pred.get(by_name[y])
                if same_g != same_p:
                    kind = "missed" if same_g else "wrong "
                    print(f"{kind} {x} {title(x):45} | {y} {title(y)}")
    if a.baseline:
        vec = tfidf({by_name[n]: records[by_name[n]] for n in by_name})
        best = None
        for t in [x / 100 for x in range(10, 80, 5)]:
            clusters = single_link(vec, t)
            names = [n for n in by_name if gold[n][1] == "dev"]
            s = scores({n: clusters[by_name[n]] for n in names}, {n: gold[n][0] for n in names})
            if best is None or s["bcubed"][2] > best[1]["bcubed"][2]:
                best = (t, s, clusters)
        t, s, clusters = best
        print(fmt(f"baseline dev (t={t:.2f})", s))
        if not a.test:
            return
        names = [n for n in by_name if gold[n][1] == "test"]
        print(fmt(f"baseline test (t={t:.2f})", scores({n: clusters[by_name[n]] for n in names}, {n: gold[n][0] for n in names})))


if __name__ == "__main__":
    main()
