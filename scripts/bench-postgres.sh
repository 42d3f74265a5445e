#!/usr/bin/env bash
# Ingest throughput and search latency, SQLite beside PostgreSQL, on the same articles (docs/results/postgres.md):
#   scripts/bench-postgres.sh [BINARY] [ARTICLES.jsonl.gz]
# Starts a throwaway cluster in /tmp/storyline-pgbench (scripts/postgres-local.sh, PostgreSQL's default durability),
# ingests the topic into a new SQLite file and a new database (both with --no-index: PostgreSQL keeps no story index
# yet), runs the same queries on both (`storyline bench search`, median of 21 runs each), then stops the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/storyline}
input=${2:-../shared/data/story/t17-dev/libya/articles.jsonl.gz}
work=/tmp/storyline-pgbench
scripts/postgres-local.sh stop "$work" 2>/dev/null || true
rm -rf "$work"
url=$(scripts/postgres-local.sh start "$work")
trap 'scripts/postgres-local.sh stop "$work"; rm -rf "$work"' EXIT
queries=(Libya Tripoli "Government of National Accord" "Haftar OR Sarraj" "oil NOT Haftar" "militia*" "title:ceasefire"
         "source:reuters Tripoli" "Libya date:2019-04" "United Nations envoy" "date:2019-04-01..2019-04-30")
for store in sqlite postgres; do
  if [ "$store" = sqlite ]; then db=$work/libya.db; else db=$url; fi
  echo "== $store: ingest"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" "$bin" ingest "$input" --db "$db" --no-index --quiet
  echo "== $store: search"
  "$bin" bench search --db "$db" "${queries[@]}"
done
