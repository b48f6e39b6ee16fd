#!/usr/bin/env bash
# Converts the reference dictionaries of ../shared/data (GeoNames places, PETRARCH2 actors) into the
# gazetteer resources committed in herald-core/src/main/resources/dev/herald/entities/
# (reference-places.tsv.gz, reference-actors.tsv.gz), and prints their sizes.
# Usage: eval/convert-gazetteers.sh    Needs ../shared/data (gazetteer/geonames, events/petrarch2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
out="$root/herald-core/src/main/resources/dev/herald/entities"
(cd "$root" && ./mvnw -q -B -pl herald-core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt >&2)
core="$root/herald-core/target"
java -cp "$core/test-classes:$core/classes:$(cat "$core/test-classpath.txt")" \
    dev.herald.entities.gazetteer.GazetteerConverter "$shared/data" "$out"
ls -l "$out"/reference-*.tsv.gz
