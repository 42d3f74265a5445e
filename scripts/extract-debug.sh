#!/usr/bin/env bash
# Runs storyline extract (debug build) on some WCXB dev pages and shows output, removed blocks and the gold start.
# usage: scripts/extract-debug.sh ID [ID...]
set -euo pipefail
ids=$(IFS=,; echo "$*")
data=../shared/data/extraction/wcxb-dev
python3 ../shared/eval/extraction_inputs.py "$data" --ids "$ids" > /tmp/extract/debug.inputs.jsonl 2>/dev/null
.build/debug/storyline extract --removed --input /tmp/extract/debug.inputs.jsonl > /tmp/extract/debug.pred.jsonl
python3 - "$data" <<'PY'
import json, sys
gold = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1] + '/gold.jsonl')}
for line in open('/tmp/extract/debug.pred.jsonl'):
    p = json.loads(line); g = gold[p['id']]
    print('=' * 30, p['id'], g['page_type'], g['url'])
    print('TITLE', repr(p.get('title')), '| gold', repr(g['title']))
    print('AUTHOR', p.get('author'), '| gold', g['author'], '| DATE', p.get('date'), p.get('dateSource'), '| gold', g['date'])
    print('--- ours (%d words):' % len(p['text'].split()), p['text'][:600].replace('\n', ' / '))
    print('--- gold (%d words):' % len(g['text'].split()), g['text'][:600].replace('\n', ' / '))
    for r in (p.get('removed') or [])[:25]:
        print('   REMOVED', r['reason'], '|', r['text'][:100].replace('\n', ' '))
PY
