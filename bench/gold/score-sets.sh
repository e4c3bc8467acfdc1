#!/usr/bin/env bash
# Scores `newsfacts extract` on the gold sets of bench/gold/sets (all, or the NAMEs given), one line
# a set: its role (tune: read error by error; clean: only its totals are ever looked at), then the
# speaker accuracy and quotes F1 of a speakers set or the entities F1 of an entities set, from
# ../shared/eval/score.py. The sets are rebuilt from ../shared/bench by bench/gold/standoff.py into
# a temporary folder (kept with --keep DIR, e.g. to read a tune set's errors with bench/score-dir.sh).
# usage: bench/gold/score-sets.sh [--keep DIR] [NAME...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
score="$root/../shared/eval/score.py"
[[ -f "$score" ]] || { echo "score-sets: $score not found (../shared)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
keep=""
[[ "${1:-}" == "--keep" ]] && { keep="${2:?--keep DIR}"; shift 2; }
python3 "$here/standoff.py" build "$work/sets" "$@"
texts=()
for t in "$work"/sets/*/*.txt; do texts+=("$t"); done
"$root/newsfacts" extract "${texts[@]}" --format jsonl --quiet > "$work/out.jsonl"
while IFS=$'\t' read -r name kind role _; do
  [[ "$name" == name || ! -d "$work/sets/$name" ]] && continue
  s="$(python3 "$score" "$work/out.jsonl" "$work/sets/$name"/*.gold.json || true)"
  if [[ "$kind" == speakers ]]; then
    figure="$(grep -o 'accuracy over gold quotes: .*' <<<"$s" | cut -d' ' -f5-)   quotes F1 $(grep -o 'quotes=[0-9.]*' <<<"$s" | cut -d= -f2)"
  else
    figure="entities F1 $(grep -o 'entities=[0-9.]*' <<<"$s" | cut -d= -f2)"
  fi
  printf '%-10s %-9s %-6s %s\n' "$name" "$kind" "$role" "$figure"
done < "$here/sets.tsv"
[[ -n "$keep" ]] && { mkdir -p "$keep"; cp -r "$work"/sets/* "$keep"/; }
exit 0
