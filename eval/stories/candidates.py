#!/usr/bin/env python3
"""Lists candidate groups of BBC articles for labelling stories by hand (see README.md here).

Reads the articles from ../shared (never copied); prints, for each group of articles linked by a
TF-IDF cosine or shared rare names above the given floor, the file names with headline and lead,
for a person to read and decide. The floor is kept low so that the reader, not this script,
decides what is one story; pairs below it were read by headline only.

usage: eval/stories/candidates.py [--floor 0.12] [--lead 200] [--first N] CORPUS_DIR CATEGORY...
"""
import argparse, collections, math, os, re, sys

STOP = set("""a an the and or but of to in on at for with by from as is are was were be been has have
had it its this that these those he she they we you i his her their our not no will would could should
said says say also more than which who whom what when where after before over into about up out new
one two there year years last mr mrs ms""".split())


def words(text):
    return [w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in STOP and len(w) > 2]


def names(text):
    return set(re.findall(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b", text))


def read(corpus, categories, first):
    docs = {}
    for cat in categories:
        for f in sorted(os.listdir(os.path.join(corpus, cat)))[:first]:
            with open(os.path.join(corpus, cat, f), encoding="utf-8", errors="replace") as fh:
                lines = [l.strip() for l in fh.read().splitlines() if l.strip()]
            docs[f"{cat}/{f}"] = (lines[0], " ".join(lines[1:]))
    return docs


def vectors(docs):
    """{return} unit TF-IDF vectors of docs given as key -> (headline, body)."""
    tf = {k: collections.Counter(words(t + " " + b)) for k, (t, b) in docs.items()}
    df = collections.Counter(w for c in tf.values() for w in c)
    n = len(docs)
    vec = {}
    for k, c in tf.items():
        v = {w: (1 + math.log(x)) * math.log(n / df[w]) for w, x in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vec[k] = {w: x / norm for w, x in v.items()}
    return vec


class Groups:
    """Union-find over keys: join(a, b) puts them in one group, find(x) names x's group."""

    def __init__(self, keys):
        self.parent = {k: k for k in keys}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--floor", type=float, default=0.12)
    ap.add_argument("--lead", type=int, default=200)
    ap.add_argument("--first", type=int, default=None, help="only the first N files of each category")
    ap.add_argument("corpus")
    ap.add_argument("categories", nargs="+")
    a = ap.parse_args()
    docs = read(a.corpus, a.categories, a.first)
    vec = vectors(docs)
    nm = {k: names(t + " " + b) for k, (t, b) in docs.items()}
    ndf = collections.Counter(x for s in nm.values() for x in s)
    keys = sorted(docs)
    index = collections.defaultdict(set)
    for k in keys:
        for w in vec[k]:
            index[w].add(k)
    groups = Groups(keys)
    edges = []
    for i, k in enumerate(keys):
        others = set().union(*(index[w] for w in vec[k])) if vec[k] else set()
        for o in others:
            if o <= k:
                continue
            cos = sum(x * vec[o].get(w, 0) for w, x in vec[k].items())
            rare = [x for x in nm[k] & nm[o] if ndf[x] <= 8]
            if cos >= a.floor or len(rare) >= 2:
                edges.append((k, o, cos, rare))
                groups.join(k, o)
    groups_of = collections.defaultdict(list)
    for k in keys:
        groups_of[groups.find(k)].append(k)
    multi = sorted((g for g in groups_of.values() if len(g) > 1), key=lambda g: g[0])
    print(f"# {len(keys)} articles, {len(edges)} candidate pairs, {len(multi)} groups", file=sys.stderr)
    for g in multi:
        print("=" * 20, len(g))
        for k in g:
            t, b = docs[k]
            print(f"{k}\t{t}\t{b[:a.lead]}")
        for k, o, cos, rare in edges:
            if k in g:
                print(f"  {k} ~ {o}  cos={cos:.2f}  names={';'.join(sorted(rare))}")


if __name__ == "__main__":
    main()
