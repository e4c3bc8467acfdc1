# The dev articles of ../shared/eval/dev/articles, split once (December) into the part we tune on
# and the part we only check at the end. Sourced by bench/score.sh and bench/quality.sh.
# tune: the 12 articles of the first version (tuned on since) and 7 of the 15 added later.
# check: 8 of the 15 added later, never read nor looked at error by error: only their totals are printed.
dev_check_ids=(4992 7710 10362 10608 10858 11074 11154 11541)
dev_tune_ids=(5419 7652 10165 10420 10617 10847 10864 10963 11029 11174 11463 11563
  4781 7376 10361 10495 10819 10896 11115)
# dev_gold_files tune|check: the gold files of one part, one per line.
dev_gold_files() {
  local dir="$shared/eval/dev/articles" id ids
  if [[ "$1" == tune ]]; then ids=("${dev_tune_ids[@]}"); else ids=("${dev_check_ids[@]}"); fi
  for id in "${ids[@]}"; do printf '%s/fresada-%09d.gold.json\n' "$dir" "$id"; done
}
