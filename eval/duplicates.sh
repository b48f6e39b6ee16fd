#!/usr/bin/env bash
# Near-duplicate detection on the BBC News corpus: precision and recall of `duplicate_of` through a
# real store, for several thresholds (dev.herald.store.DuplicateEval, test scope of herald-core).
# The test set (edited copies, related-story pairs) is built at run time from ../shared; nothing of
# it is kept. Usage: eval/duplicates.sh [BBC_DIR] [COPIES] [NEGATIVES] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/news/bbc-news}"
cp_file="$root/herald-core/target/test-classpath.txt"
if [ ! -f "$cp_file" ] || [ ! -f "$root/herald-core/target/test-classes/dev/herald/store/DuplicateEval.class" ] || \
   [ -n "$(find "$root/herald-core/src" -newer "$cp_file" -print -quit)" ]; then
    (cd "$root" && ./mvnw -q -B -pl herald-core -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2)
    touch "$cp_file"
fi
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$root/herald-core/target/classes:$root/herald-core/target/test-classes:$(cat "$cp_file")" \
    dev.herald.store.DuplicateEval "$corpus" "${@:2}"
