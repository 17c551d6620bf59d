"""Coding and storing: extract, ingest, events, rejects, clusters, duplicates, recode, export."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from typing import Any

import click

from accord.cli.base import (
    ACTORS_OPTION,
    FORMATS,
    MODEL_OPTION,
    ONE_SIDED_OPTION,
    WORKERS_OPTION,
    _coder,
    _date,
    _err,
    _ledger_rows,
    _limits,
    cli,
    emit,
    limit_options,
)
from accord.records import STATUSES


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs "
              "that carry none; relative dates resolve against it.")
@ACTORS_OPTION
@MODEL_OPTION
@WORKERS_OPTION
@limit_options
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Drop events below this (calibrated) confidence.")
@ONE_SIDED_OPTION
def extract(paths: tuple[str, ...], published: dt.date | None, actor_files: tuple[str, ...],
            model: str, workers: int, max_chars: int, max_seconds: float,
            max_sentence_tokens: int, fmt: str, min_confidence: float,
            one_sided: bool) -> None:
    """Code PATHS (files, folders, JSONL, '-' for stdin) and print events; stores nothing.

    One event per line in the output contract (docs/output-contract.md). Rejected inputs
    are listed on stderr with their reason; the rest are still coded.
    """
    from accord.ingest import read_inputs
    from accord.records import Article, Rejection

    limits = _limits(max_chars, max_seconds, max_sentence_tokens)
    coder = _coder(actor_files, model, limits, one_sided)
    rejected: list[Rejection] = []

    def articles() -> Iterable[Article]:
        for item in read_inputs(paths, published=published, limits=limits):
            if isinstance(item, Rejection):
                rejected.append(item)
                _err(f"rejected {item.source}: {item.reason}: {item.detail}")
            else:
                yield item

    coded = 0

    def rows() -> Iterable[dict[str, Any]]:
        nonlocal coded
        for c in coder.code_articles(articles(), workers=workers):
            coded += 1
            if c.limit_hit:
                _err(f"rejected {c.article.source}: time_limit: {c.limit_hit}")
                continue
            if c.skipped_sentences:
                _err(f"{c.article.source}: {c.skipped_sentences} sentences over "
                     f"{max_sentence_tokens} tokens left uncoded")
            yield from (e.to_row() for e in c.events if e.confidence >= min_confidence)

    emit(rows(), fmt)
    if rejected and not coded:
        sys.exit(3)  # nothing was readable


def _open_or_find_server(db: str, wait: float) -> Any:
    """The store, opened for writing; or the URL of a server that owns it. While another
    process writes, wait (up to `wait` seconds), watching for a server to take over."""
    import time

    from accord.cli.serve import running_server
    from accord.errors import StoreBusyError
    from accord.store import Store

    deadline = time.monotonic() + wait
    while True:
        url = running_server(db)
        if url is not None:
            return url
        try:
            # the block cache stays small: an ingest writes, it hardly reads back
            return Store(db, wait=max(0.0, min(2.0, deadline - time.monotonic())),
                         memory_limit="128MB")
        except StoreBusyError:
            if time.monotonic() >= deadline:
                raise


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="accord.duckdb", show_default=True, help="DuckDB file.")
@click.option("--published", callback=_date, help="Publication date for inputs without one.")
@click.option("--batch-size", default=64, show_default=True,
              help="Articles per committed transaction.")
@click.option("--wait", default=60.0, show_default=True,
              help="Seconds to wait while another process writes to the database.")
@click.option("-v", "--verbose", is_flag=True, help="Report each committed batch on stderr.")
@ACTORS_OPTION
@MODEL_OPTION
@WORKERS_OPTION
@limit_options
@ONE_SIDED_OPTION
def ingest(paths: tuple[str, ...], db: str, published: dt.date | None, batch_size: int,
           wait: float, verbose: bool, actor_files: tuple[str, ...], model: str,
           workers: int, max_chars: int, max_seconds: float, max_sentence_tokens: int,
           one_sided: bool) -> None:
    """Code PATHS and store articles and events in the database.

    Each batch commits on its own; an interrupted ingest keeps every finished batch and a
    re-run completes it. Articles already stored (same id or same text) are skipped.
    Rejected inputs are stored too: list them with `accord rejects`.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.batch import ingest as run_ingest

    limits = _limits(max_chars, max_seconds, max_sentence_tokens)
    store = _open_or_find_server(db, wait)
    if isinstance(store, str):
        if one_sided:
            raise click.ClickException(
                f"{db} is served by `accord serve` ({store}), which codes with its own "
                "settings: stop the server to ingest with --one-sided")
        _ingest_through(store, paths, published, batch_size)
        return
    coder = _coder(actor_files, model, limits, one_sided)
    batches = 0
    with store, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("inputs · {task.fields[events]} events"), TimeElapsedColumn(),
        transient=True, disable=not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("ingest", total=None, events=0)

        def progress(done: int, events: int) -> None:
            nonlocal batches
            batches += 1
            bar.update(task, advance=done, events=bar.tasks[0].fields["events"] + events)
            if verbose:
                _err(f"committed batch {batches}: {done} inputs, {events} events")

        summary = run_ingest(paths, store, coder, published=published, batch_size=batch_size,
                             workers=workers, progress=progress, limits=limits)
        totals = store.counts()
    _err(f"ingested {summary.articles} articles ({summary.sentences} sentences), "
         f"{summary.events} events; skipped {summary.duplicates} already stored; "
         f"rejected {len(summary.rejected)}")
    if summary.skipped_sentences:
        _err(f"left {summary.skipped_sentences} sentences over {max_sentence_tokens} tokens "
             "uncoded (--max-sentence-tokens)")
    for r in summary.rejected:
        _err(f"  rejected {r.source}: {r.reason}: {r.detail}")
    _err(f"{db}: {totals['articles']} articles, {totals['events']} events, "
         f"{totals['rejects']} rejected inputs in total")


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--country", help="Events with this country (ISO alpha-3 or bloc) on either side.")
@click.option("--dyad", nargs=2, help="Events between two countries, either direction.")
@click.option("--root", help="CAMEO code prefix, e.g. 05 or 057.")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--since", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Latest event date.")
@click.option("--doc", "doc_id", help="Events of one article id.")
@click.option("--id", "event_id", help="One event by id.")
@click.option("--min-confidence", type=float)
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def events(db: str, fmt: str, dyad: tuple[str, str] | None, **filters: Any) -> None:
    """List stored events (event date falls back to the publication date for --since/--until)."""
    from accord.store import Store

    with Store(db, read_only=True) as store:
        n = emit(store.events(dyad=tuple(dyad) if dyad else None, **filters), fmt)  # type: ignore[arg-type]
    if fmt == "table":
        _err(f"{n} events")


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def rejects(db: str, fmt: str) -> None:
    """List inputs that were rejected, with the reason and what to do."""
    from accord.store import Store

    with Store(db, read_only=True) as store:
        emit(store.rejects(), fmt, ("source", "reason", "detail", "rejected_at"))


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--country", help="Clusters with this country on either side.")
@click.option("--min-mentions", default=1, show_default=True,
              help="Only clusters reported at least this many times.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def clusters(db: str, country: str | None, min_mentions: int, fmt: str) -> None:
    """One row per real-world happening: events from all articles that report it, with
    mention, source and article counts and a representative sentence."""
    from accord.analysis.clusters import cluster
    from accord.store import Store

    with Store(db, read_only=True) as store:
        rows = [c.summary() for c in cluster(store.events(country=country))]
    rows = [r for r in rows if r["num_mentions"] >= min_mentions]
    rows.sort(key=lambda r: (-r["num_mentions"], r["date"] or ""))
    _ledger_rows(rows, fmt, ("cluster_id", "date", "source_country", "cameo",
                             "target_country", "status", "num_mentions", "num_sources",
                             "num_articles", "sentence"))


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def duplicates(db: str, fmt: str) -> None:
    """Near-duplicate articles (syndicated copies) and the stored article each copies."""
    from accord.store import Store

    with Store(db, read_only=True) as store:
        emit(store.near_duplicates(), fmt, ("article_id", "original_id", "similarity"))


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--apply", is_flag=True, help="Replace the stored events (default: report only).")
@ACTORS_OPTION
@ONE_SIDED_OPTION
def recode(db: str, apply: bool, actor_files: tuple[str, ...], one_sided: bool) -> None:
    """Re-code stored articles with the current coder and report the difference (events
    added, removed, changed); with --apply, store the new coding. Stored events keep the
    coder version that made them until then."""
    from accord.recode import recode as run_recode
    from accord.store import Store

    coder = _coder(actor_files, one_sided=one_sided)
    with Store(db, read_only=not apply) as store:
        diff = run_recode(store, coder, apply=apply)
    for line in diff.examples:
        _err("  " + line)
    click.echo(f"articles {diff.articles}: {diff.added} events added, {diff.removed} removed, "
               f"{diff.changed} changed, {diff.unchanged} unchanged"
               + ("; applied" if apply else "; nothing written (use --apply)"))


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt",
                                                    "plover"]), default="csv",
              show_default=True, help="gdelt: GDELT-like table (CSV); plover: PLOVER JSON lines.")
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (default stdout; "
              "required for parquet).")
