#!/usr/bin/env bash
# Timeline17 dev: run `storyline timeline FILE` once per task and score with ../shared/eval/timeline.py.
# usage: scripts/eval-timeline.sh [BINARY] [extra timeline options...]   (prints the scorer's table and JSON line)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$here/../shared}"
bin="${1:-$here/.build/release/storyline}"; shift || true
pred="${PRED:-/tmp/tl-pred}"
rm -rf "$pred"
python3 "$shared/eval/timeline_inputs.py" --gold "$shared/data/timeline/t17" --inputs /tmp/tl-inputs --pred "$pred" \
  --run "$bin timeline --dates {num_dates} --sentences {sentences_per_date} --start {start} --end {end} --keywords {keywords} $* {articles_in_range}" 2>/dev/null
python3 "$shared/eval/timeline.py" --gold "$shared/data/timeline/t17" --pred "$pred"
