#!/usr/bin/env python3
"""Peer for `storyline bench extract`: trafilatura extract (text) + extract_metadata (title, author, date) on the
first N pages of an extraction_inputs.py JSON Lines file; prints one JSON line with pages per CPU-second.
usage: PEER_PYTHON bench_extract_trafilatura.py INPUT.jsonl [--limit N]"""
import argparse
import json
import time

import trafilatura

parser = argparse.ArgumentParser()
parser.add_argument('input')
parser.add_argument('--limit', type=int, default=300)
args = parser.parse_args()
pages = []
with open(args.input, encoding='utf-8') as handle:
    for line in handle:
        record = json.loads(line)
        if 'html' in record:
            pages.append((record['html'], record.get('url')))
        if len(pages) >= args.limit:
            break
trafilatura.extract(pages[0][0], url=pages[0][1])  # warm-up
start = time.process_time()
for html, url in pages:
    trafilatura.extract(html, url=url, include_comments=False)
    trafilatura.extract_metadata(html, default_url=url)
cpu = time.process_time() - start
print(json.dumps({'pages': len(pages), 'cpu_s': round(cpu, 2), 'pages_per_cpu_s': len(pages) / cpu,
                  'version': trafilatura.__version__}))
