#!/usr/bin/env bash
# Story clustering on the whole BBC corpus (2,225 files): ingests it with the real `herald ingest`
# into a fresh store (2 threads, fast profile) and times it; then times story assignment alone over
# the stored records (dev.herald.stories.StoryThroughput, test scope of herald-core: what the ingest
# step does per record, fastest of 3 runs) and prints its share of the ingest time; then assigns the
# same records in reverse and in a seeded shuffled order (`herald stories --records`, the same
# assigner) and prints how many articles' stories changed against the ingest order.
# Usage: eval/stories-corpus.sh    Needs ../shared. Work in target/eval/stories.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stories/env.sh"
test_cp="$("$root/eval/core-test-classpath.sh")"
herald --version > /dev/null   # builds the app first, so the timing below is the ingest alone
rm -rf "$work/bbc-store"
start=$(date +%s.%N)
herald ingest --store "$work/bbc-store" --profile fast --threads 2 --no-progress "$shared/data/news/bbc-news"
end=$(date +%s.%N)
ingest_s=$(python3 -c "print(f'{$end - $start:.1f}')")
herald export --store "$work/bbc-store" --format jsonl > "$work/bbc-records.jsonl"
herald stories --store "$work/bbc-store" --format json > "$work/bbc-stories.json"
line=$(java -Xss16m -Xmx4g -cp "$test_cp" dev.herald.stories.StoryThroughput "$work/bbc-records.jsonl" 3)
echo "$line"
ms=$(echo "$line" | sed -E 's/.* in ([0-9]+) ms.*/\1/')
python3 -c "print(f'ingest {$ingest_s} s wall; story assignment {$ms} ms = {100 * $ms / 1000 / $ingest_s:.2f}% of the ingest time')"
tac "$work/bbc-records.jsonl" > "$work/bbc-reverse.jsonl"
python3 -c 'import random,sys; l=open(sys.argv[1]).read().split("\n")[:-1]; random.Random(17).shuffle(l); print("\n".join(l))' \
    "$work/bbc-records.jsonl" > "$work/bbc-shuffle.jsonl"
for order in reverse shuffle; do
    herald stories --records "$work/bbc-$order.jsonl" --format json > "$work/bbc-$order-stories.json"
    echo "== $order order against ingest order"
    python3 "$root/eval/stories/compare.py" "$work/bbc-stories.json" "$work/bbc-$order-stories.json"
done
