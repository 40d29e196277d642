#!/usr/bin/env bash
# Benchmarks the irlint server with wrk against loopback, bounded in time:
#   startup → throughput at 16 connections → sequential latency → RSS under load → (optional) soak.
# Usage: server/bench/run.sh [soak-seconds]   (build first: ./mvnw -q -pl server -am package -DskipTests)
# Env: PORT (default 18090), MODE=api|lt, DURATION (default 30s), JAVA_OPTS (default: the documented command's
# options from jvm-options.sh; JAVA_OPTS= runs the bare `java -jar`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/server/target/irlint-server.jar"
port="${PORT:-18090}"
duration="${DURATION:-30s}"
soak="${1:-0}"
mode="${MODE:-api}"
. "$here/jvm-options.sh"
[ -f "$jar" ] || { echo "build first: ./mvnw -q -pl server -am package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }

echo "== machine"
echo "nproc: $(nproc)"; free -h | head -2; java -version 2>&1 | head -1; wrk --version 2>&1 | head -1 || true
echo "mode: $mode  JAVA_OPTS: ${JAVA_OPTS:-<none>}"; echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s%N)
# The rate limit protects a shared server from one client; the benchmark is that one client.
IRLINT_LIMITS_RATE_PER_SECOND=0 MICRONAUT_SERVER_PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" > "$here/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { cat "$here/server.log"; exit 1; }
  sleep 0.02
done
echo "== ready (process start to /health 200): $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -o 'Startup completed in [0-9]*ms' "$here/server.log" || true

rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status; }
url="http://127.0.0.1:$port"
export BENCH_DIR="$here" MODE="$mode"

echo "== warm-up (15 s, 16 connections)"
wrk -t2 -c16 -d15s -s "$here/posts.lua" "$url" > /dev/null
echo "RSS after warm-up: $(rss) MB"

echo "== throughput: 2 threads, 16 connections, $duration"
( peak=0; while kill -0 $pid 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$here/.rss-peak"; sleep 0.5; done ) &
sampler=$!
wrk -t2 -c16 -d"$duration" --latency -s "$here/posts.lua" "$url"
kill $sampler 2>/dev/null || true
echo "RSS peak under load: $(cat "$here/.rss-peak") MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== sequential: 1 thread, 1 connection, $duration"
wrk -t1 -c1 -d"$duration" --latency -s "$here/posts.lua" "$url"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$soak" -gt 0 ]; then
  echo "== soak: 16 connections for ${soak}s, RSS every 30 s"
  wrk -t2 -c16 -d"${soak}s" --latency -s "$here/posts.lua" "$url" > "$here/soak.txt" &
  w=$!
  t=0
  while kill -0 $w 2>/dev/null; do echo "t=${t}s RSS=$(rss) MB load $(cut -d' ' -f1 /proc/loadavg)"; sleep 30; t=$((t + 30)); done
  wait $w || true
  cat "$here/soak.txt"
  echo "RSS after soak: $(rss) MB"
fi
curl -s "$url/metrics"; echo
rm -f "$here/.rss-peak"
