#!/usr/bin/env bash
# Times compiling and exporting the consolidated report (DOCX and XLSX) for the seeded district
# and for a generated one with 3,000 reporting communes, against the embedded database the tests
# use. Prints the figures and leaves them in backend/target/bench-consolidated.txt.
#   bench/consolidated.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B test -pl dev-db,backend -Dquarkus.quinoa=false -Dtest=ConsolidatedBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false >target/bench-consolidated.log 2>&1 \
  || { tail -50 target/bench-consolidated.log; exit 1; }
cat backend/target/bench-consolidated.txt
