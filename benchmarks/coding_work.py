"""How much work the coder does after parsing, counted rather than timed.

usage: python benchmarks/coding_work.py [--model sm]

On a shared or throttled machine, articles per second swing by a third from run to run (the
parser's own speed with them), which hides a change of a few per cent in the coder. This
parses the bundled sample once, then codes it (actors, frames, events) under cProfile and
prints the number of Python function calls and the CPU seconds of that pass, best of three:
the call count does not depend on the machine's load, so two versions of the coder can be
compared by it (run each version's source with PYTHONPATH). Parsing is printed for scale.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from accord.ingest import read_inputs
from accord.knowledge.tsv import packaged
from accord.nlp import MODELS
from accord.pipeline import Coder
from accord.records import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="sm", help="sm (default) or md")
    args = ap.parse_args()
    arts = [a for a in read_inputs([packaged("sample", "us-government-news.jsonl")])
            if isinstance(a, Article)]
    coder = Coder(MODELS.get(args.model, args.model))
    started = time.process_time()
    docs = [coder.nlp(a.text) for a in arts]
    parse_s = time.process_time() - started
    cpu_s = []
    for _ in range(3):
        started = time.process_time()
        for article, doc in zip(arts, docs, strict=True):
            coder._code(article, doc)
        cpu_s.append(time.process_time() - started)
    profile = cProfile.Profile()
    profile.enable()
    for article, doc in zip(arts, docs, strict=True):
        coder._code(article, doc)
    profile.disable()
    calls = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    print(f"articles                 {len(arts)}")
    print(f"parse_cpu_s              {parse_s:.2f}")
    print(f"coding_cpu_s             {min(cpu_s):.2f}  (best of 3)")
    print(f"coding_share_of_cpu      {min(cpu_s) / (min(cpu_s) + parse_s):.3f}")
    print(f"coding_function_calls    {calls}")


if __name__ == "__main__":
    main()
