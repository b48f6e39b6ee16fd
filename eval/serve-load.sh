#!/usr/bin/env bash
# herald serve under load, over a store of the BBC corpus, on loopback:
#  1. start-up: time from `herald serve` (models loading in the background, as by default) to the
#     first answered /healthz, /api/search with facets and /api/entities/{key}, and to the analyzer
#     being ready (/healthz says "ready") and a first POST /api/analyze answered;
#  2. load: a fresh server (models not loaded: reads only), then CLIENTS concurrent clients with no
#     pause for SECONDS (LoadClient: half searches, a quarter article records, a quarter entity
#     profiles, drawn with a fixed seed from the store), after a warm-up of SECONDS/4 not counted.
#   eval/serve-load.sh [STORE_DIR] [CLIENTS] [SECONDS] [RECORDS.jsonl]
# The store is built first when missing: from RECORDS.jsonl (records of `herald analyze`, through
# StoreFromRecords, no analysis again) when given, else with `herald ingest` of the corpus.
# Building and the store run at low priority; when HERALD_BENCH_LOCK names a lock file, the timed
# part waits for it (flock) so no other timed run shares the machine.
# HERALD_SERVE_OPTS adds options to the load server (e.g. "--cache-mb 0" for the cost without cache).
# Output: target/eval/serve-load.txt
set -euo pipefail
trap 'echo "serve-load: failed at line $LINENO" >&2' ERR
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
store="${1:-target/eval/bbc-store}"
clients="${2:-200}"
seconds="${3:-60}"
records="${4:-}"
corpus="${HERALD_SHARED:-$root/../shared}/data/news/bbc-news"
port="${HERALD_EVAL_PORT:-8751}"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
mkdir -p target/eval
out=target/eval/serve-load.txt


# Builds the app and its test classes (LoadClient, StoreFromRecords) when a source changed, so the
# start-up time below is only start-up.
nice -n 19 ./herald --version > /dev/null
cp="herald-app/target/test-classes:herald-app/target/herald-app-0.1.0-SNAPSHOT.jar:$(cat herald-app/target/classpath.txt)"
if [ ! -d "$store" ]; then
    if [ -n "$records" ]; then
        nice -n 19 java -Xmx2g -cp "$cp" dev.herald.serve.StoreFromRecords "$records" "$store"
    else
        [ -d "$corpus" ] || { echo "serve-load: no BBC corpus at $corpus" >&2; exit 2; }
        nice -n 19 ./herald ingest --store "$store" --threads 2 --no-progress "$corpus"
    fi
fi

if [ -n "${HERALD_BENCH_LOCK:-}" ]; then
    exec 9> "$HERALD_BENCH_LOCK"
    flock 9
fi

server=
stop_server() {
    if [ -n "$server" ]; then
        kill -TERM "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=
    fi
}
trap stop_server EXIT
# Starts `herald serve` with the options given; sets $server and $start (ns).
start_server() {
    start=$(date +%s%N)
    ./herald serve --store "$store" --port "$port" "$@" > target/eval/serve.out 2> target/eval/serve.err &
    server=$!
}
since_start() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
wait_for() {   # URL, and a text the answer must hold
    until curl -sf "$1" 2> /dev/null | grep -q "$2"; do
        kill -0 "$server" 2>/dev/null || { echo "serve-load: the server died:" >&2; cat target/eval/serve.err >&2; exit 1; }
        sleep 0.02
    done
}
base="http://127.0.0.1:$port"
entity_path() { curl -sf "$base/api/entities?limit=1" | sed -E 's/.*"key":"([^"]*)".*/\1/' | sed 's/ /%20/g; s/|/%7C/g'; }

# CPU seconds the server's process has used (the launcher execs java, so the pid is the JVM's).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server/stat"; }
start_server
wait_for "$base/healthz" '"status":"ok"'
healthz=$(since_start)
healthz_cpu=$(cpu_seconds)   # less dependent on what else runs than the wall time
curl -sf "$base/api/search?q=government&facets=true" > /dev/null
search=$(since_start)
curl -sf "$base/api/entities/$(entity_path)" > /dev/null
entity=$(since_start)
wait_for "$base/healthz" '"analyzer":"ready"'
ready=$(since_start)
printf 'Ministers promise action on rail fares\n\nMinisters met in London on Monday to discuss rail fares. "We will act before the summer," said the transport secretary, Ann Reyes.\n' \
    | curl -sf -X POST --data-binary @- "$base/api/analyze?date=2005-03-01" > /dev/null
analyzed=$(since_start)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server

start_server --no-preload ${HERALD_SERVE_OPTS:-}
wait_for "$base/healthz" '"status":"ok"'
{
    echo "store: $store ($(curl -sf "$base/api/stats"))"
    echo "start-up (models loading in the background; load average $load_at_start): /healthz answered after $healthz ms"
    echo "  ($healthz_cpu s of the server's CPU), /api/search with facets $search ms,"
    echo "  /api/entities/{key} $entity ms; analyzer ready after $ready ms, first POST /api/analyze answered $analyzed ms"
    echo "load server options: --no-preload ${HERALD_SERVE_OPTS:-}"
    echo "load average (1, 5, 15 min) before the load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
    before=$(cpu_seconds)
    java -Xmx1g -cp "$cp" dev.herald.serve.LoadClient "$base" "$clients" "$seconds" > target/eval/load-client.txt &
    client=$!
    sleep $(( seconds / 4 + seconds / 2 ))
    echo "load average (1, 5, 15 min) in the middle of the counted run: $(cut -d' ' -f1-3 /proc/loadavg)"
    wait $client
    after=$(cpu_seconds)
    cat target/eval/load-client.txt
    requests=$(awk '/^warm-up:/ { w = $2 } /^clients/ { sub(":", "", $5); m = $5 } END { print w + m }' target/eval/load-client.txt)
    awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN { printf "server CPU: %.1f s for %d requests (warm-up included): %.2f ms of CPU per request\n", a - b, n, 1000 * (a - b) / n }'
    echo "server cache: $(curl -sf "$base/healthz")"
    echo "load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
} | tee "$out"
