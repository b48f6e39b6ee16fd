#!/usr/bin/env bash
# Who said what, measured: runs `herald analyze` (reported speech included, as shipped) over each set
# once and scores it with the set's scorer; optionally stock CoreNLP quote attribution
# (QuoteAnnotator + QuoteAttributionAnnotator) over the same articles.
#
#   seed     ../shared/seeds/000_*.txt against ../shared/gold/ (quote-score, CONTRACT.md section 3)
#   bbc-dev  the 20 BBC articles of ../shared/gold/bbc-dev/ (quote-score)
#   polnear  a PolNeAR split read as plain text (eval/polnear-score.py: source and content F1), scored
#            twice: `herald` as printed, `herald-direct` without the indirect quotes (what
#            `herald analyze --no-indirect` prints; quote-score leaves indirect quotes out anyway)
#
# usage: eval/quotes.sh [--sets seed,bbc-dev,polnear] [--split dev|train|test] [--sample N]
#                       [--corenlp] [--out DIR]
# --split picks PolNeAR's split (default dev; tune on train, report test once); --sample N scores a
# seeded random sample of N articles of the split (the same N articles every run), for fast rounds.
# Records and full scorer output go to DIR (default target/eval-quotes). Herald runs with
# HERALD_JAVA_OPTS (default -Xss16m -Xmx4g) on HERALD_THREADS threads (default 2). --corenlp adds the
# CoreNLP baseline, which needs about 8 GB of heap (HERALD_BASELINE_OPTS, default -Xmx8g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
out="$root/target/eval-quotes"
sets="seed,bbc-dev,polnear"
split="dev"
sample=0
corenlp=0
while [ $# -gt 0 ]; do
    case "$1" in
        --corenlp) corenlp=1 ;;
        --no-corenlp) corenlp=0 ;;
        --sets) sets="$2"; shift ;;
        --split) split="$2"; shift ;;
        --sample) sample="$2"; shift ;;
        --out) out="$2"; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "quotes.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ -d "$shared" ] || { echo "quotes.sh: no shared folder at $shared (set HERALD_SHARED)" >&2; exit 2; }
case "$split" in dev|train|test) ;; *) echo "quotes.sh: --split must be dev, train or test" >&2; exit 2 ;; esac
mkdir -p "$out"
export HERALD_JAVA_OPTS="${HERALD_JAVA_OPTS:--Xss16m -Xmx4g -XX:+UseParallelGC}"
threads="${HERALD_THREADS:-2}"

"$root/herald" --help > /dev/null   # builds when sources changed
app="$root/herald-app/target"
corenlp_run() { # corenlp_run OUT ARGS...
    local dest="$1"; shift
    java ${HERALD_BASELINE_OPTS:--Xmx8g} -cp "$app/herald-app-0.1.0-SNAPSHOT.jar:$(cat "$app/classpath.txt")" \
        dev.herald.app.QuoteEvalRunner --system corenlp "$@" > "$dest" 2> "$dest.log"
}
analyze() { # analyze OUT HERALD_ARGS...
    local dest="$1"; shift
    "$root/herald" analyze --profile fast --threads "$threads" --format jsonl "$@" > "$dest"
}
# The first N of the split's files in a shuffle seeded with 14: the same sample every run.
sampled() { python3 -c 'import random, sys
files = sorted(sys.argv[2:]); random.Random(14).shuffle(files)
print("\n".join(sorted(files[:int(sys.argv[1])] if int(sys.argv[1]) > 0 else files)))' "$@"; }

for set in ${sets//,/ }; do
    case "$set" in
        seed)
            files=("$shared"/seeds/000_*.txt)
            gold="$shared/gold"
            analyze "$out/seed.herald.jsonl" --date 2022-03-29 "${files[@]}"
            [ "$corenlp" = 1 ] && corenlp_run "$out/seed.corenlp.jsonl" "${files[@]}"
            ;;
        bbc-dev)
            files=()
            for g in "$shared"/gold/bbc-dev/*.quotes.json; do
                b="$(basename "$g" .quotes.json)"
                files+=("$shared/data/news/bbc-news/${b%%-*}/${b#*-}.txt")
            done
            gold="$shared/gold/bbc-dev"
            analyze "$out/bbc-dev.herald.jsonl" "${files[@]}"
            [ "$corenlp" = 1 ] && corenlp_run "$out/bbc-dev.corenlp.jsonl" "${files[@]}"
            ;;
        polnear)
            mapfile -t files < <(sampled "$sample" "$shared"/data/quotes/polnear/data/"$split"/text/*.txt)
            gold="$shared/data/quotes/polnear/data/$split/attributions"
            analyze "$out/polnear.herald.jsonl" --input-format plain "${files[@]}"
            [ "$corenlp" = 1 ] && corenlp_run "$out/polnear.corenlp.jsonl" --plain "${files[@]}"
            ;;
        *) echo "quotes.sh: unknown set $set" >&2; exit 2 ;;
    esac
    systems="herald"
    [ "$set" = polnear ] && systems="herald herald-direct"
    [ "$corenlp" = 1 ] && systems="$systems corenlp"
    for sys in $systems; do
        pred="$out/$set.${sys%-direct}.jsonl"
        if [ "$set" = polnear ]; then
            only=""
            [ "$sys" = herald-direct ] && only="--direct-only"
            python3 "$root/eval/polnear-score.py" --ann "$gold" --pred "$pred" $only --verbose > "$out/$set.$sys.score"
            summary="$(grep -E '^(articles|source|content|mention|quoted)' "$out/$set.$sys.score" | tr '\n' ';' | sed 's/;$//')"
            label="$set-$split"
        else
            "$shared/tools/quote-score" --gold "$gold" --pred "$pred" --verbose > "$out/$set.$sys.score"
            summary="$(grep -E '^(detection|attribution P)' "$out/$set.$sys.score" | tr '\n' ';' | sed 's/;$//')"
            label="$set"
        fi
        printf '%-13s %-13s %s\n' "$label" "$sys" "$summary"
    done
done
