#!/usr/bin/env bash
# How a corpus's files map to article ids, without the language models: files walked as `herald
# ingest` walks them (corpus documents skipped and listed), distinct contents (byte for byte),
# distinct ids, and each id shared by files of different content with what tells them apart
# (dev.herald.model.CorpusIds, test scope of herald-core).
# Usage: eval/ids.sh [CORPUS]   (default ../shared/data/news/bbc-news)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/data/news/bbc-news}"
nice -n 19 java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(nice -n 19 "$root/eval/core-test-classpath.sh")" \
    dev.herald.model.CorpusIds "$corpus"
