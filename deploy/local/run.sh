#!/usr/bin/env bash
# Runs the whole pipeline on this machine: a real Kafka broker (KRaft) and a real PostgreSQL server started from
# Maven Central jars, ingest-service (port 8081) watching ./inbox and query-service (port 8080); then feeds seeds/
# through the inbox and prints the URLs once the articles are queryable.
#
#   deploy/local/run.sh            run in the foreground; Ctrl-C stops everything
#   deploy/local/run.sh --detach   start in the background and return
#   deploy/local/run.sh stop       stop what --detach started
#   deploy/local/run.sh status     say what is running
#   deploy/local/run.sh --secure   (with or without --detach) the embedded Kafka takes SASL/SCRAM-SHA-512 logins only;
#                                  each service logs in as its own user (passwords: .data/kafka-scram-users.properties)
#   deploy/local/run.sh --cluster  (with or without --detach) a cluster instead: three KRaft Kafka nodes (ports
#                                  19092-19094; every topic on all three, min.insync.replicas 2, news.articles in 6
#                                  partitions), two ingest-service instances sharing the inbox (8081, 8083) and two
#                                  query-service replicas sharing PostgreSQL (8080, 8082); stop and status cover them
#
# Environment (all optional):
#   XUHUI_DATA_DIR        where Kafka and PostgreSQL keep their data (default .data; kept across runs)
#   INGEST_INBOX          the watched folder (default inbox)
#   LOCAL_KAFKA_PORT      embedded Kafka port (default 19092)
#   LOCAL_POSTGRES_PORT   embedded PostgreSQL port (default 15432, so a system PostgreSQL on 5432 is left alone)
#   QUERY_PORT / INGEST_PORT   HTTP ports of the services (default 8080 / 8081; with --cluster the second instances
#                         take the port two above each)
#   KAFKA_BOOTSTRAP_SERVERS and QUARKUS_DATASOURCE_JDBC_URL (+ QUARKUS_DATASOURCE_USERNAME/_PASSWORD): when both are
#                         set, the services use those servers and nothing embedded starts.
#   XUHUI_SEARCH_MAX_CONCURRENT   searches run at once by query-service (default: this machine's cores when the
#                         database is the embedded one, else no limit)
#   INGEST_PASSWORD       password of user ingest, who may write to ingest-service (POST /api/files, /api/reparse);
#                         default: generated on first start, kept in $XUHUI_DATA_DIR/ingest-password (mode 600)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${XUHUI_DATA_DIR:-$ROOT/.data}
RUN=$ROOT/.run
INBOX=${INGEST_INBOX:-$ROOT/inbox}
KAFKA_PORT=${LOCAL_KAFKA_PORT:-19092}
PG_PORT=${LOCAL_POSTGRES_PORT:-15432}
QUERY_PORT=${QUERY_PORT:-8080}
INGEST_PORT=${INGEST_PORT:-8081}
INFRA=$ROOT/deploy/local/infra
INGEST_JAR=$ROOT/ingest-service/target/quarkus-app/quarkus-run.jar
QUERY_JAR=$ROOT/query-service/target/quarkus-app/quarkus-run.jar
START_TIMEOUT=${START_TIMEOUT:-180}

say() { printf '[run.sh] %s\n' "$*"; }
# while starting, a failure stops what was already started: nothing is left behind
die() {
  printf '[run.sh] error: %s\n' "$*" >&2
  if [ "${STARTING:-0}" = 1 ]; then STARTING=0; stop_all; fi
  exit 1
}

alive() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

