#!/usr/bin/env bash
# Who said what, measured: runs Herald (herald analyze), Herald with reported speech added
# (herald+ind: indirect quotes too, not in the default pipeline) and stock CoreNLP quote attribution
# (QuoteAnnotator + QuoteAttributionAnnotator) over the same articles, and scores all with the same
# scorers.
#
#   seed     ../shared/seeds/000_*.txt against ../shared/gold/ (quote-score, CONTRACT.md section 3)
#   bbc-dev  the 20 BBC articles of ../shared/gold/bbc-dev/ (quote-score)
#   polnear  PolNeAR's dev split, read as plain text (eval/polnear-score.py: source and content F1)
#
# usage: eval/quotes.sh [--no-corenlp] [--sets seed,bbc-dev,polnear] [--out DIR]
# Records and full scorer output go to DIR (default target/eval-quotes). CoreNLP's baseline needs
# about 8 GB of heap (HERALD_BASELINE_OPTS, default -Xmx8g) and runs one set at a time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
out="$root/target/eval-quotes"
sets="seed,bbc-dev,polnear"
corenlp=1
while [ $# -gt 0 ]; do
    case "$1" in
        --no-corenlp) corenlp=0 ;;
        --sets) sets="$2"; shift ;;
        --out) out="$2"; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "quotes.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ -d "$shared" ] || { echo "quotes.sh: no shared folder at $shared (set HERALD_SHARED)" >&2; exit 2; }
mkdir -p "$out"

"$root/herald" --help > /dev/null   # builds when sources changed
app="$root/herald-app/target"
runner() { # runner SYSTEM OUT JAVA_OPTS ARGS...
    local system="$1" dest="$2" opts="$3"; shift 3
    java $opts -cp "$app/herald-app-0.1.0-SNAPSHOT.jar:$(cat "$app/classpath.txt")" \
        dev.herald.app.QuoteEvalRunner --system "$system" "$@" > "$dest" 2> "$dest.log"
}
baseline() { # baseline OUT ARGS...
    local dest="$1"; shift
    runner herald-indirect "${dest%.corenlp.jsonl}.herald+ind.jsonl" "-Xss16m -Xmx3g" "$@"
    [ "$corenlp" = 1 ] && runner corenlp "$dest" "${HERALD_BASELINE_OPTS:--Xmx8g}" "$@"
    return 0
}
systems() { if [ "$corenlp" = 1 ]; then echo herald herald+ind corenlp; else echo herald herald+ind; fi; }

for set in ${sets//,/ }; do
    case "$set" in
        seed)
            files=("$shared"/seeds/000_*.txt)
            gold="$shared/gold"
            "$root/herald" analyze --profile fast --format jsonl --date 2022-03-29 "${files[@]}" > "$out/seed.herald.jsonl"
            baseline "$out/seed.corenlp.jsonl" "${files[@]}"
            ;;
        bbc-dev)
            files=()
            for g in "$shared"/gold/bbc-dev/*.quotes.json; do
                b="$(basename "$g" .quotes.json)"
                files+=("$shared/data/news/bbc-news/${b%%-*}/${b#*-}.txt")
            done
            gold="$shared/gold/bbc-dev"
            "$root/herald" analyze --profile fast --format jsonl "${files[@]}" > "$out/bbc-dev.herald.jsonl"
            baseline "$out/bbc-dev.corenlp.jsonl" "${files[@]}"
            ;;
        polnear)
            files=("$shared"/data/quotes/polnear/data/dev/text/*.txt)
            gold="$shared/data/quotes/polnear/data/dev/attributions"
            "$root/herald" analyze --profile fast --input-format plain --format jsonl "${files[@]}" > "$out/polnear.herald.jsonl"
            baseline "$out/polnear.corenlp.jsonl" --plain "${files[@]}"
            ;;
        *) echo "quotes.sh: unknown set $set" >&2; exit 2 ;;
    esac
    for sys in $(systems); do
        pred="$out/$set.$sys.jsonl"
        if [ "$set" = polnear ]; then
            python3 "$root/eval/polnear-score.py" --ann "$gold" --pred "$pred" --verbose > "$out/$set.$sys.score"
            summary="$(grep -E '^(source|content|quoted)' "$out/$set.$sys.score" | tr '\n' ';' | sed 's/;$//')"
        else
            "$shared/tools/quote-score" --gold "$gold" --pred "$pred" --verbose > "$out/$set.$sys.score"
            summary="$(grep -E '^(detection|attribution P)' "$out/$set.$sys.score" | tr '\n' ';' | sed 's/;$//')"
        fi
        printf '%-8s %-8s %s\n' "$set" "$sys" "$summary"
    done
done
