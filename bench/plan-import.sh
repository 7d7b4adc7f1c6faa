#!/usr/bin/env bash
# Times reading, correcting and confirming a plan document through the API: the seed plan's text
# and a generated plan of about the largest text accepted (500,000 characters), against the
# embedded database the tests use. Prints the figures and leaves them in
# backend/target/bench-plan-import.txt.
#   bench/plan-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B test -pl dev-db,backend -Dquarkus.quinoa=false -Dtest=PlanImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false >target/bench-plan-import.log 2>&1 \
  || { tail -50 target/bench-plan-import.log; exit 1; }
cat backend/target/bench-plan-import.txt
