#!/usr/bin/env python3
"""Peers for `storyline bench extract`, on the first N pages of an extraction_inputs.py JSON Lines file, timed as
process CPU seconds (median of --repeat runs after one warm-up call); prints one JSON line.
  trafilatura  extract (text) + extract_metadata (title, author, date): extraction with metadata, like storyline
  resiliparse  HTMLTree.parse + extract_plain_text(main_content=True) + tree.title (text only: it has no
               metadata extraction; the fastest peer, as peers_extraction.py runs it)
usage: PEER_PYTHON bench_extract_peers.py INPUT.jsonl --peer trafilatura|resiliparse [--limit N] [--repeat R]"""
import argparse
import json
import statistics
import time

parser = argparse.ArgumentParser()
parser.add_argument('input')
parser.add_argument('--peer', choices=['trafilatura', 'resiliparse'], default='trafilatura')
parser.add_argument('--limit', type=int, default=300)
parser.add_argument('--repeat', type=int, default=1)
args = parser.parse_args()
pages = []
with open(args.input, encoding='utf-8') as handle:
    for line in handle:
        record = json.loads(line)
        if 'html' in record:
            pages.append((record['html'], record.get('url')))
        if args.limit and len(pages) >= args.limit:
            break

if args.peer == 'trafilatura':
    import trafilatura
    version = trafilatura.__version__

    def run(html, url):
        trafilatura.extract(html, url=url, include_comments=False)
        trafilatura.extract_metadata(html, default_url=url)
else:
    from importlib.metadata import version as package_version
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree
    version = package_version('resiliparse')

    def run(html, url):
        tree = HTMLTree.parse(html)
        extract_plain_text(tree, main_content=True)
        return tree.title

run(*pages[0])  # warm-up
times = []
for _ in range(max(1, args.repeat)):
    start = time.process_time()
    for html, url in pages:
        try:
            run(html, url)
        except Exception:
            pass
    times.append(time.process_time() - start)
cpu = statistics.median(times)
print(json.dumps({'peer': args.peer, 'version': version, 'pages': len(pages), 'cpu_s': round(cpu, 2),
                  'pages_per_cpu_s': len(pages) / cpu}))
