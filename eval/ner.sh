#!/usr/bin/env bash
# CoNLL-2003 NER F1 of `herald analyze --input-format plain` (the record's entity mentions).
# Usage: eval/ner.sh [dev|test] [--verbose]   (default dev; tune on dev, report test once)
# Needs ../shared (data/ner/conll2003 and tools/ner-score). Work files go to a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
split="${1:-dev}"
shift || true
conll="$shared/data/ner/conll2003/$split.txt"
[ -f "$conll" ] || { echo "eval/ner.sh: no $conll" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$shared/tools/ner-score" emit --conll "$conll" --out "$work/docs" >&2
"$root/herald" analyze --profile fast --input-format plain --format jsonl "$work"/docs/*.txt > "$work/pred.jsonl"
"$shared/tools/ner-score" score --conll "$conll" --pred "$work/pred.jsonl" "$@"
