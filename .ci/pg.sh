#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 server for LeadKit's tests.
#
#   .ci/pg.sh start   install PostgreSQL 15 if missing, start a fresh server, print the
#                     connection string (the line LEADKIT_TEST_POSTGRES=...)
#   .ci/pg.sh stop    stop the server started last and delete its files
#   .ci/pg.sh env     print `export LEADKIT_TEST_POSTGRES=...` for the running server
#
# Every start uses a new temporary directory (data, socket, log) and the first free port
# from 55432 on, so a server or directory left behind by an earlier run never gets in the
# way. The server listens on 127.0.0.1 only, with trust authentication, and has one
# database, leadkit_test. PostgreSQL refuses to run as root, so as root the server runs as
# the `postgres` OS user.
#
# Settings (environment): LEADKIT_PG_BIN (default /usr/lib/postgresql/15/bin),
# LEADKIT_PG_PORT (first port tried, default 55432), LEADKIT_PG_STATE (state file that
# links start to stop, default .ci/.pg/state, which git ignores).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pg_bin=${LEADKIT_PG_BIN:-/usr/lib/postgresql/15/bin}
first_port=${LEADKIT_PG_PORT:-55432}
state=${LEADKIT_PG_STATE:-$repo/.ci/.pg/state}
database=leadkit_test

log() { printf 'pg: %s\n' "$*" >&2; }

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    (cd / && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    local quoted
    quoted=$(printf '%q ' "$@")
    (cd / && su postgres -s /bin/sh -c "$quoted")
  fi
}

ensure_binaries() {
  if [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
    log "PostgreSQL 15 not found in $pg_bin: installing postgresql-15"
    if [ "$(id -u)" -ne 0 ]; then
      log "not root: cannot install; install postgresql-15 or set LEADKIT_PG_BIN"
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends postgresql-15 >/dev/null
    [ -x "$pg_bin/initdb" ] || { log "postgresql-15 installed, but $pg_bin/initdb is missing"; exit 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    log "creating the postgres OS user"
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Database=%s' "$1" "$database"
}

start() {
  if [ -f "$state" ]; then
    log "a previous server is recorded in $state: stopping it first"
    stop || true
  fi
  ensure_binaries

  local port=$first_port
  while port_in_use "$port"; do
    port=$((port + 1))
    if [ "$port" -ge $((first_port + 50)) ]; then
      log "no free port in $first_port..$port"
      exit 1
    fi
  done

  local dir
  dir=$(mktemp -d /tmp/leadkit-pg.XXXXXX)
  mkdir -p "$dir/data" "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
  fi
  chmod 700 "$dir/data"

  mkdir -p "$(dirname "$state")"
  printf 'dir=%s\nport=%s\n' "$dir" "$port" >"$state"

  if ! as_owner "$pg_bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
    log "initdb failed:"; cat "$dir/initdb.log" >&2
    exit 1
  fi

  # fsync off and friends: the data is thrown away after the run anyway.
  if ! as_owner "$pg_bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
    log "server did not start:"; cat "$dir/server.log" >&2
    exit 1
  fi

  if ! as_owner "$pg_bin/createdb" --host=127.0.0.1 --port="$port" --username=postgres "$database"; then
    log "createdb $database failed"
    exit 1
  fi

  log "$("$pg_bin/postgres" --version) running on 127.0.0.1:$port (files in $dir)"
  printf 'LEADKIT_TEST_POSTGRES=%s\n' "$(connection_string "$port")"
}

stop() {
  if [ ! -f "$state" ]; then
    log "no server recorded in $state"
    return 0
  fi
  local dir port
  dir=$(sed -n 's/^dir=//p' "$state")
  port=$(sed -n 's/^port=//p' "$state")
  if [ -n "$dir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --timeout=60 stop >/dev/null 2>&1 \
      || log "pg_ctl stop failed (server on port $port may be gone already)"
  fi
  case "$dir" in
    */leadkit-pg.*) rm -rf "$dir" ;;
  esac
  rm -f "$state"
  rmdir "$(dirname "$state")" 2>/dev/null || true
  log "server on port $port stopped, its files removed"
}

env_line() {
  [ -f "$state" ] || { log "no server recorded in $state"; exit 1; }
  printf 'export LEADKIT_TEST_POSTGRES=%q\n' "$(connection_string "$(sed -n 's/^port=//p' "$state")")"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) env_line ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
