"""Throughput of the coder on the bundled sample corpus (whole process, model loading apart).

usage: python benchmarks/throughput.py [--repeat N] [--json]

Measures, on the same articles: raw spaCy `nlp.pipe` with the same model and components
(the floor), and accord's coder end to end (parse + actors + events). Prints a table, or
JSON with --json. Run on an otherwise idle machine; figures in README.md say which.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time

from accord.actors import coref
from accord.events import places
from accord.ingest import read_inputs
from accord.knowledge.tsv import packaged
from accord.nlp import MODELS
from accord.pipeline import Coder
from accord.records import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the 31 sample articles")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", default="sm", help="sm (default) or md")
    ap.add_argument("--workers", type=int, default=1, help="parsing processes")
    args = ap.parse_args()
    arts = [a for a in read_inputs([packaged("sample", "us-government-news.jsonl")])
            if isinstance(a, Article)] * args.repeat
    t0 = time.perf_counter()
    coder = Coder(MODELS.get(args.model, args.model))
    load_s = time.perf_counter() - t0
    places.lookup_city("Minsk")  # warm the lazily loaded gazetteer
    for a in arts[:31]:
        coder._speaker(a)  # outlets parsed once per process
    texts = [a.text for a in arts]
    t0 = time.perf_counter()
    docs = list(coder.nlp.pipe(texts, batch_size=32, n_process=args.workers))
    spacy_s = time.perf_counter() - t0
    sents = sum(len(list(d.sents)) for d in docs)
    t0 = time.perf_counter()
    for a, d in zip(arts, docs, strict=True):
        coref.resolve(d, coder.matcher.find(d, a.published))
    match_s = time.perf_counter() - t0
    del docs
    t0 = time.perf_counter()
    events = sum(len(c.events) for c in coder.code_articles(arts, workers=args.workers))
    accord_s = time.perf_counter() - t0
    result = {
        "articles": len(arts), "sentences": sents, "events": events,
        "model_and_knowledge_load_s": round(load_s, 2),
        "spacy_articles_per_s": round(len(arts) / spacy_s, 1),
        "accord_articles_per_s": round(len(arts) / accord_s, 1),
        "accord_sentences_per_s": round(sents / accord_s, 1),
        "ratio_to_spacy_floor": round(spacy_s / accord_s, 3),
        "actor_matching_share_of_parse": round(match_s / spacy_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(), "machine": platform.machine(),
    }
    if args.json:
        print(json.dumps(result))
        return
    for k, v in result.items():
        print(f"{k:32} {v}")


if __name__ == "__main__":
    main()
