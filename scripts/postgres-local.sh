#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for trying or benchmarking the PostgreSQL store by hand (the tests start their own):
#   scripts/postgres-local.sh start DIR   # initdb into DIR (if new) and start it on a Unix socket in DIR; prints the URL
#   scripts/postgres-local.sh stop DIR    # stop it (delete DIR yourself)
# Binaries: PG_BIN, else `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin. As root, the cluster runs as
# the `postgres` user (initdb refuses root). Durability is PostgreSQL's default (fsync on; synchronous_commit on).
set -euo pipefail
action=${1:?start or stop}; dir=${2:?cluster directory}
bin=${PG_BIN:-}
[ -n "$bin" ] || bin=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bin/initdb" ] || bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries (set PG_BIN or install postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
case "$action" in
  start)
    mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    [ -f "$dir/data/PG_VERSION" ] || "${as[@]}" "$bin/initdb" -D "$dir/data" -U storyline --auth=trust --encoding=UTF8 --locale=C >/dev/null
    "${as[@]}" "$bin/pg_ctl" start -w -D "$dir/data" -l "$dir/server.log" -o "-c listen_addresses='' -k $dir -p 5432" >/dev/null
    "${as[@]}" "$bin/createdb" -h "$dir" -U storyline storyline 2>/dev/null || true
    echo "postgres://storyline@/storyline?host=$dir"
    ;;
  stop) "${as[@]}" "$bin/pg_ctl" stop -w -m fast -D "$dir/data" >/dev/null ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
