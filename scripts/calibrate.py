"""Fit accord's confidence calibration on the real-news dev set.

usage: python scripts/calibrate.py GOLD.jsonl > src/accord/data/patterns/calibration.tsv
       python scripts/calibrate.py --one-sided GOLD.jsonl \
           > src/accord/data/patterns/calibration_one_sided.tsv

Codes the bundled sample corpus with calibration switched off, marks each event in a
gold-annotated sentence right or wrong (the scorer's match: same sentence, source and target
among the gold's, root among its roots), groups events by raw confidence into bins of at
least 15 events, and writes each bin's precision, made monotone (pool-adjacent-violators).
With --one-sided it fits the events that name no target (`accord extract --one-sided`),
which get their own table.
"""

from __future__ import annotations

import sys

from accord.evaluate import labelled_events
from accord.ingest import read_inputs
from accord.knowledge.tsv import packaged
from accord.pipeline import Coder
from accord.records import Article

MIN_BIN = 15


def main(gold_path: str, one_sided: bool = False) -> None:
    coder = Coder(calibrate=False, one_sided=one_sided)
    arts = [a for a in read_inputs([packaged("sample", "us-government-news.jsonl")])
            if isinstance(a, Article)]
    sample = tuple(coder.code_articles(arts))
    points = [(e.confidence, right) for e, right in labelled_events(gold_path, sample)
              if (e.target is None) == one_sided]
    points.sort()
    bins: list[list[float]] = []  # [low, high, right, n]
    for conf, right in points:
        if bins and (bins[-1][3] < MIN_BIN or conf == bins[-1][1]):
            b = bins[-1]
            b[1], b[2], b[3] = conf, b[2] + right, b[3] + 1
        else:
            bins.append([conf, conf, right, 1])
    if len(bins) > 1 and bins[-1][3] < MIN_BIN:
        last = bins.pop()
        prev = bins[-1]
        prev[1], prev[2], prev[3] = last[1], prev[2] + last[2], prev[3] + last[3]
    # pool adjacent violators: precision may not fall as raw confidence rises
    merged: list[list[float]] = []
    for b in bins:
        merged.append(list(b))
        while len(merged) > 1 and merged[-2][2] / merged[-2][3] > merged[-1][2] / merged[-1][3]:
            hi = merged.pop()
            lo = merged[-1]
            lo[1], lo[2], lo[3] = hi[1], lo[2] + hi[2], lo[3] + hi[3]
    what = "one-sided events (no target)" if one_sided else "events"
    print("# Confidence calibration, fitted by scripts/calibrate.py"
          + (" --one-sided" if one_sided else "") + " on the real-news dev set")
    print(f"# ({len(points)} {what} in annotated sentences). A raw confidence from raw_min up to")
    print("# the next bin's raw_min becomes the bin's measured precision.")
    print("raw_min\traw_max\tcalibrated\tevents")
    for i, (lo, hi, right, n) in enumerate(merged):
        low = 0.0 if i == 0 else lo
        print(f"{low:.3f}\t{hi:.3f}\t{right / n:.3f}\t{int(n)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[-1], one_sided="--one-sided" in args)
