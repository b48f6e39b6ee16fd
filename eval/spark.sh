#!/usr/bin/env bash
# 'herald spark --master local[2]' against 'herald analyze --threads 2' on the same 600 BBC News
# articles (the first 120 of each of the 5 categories, in name order), run back to back: wall time,
# articles/s, their ratio, peak heap and resident memory of each JVM, and whether the records are
# identical. Figures go to target/eval/spark/figures.txt.
# Usage: eval/spark.sh [N_PER_CATEGORY]   (default 120; needs ../shared/data/news/bbc-news)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
news="$shared/data/news/bbc-news"
per="${1:-120}"
work="$root/target/eval/spark"
corpus="$work/bbc-$((per * 5))"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
[ -d "$news" ] || { echo "eval/spark.sh: $news not found" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$corpus"
for category in business entertainment politics sport tech; do
    mkdir -p "$corpus/$category"
    find "$news/$category" -name '*.txt' | sort | sed -n "1,${per}p" | xargs -I{} cp {} "$corpus/$category/"
done
count="$(find "$corpus" -type f | wc -l)"

# Build both once, outside the timed runs.
"$root/herald" analyze --help > /dev/null
"$root/herald" spark --help > /dev/null

# GNU time writes "wall_seconds max_rss_kb cpu_user_seconds cpu_system_seconds" of each run to a file; the load average is read before
# and after each run. Spark writes its event log, from which the timeline is drawn.
mkdir -p "$work/events"
load() { cut -d' ' -f1-3 /proc/loadavg; }
a_load_before="$(load)"
/usr/bin/time -f '%e %M %U %S' -o "$work/analyze.time" \
    "$root/herald" analyze --threads 2 --format jsonl "$corpus" > "$work/analyze.jsonl" 2> "$work/analyze.err" || true
a_load_after="$(load)"
s_start="$(date +%s.%N)"
HERALD_JAVA_OPTS="$HERALD_JAVA_OPTS -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:$work/events -Dspark.eventLog.compress=false" \
/usr/bin/time -f '%e %M %U %S' -o "$work/spark.time" \
    "$root/herald" spark --master 'local[2]' --input "$corpus" --output "$work/out" 2> "$work/spark.err" || true
s_load_after="$(load)"
read -r a_wall a_rss a_user a_sys < "$work/analyze.time"
read -r s_wall s_rss s_user s_sys < "$work/spark.time"
summary="$(grep '^herald spark:' "$work/spark.err")"
analysis="$(grep -o 'articles analyzed in [0-9.]* s' "$work/spark.err" || true)"

sort "$work/analyze.jsonl" > "$work/analyze.sorted"
cat "$work/out/records"/part-* | sort > "$work/spark.sorted"
identical=no
cmp -s "$work/analyze.sorted" "$work/spark.sorted" && identical=yes

python3 - "$count" "$a_wall" "$a_rss" "$s_wall" "$s_rss" "$identical" "$summary" "$analysis" \
    "$a_load_before" "$a_load_after" "$s_load_after" "$a_user" "$a_sys" "$s_user" "$s_sys" <<'PY' | tee "$work/figures.txt"
import re, sys
count, a_wall, a_rss, s_wall, s_rss = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
identical, summary, analysis = sys.argv[6], sys.argv[7], sys.argv[8]
print(f"load average (1, 5, 15 min): before analyze {sys.argv[9]}, after analyze {sys.argv[10]},"
      f" after spark {sys.argv[11]}")
a_rate, s_rate = count / a_wall, count / s_wall
job = re.search(r"([\d.]+) s, ([\d.]+) articles/s", summary)
heap = re.search(r"peak heap (\d+) MB", summary)
print(f"articles: {count}")
print(f"herald analyze --threads 2: {a_wall:.1f} s wall, {a_rate:.2f} articles/s, max RSS {a_rss // 1024} MB")
print(f"herald spark --master local[2]: {s_wall:.1f} s wall, {s_rate:.2f} articles/s, max RSS {s_rss // 1024} MB")
print(f"ratio spark/analyze (wall, start-up included): {s_rate / a_rate:.2f}")
# CPU time does not grow when other processes take the cores: the fairer figure on a shared machine.
a_cpu, s_cpu = float(sys.argv[12]) + float(sys.argv[13]), float(sys.argv[14]) + float(sys.argv[15])
print(f"CPU time (user + system): analyze {a_cpu:.0f} s ({count / a_cpu:.2f} articles per CPU-second),"
      f" spark {s_cpu:.0f} s ({count / s_cpu:.2f} articles per CPU-second); ratio spark/analyze {a_cpu / s_cpu:.2f}")
print(f"share of 2 cores the runs got: analyze {a_cpu / (2 * a_wall):.0%}, spark {s_cpu / (2 * s_wall):.0%}")
if job:
    print(f"spark job alone (session started, listing to last table): {job.group(1)} s, {job.group(2)} articles/s,"
          f" per core {float(job.group(2)) / 2:.2f} articles/s")
stage = re.search(r"([\d.]+) s", analysis)
if stage:
    rate = count / float(stage.group(1))
    print(f"spark analysis (files listed to every article analyzed, model loading overlapped): {stage.group(1)} s,"
          f" {rate:.2f} articles/s, per core {rate / 2:.2f} articles/s")
if heap:
    print(f"spark local JVM (driver and executor) peak heap: {heap.group(1)} MB")
print(f"records identical to analyze (as sorted lines): {identical}")
PY

echo "timeline of the spark run (seconds from the command's start):" | tee -a "$work/figures.txt"
# The job's own log: each step with the seconds since its JVM started and the CPU the process had used.
grep -o 'Herald analyzer loaded in [0-9]* ms.*CPU-s\|Herald job: .*CPU-s)' "$work/spark.err" | tee -a "$work/figures.txt" || true
python3 "$root/eval/spark-timeline.py" "$(find "$work/events" -mindepth 1 -maxdepth 1 | head -n 1)" --cores 2 --jvm-start "$s_start" \
    | tee -a "$work/figures.txt"
