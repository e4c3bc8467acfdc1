#!/usr/bin/env bash
# Scores `newsfacts extract` with ../shared/eval/score.py on the seed and the two parts of the dev
# articles (bench/dev-split.sh): the part we tune on, and the part we only check. One summary each.
# usage: bench/score.sh [--verbose]   (--verbose: every miss of the seed and the tune part; the
#                                       check part is never shown in detail)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
score="$shared/eval/score.py"
[[ -f "$score" ]] || { echo "score: $score not found (../shared)" >&2; exit 2; }
# shellcheck source=bench/dev-split.sh
source "$root/bench/dev-split.sh"
verbose=""
[[ "${1:-}" == "--verbose" ]] && verbose="--verbose"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
mapfile -t tune < <(dev_gold_files tune)
mapfile -t check < <(dev_gold_files check)
texts=()
for g in "$shared"/seed/*.gold.json "${tune[@]}" "${check[@]}"; do texts+=("${g%.gold.json}.txt"); done
"$root/newsfacts" extract "${texts[@]}" --format jsonl --quiet > "$out"
summary() {
  local name="$1" v="$2"; shift 2
  echo "== $name ($# articles)"
  python3 "$score" "$out" "$@" $v | { if [[ -n "$v" ]]; then cat; else grep -v '^overall'; fi; } || true
  echo
}
summary seed "$verbose" "$shared"/seed/*.gold.json
summary "dev tune" "$verbose" "${tune[@]}"
summary "dev check" "" "${check[@]}"
summary "dev all" "" "${tune[@]}" "${check[@]}"
