#!/usr/bin/env bash
# SolrCloud against the local index (issue 20): N articles of the benchmark stream extracted once
# (real models), written into the local index and into a 2-shard x 2-replica collection of a
# 2-node SolrCloud in the same JVM, then the same search mix on both (io.newsfacts.solr.SolrBench).
# Prints indexing rate (wall, and process CPU: Solr's nodes run in the JVM) and search p50/p90/p99.
#
#   bench/solr-bench.sh [N] [QUERIES] [ARTICLES.jsonl]
#
# Defaults: 5000 articles, 500 queries, ../shared/bench/fresada_regular_news_5000.jsonl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-5000}"
queries="${2:-500}"
articles="${3:-$root/../shared/bench/fresada_regular_news_5000.jsonl}"
work="$root/target/solr-bench"
mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
rm -rf "$work"
java -Xmx6g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  io.newsfacts.solr.SolrBench "$articles" "$n" "$queries" "$work"
