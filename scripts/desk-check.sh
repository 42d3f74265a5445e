#!/usr/bin/env bash
# The desk as a person uses it: build the demo store, start `storyline serve` on it, render its pages in headless
# Chromium (the DOM each page ends with), follow every link of the desk's own pages, and keep a screenshot of the
# story page. Usage: scripts/desk-check.sh [STORYLINE_BINARY] (default .build/debug/storyline).
# Artefacts go to $DESK_ARTIFACTS (default .ci/artifacts). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/debug/storyline}"
artifacts="${DESK_ARTIFACTS:-.ci/artifacts}"
mkdir -p "$artifacts"
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "desk check: $*" >&2; exit 1; }

browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || fail "chromium is not installed"
"$bin" demo --db "$work/demo.db" > "$work/demo.txt"
grep -q "storyline serve" "$work/demo.txt" || fail "the demo does not say how to open the desk"

"$bin" serve --db "$work/demo.db" --port 0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "^Storyline desk: http" "$work/serve.log" && break; sleep 0.1; done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1)"
[ -n "$base" ] || fail "the desk did not start: $(cat "$work/serve.log")"

render() {  # render URL OUT: the DOM after loading, as the browser built it
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --dump-dom "$1" > "$2" 2>/dev/null \
    || fail "chromium could not render $1"
}
expect() {  # expect FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3: missing $2"
}
links() { grep -o 'href="/[^"#]*' "$1" | sed 's/^href="//; s/&amp;/\&/g' | sort -u; }

render "$base/" "$work/list.html"
expect "$work/list.html" "<svg" "story list"
expect "$work/list.html" "Attention over time" "story list"
# The largest story: the list is ordered by size.
story="$(grep -o 'href="/stories/s[0-9]*"' "$work/list.html" | head -1 | sed 's/^href="//; s/"$//')"
[ -n "$story" ] || fail "the story list links no story"
render "$base$story" "$work/story.html"
for section in 'id="summary"' 'id="timeline"' 'id="actors"' 'id="quotes"' 'id="numbers"' 'id="coverage"' '<svg' 'charts/coverage.csv'; do
  expect "$work/story.html" "$section" "story page $story"
done
article="$(links "$work/story.html" | grep -m1 '^/articles/')" || fail "the story page cites no article"
render "$base$article" "$work/article.html"
expect "$work/article.html" 'class="provenance"' "article page $article"
expect "$work/article.html" '<q class="quote' "article page $article"
expect "$work/article.html" 'class="timex"' "article page $article"
expect "$work/article.html" 'class="number"' "article page $article"
render "$base/search?q=dam" "$work/search.html"
expect "$work/search.html" "<mark>" "search page"

checked=0
for link in $(cat <(links "$work/list.html") <(links "$work/story.html") <(links "$work/article.html") <(links "$work/search.html") | sort -u); do
  status="$(curl -s -o /dev/null -w '%{http_code}' "$base$link")"
  [ "$status" = 200 ] || fail "$link answers $status"
  checked=$((checked + 1))
done
timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1280,4000 \
  --screenshot="$artifacts/desk-story.png" "$base$story" > /dev/null 2>&1 || fail "no screenshot of $story"
[ -s "$artifacts/desk-story.png" ] || fail "empty screenshot"
echo "desk check: 4 pages rendered in Chromium, $checked links followed, screenshot $artifacts/desk-story.png"
