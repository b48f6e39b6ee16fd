#!/usr/bin/env python3
"""List a random sample of benchmark pages with Herald's publication date beside the evidence a
person checks it against: the page's URL, its JSON-LD/meta/time timestamps and the first dates
written in its visible text (labels such as "Published", "Updated", "Posted" kept).

usage: date-sample.py BENCHMARK_DIR RECORDS.jsonl [N] [SEED]    (defaults: 30 pages, seed 4)
"""
import glob
import gzip
import json
import os
import random
import re
import sys

STAMPS = [r'"datePublished"\s*:\s*"[^"]{0,40}"', r'published_time"?\s+content="[^"]{0,40}"',
          r'<time[^>]{0,120}>[^<]{0,60}', r'itemprop="datePublished"[^>]{0,100}']
WRITTEN = (r'((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}'
           r'|\d{1,2}\.? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|März|Dez|Okt)[a-z]*\.? \d{4}'
           r'|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[.-]\d{2}[.-]\d{2}|(Posted|Published|Updated|publiziert)[^.]{0,40})')


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 2
    bench, records = argv[1], argv[2]
    n = int(argv[3]) if len(argv) > 3 else 30
    seed = int(argv[4]) if len(argv) > 4 else 4
    gold = json.load(open(os.path.join(bench, "ground-truth.json"), encoding="utf-8"))
    pred = {}
    for line in open(records, encoding="utf-8"):
        r = json.loads(line)
        pred[os.path.basename(r["input"]["path"]).split(".")[0]] = r
    random.seed(seed)
    for k in random.sample(sorted(gold), n):
        html = gzip.open(glob.glob(os.path.join(bench, "html", k + ".html.gz"))[0]).read().decode("utf-8", "replace")
        stamps = [m.group(0)[:100] for p in STAMPS for m in [re.search(p, html)] if m]
        body = html[html.find("<body"):]
        text = re.sub(r"<script.*?</script>|<style.*?</style>", "", body, flags=re.S)
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))
        written = [m.group(0) for m in re.finditer(WRITTEN, text)][:4]
        print(f"{k[:10]} herald={pred.get(k, {}).get('published')} url={gold[k]['url']}")
        print(f"    stamps: {stamps}")
        print(f"    written: {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
