#!/usr/bin/env bash
# Accuracy of the sports-report test (SportsReport: sports rules apply only in sports reports) on
# the 2,225 BBC News articles: "is sport" against the article's category folder.
# Usage: eval/genre.sh [--words FILE] [--count-rule]   (corpus: ../shared/data/news/bbc-news)
# Before issue 16: eval/genre.sh --count-rule --words <(git show 0dc0482:herald-core/src/main/resources/dev/herald/entities/sports-words.txt)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
corpus="$shared/data/news/bbc-news"
[ -d "$corpus" ] || { echo "eval/genre.sh: no $corpus" >&2; exit 2; }
(cd "$root" && ./mvnw -q -B -pl herald-core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt >&2)
core="$root/herald-core/target"
java -cp "$core/test-classes:$core/classes:$(cat "$core/test-classpath.txt")" \
    dev.herald.entities.types.SportsReportAccuracy "$corpus" "$@"
