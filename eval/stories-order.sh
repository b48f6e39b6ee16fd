#!/usr/bin/env bash
# Stability of stories when the same corpus is ingested in another order. The gold articles of
# eval/stories/gold.tsv are ingested by the real `herald ingest` into fresh stores in gold-file
# order, in reverse order and in a seeded shuffle (seed 17); for each other order, prints how many
# articles' stories changed against gold-file order (eval/stories/compare.py) and the gold scores.
# Usage: eval/stories-order.sh [--test]    Needs ../shared. Work in target/eval/stories.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/stories/env.sh"
grep -v '^#' "$root/eval/stories/gold.tsv" | cut -f1 | sed "s#^#$news/#" > "$work/order-gold.txt"
tac "$work/order-gold.txt" > "$work/order-reverse.txt"
python3 -c 'import random,sys; l=open(sys.argv[1]).read().split("\n")[:-1]; random.Random(17).shuffle(l); print("\n".join(l))' \
    "$work/order-gold.txt" > "$work/order-shuffle.txt"
for order in gold reverse shuffle; do
    rm -rf "$work/order-$order-store"
    mapfile -t inputs < "$work/order-$order.txt"
    herald ingest --store "$work/order-$order-store" --profile fast --threads 2 --no-progress "${inputs[@]}"
    herald stories --store "$work/order-$order-store" --format json > "$work/order-$order-stories.json"
done
herald export --store "$work/order-gold-store" --format jsonl > "$work/order-records.jsonl"
for order in reverse shuffle; do
    echo "== $order order against gold-file order"
    python3 "$root/eval/stories/compare.py" "$work/order-gold-stories.json" "$work/order-$order-stories.json"
done
for order in gold reverse shuffle; do
    echo "== gold scores, $order order"
    python3 "$root/eval/stories/score.py" "$root/eval/stories/gold.tsv" "$work/order-records.jsonl" \
        "$work/order-$order-stories.json" "$@"
done
