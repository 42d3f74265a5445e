#!/usr/bin/env bash
# Peer numbers for `storyline bench ingest`, measured on the same files in the same run:
#   warcio            reads the WARC and hashes each HTML response payload (= `storyline bench read`)
#   warcio+trafilatura  also extracts the main text of each page (closest Python peer of `storyline ingest`)
# Wall time and peak RSS come from GNU time. Creates a venv in /tmp once (PyPI only).
#
# usage: bash scripts/bench-ingest-peer.sh WARC [WARC...]
# env:   PEER_VENV (default /tmp/storyline-ingest-peer-venv), MODES (default "read extract")
set -euo pipefail
VENV="${PEER_VENV:-/tmp/storyline-ingest-peer-venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import warcio, trafilatura' 2>/dev/null; then
  echo "creating venv $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q warcio==1.8.1 trafilatura==2.3.1
fi
"$VENV/bin/python" -c "from importlib.metadata import version as v; print('peer versions: warcio', v('warcio'), '| trafilatura', v('trafilatura'))"

SCRIPT="$(mktemp /tmp/storyline-peer-XXXX.py)"
trap 'rm -f "$SCRIPT"' EXIT
cat > "$SCRIPT" <<'PY'
import hashlib, sys
from warcio.archiveiterator import ArchiveIterator
mode, path = sys.argv[1], sys.argv[2]
if mode == "extract":
    import trafilatura
pages = 0
payload = 0
with open(path, "rb") as stream:
    for record in ArchiveIterator(stream):
        if record.rec_type != "response":
            continue
        headers = record.http_headers
        if headers is None or not headers.get_statuscode().startswith("2"):
            continue
        if "html" not in (headers.get_header("Content-Type") or ""):
            continue
        body = record.content_stream().read()
        hashlib.sha256(body).hexdigest()
        payload += len(body)
        pages += 1
        if mode == "extract":
            trafilatura.extract(body.decode("utf-8", "replace"), with_metadata=True)
print(f"pages {pages} payload {payload}")
PY

for warc in "$@"; do
  size=$(stat -c %s "$warc")
  for mode in ${MODES:-read extract}; do
    out=$(/usr/bin/time -f "TIME %e %M %U %S" "$VENV/bin/python" "$SCRIPT" "$mode" "$warc" 2>&1)
    secs=$(echo "$out" | awk '/^TIME/ {print $2}')
    rss=$(echo "$out" | awk '/^TIME/ {print $3}')
    cpu=$(echo "$out" | awk '/^TIME/ {print $4 + $5}')
    pages=$(echo "$out" | awk '/^pages/ {print $2}')
    name=$([ "$mode" = read ] && echo "warcio" || echo "warcio+trafilatura")
    awk -v n="$name" -v f="$(basename "$warc")" -v s="$secs" -v b="$size" -v p="$pages" -v r="$rss" -v c="$cpu" \
      'BEGIN { printf "| %s | %s | %d pages | wall %.2f s | CPU %.2f s | %.2f MB/s (wall) | %.1f pages/s (wall) | peak RSS %.0f MB |\n", n, f, p, s, c, b/1048576/s, p/s, r/1024 }'
  done
done
