#!/usr/bin/env bash
# One Spark executor on its own: a standalone master and a worker started on loopback from the
# Spark jars (as StandaloneClusterTest does), 'herald spark' submitted to them on the same 600 BBC
# News articles as eval/spark.sh, and the executor JVM (2 cores, --executor-memory 4g) watched:
# its peak resident memory (VmHWM, read each second while it lives), its heap from its GC log
# (the most used before a collection, the most still live after one), its CPU time, and the job's
# wall time and rate. Figures go to target/eval/spark-executor/figures.txt.
# Usage: eval/spark-executor.sh [N_PER_CATEGORY]   (default 120; needs ../shared/data/news/bbc-news)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
news="$shared/data/news/bbc-news"
per="${1:-120}"
work="$root/target/eval/spark-executor"
corpus="$work/bbc-$((per * 5))"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
[ -d "$news" ] || { echo "eval/spark-executor.sh: $news not found" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$corpus" "$work/spark-home/jars"
for category in business entertainment politics sport tech; do
    mkdir -p "$corpus/$category"
    find "$news/$category" -name '*.txt' | sort | sed -n "1,${per}p" | xargs -I{} cp {} "$corpus/$category/"
done
count="$(find "$corpus" -type f | wc -l)"

"$root/herald" spark --help > /dev/null # builds on first use
classpath="$root/herald-spark/target/herald-spark-0.1.0-SNAPSHOT.jar:$(cat "$root/herald-spark/target/classpath.txt")"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
export SPARK_HOME="$work/spark-home" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
daemon() { # NAME MAIN_CLASS ARGS...: a Spark daemon in the background, its log in $work/NAME.log
    local name="$1"; shift
    java -Xmx512m -Dlog4j2.configurationFile=org/apache/spark/log4j2-defaults.properties -cp "$classpath" "$@" \
        > "$work/$name.log" 2>&1 &
    echo $!
}
await_log() { # NAME LINE: waits up to 120 s for LINE in the daemon's log
    for _ in $(seq 600); do grep -q "$2" "$work/$1.log" 2>/dev/null && return 0; sleep 0.2; done
    echo "eval/spark-executor.sh: the $1 did not start; see $work/$1.log" >&2; return 1
}
master_pid="$(daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$(free_port)")"
worker_pid=
sampler_pid=
cleanup() { kill $sampler_pid $worker_pid $master_pid 2>/dev/null || true; }
trap cleanup EXIT
await_log master "Starting Spark master"
worker_pid="$(daemon worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 6g \
    --webui-port "$(free_port)" --work-dir "$work/worker" "spark://127.0.0.1:$port")"
await_log master "Registering worker"

# The executor's resident memory, each second while it lives: "pid VmHWM_kB" (peak so far).
(
    while :; do
        for pid in $(pgrep -f 'java .*CoarseGrainedExecutorBackend' || true); do
            hwm="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
            cpu="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true)"
            [ -n "$hwm" ] && echo "$pid $hwm $cpu"
        done
        sleep 1
    done
) > "$work/executor-rss.txt" &
sampler_pid=$!

# The executor's JVM options go through a file: a Spark setting passed as -D in HERALD_JAVA_OPTS
# cannot hold spaces. The same stack and collector as analyze's, and a GC log.
echo "-Xss16m -XX:+UseParallelGC -Xlog:gc:file=$work/executor-gc.log" > "$work/executor.options"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
HERALD_JAVA_OPTS="$HERALD_JAVA_OPTS -Dspark.executor.extraClassPath=$classpath -Dspark.executor.memory=4g \
-Dspark.cores.max=2 -Dspark.executor.cores=2 -Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false \
-Dspark.executor.extraJavaOptions=-XX:VMOptionsFile=$work/executor.options" \
/usr/bin/time -f '%e' -o "$work/spark.time" \
    "$root/herald" spark --master "spark://127.0.0.1:$port" --input "$corpus" --output "$work/out" 2> "$work/spark.err"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
sleep 2
cleanup
trap - EXIT

python3 - "$count" "$(cat "$work/spark.time")" "$load_before" "$load_after" "$work" <<'PY' | tee "$work/figures.txt"
import os, re, sys
count, wall, load_before, load_after, work = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
samples = [line.split() for line in open(os.path.join(work, "executor-rss.txt")) if len(line.split()) == 3]
ticks = os.sysconf("SC_CLK_TCK")
before, after, pauses = [], [], 0
gc_line = re.compile(r"Pause .*? (\d+)M->(\d+)M\((\d+)M\)")
for line in open(os.path.join(work, "executor-gc.log")):
    m = gc_line.search(line)
    if m:
        pauses += 1
        before.append(int(m.group(1)))
        after.append(int(m.group(2)))
summary = next((l.strip() for l in open(os.path.join(work, "spark.err")) if l.startswith("herald spark:")), "")
print(f"load average (1, 5, 15 min): before {load_before}, after {load_after}")
print(f"articles: {count}; job: {summary}")
print(f"command wall (driver start to end, executor start and model loading included): {wall:.1f} s,"
      f" {count / wall:.2f} articles/s")
if samples:
    print(f"executor peak resident memory (VmHWM): {max(int(s[1]) for s in samples) // 1024} MB")
    cpu = max(int(s[2]) for s in samples) / ticks
    print(f"executor CPU time (user + system, last sample): {cpu:.0f} s, {count / cpu:.2f} articles per CPU-second")
if before:
    print(f"executor heap (--executor-memory 4g, ParallelGC), {pauses} collections: most used before a collection"
          f" {max(before)} MB, most live after one {max(after)} MB")
PY
