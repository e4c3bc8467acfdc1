#!/usr/bin/env bash
# Hostile inputs (issue 17): writes N good articles of ../shared/bench (default 100) and the
# hostile inputs of bench/hostile.py into a temporary folder, then measures what each hostile
# input costs `newsfacts extract` beside the good ones (wall time and peak heap above a run of the
# good ones alone), checks the good ones all come out, and times a large search table and a long
# query. Takes about 5 minutes on a quiet 2-core machine (and little disk:
# the zip bomb is 260 KB, the other inputs 50 MB; nothing is unpacked to disk).
# usage: bench/hostile.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100}"
src="$root/../shared/bench/fresada_regular_news_5000.jsonl"
[[ -f "$src" ]] || { echo "bench: $src not found (../shared/bench)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$src" "$work/good" "$n" <<'PY'
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
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/bench/hostile.py" "$root" "$work" "$work/good"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
