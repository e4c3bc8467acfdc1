#!/usr/bin/env bash
# Scores `newsfacts extract` with ../shared/eval/score.py on a folder of articles and their gold
# files (DIR/NAME.txt beside DIR/NAME.gold.json, the gold format of ../shared/eval/dev): for a
# held-out set annotated outside the repository, such as the lead's speaker check of the eighth
# round (docs/quality-log.md, "Eighth round"), kept out of the repository for the benchmark text's licence.
# usage: bench/score-dir.sh DIR [--verbose]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
score="$root/../shared/eval/score.py"
dir="${1:?usage: bench/score-dir.sh DIR [--verbose]}"
[[ -f "$score" ]] || { echo "score-dir: $score not found (../shared)" >&2; exit 2; }
shopt -s nullglob
golds=("$dir"/*.gold.json)
(( ${#golds[@]} )) || { echo "score-dir: $dir: no *.gold.json files" >&2; exit 2; }
texts=()
for g in "${golds[@]}"; do texts+=("${g%.gold.json}.txt"); done
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$root/newsfacts" extract "${texts[@]}" --format jsonl --quiet > "$out"
python3 "$score" "$out" "${golds[@]}" ${2:-}
