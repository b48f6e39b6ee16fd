#!/usr/bin/env bash
# Full-profile speed (the default of `herald analyze` since issue 15): `herald bench` on 400 BBC
# articles after 100 of warm-up, on 2 threads, with at most 4 GB of heap; with it, the CPU time of
# each stage and CoreNLP's split of its own between its annotators.
#   eval/events-bench.sh            the current tree
#   eval/events-bench.sh COMMIT     COMMIT first (built from `git archive` in a temporary directory),
#                                   then the current tree, back to back, so the two figures share the
#                                   machine's load as far as it can be shared
#   PROFILE=fast eval/events-bench.sh   the fast profile instead
# Builds run first at low priority; each timed run holds the lock $BENCH_LOCK when it is set (on the
# shared machine: BENCH_LOCK=/work/notes/bench.lock), and the load average is printed beside it.
# The corpus is ../shared/data/news/bbc-news (or $HERALD_SHARED/data/news/bbc-news).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
corpus="$shared/data/news/bbc-news"
profile="${PROFILE:-full}"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
build() { nice -n 19 "$1/herald" --help > /dev/null; }
bench() {
    local lock=()
    if [ -n "${BENCH_LOCK:-}" ]; then lock=(flock "$BENCH_LOCK"); fi
    "${lock[@]}" bash -c 'echo "load before: $(cut -d" " -f1-3 /proc/loadavg)"
        "$1/herald" bench --corpus "$2" --limit 400 --warmup 100 --threads 2 --profile "$3"
        echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"' bench "$1" "$corpus" "$profile"
}

if [ $# -ge 1 ]; then
    old="$(mktemp -d)"
    trap 'rm -rf "$old"' EXIT
    git -C "$root" archive "$1" | tar -x -C "$old"
    build "$old"
fi
build "$root"
if [ $# -ge 1 ]; then
    echo "# $1, profile $profile"
    bench "$old"
fi
echo "# current tree ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ', with changes')), profile $profile"
bench "$root"
