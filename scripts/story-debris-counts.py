#!/usr/bin/env python3
"""Counts page debris that reached the story facts of a `storyline export facts` folder (issue 11):
quotes whose speaker is a first- or second-person pronoun or comment/form text, and actors made of dateline,
page-stamp or credit words. usage: scripts/story-debris-counts.py PRED_DIR [PRED_DIR ...]"""
import json
import re
import sys
from pathlib import Path

PRONOUNS = {"i", "we", "you", "me", "us", "my", "our", "your", "i'm", "we're", "you're"}
FORM_WORDS = re.compile(r"\b(welcome|comments?|wrote|editor'?s|readers?|posted|report abuse|discussion|"
                        r"have your say|please|sign up|subscribe|click)\b", re.I)
ZONES = {"BST", "GMT", "EDT", "EST", "CET", "CEST", "UTC", "ET", "PDT", "PST"}
WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
CREDITS = {"Editing", "Reporting", "Writing", "Compiled", "Photograph", "Editor's", "Updated"}


def stamp_made(name):
    """A name holding a time zone, a weekday abbreviation or a credit word, or made of month abbreviations only."""
    words = [w for w in re.split(r"[^\w']+", name) if w]
    if not words:
        return False
    return any(w in ZONES or w in WEEKDAYS or w in CREDITS for w in words) or all(w in MONTHS for w in words)


def counts(folder):
    result = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        quotes = pronoun = form = 0
        actors = stamp_actors = 0
        examples = set()
        for line in path.open():
            item = json.loads(line)
            if item.get("kind") == "quote":
                quotes += 1
                speaker = (item.get("speaker") or "").strip()
                if speaker.lower() in PRONOUNS:
                    pronoun += 1
                elif speaker and FORM_WORDS.search(speaker):
                    form += 1
            elif item.get("kind") == "actor":
                actors += 1
                names = [item.get("name") or ""] + list(item.get("aliases") or [])
                if any(stamp_made(n) for n in names):
                    stamp_actors += 1
                    if len(examples) < 6:
                        examples.add(item.get("name"))
        result[path.stem] = {"quotes": quotes, "speaker_pronoun": pronoun, "speaker_form_text": form,
                             "actors": actors, "actors_with_stamp_or_credit_words": stamp_actors,
                             "examples": sorted(examples)}
    return result


for folder in sys.argv[1:]:
    table = counts(folder)
    print(f"== {folder}")
    total = {}
    for topic, row in table.items():
        print(f"  {topic:6s} " + " ".join(f"{k}={v}" for k, v in row.items() if k != "examples") + f"  e.g. {row['examples']}")
        for k, v in row.items():
            if k != "examples":
                total[k] = total.get(k, 0) + v
    print("  total  " + " ".join(f"{k}={v}" for k, v in total.items()))
