#!/usr/bin/env bash
# Times a national-scale merge of communes (about 10,000 folded into about 3,300, with 50 plans,
# open periods and five years of indicator figures): preview and apply through the API, their SQL
# statement counts for half, the whole and double the data, and the unit tree, obligations and
# indicator series today against as of the eve of the change, on the embedded database the tests
# use (the request body time limit raised: a slow batch is not a slow client). Prints the figures
# and leaves them in backend/target/bench-orgchange.txt.
#   bench/orgchange.sh [SCALES]     (default 0.5,1,2; e.g. bench/orgchange.sh 1)
#   TEST_PORT=8092 bench/orgchange.sh   (another HTTP port for the service under test)
set -euo pipefail
cd "$(dirname "$0")/.."
scales=${1:-0.5,1,2}
./mvnw -B test -pl dev-db,backend -Dquarkus.quinoa=false -Dtest=OrgChangeBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dorgchange.scales="$scales" \
  -Dplantracker.http.body-timeout=10M -Dquarkus.http.test-timeout=600s \
  ${TEST_PORT:+-Dquarkus.http.test-port=$TEST_PORT} >target/bench-orgchange.log 2>&1 \
  || { tail -50 target/bench-orgchange.log; exit 1; }
cat backend/target/bench-orgchange.txt
