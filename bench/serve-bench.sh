#!/usr/bin/env bash
# Web application benchmark: `newsfacts serve` on the benchmark index (built once from the shared
# benchmark text, reused after: re-runs are incremental), timed as a user meets it:
#  - start-up: from launching the process to the "serving" line and to the first answer;
#  - first render: the first request of each page right after start-up (cold JVM, while the server
#    still warms itself up), the first request of each page 3 s after start-up (a person opening the
#    page), and the same pages warm (median of 5); curl's time to the whole HTML.
#
#   bench/serve-bench.sh [ARTICLES.jsonl] [INDEX_DIR] [RUNS]
#
# Defaults: ../shared/bench/fresada_regular_news_5000.jsonl, target/bench-index, 6 start-ups.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
articles="${1:-$root/../shared/bench/fresada_regular_news_5000.jsonl}"
index="${2:-$root/target/bench-index}"
runs="${3:-6}"

mvn -q -B -DskipTests package
if [[ ! -f "$index/segments.gen" && -z "$(ls "$index"/segments_* 2>/dev/null)" ]]; then
  echo "== indexing $articles into $index (once)"
  start=$(date +%s)
  ./newsfacts index "$articles" --index "$index" --quiet
  echo "   $(( $(date +%s) - start )) s"
fi
./newsfacts stats --index "$index"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
out="$(mktemp)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2> /dev/null; rm -f "$out"; }
trap cleanup EXIT

# pages: the empty search, free text, a speaker, a unit with its figures chart, a person, an article
article_id() {
  curl -s "http://127.0.0.1:$1/api/search?type=article&q=gouvernement&limit=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["articleId"])'
}
# one request: "WALL/CPU" ms, CPU being what the whole server process spent meanwhile (JIT and GC too)
cpu_ms() { awk '{printf "%d", ($14 + $15) * 1000 / 100}' "/proc/$pid/stat"; }
timed() {
  local c0 wall
  c0=$(cpu_ms)
  wall=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$1$2" | awk '{printf "%d", $1 * 1000}')
  echo "$wall/$(( $(cpu_ms) - c0 ))"
}
pages=("/" "/?q=gouvernement" "/?speaker=Hollande" "/?q=migrants&unit=migrants" "/person/Fran%C3%A7ois%20Hollande"
  "/api/search?q=visites")

echo "== start-up and first render ($runs fresh processes, odd runs asked at once, even runs 3 s after start-up;"
echo "   serving: wall ms to the serving line, cpu: the process's CPU ms by then; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '   %-8s %-9s %-9s %-9s' "run" "serving" "cpu" "answers"
for p in "${pages[@]}" "/article/ID"; do printf ' %s' "$p"; done
echo
for run in $(seq 1 "$runs"); do
  : > "$out"
  t0=$(now_ms)
  ./newsfacts serve --index "$index" --port 0 > "$out" 2>&1 &
  pid=$!
  until grep -q "serving" "$out"; do sleep 0.01; kill -0 "$pid" 2>/dev/null || { cat "$out"; exit 1; }; done
  t1=$(now_ms)
  cpu=$(cpu_ms)
  port=$(sed -n 's/.*http:\/\/[^:]*:\([0-9]*\)\/.*/\1/p' "$out")
  until curl -s -o /dev/null "http://127.0.0.1:$port/static/favicon.svg"; do sleep 0.01; done
  t2=$(now_ms)
  if (( run % 2 == 0 )); then
    sleep 3
    when="+3 s"
  else
    when="at once"
  fi
  printf '   %-8s %-9s %-9s %-9s' "$run $when" "$((t1 - t0)) ms" "$cpu ms" "$((t2 - t0)) ms"
  for p in "${pages[@]}"; do
    printf ' %s' "$(timed "$port" "$p")"
  done
  id=$(article_id "$port")
  printf ' %s\n' "$(timed "$port" "/article/$id")"
  if [[ "$run" == "$runs" ]]; then
    echo "== warm: median of 5 requests per page, each computed (not from the cache), wall ms"
    for p in "${pages[@]}" "/article/$id"; do
      times=""
      for i in 1 2 3 4 5; do
        # an ignored parameter makes each request new to the server's cache of answers
        sep="?"; [[ "$p" == *"?"* ]] && sep="&"
        times="$times $(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$p${sep}bench=$run$i" | awk '{printf "%d", $1 * 1000}')"
      done
      printf '   %-40s %s ms  (all:%s)\n' "$p" "$(echo $times | tr ' ' '\n' | sort -n | sed -n 3p)" "$times"
    done
  fi
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  pid=""
done
echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg); first-render figures are WALL/CPU ms to the whole HTML;"
echo "    the landing page / is kept once the server has warmed up, every other first request is computed)"
