#!/usr/bin/env bash
# query-service benchmark: 100,000 synthesised articles through the real consumer, then search and reads over HTTP
# from a second process, against the same statements run straight in PostgreSQL. Not part of the build.
#
#   query-service/src/bench/run.sh [articles=100000] [concurrencies=1,2,4] [seconds=20]
#
# Starts its own Kafka + PostgreSQL (deploy/local/infra) under query-service/target/bench/data (or $BENCH_DATA), kept
# between runs so that a second run skips the load (delete the directory to load again), and the packaged
# query-service on a free port. Like deploy/local/run.sh, it limits the searches run at once to this machine's cores
# (PostgreSQL shares them); XUHUI_SEARCH_MAX_CONCURRENT overrides it (0: no limit). Needs: mvn -o install -pl deploy/local/infra,service-common -DskipTests; mvn -o package -pl query-service -DskipTests.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
QS=$ROOT/query-service
INFRA=$ROOT/deploy/local/infra
WORK=$QS/target/bench
DATA=${BENCH_DATA:-$WORK/data}
ARTICLES=${1:-100000}
CONCURRENCY=${2:-1,2,4}
SECONDS_PER_CLASS=${3:-20}
mkdir -p "$WORK/classes" "$DATA"

[ -f "$QS/target/quarkus-app/quarkus-run.jar" ] || { echo "package query-service first" >&2; exit 1; }
[ -d "$INFRA/target/lib" ] || { echo "build deploy/local/infra first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
KAFKA_PORT=$(free_port); PG_PORT=$(free_port); HTTP_PORT=$(free_port)

PIDS=()
cleanup() {
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "${PIDS[$i]}" 2>/dev/null || break; sleep 0.2; done
  done
}
trap cleanup EXIT

CP="$QS/target/classes:$INFRA/target/lib/*"
javac -d "$WORK/classes" -cp "$CP:$QS/target/quarkus-app/lib/main/*" $(find "$QS/src/bench/java" -name '*.java')

start_infra() {
  rm -f "$DATA/infra.env"
  java -Xmx256m -cp "$INFRA/target/classes:$INFRA/target/lib/*" news.xuhui.infra.LocalInfra "$DATA" "$KAFKA_PORT" "$PG_PORT" \
    >> "$WORK/infra.log" 2>&1 &
  INFRA_PID=$!
  PIDS+=($INFRA_PID)
  for _ in $(seq 1 600); do [ -f "$DATA/infra.env" ] && break; sleep 0.3; done
  [ -f "$DATA/infra.env" ] || { echo "infrastructure did not start; see $WORK/infra.log" >&2; exit 1; }
  set -a; . "$DATA/infra.env"; set +a
}
: > "$WORK/infra.log"
start_infra

# Server settings: those the local stack starts PostgreSQL with for everyone (deploy/local/infra PostgresSettings, sized
# from this machine's memory, on the server's command line); the benchmark sets none of its own.

export XUHUI_SEARCH_MAX_CONCURRENT=${XUHUI_SEARCH_MAX_CONCURRENT:-$(nproc 2>/dev/null || echo 2)}
echo "query-service: at most $XUHUI_SEARCH_MAX_CONCURRENT searches at once (XUHUI_SEARCH_MAX_CONCURRENT; 0: no limit)"
QUARKUS_HTTP_PORT=$HTTP_PORT java -Xmx1g -jar "$QS/target/quarkus-app/quarkus-run.jar" > "$WORK/query-service.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null || { echo "query-service not ready; see $WORK/query-service.log" >&2; exit 1; }

java -Xmx1g -cp "$WORK/classes:$CP" news.xuhui.query.bench.BenchMain "$KAFKA_BOOTSTRAP_SERVERS" \
  "$QUARKUS_DATASOURCE_JDBC_URL" "http://127.0.0.1:$HTTP_PORT" "$QS/src/test/resources/gold" \
  "$ARTICLES" "$CONCURRENCY" "$SECONDS_PER_CLASS" 2>&1 | tee "$WORK/result.txt"
