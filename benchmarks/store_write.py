"""Write cost of the store against coding cost (issue: writes < 5% of coding time).

usage: python benchmarks/store_write.py [--articles 10000] [--batch 64]

Codes the 31 sample articles once (timing it), then writes N articles' worth of coded
events (the sample's, under new ids, with distinct recombined texts so that near-duplicate
detection sees realistic input) into a fresh DuckDB file in batches, and compares the write
time with the time coding N such articles takes at the measured rate.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import tempfile
import time
from pathlib import Path

from accord.ingest import read_inputs
from accord.knowledge.tsv import packaged
from accord.pipeline import CodedArticle, Coder
from accord.records import Article
from accord.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()
    arts = [a for a in read_inputs([packaged("sample", "us-government-news.jsonl")])
            if isinstance(a, Article)]
    coder = Coder()
    coder.code(arts[0])
    t0 = time.perf_counter()
    coded = list(coder.code_articles(arts))
    code_per_article = (time.perf_counter() - t0) / len(arts)

    sentences = [s for a in arts for s in a.text.split("\n") if len(s) > 40]
    rnd = random.Random(1)

    def copy(c: CodedArticle, i: int) -> CodedArticle:
        # a distinct text (20 recombined real sentences), as distinct articles are in news;
        # the events are the sample article's, under new ids
        text = "\n".join(rnd.sample(sentences, 20))
        art = dataclasses.replace(c.article, id=f"{c.article.id}-{i}", text=text)
        evs = [dataclasses.replace(e, event_id=f"{e.event_id}-{i}", doc_id=art.id)
               for e in c.events]
        return CodedArticle(art, evs, c.sentences, [])

    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "bench.duckdb")
        batch: list[CodedArticle] = []
        events = 0
        write_s = 0.0
        for i in range(args.articles):
            batch.append(copy(coded[i % len(coded)], i))
            if len(batch) == args.batch or i == args.articles - 1:
                t0 = time.perf_counter()
                events += store.write_batch(batch, [])[1]
                write_s += time.perf_counter() - t0
                batch = []
        store.close()
    coding_s = code_per_article * args.articles
    print(json.dumps({"articles": args.articles, "events": events, "batch": args.batch,
                      "write_s": round(write_s, 2), "coding_s_estimated": round(coding_s, 1),
                      "write_share_of_coding": round(write_s / coding_s, 4)}))


if __name__ == "__main__":
    main()
