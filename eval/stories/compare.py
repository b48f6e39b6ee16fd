#!/usr/bin/env python3
"""How much two story assignments of the same articles differ (e.g. the same corpus ingested in two
orders): the share of articles whose story holds exactly the same articles in both, and BCubed
precision, recall and F1 of B against A.

usage: compare.py A_STORIES_JSON B_STORIES_JSON   (`herald stories --format json` outputs)
"""
import collections, json, sys


def partition(path):
    out = {}
    for s in json.load(open(path, encoding="utf-8"))["stories"]:
        for i in s["article_ids"]:
            out[i] = s["id"]
    return out


def main():
    a, b = partition(sys.argv[1]), partition(sys.argv[2])
    items = sorted(set(a) & set(b))
    if set(a) != set(b):
        print(f"warning: {len(set(a) ^ set(b))} articles are in only one of the two", file=sys.stderr)
    ma, mb = collections.defaultdict(set), collections.defaultdict(set)
    for i in items:
        ma[a[i]].add(i)
        mb[b[i]].add(i)
    same = sum(1 for i in items if ma[a[i]] == mb[b[i]])
    p = sum(len(mb[b[i]] & ma[a[i]]) / len(mb[b[i]]) for i in items) / len(items)
    r = sum(len(mb[b[i]] & ma[a[i]]) / len(ma[a[i]]) for i in items) / len(items)
    f = 2 * p * r / (p + r)
    print(f"{len(items)} articles; stories A {len(set(a[i] for i in items))}, B {len(set(b[i] for i in items))}; "
          f"same story members {same} ({100 * same / len(items):.1f}%), changed {len(items) - same} "
          f"({100 * (len(items) - same) / len(items):.1f}%); BCubed B vs A P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
