#!/usr/bin/env bash
# Spark overhead per article (issue 20). Takes the first N articles of ../shared/bench as one .jsonl
# stream and extracts them with `newsfacts extract --threads 2` and with `newsfacts-spark --master
# local[2]`, and the same for the first SMALL articles. CPU time (user + system, all threads, from
# /usr/bin/time) is what is compared, since wall time on the shared machine depends on the load:
#   per-article CPU = (CPU(N) - CPU(SMALL)) / (N - SMALL)   (start-up and model loading cancel out)
#   fixed CPU       = CPU(SMALL) - SMALL * per-article       (JVM, models, Spark context)
# It also checks that the job's part files, concatenated, equal the CLI's output.
# usage: bench/spark-bench.sh [N=1000] [SMALL=20] [MASTER=local[2]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
small="${2:-20}"
master="${3:-local[2]}"
threads="$(sed -n 's/^local\[\([0-9]*\)\]$/\1/p' <<<"$master")"
threads="${threads:-2}"
src="$root/../shared/bench/fresada_regular_news_5000.jsonl"
[[ -f "$src" ]] || { echo "spark-bench: $src not found (../shared/bench)" >&2; exit 2; }
(( n > small )) || { echo "spark-bench: N must be larger than SMALL" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/newsfacts" --version >/dev/null          # builds both, outside the timings
"$root/newsfacts-spark" --version >/dev/null

measure() { # NAME ARTICLES COMMAND...: prints NAME ARTICLES user sys wall
  local name="$1" count="$2"
  shift 2
  /usr/bin/time -f "%U %S %e" -o "$work/time" "$@" > /dev/null 2> "$work/err" || true
  echo "$name $count $(cat "$work/time")"
}

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); N=$n, SMALL=$small, master $master"
for count in "$small" "$n"; do
  head -n "$count" "$src" > "$work/a$count.jsonl"
  measure cli "$count" "$root/newsfacts" extract "$work/a$count.jsonl" --format jsonl -q --threads "$threads" \
    -o "$work/cli$count.jsonl"
  measure spark "$count" "$root/newsfacts-spark" --master "$master" -q "$work/a$count.jsonl" --output "$work/spark$count"
  if cat "$work/spark$count"/part-* | cmp -s - "$work/cli$count.jsonl"; then
    echo "same $count: the job's part files equal the CLI's output ($(wc -l < "$work/cli$count.jsonl") articles)"
  else
    echo "DIFFERENT $count: the job's output is not the CLI's" >&2
    exit 1
  fi
done | tee "$work/runs"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$n" -v s="$small" '
  $1 == "cli" || $1 == "spark" { cpu[$1 "," $2] = $3 + $4; wall[$1 "," $2] = $5 }
  END {
    printf "%-6s %14s %14s %16s %16s\n", "run", "CPU s (SMALL)", "CPU s (N)", "CPU ms/article", "fixed CPU s"
    for (i = 0; i < 2; i++) {
      r = i == 0 ? "cli" : "spark"
      per = (cpu[r "," n] - cpu[r "," s]) / (n - s)
      printf "%-6s %14.1f %14.1f %16.1f %16.1f\n", r, cpu[r "," s], cpu[r "," n], per * 1000, cpu[r "," s] - s * per
      p[r] = per
    }
    printf "Spark overhead per article: %.1f ms CPU (%+.0f%%)\n", (p["spark"] - p["cli"]) * 1000, (p["spark"] / p["cli"] - 1) * 100
    printf "wall s for N (loaded machine, for reference): cli %.0f, spark %.0f\n", wall["cli," n], wall["spark," n]
  }' "$work/runs"
