#!/usr/bin/env bash
# Scores `storyline analyze` on the time/quantity dev sets with the shared scorers.
#   scripts/eval-timex.sh [set ...]      sets: timebank aquaint rt-datetime rt-numbers rt-units newsquant (default all)
#   BIN=.build/release/storyline scripts/eval-timex.sh timebank
# Predictions and score tables go to $OUT (default /tmp/storyline-timex-ours).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
BIN="${BIN:-$ROOT/.build/debug/storyline}"
OUT="${OUT:-/tmp/storyline-timex-ours}"
ERRORS="${ERRORS:-0}"
mkdir -p "$OUT"
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(timebank aquaint rt-datetime rt-numbers rt-units newsquant)
for set in "${sets[@]}"; do
  case "$set" in
    timebank|aquaint) gold="$SHARED/data/timex/$set.jsonl"; scorer=timex.py; inputs=timex_inputs.py ;;
    rt-datetime|rt-numbers|rt-units) gold="$SHARED/data/recognizers/${set#rt-}.jsonl"; scorer=recognizers.py; inputs=recognizers_inputs.py ;;
    newsquant) gold="$SHARED/data/quantities/newsquant.jsonl"; scorer=quantities.py; inputs=quantities_inputs.py ;;
    *) echo "unknown set $set" >&2; exit 2 ;;
  esac
  python3 "$SHARED/eval/$inputs" "$gold" > "$OUT/$set.in.jsonl"
  flags=(); [ "$set" = rt-numbers ] && flags=(--bare-numbers)
  "$BIN" analyze "${flags[@]}" --input "$OUT/$set.in.jsonl" > "$OUT/$set.pred.jsonl"
  python3 "$SHARED/eval/$scorer" --gold "$gold" --pred "$OUT/$set.pred.jsonl" --errors "$ERRORS" > "$OUT/$set.score.txt"
  printf '%-12s %s\n' "$set" "$(tail -n 1 "$OUT/$set.score.txt")"
done