@click.option("--since", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Latest event date.")
@click.option("--country", help="Events with this country on either side.")
@click.option("--dyad", nargs=2, help="Events between two countries.")
@click.option("--root", help="CAMEO code prefix.")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--min-confidence", type=float)
@click.option("--no-text", is_flag=True, help="Leave out sentences and quoted words.")
@click.option("--all-statuses", is_flag=True,
              help="gdelt: include intended, negated and hedged events (default occurred only).")
@click.option("--petrarch-compat", is_flag=True,
              help="gdelt: code as PETRARCH-era data did: negated cooperation as rejection "
                   "(12), an intended act as the intent (03) or threat (13) to do it.")
def export(db: str, fmt: str, out: str | None, dyad: tuple[str, str] | None, no_text: bool,
           all_statuses: bool, petrarch_compat: bool, **filters: Any) -> None:
    """Export stored events: the output contract (+ COW and Gleditsch–Ward codes) as CSV,
    JSON Lines or Parquet; a GDELT-like table; or PLOVER JSON. Every export carries status
    and background."""
    from pathlib import Path

    from accord.export import write
    from accord.store import Store

    with Store(db, read_only=True) as store:
        rows = store.events(dyad=tuple(dyad) if dyad else None, **filters)  # type: ignore[arg-type]
        n = write(rows, fmt, Path(out) if out else None, no_text=no_text,
                  all_statuses=all_statuses, petrarch_compat=petrarch_compat,
                  stdout=sys.stdout)
    _err(f"exported {n} records" + (f" to {out}" if out else ""))


def _ingest_through(url: str, paths: tuple[str, ...], published: dt.date | None,
                    batch_size: int) -> None:
    """While `accord serve` owns the database, send the articles to it (one writer)."""
    import os

    import httpx

    from accord.ingest import read_inputs
    from accord.records import Article, Rejection

    token = os.environ.get("ACCORD_TOKEN", "")
    _err(f"a server owns the database: sending articles to {url}")
    stored = events = dupes = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal stored, events, dupes
        if not batch:
            return
        r = httpx.post(url + "/api/articles", json=batch, timeout=600,
                       headers={"Authorization": f"Bearer {token}"})
        if r.status_code != 200:
            raise click.ClickException(f"the server refused the articles: "
                                       f"{r.json().get('error', {}).get('message', r.text)}")
        body = r.json()
        stored, events, dupes = (stored + body["stored"], events + body["events"],
                                 dupes + body["duplicates"])
        batch.clear()

    for item in read_inputs(paths, published=published):
        if isinstance(item, Rejection):
            _err(f"  rejected {item.source}: {item.reason}: {item.detail}")
            continue
        assert isinstance(item, Article)
        batch.append({"id": item.id, "text": item.text, "title": item.title, "url": item.url,
                      "outlet": item.outlet,
                      "published": item.published.isoformat() if item.published else None})
        if len(batch) >= min(batch_size, 100):
            flush()
    flush()
    _err(f"ingested {stored} articles, {events} events through the server; "
         f"skipped {dupes} already stored")

