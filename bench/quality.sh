#!/usr/bin/env bash
# Quality next to the peer (README "Quality"): runs `newsfacts extract` (ours) and the hidden
# `newsfacts baseline` (plain CoreNLP: raw French CRF runs, NUM tokens, the quote annotator; no
# dates, no speakers) on the same files, read by the same reader, and prints ../shared/eval/score.py's
# summary for each, side by side, per gold set:
#   seed   ../shared/seed/*.txt                      (entities, numbers, dates, quotes)
#   dev    ../shared/eval/dev/articles/*.txt         (entities, numbers, dates, quotes)
# (each .txt beside a .gold.json).
#   ftib   ../shared/eval/dev/ftib/ftib-dev.jsonl    (dates only: half of the French TimeBank)
# usage: bench/quality.sh [--verbose]   (--verbose: score.py's per-article lines too)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
score="$shared/eval/score.py"
[[ -f "$score" ]] || { echo "quality: $score not found (../shared)" >&2; exit 2; }
verbose=""
[[ "${1:-}" == "--verbose" ]] && verbose="--verbose"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The articles that have a gold file (eval/dev/articles also holds SOURCE.txt, which is no article).
articles_of() { local g; for g in "$@"; do echo "${g%.gold.json}.txt"; done; }
mapfile -t seed < <(articles_of "$shared"/seed/*.gold.json)
mapfile -t dev < <(articles_of "$shared"/eval/dev/articles/*.gold.json)
ftib="$shared/eval/dev/ftib/ftib-dev.jsonl"
inputs=("${seed[@]}" "${dev[@]}" "$ftib")

"$root/newsfacts" --version >/dev/null   # builds the jar if needed
"$root/newsfacts" extract "${inputs[@]}" --format jsonl --quiet > "$work/ours.jsonl"
"$root/newsfacts" baseline "${inputs[@]}" --format jsonl > "$work/corenlp.jsonl"

# One gold set: both summaries, ours on the left. score.py exits 1 when an article is missing:
# the summary is still printed and the missing article named, so keep going.
side_by_side() {
  local name="$1"; shift
  python3 "$score" "$work/ours.jsonl" "$@" $verbose > "$work/ours.txt" || true
  python3 "$score" "$work/corenlp.jsonl" "$@" $verbose > "$work/corenlp.txt" || true
  echo "== $name ($# gold files)"
  if [[ -n "$verbose" ]]; then
    echo "-- newsfacts extract"; cat "$work/ours.txt"
    echo "-- plain CoreNLP (newsfacts baseline)"; cat "$work/corenlp.txt"
  else
    printf '%-66s | %s\n' "newsfacts extract" "plain CoreNLP (newsfacts baseline)"
    paste -d '\t' "$work/ours.txt" "$work/corenlp.txt" | awk -F '\t' '{ printf "%-66s | %s\n", $1, $2 }'
  fi
  echo
}

side_by_side seed "$shared"/seed/*.gold.json
side_by_side dev "$shared"/eval/dev/articles/*.gold.json
side_by_side "ftib (dates)" "$shared"/eval/dev/ftib/*.gold.json
