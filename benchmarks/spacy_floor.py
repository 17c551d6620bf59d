"""The floor of benchmarks/pipeline.py: raw spaCy `nlp.pipe` over a JSON Lines corpus with
accord's model, components, batch size and process count, as a whole process.

    python -m benchmarks.spacy_floor CORPUS.jsonl [--workers N] [--model sm]

Prints {"articles": N, "sentences": M} on stdout. Nothing else is done with the docs: no
actors, no events, no storage, so accord cannot be faster than this.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path


def _texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--model", default="sm")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    from accord.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    articles = sentences = 0
    for doc in nlp.pipe(_texts(args.corpus), batch_size=args.batch_size,
                        n_process=args.workers):
        articles += 1
        sentences += sum(1 for _ in doc.sents)
    json.dump({"articles": articles, "sentences": sentences}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
