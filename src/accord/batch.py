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
from accord.limits import DEFAULT_LIMITS, Limits
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
           progress: Progress | None = None, limits: Limits = DEFAULT_LIMITS) -> IngestSummary:
    """Store every new article with its events; list every input that was rejected.

    One stream runs from the readers through the parser to the store, so `workers`
    processes start once (not once per batch) and memory stays flat however long the
    input is. Every `batch_size` coded articles commit together with the rejections read
    before them; a kill loses at most the batch in flight, and a re-run completes it."""
    summary = IngestSummary()
    rejects: list[Rejection] = []
    seen: set[str] = set()  # ids and text hashes of this run's articles not yet committed
    skipped = 0  # duplicates since the last commit, for the progress count

    def fresh() -> Iterator[Article]:
        nonlocal skipped
        for chunk in _chunks(read_inputs(paths, published=published, limits=limits),
                             batch_size):
            known = store.known(a for a in chunk if isinstance(a, Article))
            for item in chunk:
                if isinstance(item, Rejection):
                    rejects.append(item)
                    continue
                keys = {item.id, content_hash(item.text)}
                if item.id in known or keys & seen:
                    summary.duplicates += 1
                    skipped += 1
                    continue
                seen.update(keys)
                yield item
            if len(rejects) >= 10 * batch_size:  # a long run of bad input commits too
                commit([])

    def commit(coded: list[CodedArticle]) -> None:
        nonlocal skipped
        batch_rejects = rejects[:]
        rejects.clear()
        n_events = _commit(coded, batch_rejects, store, summary)
        for c in coded:
            seen.discard(c.article.id)
            seen.discard(content_hash(c.article.text))
        if progress is not None:
            progress(len(coded) + len(batch_rejects) + skipped, n_events)
        skipped = 0

    pending: list[CodedArticle] = []
    for coded in coder.code_articles(fresh(), workers=workers):
        pending.append(coded)
        if len(pending) >= batch_size:
            commit(pending)
            pending = []
    if pending or rejects or skipped:
        commit(pending)
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
    n_events = _commit(coded, rejected, store, summary)
    return [c for c in coded if not c.limit_hit], n_events


def _commit(coded: list[CodedArticle], rejected: list[Rejection], store: Store,
            summary: IngestSummary) -> int:
    """One transaction: the coded articles with their events, and the rejections. An
    article whose coding hit the time limit is rejected, not stored with half its events."""
    kept = []
    rejected = list(rejected)
    for c in coded:
        if c.limit_hit:
            rejected.append(Rejection(c.article.source or c.article.id, "time_limit",
                                      c.limit_hit))
        else:
            kept.append(c)
    n_articles, n_events = store.write_batch(kept, rejected)
    summary.articles += n_articles
    summary.events += n_events
    summary.sentences += sum(c.sentences for c in kept)
    summary.skipped_sentences += sum(c.skipped_sentences for c in kept)
    summary.rejected += rejected
    return n_events
