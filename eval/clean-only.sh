#!/usr/bin/env bash
# Runs only Herald's HTML cleaning stage over pages and prints one JSON line per page with the
# record's fields that extraction scorers read (dev.herald.clean.html.ExtractionDump, test scope).
# Compiles the test classes and writes the test classpath on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$root/herald-core/target/test-classpath.txt"
if [ ! -f "$cp_file" ] || [ ! -d "$root/herald-core/target/test-classes/dev/herald/clean/html" ] || \
   [ -n "$(find "$root/herald-core/src" -newer "$cp_file" -print -quit)" ]; then
    (cd "$root" && ./mvnw -q -B -pl herald-core -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2)
fi
exec java -Xss16m -cp "$root/herald-core/target/classes:$root/herald-core/target/test-classes:$(cat "$cp_file")" \
    dev.herald.clean.html.ExtractionDump "$@"
