#!/usr/bin/env bash
# Full-profile speed (the default of `herald analyze` since issue 15): `herald bench` on 400 BBC
# articles after 100 of warm-up, on 2 threads, with at most 4 GB of heap.
#   eval/events-bench.sh            the current tree
#   eval/events-bench.sh COMMIT     COMMIT first (built from `git archive` in a temporary directory),
#                                   then the current tree, back to back, so the two figures share the
#                                   machine's load as far as it can be shared
# The corpus is ../shared/data/news/bbc-news (or $HERALD_SHARED/data/news/bbc-news).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
corpus="$shared/data/news/bbc-news"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
bench() { "$1/herald" bench --corpus "$corpus" --limit 400 --warmup 100 --threads 2 --profile full; }

if [ $# -ge 1 ]; then
    old="$(mktemp -d)"
    trap 'rm -rf "$old"' EXIT
    git -C "$root" archive "$1" | tar -x -C "$old"
    echo "# $1"
    bench "$old"
fi
echo "# current tree ($(git -C "$root" rev-parse --short HEAD))"
bench "$root"
