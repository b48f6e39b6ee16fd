#!/usr/bin/env bash
# Gazetteer start-up cost: in 5 fresh JVMs, the whole gazetteer load and the part the reference
# dictionaries (GeoNames, PETRARCH2) add; then the size of the converted resources.
# Usage: eval/gazetteer-load.sh   (needs no data from ../shared)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && ./mvnw -q -B -pl herald-core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt >&2)
core="$root/herald-core/target"
for i in 1 2 3 4 5; do
    java -Xmx4g -cp "$core/test-classes:$core/classes:$(cat "$core/test-classpath.txt")" \
        dev.herald.entities.gazetteer.GazetteerLoadTime 2>/dev/null
done
du -cb "$root"/herald-core/src/main/resources/dev/herald/entities/reference-*.tsv.gz | tail -1 | \
    awk '{printf "reference resources %.1f MB\n", $1 / 1e6}'
