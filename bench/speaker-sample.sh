#!/usr/bin/env bash
# Quote speakers on unseen news: runs `newsfacts extract` on the first N benchmark articles that speak
# of immigration (the selection of bench/same-output.sh), prints the share of direct quotes without a
# speaker and the count per speakerEvidence, then draws a seeded random sample of attributions to
# check by hand (quote, speaker, evidence, and the text around the quote). The article text is read
# from ../shared/bench and printed, never written into the repo. The dev articles (../shared/eval/dev,
# among them the check articles nobody may read) are left out of the selection.
# usage: bench/speaker-sample.sh [N=300] [SAMPLE=50] [SEED=14]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
n="${1:-300}"; sample="${2:-50}"; seed="${3:-14}"
bench="$shared/bench/fresada_regular_news_5000.jsonl"
[[ -f "$bench" ]] || { echo "speaker-sample: $bench not found (../shared)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$bench" "$work/in.jsonl" "$n" "$shared/eval/dev/articles" <<'PY'
import json, os, re, sys
words = re.compile(r"immigr|migrant|réfugié|asile", re.I)
dev = {re.sub(r"\D", "", f) for f in os.listdir(sys.argv[4]) if f.endswith(".txt")} if os.path.isdir(sys.argv[4]) else set()
n, limit = 0, int(sys.argv[3])
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        r = json.loads(line)
        if r["id"] in dev:
            continue
        if words.search(r["title"] + " " + r["text"]):
            out.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
            n += 1
            if n == limit:
                break
PY
"$root/newsfacts" extract "$work/in.jsonl" --format jsonl --quiet > "$work/out.jsonl"
python3 - "$work/in.jsonl" "$work/out.jsonl" "$sample" "$seed" <<'PY'
import collections, json, random, sys
quotes = []
for line in open(sys.argv[2], encoding="utf-8"):
    a = json.loads(line)
    for q in a.get("quotes", []):
        if q["kind"] == "direct":
            quotes.append((a, q))
none = sum(1 for _, q in quotes if not q.get("speaker"))
print(f"direct quotes: {len(quotes)}, without a speaker: {none} ({100.0 * none / max(1, len(quotes)):.1f} %)")
for k, v in collections.Counter(q.get("speakerEvidence") for _, q in quotes).most_common():
    print(f"  {k}: {v}")
def python_index(text, units):
    i = 0
    while units > 0 and i < len(text):
        units -= 2 if ord(text[i]) > 0xFFFF else 1
        i += 1
    return i


rng = random.Random(int(sys.argv[4]))
picked = rng.sample(quotes, min(int(sys.argv[3]), len(quotes)))
for i, (a, q) in enumerate(picked, 1):
    text = a.get("text") or ""
    # the offsets are Java String indices (UTF-16 units, ../shared/CONTRACT.md): one more per
    # character outside the Basic Multilingual Plane (an emoji) before them than Python counts
    s, e = (python_index(text, q["start"]), python_index(text, q["end"]))
    print(f"\n#{i} article {a.get('id')}  speaker={q.get('speaker')!r}  role={q.get('speakerRole')!r}  "
          f"evidence={q.get('speakerEvidence')}")
    print("   ..." + text[max(0, s - 300):s].replace("\n", " / ") + "[[" + text[s:e][:200].replace("\n", " / ")
          + "]]" + text[e:e + 200].replace("\n", " / ") + "...")
PY
