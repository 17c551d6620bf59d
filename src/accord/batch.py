"""Read → code → store, in batches that commit one at a time.

Library code reports progress through a callback; the CLI draws the bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from accord.ingest import read_inputs
from accord.pipeline import CodedArticle, Coder
from accord.records import Article, Rejection
from accord.store import IngestSummary, Store
from accord.store.db import content_hash

Progress = Callable[[int, int], None]  # (inputs done in this batch, events stored by it)


def _chunks(items: Iterable[Article | Rejection], size: int
            ) -> Iterator[list[Article | Rejection]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(paths: Iterable[str | Path], store: Store, coder: Coder, *,
           published: dt.date | None = None, batch_size: int = 64, workers: int = 1,
           progress: Progress | None = None) -> IngestSummary:
    """Store every new article with its events; list every input that was rejected."""
    summary = IngestSummary()
    for chunk in _chunks(read_inputs(paths, published=published), batch_size):
        _, n_events = _store_batch(chunk, store, coder, summary, workers)
        if progress is not None:
            progress(len(chunk), n_events)
    return summary


def ingest_articles(items: list[dict[str, Any]], store: Store, coder: Coder | None = None
                    ) -> tuple[IngestSummary, list[str]]:
    """Store articles given as objects of the JSON Lines format (the REST API's POST)."""
    import json

    from accord.ingest.readers import read_jsonl_line
    from accord.pipeline import default_coder

    parsed = [read_jsonl_line(json.dumps(item), f"request:{i}") for i, item in
              enumerate(items, 1)]
    summary = IngestSummary()
    coded, _ = _store_batch(parsed, store, coder or default_coder(), summary)
    return summary, [e.event_id for c in coded for e in c.events]


def _store_batch(chunk: list[Article | Rejection], store: Store, coder: Coder,
                 summary: IngestSummary, workers: int = 1) -> tuple[list[CodedArticle], int]:
    """Code the new articles of one batch and commit them with its rejections; an article
    already stored, or repeated in the batch (same id or same text), is counted, not coded."""
    rejected = [i for i in chunk if isinstance(i, Rejection)]
    known = store.known(a for a in chunk if isinstance(a, Article))
    fresh: list[Article] = []
    batch_keys: set[str] = set()
    for a in chunk:
        if not isinstance(a, Article):
            continue
        keys = {a.id, content_hash(a.text)}
        if a.id in known or keys & batch_keys:
            summary.duplicates += 1
            continue
        batch_keys |= keys
        fresh.append(a)
    coded = list(coder.code_articles(fresh, workers=workers))
    n_articles, n_events = store.write_batch(coded, rejected)
    summary.articles += n_articles
    summary.events += n_events
    summary.sentences += sum(c.sentences for c in coded)
    summary.rejected += rejected
    return coded, n_events