external_infra() { [ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ] && [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; }

# Stops one process by its pid file: SIGTERM, then SIGKILL after a grace period.
stop_one() {
  local name=$1 grace=${2:-40} pid
  [ -f "$RUN/$name.pid" ] || return 0
  pid=$(cat "$RUN/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((grace * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name did not stop in ${grace}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$RUN/$name.pid"
}

# Whatever a killed launcher left behind: the broker JVM and the postmaster of our data directory.
stop_leftovers() {
  local pid
  if [ -f "$DATA/infra.env" ]; then
    # one pid, or one per node of a cluster
    for pid in $(sed -n "s/^KAFKA_BROKER_PID=//p" "$DATA/infra.env" | tr -d "'"); do
      if kill -0 "$pid" 2>/dev/null && grep -q kafka.Kafka "/proc/$pid/cmdline" 2>/dev/null; then
        say "stopping leftover Kafka broker (pid $pid)"; kill -TERM "$pid" || true
        for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$pid" 2>/dev/null || true
      fi
    done
  fi
  if [ -f "$DATA/postgres/pgdata/postmaster.pid" ]; then
    pid=$(head -1 "$DATA/postgres/pgdata/postmaster.pid")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      say "stopping leftover PostgreSQL (pid $pid)"; kill -INT "$pid" || true   # SIGINT = fast shutdown
      for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
  fi
}

# every service process run.sh may have started: the second ones only with --cluster
SERVICES=(ingest ingest-2 query query-2)

stop_all() {
  local name
  for name in "${SERVICES[@]}"; do stop_one "$name"; done
  stop_one infra 90
  stop_leftovers
  say "stopped"
}

status() {
  local any=1
  for name in infra "${SERVICES[@]}"; do
    if alive "$name"; then say "$name running (pid $(cat "$RUN/$name.pid"))"; any=0
    elif [ "$name" = "${name%-2}" ]; then say "$name not running"; fi
  done
  return $any
}

needs_build() {
  local jar
  for jar in "$INGEST_JAR" "$QUERY_JAR" "$INFRA/target/classes/news/xuhui/infra/kafka-broker.classpath"; do
    [ -f "$jar" ] || return 0
  done
  # a source newer than the packaged app means the package is stale
  [ -n "$(find "$ROOT/ingest-service/src/main" "$ROOT/query-service/src/main" "$INFRA/src/main" \
          "$ROOT/pom.xml" "$ROOT/ingest-service/pom.xml" "$ROOT/query-service/pom.xml" \
          -newer "$INGEST_JAR" -type f -print -quit 2>/dev/null)" ] && return 0
  [ -n "$(find "$ROOT/query-service/src/main" -newer "$QUERY_JAR" -type f -print -quit)" ] && return 0
  [ -d "$INFRA/target/lib" ] || return 0
  return 1
}

build() {
  if needs_build; then
    say "building (first run: Maven downloads dependencies, this takes a few minutes)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests -DskipITs package) || die "build failed"
  fi
}

wait_http() {
  local url=$1 what=$2 pidname=$3 deadline=$((SECONDS + START_TIMEOUT))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    alive "$pidname" || die "$what exited during start-up; see $RUN/$pidname.log"
    [ $SECONDS -lt $deadline ] || die "$what not ready after ${START_TIMEOUT}s; see $RUN/$pidname.log"
    sleep 0.5
  done
}

launch() {
  local name=$1; shift
  setsid nohup "$@" >"$RUN/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN/$name.pid"
}

start_infra() {
  if external_infra; then
    say "using Kafka at $KAFKA_BOOTSTRAP_SERVERS and PostgreSQL at $QUARKUS_DATASOURCE_JDBC_URL; nothing embedded starts"
    return
  fi
  mkdir -p "$DATA"
  stop_leftovers
  rm -f "$DATA/infra.env"
  local -a mode=()
  if [ "$CLUSTER" = 1 ]; then
    mode=(--cluster)
    say "starting a Kafka cluster of three nodes (ports $KAFKA_PORT-$((KAFKA_PORT + 2))) and PostgreSQL (port $PG_PORT), data in $DATA"
  else
    say "starting Kafka (port $KAFKA_PORT) and PostgreSQL (port $PG_PORT), data in $DATA"
  fi
  if [ "$SECURE" = 1 ]; then
    mode=(--secure)
    say "Kafka takes SASL/SCRAM-SHA-512 logins only (users in $DATA/kafka-scram-users.properties)"
  fi
  launch infra java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$INFRA/target/classes:$INFRA/target/lib/*" news.xuhui.infra.LocalInfra "$DATA" "$KAFKA_PORT" "$PG_PORT" \
    "${mode[@]}"
  local deadline=$((SECONDS + START_TIMEOUT))
  until [ -f "$DATA/infra.env" ]; do
    alive infra || die "local infrastructure failed to start; see $RUN/infra.log"
    [ $SECONDS -lt $deadline ] || die "local infrastructure not ready after ${START_TIMEOUT}s; see $RUN/infra.log"
    sleep 0.3
  done
  set -a
  # shellcheck disable=SC1091
  . "$DATA/infra.env"
  set +a
}

# The password of user ingest: INGEST_PASSWORD if set, else the one generated on the first start.
ingest_password() {
  if [ -n "${INGEST_PASSWORD:-}" ]; then return; fi
  local file=$DATA/ingest-password
  if [ ! -s "$file" ]; then
    mkdir -p "$DATA"
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 >"$file")
    say "generated the password of user ingest into $file"
  fi
  chmod 600 "$file"
  INGEST_PASSWORD=$(cat "$file")
  export INGEST_PASSWORD
}

# seeds go straight into the inbox folder: no HTTP, so no credentials needed
feed_seeds() {
  local f n=0
  for f in "$ROOT"/seeds/*; do
    [ -f "$f" ] || continue
    # copy under a hidden name, then rename: the watcher never sees a half-written page
    cp "$f" "$INBOX/.$(basename "$f").part"
    mv "$INBOX/.$(basename "$f").part" "$INBOX/$(basename "$f")"
    n=$((n + 1))
  done
  say "dropped $n seed pages into $INBOX"
  local deadline=$((SECONDS + 120))
  while ls "$INBOX"/*.txt >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "seed pages still in the inbox after 120s; see $RUN/ingest.log"
    sleep 0.3
  done
  # the pages are published; wait until the consumer has stored their articles
  local total=0 last=-1
  deadline=$((SECONDS + 60))
  while :; do
    total=$(curl -fsS "http://localhost:$QUERY_PORT/api/articles?size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    [ -n "$total" ] && [ "$total" -gt 0 ] && [ "$total" = "$last" ] && break
    [ $SECONDS -lt $deadline ] || die "articles not queryable after 60s; see $RUN/query.log"
    last=${total:--1}
    sleep 1
  done
  say "$total articles queryable"
}

start_all() {
  command -v java >/dev/null || die "java (JDK 17+) is required"
  command -v curl >/dev/null || die "curl is required"
  mkdir -p "$RUN" "$INBOX"
  for name in infra "${SERVICES[@]}"; do
    alive "$name" && die "$name is already running (pid $(cat "$RUN/$name.pid")); run '$0 stop' first"
  done
  STARTING=1
  build
  start_infra
  # the embedded PostgreSQL shares this machine's cores: searches past that many at once only slow each other down
  if ! external_infra && [ -z "${XUHUI_SEARCH_MAX_CONCURRENT:-}" ]; then
    export XUHUI_SEARCH_MAX_CONCURRENT=$(nproc 2>/dev/null || echo 2)
  fi
  # with --secure, infra.env holds each service's Kafka login; KAFKA_SECURITY_PROTOCOL and _SASL_MECHANISM are shared
  local -a query_login=() ingest_login=()
  [ -n "${QUERY_KAFKA_SASL_JAAS_CONFIG:-}" ] && query_login=("KAFKA_SASL_JAAS_CONFIG=$QUERY_KAFKA_SASL_JAAS_CONFIG")
  [ -n "${INGEST_KAFKA_SASL_JAAS_CONFIG:-}" ] && ingest_login=("KAFKA_SASL_JAAS_CONFIG=$INGEST_KAFKA_SASL_JAAS_CONFIG")
  say "starting query-service on port $QUERY_PORT"
  QUARKUS_HTTP_PORT=$QUERY_PORT launch query env "${query_login[@]}" java -Xmx512m -jar "$QUERY_JAR"
  ingest_password
  say "starting ingest-service on port $INGEST_PORT, watching $INBOX"
  QUARKUS_HTTP_PORT=$INGEST_PORT INGEST_INBOX=$INBOX launch ingest env "${ingest_login[@]}" \
    java -Xmx512m -jar "$INGEST_JAR"
  if [ "$CLUSTER" = 1 ]; then
    say "starting the second query-service on port $((QUERY_PORT + 2)) and ingest-service on port $((INGEST_PORT + 2))"
    QUARKUS_HTTP_PORT=$((QUERY_PORT + 2)) launch query-2 env "${query_login[@]}" java -Xmx512m -jar "$QUERY_JAR"
    QUARKUS_HTTP_PORT=$((INGEST_PORT + 2)) INGEST_INBOX=$INBOX launch ingest-2 env "${ingest_login[@]}" \
      java -Xmx512m -jar "$INGEST_JAR"
  fi
  wait_http "http://localhost:$QUERY_PORT/q/health/ready" query-service query
  wait_http "http://localhost:$INGEST_PORT/q/health/ready" ingest-service ingest
  if [ "$CLUSTER" = 1 ]; then
    wait_http "http://localhost:$((QUERY_PORT + 2))/q/health/ready" "second query-service" query-2
    wait_http "http://localhost:$((INGEST_PORT + 2))/q/health/ready" "second ingest-service" ingest-2
  fi
  feed_seeds
  cat <<EOF

  Reading app           http://localhost:$QUERY_PORT/          (search, articles, editions, people)
  Feeding app           http://localhost:$INGEST_PORT/          (drop page files, preview a parse; user ingest, password below)
  Articles (REST API)   http://localhost:$QUERY_PORT/api/articles
  Swagger UI            http://localhost:$QUERY_PORT/q/swagger-ui   (ingest-service: http://localhost:$INGEST_PORT/q/swagger-ui)
  Health                http://localhost:$QUERY_PORT/q/health      http://localhost:$INGEST_PORT/q/health
  Metrics               http://localhost:$QUERY_PORT/q/metrics     http://localhost:$INGEST_PORT/q/metrics
  Parse a page          curl --data-binary @seeds/<file> 'http://localhost:$INGEST_PORT/api/parse?filename=<file>'
  Upload a page         curl -u ingest:$INGEST_PASSWORD --data-binary @seeds/<file> 'http://localhost:$INGEST_PORT/api/files?filename=<file>'
  Writes (user ingest)  user ingest, password $INGEST_PASSWORD   (kept in $DATA/ingest-password unless INGEST_PASSWORD is set)
  Inbox                 $INBOX   (drop page files here; done ones move to processed/, bad ones to failed/)
  Logs                  $RUN/{infra,query,ingest}.log

EOF
  if [ "$SECURE" = 1 ]; then
    say "Kafka on 127.0.0.1:$KAFKA_PORT takes SCRAM-SHA-512 logins only; users: $DATA/kafka-scram-users.properties"
  fi
  if [ "$CLUSTER" = 1 ]; then
    cat <<EOF
  Kafka cluster         $KAFKA_BOOTSTRAP_SERVERS   (three nodes; pids in $DATA/infra.env)
  query-service         http://localhost:$QUERY_PORT   http://localhost:$((QUERY_PORT + 2))   (two replicas, one database)
  ingest-service        http://localhost:$INGEST_PORT   http://localhost:$((INGEST_PORT + 2))   (two instances, one inbox)
  Logs (second ones)    $RUN/{query-2,ingest-2}.log

EOF
  fi
  STARTING=0
}

SECURE=0
CLUSTER=0
ACTION=""
for arg in "$@"; do
  case "$arg" in
    --secure) SECURE=1 ;;
    --cluster) CLUSTER=1 ;;
    *) [ -z "$ACTION" ] || die "one action at a time ('$ACTION', '$arg')"; ACTION=$arg ;;
  esac
done

[ "$SECURE" = 1 ] && [ "$CLUSTER" = 1 ] && die "--secure and --cluster do not combine: the local cluster runs without logins"

case "$ACTION" in
  stop) stop_all ;;
  status) status ;;
  --detach)
    start_all
    say "running in the background; stop with: deploy/local/run.sh stop"
    ;;
  "")
    trap 'echo; stop_all; exit 0' INT TERM
    start_all
    say "running; press Ctrl-C to stop"
    while alive query && alive ingest; do sleep 1; done
    say "a service exited; see $RUN/*.log"
    stop_all
    exit 1
    ;;
  -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' ;;
  *) die "unknown argument '$ACTION' (try --help)" ;;
esac
