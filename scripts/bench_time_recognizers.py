#!/usr/bin/env python3
"""Peer timing for `storyline bench time`: Microsoft Recognizers-Text (Python port) DateTime model plus the
Number/NumberWithUnit models (currency, temperature, age, dimension, percentage, number) on the same texts.

Reads JSON Lines with `text` (and `date` as the reference date), stops after --max-bytes of UTF-8 text, builds
the models once (outside the timing) and prints one JSON line: {"docs", "bytes", "seconds", "mb_per_s"}.
Run it with the peer venv of ../shared/eval/peers_timex.sh (/tmp/storyline-timex-peers-venv/bin/python).
"""
import argparse
import datetime
import json
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--max-bytes", type=int, default=150_000)
    a = ap.parse_args()
    from recognizers_text import Culture
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    docs = []
    total = 0
    full = False
    for path in a.inputs:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                text = d.get("text") or ""
                size = len(text.encode("utf-8"))
                if total + size > a.max_bytes and docs:
                    full = True
                    break
                docs.append((text, d.get("date")))
                total += size
        if full:
            break
    dt = DateTimeRecognizer(Culture.English).get_datetime_model()
    nwu = NumberWithUnitRecognizer(Culture.English)
    num = NumberRecognizer(Culture.English)
    models = [nwu.get_currency_model(), nwu.get_temperature_model(), nwu.get_age_model(),
              nwu.get_dimension_model(), num.get_percentage_model(), num.get_number_model()]
    start = time.perf_counter()
    for text, date in docs:
        ref = datetime.datetime.fromisoformat(date[:10]) if date else datetime.datetime(2020, 1, 1)
        try:
            dt.parse(text, ref)
        except Exception:
            pass
        for model in models:
            try:
                model.parse(text)
            except Exception:  # the 2019 Python port crashes on some inputs
                pass
    seconds = time.perf_counter() - start
    print(json.dumps({"docs": len(docs), "bytes": total, "seconds": round(seconds, 3),
                      "mb_per_s": round(total / seconds / 1e6, 5)}))


if __name__ == "__main__":
    main()
