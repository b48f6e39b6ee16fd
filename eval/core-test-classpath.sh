#!/usr/bin/env bash
# Prints the classpath of herald-core's test scope (its classes, test classes and dependencies),
# compiling them and writing the dependency list first when a source is newer. For eval scripts
# that run a test-scope main class (DuplicateEval, StoreGenerator, SearchBench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$root/herald-core/target/test-classpath.txt"
if [ ! -f "$cp_file" ] || [ ! -d "$root/herald-core/target/test-classes/dev/herald/store" ] || \
   [ -n "$(find "$root/herald-core/src" "$root/pom.xml" "$root/herald-core/pom.xml" -newer "$cp_file" -print -quit)" ]; then
    (cd "$root" && ./mvnw -q -B -pl herald-core -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2)
    touch "$cp_file"
fi
echo "$root/herald-core/target/classes:$root/herald-core/target/test-classes:$(cat "$cp_file")"
