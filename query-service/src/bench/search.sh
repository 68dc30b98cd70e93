#!/usr/bin/env bash
# The search benchmark (issue 17): a corpus of real article text at the given size, loaded into PostgreSQL as the
# local stack starts it (deploy/local PostgresServer with PostgresSettings sized from this machine's memory, the
# service's migrations) and indexed by Apache Lucene 9.12 in-process; then each query class at 1 and 4 clients on
# both sides, through the service's own ArticleSearch. Prints store and index sizes, load rates, p50/p99/throughput.
#
#   query-service/src/bench/search.sh [articles=100000] [concurrencies=1,4] [seconds=10]
#
# Data under query-service/target/bench-search/<articles> (or $BENCH_DATA), kept between runs: a second run skips the
# load (delete the directory to load again). Lucene is on the bench classpath only (profile bench). BENCH_JAVA_OPTS
# passes system properties, such as the search's plan thresholds (xuhui.search.*, see BenchSearch).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
QS=$ROOT/query-service
ARTICLES=${1:-100000}
CONC=${2:-1,4}
SECS=${3:-10}
WORK=$QS/target/bench-search
DATA=${BENCH_DATA:-$WORK/$ARTICLES}
mkdir -p "$DATA"
cd "$ROOT"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -o -q compile -pl deploy/local/infra,service-common,query-service
  ./mvnw -o -q dependency:build-classpath -pl query-service -Pbench -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/qs.cp" > /dev/null
  ./mvnw -o -q dependency:build-classpath -pl deploy/local/infra -Dmdep.outputFile="$WORK/infra.cp" > /dev/null
fi
# a copy of the compiled classes, so that a rebuild while a long run goes on does not change them under it
SNAP=$(mktemp -d "$WORK/run.XXXX")
trap 'rm -rf "$SNAP"' EXIT
cp -r "$QS/target/classes" "$SNAP/qs"; cp -r "$ROOT/service-common/target/classes" "$SNAP/common"
cp -r "$ROOT/deploy/local/infra/target/classes" "$SNAP/infra"
CP="$SNAP/qs:$SNAP/common:$SNAP/infra:$(cat "$WORK/qs.cp"):$(cat "$WORK/infra.cp")"
mkdir -p "$SNAP/bench"
javac -nowarn -d "$SNAP/bench" -cp "$CP" $(find "$QS/src/bench/java" -name '*.java')
GOLD=$ROOT/parser/src/test/resources/dev/gold,$QS/src/test/resources/gold
cp -r "$QS/src/main/resources/db/migration" "$SNAP/migration"
# BENCH_JAVA_OPTS: e.g. -Dxuhui.search.block-from-matches=9223372036854775807 to compare plans on the same store
java -Xmx${BENCH_HEAP:-3g} ${BENCH_JAVA_OPTS:-} -Dmigrations="$SNAP/migration" -cp "$SNAP/bench:$CP" \
  news.xuhui.query.bench.SearchBench "$DATA" "$ARTICLES" "$CONC" "$SECS" "$GOLD" "$ROOT/seeds"
