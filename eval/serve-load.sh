#!/usr/bin/env bash
# herald serve under load: time from start to the first answered request, then 200 concurrent
# clients for 60 s (a mix of search, article and entity requests, LoadClient) over a store of the
# BBC corpus, on loopback. Builds the store with `herald ingest` when it is missing.
#   eval/serve-load.sh [STORE_DIR] [CLIENTS] [SECONDS]
# Output: target/eval/serve-load.txt
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
store="${1:-target/eval/bbc-store}"
clients="${2:-200}"
seconds="${3:-60}"
corpus="${HERALD_SHARED:-$root/../shared}/data/news/bbc-news"
port="${HERALD_EVAL_PORT:-8751}"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
mkdir -p target/eval
out=target/eval/serve-load.txt

if [ ! -d "$store" ]; then
    [ -d "$corpus" ] || { echo "serve-load: no BBC corpus at $corpus" >&2; exit 2; }
    ./herald ingest --store "$store" --threads 2 --no-progress "$corpus"
fi
./mvnw -q -B -pl herald-app -am -DskipTests test-compile
./herald --version > /dev/null   # builds the app now, so the start-up time below is only start-up

start=$(date +%s%N)
./herald serve --store "$store" --port "$port" --no-preload > target/eval/serve.out 2> target/eval/serve.err &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" > /dev/null; do
    kill -0 $server 2>/dev/null || { echo "serve-load: the server died:" >&2; cat target/eval/serve.err >&2; exit 1; }
    sleep 0.02
done
healthz=$(( ($(date +%s%N) - start) / 1000000 ))
curl -sf "http://127.0.0.1:$port/api/search?q=government&facets=true" > /dev/null
search=$(( ($(date +%s%N) - start) / 1000000 ))

# CPU seconds the server's process has used (the launcher execs java, so the pid is the JVM's).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server/stat"; }
cp="herald-app/target/test-classes:herald-app/target/herald-app-0.1.0-SNAPSHOT.jar:$(cat herald-app/target/classpath.txt)"
{
    echo "store: $store ($(curl -sf "http://127.0.0.1:$port/api/stats"))"
    echo "start to first answered /healthz: $healthz ms; to first /api/search with facets: $search ms"
    before=$(cpu_seconds)
    java -Xmx1g -cp "$cp" dev.herald.serve.LoadClient "http://127.0.0.1:$port" "$clients" "$seconds" | tee target/eval/load-client.txt
    after=$(cpu_seconds)
    requests=$(awk '/^warm-up:/ { w = $2 } /^clients/ { sub(":", "", $5); m = $5 } END { print w + m }' target/eval/load-client.txt)
    awk -v b="$before" -v a="$after" -v n="$requests" 'BEGIN { printf "server CPU: %.1f s for %d requests (warm-up included): %.2f ms of CPU per request\n", a - b, n, 1000 * (a - b) / n }'
    echo "load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
} | tee "$out"
