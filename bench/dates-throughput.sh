#!/usr/bin/env bash
# Words/s of the date extractor alone on ../shared/bench (already annotated text), against
# HeidelTime's ~2,400 words/s. NEWSFACTS_BENCH_TAGGED: how many articles to annotate with
# CoreNLP first (default 300; the rest of the 5,000 are measured with untagged tokens).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NEWSFACTS_BENCH=1 mvn -q -o -B test -Dtest=DateExtractorThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "DateExtractor on|FAIL|too slow" || true
