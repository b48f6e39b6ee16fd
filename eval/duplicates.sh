#!/usr/bin/env bash
# Near-duplicate detection on the BBC News corpus: precision and recall of `duplicate_of` through a
# real store, for several thresholds (dev.herald.store.DuplicateEval, test scope of herald-core).
# The test set (edited copies, related-story pairs) is built at run time from ../shared; nothing of
# it is kept. Usage: eval/duplicates.sh [BBC_DIR] [COPIES] [NEGATIVES] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/news/bbc-news}"
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$("$root/eval/core-test-classpath.sh")" \
    dev.herald.store.DuplicateEval "$corpus" "${@:2}"
