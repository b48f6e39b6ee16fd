#!/usr/bin/env bash
# The read-through sample of eval/ENTITIES.md: N BBC politics and business articles (default 24, half
# of each), picked with a fixed seed from ../shared/data/news/bbc-news outside bbc-dev, analyzed with
# the fast profile (as eval/entities.sh); prints each article's path and its entities (name, type,
# subtype, country), for reading beside the article.
# Usage: eval/entities-sample.sh [N] [SEED]   (defaults 24 and 16)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
mapfile -t files < <(python3 - "$shared" "${1:-24}" "${2:-16}" <<'PY'
import os, random, sys
shared, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
dev = {f.split(".")[0] for f in os.listdir(f"{shared}/gold/bbc-dev")}
rng = random.Random(seed)
for topic in ("politics", "business"):
    d = f"{shared}/data/news/bbc-news/{topic}"
    names = sorted(f for f in os.listdir(d) if f"{topic}-{f[:-4]}" not in dev)
    for f in sorted(rng.sample(names, n // 2)):
        print(f"{d}/{f}")
PY
)
"$root/herald" analyze --profile fast --format jsonl "${files[@]}" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    print("==", r["input"]["path"])
    for e in r.get("entities", []):
        print("  %-40s %-13s %-12s %s" % (e["name"], e["type"], e.get("subtype") or "", e.get("country") or ""))
'
