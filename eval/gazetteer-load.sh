#!/usr/bin/env bash
# Gazetteer start-up cost, each in fresh JVMs: the whole gazetteer load alone (wall and CPU time, and
# the part the reference dictionaries GeoNames and PETRARCH2 take), 3 times; then 3 times what it adds
# to start-up as Analyzer loads it, in the background while CoreNLP loads its fast-profile models
# (the wait at the join); then the load average and the size of the converted resources.
# Usage: flock /work/notes/bench.lock eval/gazetteer-load.sh   (needs no data from ../shared)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && ./mvnw -q -B -pl herald-core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt >&2)
core="$root/herald-core/target"
for mode in alone alone alone startup startup startup; do
    java -Xmx4g -cp "$core/test-classes:$core/classes:$(cat "$core/test-classpath.txt")" \
        dev.herald.entities.gazetteer.GazetteerLoadTime "$mode" 2>/dev/null
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
du -cb "$root"/herald-core/src/main/resources/dev/herald/entities/reference-*.tsv.gz | tail -1 | \
    awk '{printf "reference resources %.1f MB\n", $1 / 1e6}'
