# Sourced by the eval/stories*.sh scripts: where the repository, ../shared, the BBC corpus and the
# work directory are, the JVM options of evaluation runs (at most 4 GB heap), and `herald` to run
# the launcher.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
news="$shared/data/news/bbc-news"
work="$root/target/eval/stories"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
mkdir -p "$work"
herald() { "$root/herald" "$@"; }
