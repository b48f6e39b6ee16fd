#!/usr/bin/env python3
"""Where a Spark job's wall time goes, read from Spark's event log (spark.eventLog.enabled=true).

Prints, relative to the JVM's start (when given) or else to the application's start: the
application start, each job with its stages (tasks, wall time, how busy the cores were), the
records each task of a stage wrote (how evenly the work spread), and the time after the last task
of each stage started during which a core had nothing to do (the tail a skewed partition leaves).

Usage: eval/spark-timeline.py EVENT_LOG_FILE_OR_DIRECTORY [--cores N] [--jvm-start EPOCH_SECONDS]
(eval/spark.sh calls it; the event log is one JSON object per line, as Spark writes it)
"""
import argparse
import json
import os
import sys


def load(path):
    """The events of a log file, or of the files events_N_* of a log directory, in order."""
    if os.path.isdir(path):
        names = [n for n in os.listdir(path) if n.startswith("events_")]
        files = [os.path.join(path, n) for n in sorted(names, key=lambda n: int(n.split("_")[1]))]
    else:
        files = [path]
    events = []
    for file in files:
        with open(file, encoding="utf-8") as f:
            events.extend(json.loads(line) for line in f if line.strip())
    return events


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--jvm-start", type=float, help="epoch seconds at which the command started")
    args = parser.parse_args()
    events = load(args.log)

    app_start = next(e["Timestamp"] for e in events if e["Event"] == "SparkListenerApplicationStart")
    app_end = next((e["Timestamp"] for e in events if e["Event"] == "SparkListenerApplicationEnd"), None)
    origin = args.jvm_start * 1000 if args.jvm_start else app_start

    def at(ms):
        return f"{(ms - origin) / 1000:7.1f} s"

    lines = []  # (time in ms, text): printed in time order
    if args.jvm_start:
        lines.append((origin, "command started"))
    lines.append((app_start, "Spark application started (session up)"))

    stages = {}
    tasks = {}
    for e in events:
        kind = e["Event"]
        if kind == "SparkListenerStageCompleted":
            info = e["Stage Info"]
            stages[info["Stage ID"]] = info
        elif kind == "SparkListenerTaskEnd":
            tasks.setdefault(e["Stage ID"], []).append(e)
        elif kind == "SparkListenerJobStart":
            description = (e.get("Properties") or {}).get("spark.job.description")
            lines.append((e["Submission Time"], f"job {e['Job ID']} started" + (f" ({description})" if description else "")))
        elif kind == "SparkListenerJobEnd":
            lines.append((e["Completion Time"], f"job {e['Job ID']} ended"))

    busy_total = 0.0
    for stage_id, info in stages.items():
        stage_tasks = tasks.get(stage_id, [])
        if not stage_tasks or "Submission Time" not in info:
            continue
        start, end = info["Submission Time"], info["Completion Time"]
        launches = [t["Task Info"]["Launch Time"] for t in stage_tasks]
        finishes = sorted(t["Task Info"]["Finish Time"] for t in stage_tasks)
        run = sum(t["Task Info"]["Finish Time"] - t["Task Info"]["Launch Time"] for t in stage_tasks)
        busy_total += run
        wall = max(end - start, 1)
        # After the last task starts, a core whose task ends before the stage does has nothing to do.
        last_launch = max(launches)
        idle = sum(end - f for f in finishes[-args.cores:] if f > last_launch) if len(finishes) >= args.cores else 0
        durations = sorted(t["Task Info"]["Finish Time"] - t["Task Info"]["Launch Time"] for t in stage_tasks)
        text = (f"stage {stage_id} {info['Stage Name']}: {len(stage_tasks)} tasks "
                f"(each {durations[0] / 1000:.1f} to {durations[-1] / 1000:.1f} s), {wall / 1000:.1f} s, "
                f"cores busy {run / (args.cores * wall):.0%}, tail with an idle core {idle / 1000:.1f} core-s")
        lines.append((start, text))
        lines.append((end, f"stage {stage_id} ended"))
    if app_end:
        lines.append((app_end, "Spark application ended"))
    for time, text in sorted(lines, key=lambda line: line[0]):
        print(f"{at(time)}  {text}")
    if app_end:
        span = app_end - app_start
        print(f"tasks kept the cores busy for {busy_total / 1000:.1f} core-s of {args.cores * span / 1000:.1f} "
              f"core-s while the application ran ({busy_total / (args.cores * span):.0%})")

if __name__ == "__main__":
    sys.exit(main())
