#!/usr/bin/env bash
# The read-through sample of eval/QUOTES-BBC.md: N BBC articles (default 24) outside bbc-dev, picked
# with a fixed seed from ../shared/data/news/bbc-news (politics 5/12, business 3/12, tech and
# entertainment 2/12 each, as bbc-dev weighs them), among the articles bbc-dev's own scan would have
# kept (4 or more quoted spans with a speech cue within 80 characters; ../shared/gold/bbc-dev/README.md),
# so that the sample holds quotes to read. Analyzed with the fast profile (as eval/quotes.sh analyzes
# bbc-dev); prints each article's path and its quotations (indirect ones left out, as the quote
# metric does): text (shortened), kind, speaker name, speaker type, cue and the speaker's mention,
# for reading beside the article.
# Usage: eval/quotes-sample.sh [N] [SEED]   (defaults 24 and 14)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${HERALD_SHARED:-$root/../shared}"
mapfile -t files < <(python3 - "$shared" "${1:-24}" "${2:-14}" <<'PY'
import os, random, re, sys
shared, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
dev = {f.split(".")[0] for f in os.listdir(f"{shared}/gold/bbc-dev")}
cue = re.compile(r"\b(said|says|say|told|added|warned|insisted|argued|explained|stated|claimed)\b")
def quoted(path):
    body = open(path, encoding="utf-8", errors="replace").read().split("\n", 1)[-1]
    spans = [m for m in re.finditer(r'"[^"\n]+"', body)]
    return sum(1 for m in spans if cue.search(body[max(0, m.start() - 80):m.end() + 80])) >= 4
rng = random.Random(seed)
shares = {"politics": 5, "business": 3, "tech": 2, "entertainment": 2}
counts = {t: n * s // 12 for t, s in shares.items()}
counts["politics"] += n - sum(counts.values())
for topic, count in counts.items():
    d = f"{shared}/data/news/bbc-news/{topic}"
    names = sorted(f for f in os.listdir(d)
                   if f.endswith(".txt") and f"{topic}-{f[:-4]}" not in dev and quoted(f"{d}/{f}"))
    for f in sorted(rng.sample(names, count)):
        print(f"{d}/{f}")
PY
)
"$root/herald" analyze --profile fast --format jsonl "${files[@]}" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    types = {e["id"]: e["type"] for e in r.get("entities", [])}
    print("==", r["input"]["path"])
    for q in r.get("quotes", []):
        if q["kind"] == "indirect":
            continue
        s = q.get("speaker") or {}
        text = q["text"] if len(q["text"]) <= 60 else q["text"][:45] + " … " + q["text"][-12:]
        mention = (s.get("mention") or {}).get("text", "")
        print("  %-62s %-8s %-28s %-13s %-10s %s" % (text.replace("\n", " "), q["kind"], s.get("name", "-"),
              types.get(s.get("entity"), "anonymous" if s.get("anonymous") else "-"), q.get("cue") or "-", mention))
'
