#!/usr/bin/env bash
# Measures startup of the built jar: wall time from process start to GET /health = 200, and the CPU the JVM
# spent by then (on a busy machine the CPU figure is the steadier one). Usage: server/bench/startup.sh [runs]
# Runs the documented command's JVM options (jvm-options.sh); JAVA_OPTS replaces them, JAVA_OPTS= runs bare.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/server/target/irlint-server.jar"
. "$here/jvm-options.sh"
echo "java ${JAVA_OPTS} -jar server/target/irlint-server.jar"
port="${PORT:-18091}"
runs="${1:-5}"
tick=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  MICRONAUT_SERVER_PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" > /dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "the server exited" >&2; exit 1; }
    sleep 0.01
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v t="$tick" '{printf "%d", ($14 + $15) * 1000 / t}' /proc/$pid/stat)
  echo "run $i: ready in ${wall} ms wall, ${cpu} ms CPU; load average $(cut -d' ' -f1 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true
done
