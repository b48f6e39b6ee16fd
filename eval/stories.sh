#!/usr/bin/env bash
# Story clustering against the story gold set (eval/stories/gold.tsv, its README says how it was
# labelled): the gold articles are ingested, in gold-file order, into a fresh store by the real
# `herald ingest`; `herald stories --store` gives the stories; eval/stories/score.py prints
# pairwise and BCubed precision, recall and F1 for Herald and for single-link clustering on TF-IDF
# cosine (threshold chosen on the dev half). The test half is scored only with --test.
# Usage: eval/stories.sh [--test]     Needs ../shared (data/news/bbc-news). Work in target/eval/stories.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stories/env.sh"
mapfile -t inputs < <(grep -v '^#' "$root/eval/stories/gold.tsv" | cut -f1 | sed "s#^#$news/#")
rm -rf "$work/gold-store"
herald ingest --store "$work/gold-store" --profile fast --threads 2 --no-progress "${inputs[@]}"
herald export --store "$work/gold-store" --format jsonl > "$work/gold-records.jsonl"
herald stories --store "$work/gold-store" --format json > "$work/gold-stories.json"
python3 "$root/eval/stories/score.py" "$root/eval/stories/gold.tsv" "$work/gold-records.jsonl" \
    "$work/gold-stories.json" --baseline "$@"
