#!/usr/bin/env python3
"""Peer for `storyline bench story`: datasketch MinHash(num_perm=128) over the same 5-word shingles.

usage: bench_minhash_datasketch.py CORPUS.jsonl [REPEAT]   (prints "<documents/s> docs/s", the median)
Install: python3 -m venv /tmp/story-peers && /tmp/story-peers/bin/pip install datasketch
"""
import json
import re
import sys
import time

from datasketch import MinHash

WORD = re.compile(r"[A-Za-z0-9\u0080-\uffff]+(?:['’][A-Za-z]+)*")


_TEMPLATE = MinHash(num_perm=128)
PERMUTATIONS, SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme  # generated once, as a tuned user would


def signature(text):
    words = [w.lower() for w in WORD.findall(text)]
    m = MinHash(num_perm=128, permutations=PERMUTATIONS, scheme=SCHEME)
    if len(words) <= 5:
        shingles = [" ".join(words).encode("utf-8")]
    else:
        shingles = [" ".join(words[i:i + 5]).encode("utf-8") for i in range(len(words) - 4)]
    m.update_batch(shingles)  # datasketch's vectorised path
    return m


def main():
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rates = []
    for _ in range(repeat):
        start = time.process_time()  # CPU time: the machine is shared
        for text in texts:
            signature(text)
        rates.append(len(texts) / (time.process_time() - start))
    rates.sort()
    print(f"{rates[len(rates) // 2]:.0f} docs/s")


if __name__ == "__main__":
    main()
