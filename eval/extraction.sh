#!/usr/bin/env bash
# Main-text extraction on the public article-extraction benchmark (181 pages): runs
# `herald analyze --format jsonl` over the pages and scores the records with extraction-score.
# Usage: eval/extraction.sh [--fast] [SHARED_DIR]   (default: ../shared next to the repository)
# --fast runs only the HTML cleaning stage (no language models), through a test-scope main class
# that prints the same fields; the text, and so the score, is the same.
# Prints the per-page scores, then precision, recall and F1; the records stay in
# target/eval/extraction.jsonl for a closer look.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fast=0
if [ "${1:-}" = "--fast" ]; then fast=1; shift; fi
shared="${1:-$root/../shared}"
bench="$shared/data/extraction/scrapinghub-article-extraction-benchmark"
[ -d "$bench" ] || { echo "extraction.sh: no benchmark at $bench" >&2; exit 2; }
out="$root/target/eval"
mkdir -p "$out"
# Exit status 1 means some pages had no article: they are scored as empty predictions.
if [ "$fast" = 1 ]; then
    "$root/eval/clean-only.sh" "$bench"/html/*.html.gz > "$out/extraction.jsonl"
else
    "$root/herald" analyze --profile fast --format jsonl "$bench"/html/*.html.gz > "$out/extraction.jsonl" || [ $? -eq 1 ]
fi
"$shared/tools/extraction-score" --gold "$bench/ground-truth.json" --pred "$out/extraction.jsonl" --verbose
