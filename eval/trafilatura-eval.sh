#!/usr/bin/env bash
# Extraction on the trafilatura evaluation set (990 pages, mostly not English): runs
# `herald analyze --format jsonl` over the pages listed in evaldata.json and reports the share of
# "with" snippets found and of "without" snippets avoided (eval/trafilatura_score.py).
# Usage: eval/trafilatura-eval.sh [--fast] [SHARED_DIR]   (default: ../shared next to the repository)
# --fast runs only the HTML cleaning stage (no language models), through a test-scope main class
# that prints the same fields; the text, and so the score, is the same.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fast=0
if [ "${1:-}" = "--fast" ]; then fast=1; shift; fi
shared="${1:-$root/../shared}"
set_dir="$shared/data/extraction/trafilatura-eval"
[ -f "$set_dir/evaldata.json" ] || { echo "trafilatura-eval.sh: no evaluation set at $set_dir" >&2; exit 2; }
out="$root/target/eval"
mkdir -p "$out"
python3 - "$set_dir" > "$out/trafilatura-pages.txt" <<'PY'
import json, os, sys
d = sys.argv[1]
for e in json.load(open(os.path.join(d, "evaldata.json"), encoding="utf-8")).values():
    for sub in ("eval", "cache"):
        p = os.path.join(d, sub, e["file"] + ".gz")
        if os.path.exists(p):
            print(p)
            break
PY
# Exit status 1 means some pages had no article: their snippets are scored as not found.
if [ "$fast" = 1 ]; then
    xargs -d '\n' "$root/eval/clean-only.sh" < "$out/trafilatura-pages.txt" > "$out/trafilatura.jsonl"
else
    xargs -d '\n' "$root/herald" analyze --profile fast --format jsonl < "$out/trafilatura-pages.txt" > "$out/trafilatura.jsonl" || [ $? -eq 123 ]
fi
python3 "$root/eval/trafilatura_score.py" "$set_dir/evaldata.json" "$out/trafilatura.jsonl"
