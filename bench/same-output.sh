#!/usr/bin/env bash
# Checks that a change leaves the output alone (refactorings): `newsfacts extract --format jsonl` on
# the seed, the dev articles, the dev web pages, the French TimeBank dev half and 300 benchmark
# articles about immigration, compared byte for byte with a reference made before the change.
# usage: bench/same-output.sh record DIR   (run on the commit before the change: writes DIR)
#        bench/same-output.sh check DIR    (run after: exit 0 when every byte is the same, else 1
#                                           and the first differing articles)
# Inputs are copied under one work folder and named relatively, so two checkouts compare equal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
mode="${1:-}"; ref="${2:-}"
[[ ( "$mode" == record || "$mode" == check ) && -n "$ref" ]] || {
  echo "usage: bench/same-output.sh record|check DIR" >&2; exit 2; }
[[ -d "$shared/eval" ]] || { echo "same-output: $shared not found" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in/seed" "$work/in/dev" "$work/in/html" "$work/in/ftib"
cp "$shared"/seed/*.txt "$work/in/seed/"
for g in "$shared"/eval/dev/articles/*.gold.json; do cp "${g%.gold.json}.txt" "$work/in/dev/"; done
cp "$shared"/eval/dev/html/*.html "$work/in/html/"
cp "$shared"/eval/dev/ftib/ftib-dev.jsonl "$work/in/ftib/"
# 300 benchmark articles that speak of immigration (the first 300 in file order), as one stream.
python3 - "$shared/bench/fresada_regular_news_5000.jsonl" "$work/in/bench300.jsonl" <<'PY'
import json, re, sys
words = re.compile(r"immigr|migrant|réfugié|asile", re.I)
n = 0
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        r = json.loads(line)
        if words.search(r["title"] + " " + r["text"]):
            out.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
            n += 1
            if n == 300:
                break
PY
"$root/newsfacts" --version >/dev/null
( cd "$work/in" && "$root/newsfacts" extract seed dev html ftib bench300.jsonl --format jsonl --quiet \
    > "$work/out.jsonl" 2> "$work/err.txt" ) || true
if [[ "$mode" == record ]]; then
  mkdir -p "$ref"
  cp "$work/out.jsonl" "$ref/out.jsonl"; cp "$work/err.txt" "$ref/err.txt"
  echo "same-output: recorded $(wc -l < "$ref/out.jsonl") articles in $ref"
  exit 0
fi
status=0
if ! cmp -s "$ref/out.jsonl" "$work/out.jsonl"; then
  status=1
  echo "same-output: extract output differs ($(wc -l < "$ref/out.jsonl") articles before, $(wc -l < "$work/out.jsonl") after); first differing articles:"
  python3 - "$ref/out.jsonl" "$work/out.jsonl" <<'PY'
import json, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
shown = 0
for x, y in zip(a, b):
    if x != y and shown < 5:
        shown += 1
        keys = [k for k in x if x.get(k) != y.get(k)]
        print(f"  {x.get('source')}: fields {keys}")
        for k in keys:
            if isinstance(x.get(k), list):
                xs, ys = x[k], y.get(k) or []
                gone = [e for e in xs if e not in ys][:3]
                new = [e for e in ys if e not in xs][:3]
                print(f"    {k}: -{gone} +{new}")
PY
fi
if ! cmp -s "$ref/err.txt" "$work/err.txt"; then
  status=1
  echo "same-output: stderr differs:"; diff "$ref/err.txt" "$work/err.txt" | head -10
fi
[[ $status == 0 ]] && echo "same-output: identical ($(wc -l < "$work/out.jsonl") articles)"
exit $status
