#!/usr/bin/env bash
# Scores Herald's event coding (FULL profile: events are coded from dependency parses).
#   eval/events.sh            the gold articles of herald-core/src/test/resources/events-gold,
#                             by ../shared/tools/event-score (precision, recall, per type)
#   eval/events.sh --gsr      also the PLOVER gold-standard records (CAMEO manual sentences):
#                             type accuracy and source/target accuracy, by eval/gsr_score.py, on all
#                             records (the figure to report), then the even-numbered half (the one
#                             rules are tuned on) and the odd half (kept to check that gains hold);
#                             the records still wrong, by kind, are in $OUT/gsr-errors.txt
# Options after the first: passed to event-score (e.g. --verbose). Output files go to $OUT
# (default: a temporary directory), so runs can be compared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
gold="$root/herald-core/src/test/resources/events-gold"
out="${OUT:-$(mktemp -d)}"
gsr=false
if [ "${1:-}" = "--gsr" ]; then gsr=true; shift; fi

"$root/herald" analyze --profile full --format jsonl "$gold"/*.txt > "$out/gold.jsonl"
echo "# event-score on $gold ($(ls "$gold"/*.events.json | wc -l) articles)"
"$shared/tools/event-score" --gold "$gold" --pred "$out/gold.jsonl" "$@"

if $gsr; then
    records="$shared/data/events/plover-gsr-cameo/gold_standard_records/PLOVER_GSR_CAMEO.txt"
    python3 "$root/eval/gsr_score.py" split "$records" "$out/gsr"
    "$root/herald" analyze --profile full --input-format plain --format jsonl "$out"/gsr/*.txt > "$out/gsr.jsonl"
    echo "# PLOVER gold-standard records"
    python3 "$root/eval/gsr_score.py" score "$records" "$out/gsr.jsonl"
    for half in even odd; do
        echo "# PLOVER gold-standard records, $half half"
        python3 "$root/eval/gsr_score.py" score "$records" "$out/gsr.jsonl" --half "$half" | sed -n 2,5p
    done
    python3 "$root/eval/gsr_score.py" errors "$records" "$out/gsr.jsonl" --half even > "$out/gsr-errors.txt"
fi
echo "# outputs in $out"
