#!/usr/bin/env bash
# Story facts on real news (../shared/data/story/t17-dev): ingest each topic into a fresh store, write its facts
# export (`storyline export facts`), and score them with ../shared/eval/story.py.
# usage: scripts/eval-story.sh [BINARY] [story.py options, e.g. --errors 5 --topics libya]
# Environment: PRED (output folder, default /tmp/story-pred), STORES (stores, default /tmp/story-stores),
# TOPICS (default: every topic folder).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
bin="${1:-$here/.build/release/storyline}"; shift || true
gold="$shared/data/story/t17-dev"
pred="${PRED:-/tmp/story-pred}"
stores="${STORES:-/tmp/story-stores}"
mkdir -p "$pred" "$stores"
topics="${TOPICS:-$(cd "$gold" && ls -d */ | tr -d /)}"
for topic in $topics; do
  rm -f "$stores/$topic.db"*
  "$bin" ingest --quiet --db "$stores/$topic.db" "$gold/$topic/articles.jsonl.gz" >/dev/null
  "$bin" export facts --db "$stores/$topic.db" --output "$pred/$topic.jsonl"
done
python3 "$shared/eval/story.py" --gold "$gold" --pred "$pred" "$@"
