#!/usr/bin/env bash
# Whether refusing a sign-in tells an attacker that a username exists: times refusals of a wrong
# password for an existing account against refusals of an unknown username, on the packaged
# service with its embedded database, and prints each median and their ratio.
#   bench/login-timing.sh [ROUNDS]      (default 40 of each, interleaved; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-40}
jar=backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -pl dev-db dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
cp="dev-db/target/classes:$(cat dev-db/target/classpath.txt)"
data=$(pwd)/target/bench-login-db
rm -rf "$data"
port=${BENCH_PORT:-18081}
log=$(mktemp)
# Throttling would answer 429 without checking any password: raise it out of the way.
PORT=$port PLANTRACKER_SECURITY_LOGIN_MAX_FAILURES_PER_ACCOUNT=100000 \
  PLANTRACKER_SECURITY_LOGIN_MAX_FAILURES_PER_IP=100000 \
  java -cp "$cp" vn.gov.plantracker.devdb.Launcher "$jar" "$data" >"$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -f "$log"' EXIT
until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
  kill -0 "$launcher" 2>/dev/null || { cat "$log"; echo "service died"; exit 1; }
  sleep 0.2
done

attempt() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"wrong-password-$RANDOM\"}" \
    "http://127.0.0.1:$port/api/v1/session"
}
# Warm up both paths first.
for _ in $(seq 5); do attempt lanh.dao >/dev/null; attempt "nobody.$RANDOM" >/dev/null; done
known=$(mktemp)
unknown=$(mktemp)
for i in $(seq "$rounds"); do
  attempt lanh.dao >>"$known"
  attempt "nobody.$i.$RANDOM" >>"$unknown"
done
median() { awk '$1 == 401 {print $2}' "$1" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
refused() { awk '$1 == 401' "$1" | wc -l; }
k=$(median "$known")
u=$(median "$unknown")
printf 'wrong password, existing user: median %.1f ms (%d refused of %d)\n' "$(echo "$k * 1000" | bc -l)" "$(refused "$known")" "$rounds"
printf 'unknown username:              median %.1f ms (%d refused of %d)\n' "$(echo "$u * 1000" | bc -l)" "$(refused "$unknown")" "$rounds"
printf 'ratio unknown / existing:      %.2f\n' "$(echo "$u / $k" | bc -l)"
rm -f "$known" "$unknown"
