#!/usr/bin/env bash
# Scores the release build on the WCXB dev set (text, title, author, date) and the htmldate set (date).
# usage: scripts/eval-extract.sh [TAG]   (inputs are built once into /tmp/extract)
set -euo pipefail
tag=${1:-run}
mkdir -p /tmp/extract
[ -s /tmp/extract/wall.jsonl ] || python3 ../shared/eval/extraction_inputs.py ../shared/data/extraction/wcxb-dev > /tmp/extract/wall.jsonl
[ -s /tmp/extract/hall.jsonl ] || python3 ../shared/eval/dates_inputs.py ../shared/data/dates/htmldate > /tmp/extract/hall.jsonl
.build/release/storyline extract --input /tmp/extract/wall.jsonl > /tmp/extract/pall-$tag.jsonl
python3 ../shared/eval/extraction.py --gold ../shared/data/extraction/wcxb-dev --pred /tmp/extract/pall-$tag.jsonl \
    --per-page /tmp/extract/ppall-$tag.tsv | tail -15
python3 ../shared/eval/dates.py --gold ../shared/data/extraction/wcxb-dev --pred /tmp/extract/pall-$tag.jsonl | tail -1
.build/release/storyline extract --input /tmp/extract/hall.jsonl > /tmp/extract/phall-$tag.jsonl
python3 ../shared/eval/dates.py --gold ../shared/data/dates/htmldate --pred /tmp/extract/phall-$tag.jsonl \
    --per-page /tmp/extract/dhall-$tag.tsv | tail -1
