#!/usr/bin/env bash
# Measures the packaged service: seconds from launch to ready (/q/health/ready) and the service
# JVM's resident memory after start, on a first start (empty embedded database, the plan is
# loaded) and on a restart (data already there). Prints the figures; fails only if it cannot run.
#   bench/startup.sh            (builds first when the jar is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -pl dev-db dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
cp="dev-db/target/classes:$(cat dev-db/target/classpath.txt)"
data=$(pwd)/target/bench-db
rm -rf "$data"
port=${BENCH_PORT:-18080}

run_once() {
  local label=$1 log
  log=$(mktemp)
  local start
  start=$(date +%s%N)
  PORT=$port java -cp "$cp" vn.gov.plantracker.devdb.Launcher "$jar" "$data" >"$log" 2>&1 &
  local launcher=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$launcher" 2>/dev/null; then cat "$log"; echo "service died"; exit 1; fi
    sleep 0.1
  done
  local ready
  ready=$(date +%s%N)
  local pid
  pid=$(pgrep -f "java .*-jar $jar" | head -1)
  local rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  # Reads need a signed-in user: the run command's demo administrator.
  local cookies
  cookies=$(mktemp)
  curl -fs -c "$cookies" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"ngoc-hoi-2030"}' "http://127.0.0.1:$port/api/v1/session" >/dev/null
  for _ in $(seq 20); do
    curl -fs -b "$cookies" "http://127.0.0.1:$port/api/v1/plans/1/task-tree" >/dev/null
  done
  rm -f "$cookies"
  local rss_warm
  rss_warm=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  local quarkus
  quarkus=$(grep -o 'started in [0-9.]*s' "$log" | head -1)
  printf '%-10s launch to ready (embedded DB included): %5.1f s | Quarkus %s | service RSS %d MiB after start, %d MiB after 20 task-tree reads\n' \
    "$label" "$(echo "($ready - $start) / 1000000000" | bc -l)" "$quarkus" $((rss / 1024)) $((rss_warm / 1024))
  kill "$launcher"
  wait "$launcher" 2>/dev/null || true
  rm -f "$log"
}

run_once "first"
run_once "restart"
