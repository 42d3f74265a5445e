#!/usr/bin/env bash
# Scores `storyline analyze` on the quotes (PolNeAR) and entities (GUM news) dev sets with the shared scorers.
#   scripts/eval-nlp.sh                     # quotes dev + entities
#   QUOTES_GOLD=../shared/data/quotes/train.jsonl scripts/eval-nlp.sh
#   BIN=.build/release/storyline ERRORS=20 scripts/eval-nlp.sh
# Predictions and score tables go to $OUT (default /tmp/storyline-nlp-ours). Peers: ../shared/eval/peers_nlp.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
BIN="${BIN:-$ROOT/.build/debug/storyline}"
OUT="${OUT:-/tmp/storyline-nlp-ours}"
ERRORS="${ERRORS:-0}"
QUOTES_GOLD="${QUOTES_GOLD:-$SHARED/data/quotes/dev.jsonl}"
ENTITIES_GOLD="${ENTITIES_GOLD:-$SHARED/data/entities/gum_news.jsonl}"
mkdir -p "$OUT"
q=$(basename "$QUOTES_GOLD" .jsonl)
python3 "$SHARED/eval/quotes_inputs.py" "$QUOTES_GOLD" > "$OUT/quotes-$q.in.jsonl"
"$BIN" analyze --input "$OUT/quotes-$q.in.jsonl" > "$OUT/quotes-$q.pred.jsonl"
python3 "$SHARED/eval/quotes.py" --gold "$QUOTES_GOLD" --pred "$OUT/quotes-$q.pred.jsonl" --errors "$ERRORS" > "$OUT/quotes-$q.score.txt"
printf 'quotes %-10s %s\n' "$q" "$(tail -n 1 "$OUT/quotes-$q.score.txt")"
e=$(basename "$ENTITIES_GOLD" .jsonl)
python3 "$SHARED/eval/entities_inputs.py" "$ENTITIES_GOLD" > "$OUT/entities-$e.in.jsonl"
"$BIN" analyze --input "$OUT/entities-$e.in.jsonl" > "$OUT/entities-$e.pred.jsonl"
python3 "$SHARED/eval/entities.py" --gold "$ENTITIES_GOLD" --pred "$OUT/entities-$e.pred.jsonl" --errors "$ERRORS" > "$OUT/entities-$e.score.txt"
printf 'entities %-8s %s\n' "$e" "$(tail -n 1 "$OUT/entities-$e.score.txt")"
