#!/usr/bin/env bash
# Search latency on a store of 100,000 articles: builds the store with dev.herald.store.StoreGenerator
# (test scope of herald-core) from the records eval/ingest-bench.sh analyzed once
# (target/eval/store/analyze.jsonl: the BBC corpus), under varied ids, dates and sites; then runs
# dev.herald.store.SearchBench: p50/p99 of a term, a phrase, a speaker and a faceted query, and bytes
# per article. Usage: eval/search-bench.sh [ARTICLES] [RUNS] [RECORDS]   (default 100000, 1000,
# target/eval/store/analyze.jsonl). RECORDS: any `herald analyze --format jsonl` output of a corpus.
# BENCH_LOCK=FILE: the timed search run (only it) waits for and holds that lock (flock); building
# the store runs at low priority.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-100000}"
runs="${2:-1000}"
out="$root/target/eval/store"
records="${3:-$out/analyze.jsonl}"
[ -s "$records" ] || { echo "no $records: run eval/ingest-bench.sh first" >&2; exit 2; }
test_cp="$(nice -n 19 "$root/eval/core-test-classpath.sh")"
locked=()
[ -n "${BENCH_LOCK:-}" ] && locked=(flock "$BENCH_LOCK")
# Copied, so a rebuild meanwhile cannot touch the runs.
rm -rf "$out/search-classes" && mkdir -p "$out/search-classes"
cp -r "$root/herald-core/target/classes" "$root/herald-core/target/test-classes" "$out/search-classes/"
cp="$out/search-classes/classes:$out/search-classes/test-classes:${test_cp#*test-classes:}"
java_opts=(-Xmx4g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
store="$out/store-$articles"
rm -rf "$store"
nice -n 19 java "${java_opts[@]}" -cp "$cp" dev.herald.store.StoreGenerator "$records" "$store" "$articles"
"${locked[@]}" java "${java_opts[@]}" -cp "$cp" dev.herald.store.SearchBench "$store" "$runs"
