#!/usr/bin/env bash
# Throughput benchmark (issue 9). Writes N articles of ../shared/bench to .txt files (title as the
# first line), then measures on the same files and thread count:
#   1. plain CoreNLP (tokenize, ssplit, mwt, pos, ner) vs full newsfacts extraction, in one JVM
#      (`newsfacts bench`: both loaded and warmed up alike, then timed taking turns every 50
#      articles), for 1 thread and for THREADS threads; the thread CPU ratio is the figure to quote
#      on a shared machine, the wall ratio on a quiet one;
#   2. `newsfacts extract` and `newsfacts index` as a user runs them: wall time and peak RSS.
# usage: bench/throughput.sh [N=5000] [THREADS=cores]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-5000}"
threads="${2:-$(nproc)}"
src="$root/../shared/bench/fresada_regular_news_5000.jsonl"
[[ -f "$src" ]] || { echo "bench: $src not found (../shared/bench)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$src" "$work/articles" "$n" <<'PY'
import json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
with open(src, encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= n:
            break
        a = json.loads(line)
        with open(os.path.join(out, f"{i:05d}-{a['id']}.txt"), "w", encoding="utf-8") as o:
            o.write((a.get("title") or "").strip() + "\n\n" + a["text"])
PY
"$root/newsfacts" --version >/dev/null   # builds the jar if needed, outside the timings
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB; $n articles"
echo "== in-process, 1 thread"
"$root/newsfacts" bench "$work/articles" --threads 1 --limit "$(( n < 500 ? n : 500 ))"
echo "== in-process, $threads threads"
"$root/newsfacts" bench "$work/articles" --threads "$threads"
echo "== newsfacts extract (wall, peak RSS)"
/usr/bin/time -f "extract: %e s wall, %M KB peak RSS" "$root/newsfacts" extract "$work/articles" --format jsonl --quiet --threads "$threads" > "$work/out.jsonl"
echo "extract wrote $(wc -l < "$work/out.jsonl") articles"
echo "== newsfacts index (wall, peak RSS)"
/usr/bin/time -f "index: %e s wall, %M KB peak RSS" "$root/newsfacts" index "$work/articles" --index "$work/index" --quiet --threads "$threads"
