#!/usr/bin/env bash
# Ingest against analyze on the same corpus and threads: wall-clock and CPU time of
# `herald analyze --format jsonl` (records to a file) and of `herald ingest` into a fresh store, then
# a second ingest of the same corpus (nothing added) and the store's stats. CPU time (user+sys, from
# /usr/bin/time) is the steadier figure on a shared machine. Last, the store's own share alone
# (dev.herald.store.StoreAddBench): the analyzed records added to a fresh store, without analysis.
# Usage: eval/ingest-bench.sh [CORPUS] [THREADS] [SAMPLE]   (default ../shared/data/news/bbc-news, 2, all)
# SAMPLE N: every k-th article file of the corpus (in name order, k chosen to give N), linked into
# target/eval/store/sample-N, so that a run on a shared machine takes minutes.
# BENCH_LOCK=FILE: the timed runs (only they) wait for and hold that lock (flock), so that timed
# runs of several people do not overlap; the build before them runs at low priority.
# Outputs in target/eval/store/: analyze.jsonl (reused by eval/search-bench.sh), bbc.store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/data/news/bbc-news}" && pwd)"
threads="${2:-2}"
sample="${3:-}"
out="$root/target/eval/store"
mkdir -p "$out"
if [ -n "$sample" ]; then
    total=$(find "$corpus" -type f -name '*.txt' | wc -l)
    step=$(( (total + sample - 1) / sample ))
    rm -rf "$out/sample-$sample" && mkdir -p "$out/sample-$sample"
    find "$corpus" -type f -name '*.txt' | sort | awk -v k="$step" 'NR % k == 1' | head -n "$sample" | while read -r f; do
        ln -s "$f" "$out/sample-$sample/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    corpus="$out/sample-$sample"
    echo "corpus: $(ls "$corpus" | wc -l) articles sampled from $total" >&2
fi
locked=()
[ -n "${BENCH_LOCK:-}" ] && locked=(flock "$BENCH_LOCK")
# Built once, outside the timings; the jars are copied so a rebuild meanwhile cannot touch the runs.
(cd "$root" && nice -n 19 ./mvnw -q -B -DskipTests package >&2)
lib="$out/lib"
rm -rf "$lib" && mkdir -p "$lib"
cp "$root/herald-app/target/herald-app-0.1.0-SNAPSHOT.jar" "$root/herald-core/target/herald-core-0.1.0-SNAPSHOT.jar" "$lib/"
classpath="$lib/herald-app-0.1.0-SNAPSHOT.jar:$lib/herald-core-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < "$root/herald-app/target/classpath.txt" | grep -v '/herald-core' | paste -sd:)"
herald=(java ${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC} -cp "$classpath" dev.herald.app.HeraldCli)

timed() {  # timed NAME COMMAND...: runs it, prints "NAME wall W s, cpu C s"
    local name="$1"; shift
    "${locked[@]}" /usr/bin/time -f "%e %U %S" -o "$out/$name.time" "$@"
    read -r wall user sys < "$out/$name.time"
    echo "$name: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s, load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
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
# The store's own work, alone: the analyzed records added to a fresh store as ingest adds them.
rm -rf "$out"/add-bench-*
"${locked[@]}" java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(nice -n 19 "$root/eval/core-test-classpath.sh")" \
    dev.herald.store.StoreAddBench "$out/analyze.jsonl" "$out/add-bench"
rm -rf "$out"/add-bench-*
