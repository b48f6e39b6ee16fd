#!/usr/bin/env bash
# Ingest against analyze on the same corpus and threads: wall-clock and CPU time of
# `herald analyze --format jsonl` (records to a file) and of `herald ingest` into a fresh store, then
# a second ingest of the same corpus (nothing added) and the store's stats. CPU time (user+sys, from
# /usr/bin/time) is the steadier figure on a shared machine.
# Usage: eval/ingest-bench.sh [CORPUS] [THREADS]   (default ../shared/data/news/bbc-news, 2)
# Outputs in target/eval/store/: analyze.jsonl (reused by eval/search-bench.sh), bbc.store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/news/bbc-news}"
threads="${2:-2}"
out="$root/target/eval/store"
mkdir -p "$out"
# Built once, outside the timings; the jars are copied so a rebuild meanwhile cannot touch the runs.
(cd "$root" && ./mvnw -q -B -DskipTests package >&2)
lib="$out/lib"
rm -rf "$lib" && mkdir -p "$lib"
cp "$root/herald-app/target/herald-app-0.1.0-SNAPSHOT.jar" "$root/herald-core/target/herald-core-0.1.0-SNAPSHOT.jar" "$lib/"
classpath="$lib/herald-app-0.1.0-SNAPSHOT.jar:$lib/herald-core-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < "$root/herald-app/target/classpath.txt" | grep -v '/herald-core' | paste -sd:)"
herald=(java ${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC} -cp "$classpath" dev.herald.app.HeraldCli)

timed() {  # timed NAME COMMAND...: runs it, prints "NAME wall W s, cpu C s"
    local name="$1"; shift
    /usr/bin/time -f "%e %U %S" -o "$out/$name.time" "$@"
    read -r wall user sys < "$out/$name.time"
    echo "$name: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s" >&2
}

timed analyze sh -c '"$@" > "$0"' "$out/analyze.jsonl" "${herald[@]}" analyze --format jsonl --threads "$threads" --no-progress "$corpus"
rm -rf "$out/bbc.store"
timed ingest "${herald[@]}" ingest --store "$out/bbc.store" --threads "$threads" --no-progress "$corpus"
timed ingest-again "${herald[@]}" ingest --store "$out/bbc.store" --threads "$threads" --no-progress "$corpus"
"${herald[@]}" stats --store "$out/bbc.store"
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
def times(name):
    wall, user, sys_ = map(float, open(f"{out}/{name}.time").read().split())
    return wall, user + sys_
aw, ac = times("analyze"); iw, ic = times("ingest")
print(f"ingest over analyze: wall {100 * (iw / aw - 1):+.1f}%, cpu {100 * (ic / ac - 1):+.1f}%")
PY
