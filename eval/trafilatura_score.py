#!/usr/bin/env python3
"""Score article records against the trafilatura evaluation set's snippets.

usage: trafilatura_score.py EVALDATA.json RECORDS.jsonl [--verbose]

EVALDATA.json maps page URLs to {"file": NAME, "with": [...], "without": [...], "date": ...}. A
record belongs to the page whose file name (NAME or NAME.gz) its input.path ends with. A "with"
snippet counts as found when it occurs in the record's text, a "without" snippet as avoided when
it does not (whitespace collapsed on both sides, case kept). A page without a record has found no
"with" snippet and avoided every "without" one. Where the set gives a date, the record's
"published" is compared with it (same day).
"""
import json
import os
import re
import sys


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    evaldata = json.load(open(argv[1], encoding="utf-8"))
    verbose = "--verbose" in argv
    records = {}
    for line in open(argv[2], encoding="utf-8"):
        line = line.strip()
        if line:
            r = json.loads(line)
            name = os.path.basename(r["input"]["path"])
            records[name[:-3] if name.endswith(".gz") else name] = r
    found = total_with = avoided = total_without = 0
    dates_right = dates_total = 0
    pages = with_record = 0
    for url, e in evaldata.items():
        pages += 1
        r = records.get(e["file"])
        text = norm(r.get("text")) if r else ""
        with_record += 1 if r and text else 0
        f = sum(1 for s in e.get("with", []) if norm(s) and norm(s) in text)
        a = sum(1 for s in e.get("without", []) if not (norm(s) and norm(s) in text))
        found += f
        total_with += len(e.get("with", []))
        avoided += a
        total_without += len(e.get("without", []))
        if e.get("date"):
            dates_total += 1
            if r and r.get("published") == e["date"][:10]:
                dates_right += 1
        if verbose and (f < len(e.get("with", [])) or a < len(e.get("without", []))):
            print(f"{e['file']}: with {f}/{len(e.get('with', []))} without-avoided {a}/{len(e.get('without', []))}")
    print(f"pages {pages}, with a non-empty text {with_record}")
    print(f"with snippets found {found}/{total_with} = {found / max(total_with, 1):.3f}")
    print(f"without snippets avoided {avoided}/{total_without} = {avoided / max(total_without, 1):.3f}")
    print(f"published date right (same day) {dates_right}/{dates_total} = {dates_right / max(dates_total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
