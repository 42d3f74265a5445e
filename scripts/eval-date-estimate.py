#!/usr/bin/env python3
"""Measures DocumentDateEstimator (through `storyline analyze`) on dated news with the date removed.

Inputs: TempEval-3 TimeBank+AQUAINT (../shared/data/timex, the DCT is the truth) and the quote set's inputs
(../shared/data/quotes/inputs.jsonl, the publication date is in each id). Prints, per confidence band, how many
estimates fall within 1 / 7 / 31 / 365 days of the truth, and how many reach the page-date threshold (0.5).
    python3 scripts/eval-date-estimate.py [--bin .build/release/storyline]
"""
import argparse, datetime, json, os, re, subprocess, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=".build/release/storyline")
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
a = ap.parse_args()

sets = {"tempeval3": [], "quotes-2016": []}
for name in ("timebank", "aquaint"):
    for line in open(os.path.join(a.shared, "data", "timex", name + ".jsonl"), encoding="utf-8"):
        d = json.loads(line)
        sets["tempeval3"].append((d["id"], d["text"], d["date"]))
for line in open(os.path.join(a.shared, "data", "quotes", "inputs.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    m = re.search(r"\d{4}-\d\d-\d\d", d["id"])
    if m:
        sets["quotes-2016"].append((d["id"], d["text"], m.group(0)))

for name, docs in sets.items():
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, (_, text, _) in enumerate(docs):
            f.write(json.dumps({"id": str(i), "text": text}) + "\n")
        path = f.name
    out = subprocess.run([a.bin, "analyze", "--input", path], capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    preds = {json.loads(l)["id"]: json.loads(l) for l in out.splitlines() if l.strip()}
    rows = []
    for i, (_, _, truth) in enumerate(docs):
        p = preds.get(str(i), {})
        if p.get("date") and p.get("dateSource") == "contentEstimate":
            gap = abs((datetime.date.fromisoformat(p["date"]) - datetime.date.fromisoformat(truth)).days)
            rows.append((gap, p.get("dateConfidence", 0)))
    print(f"{name}: {len(docs)} docs, {len(rows)} estimated")
    for lo, hi in ((0, 0.3), (0.3, 0.5), (0.5, 1.01)):
        sel = [g for g, c in rows if lo <= c < hi]
        if sel:
            within = " ".join(f"≤{d}d {sum(1 for g in sel if g <= d)}" for d in (1, 7, 31, 365))
            print(f"  confidence {lo:.1f}–{min(hi, 1):.1f}: {len(sel):3d} estimates, {within}")
