#!/usr/bin/env bash
# Search benchmark: index the benchmark articles (once; re-runs are incremental), then time a fixed
# mix of queries in one JVM (io.newsfacts.search.SearchBench) and the start-up of `newsfacts search`.
#
#   bench/search-bench.sh [ARTICLES.jsonl] [INDEX_DIR] [QUERIES]
#
# Defaults: ../shared/bench/fresada_regular_news_5000.jsonl, target/bench-index, 1000 queries.
# Set BENCH_LIMIT=N to index only the first N articles (CoreNLP is slow on a shared machine).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
articles="${1:-$root/../shared/bench/fresada_regular_news_5000.jsonl}"
index="${2:-$root/target/bench-index}"
queries="${3:-1000}"

mvn -q -B -DskipTests package test-compile
if [[ -n "${BENCH_LIMIT:-}" ]]; then
  subset="$root/target/bench-articles-$BENCH_LIMIT.jsonl"
  head -n "$BENCH_LIMIT" "$articles" > "$subset.tmp"
  cmp -s "$subset.tmp" "$subset" 2>/dev/null || mv "$subset.tmp" "$subset"
  rm -f "$subset.tmp"
  articles="$subset"
fi

echo "== indexing $articles into $index"
start=$(date +%s)
./newsfacts index "$articles" --index "$index" --quiet
echo "   $(( $(date +%s) - start )) s"
./newsfacts stats --index "$index"

echo "== query mix"
java -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" io.newsfacts.search.SearchBench "$index" "$queries"

echo "== start-up: wall time of one \`newsfacts search gouvernement --format jsonl\` process (5 runs each)"
times=""
for i in 1 2 3 4 5; do
  s=$(date +%s%N)
  ./newsfacts search gouvernement --index "$index" --format jsonl --limit 20 > /dev/null
  times="$times $(( ($(date +%s%N) - s) / 1000000 ))"
done
echo "   launcher defaults (C1 JIT for search):$times ms"
echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
