#!/usr/bin/env bash
# Gold entities of the bbc-dev set found with the right type and country.
# Usage: eval/entities.sh [--verbose]
# Needs ../shared (gold/bbc-dev, data/news/bbc-news and tools/entity-score).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
gold="$shared/gold/bbc-dev"
news="$shared/data/news/bbc-news"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
inputs=()
for g in "$gold"/*.quotes.json; do
    base="$(basename "$g" .quotes.json)"          # e.g. politics-293
    inputs+=("$news/${base%%-*}/${base#*-}.txt")
done
"$root/herald" analyze --profile fast --format jsonl "${inputs[@]}" > "$work/pred.jsonl"
"$shared/tools/entity-score" --gold "$gold" --pred "$work/pred.jsonl" "$@"
