#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's, as user postgres when run as root) on 127.0.0.1:$1 and prints its URL.
# Usage: url=$(.ci/postgres.sh 55439); ...; .ci/postgres.sh stop 55439
set -euo pipefail
bin=${PG_BIN_DIR:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
dir=/tmp/antdash-ci-postgres-${2:-${1:-}}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-}" = stop ]; then
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi
port=$1
rm -rf "$dir" && mkdir -p "$dir" && chmod 777 "$dir"
as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres antdash
echo "postgresql://postgres@127.0.0.1:$port/antdash"
