"""`accord watch`: poll feeds and folders on an interval and store what is new."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import Any

import click

from accord.cli.base import ACTORS_OPTION, MODEL_OPTION, WORKERS_OPTION, _coder, _err, cli
from accord.errors import AccordError


def _poll_line(n: int, s: Any) -> str:
    """One stderr line per poll: when, what was new, what went wrong."""
    line = (f"{s.started:%Y-%m-%d %H:%M:%S}Z poll {n}: {s.feeds} sources "
            f"({s.not_modified} unchanged), {s.items} items, {s.new} new: {s.articles} "
            f"articles, {s.events} events, {s.duplicates} already stored, {s.rejected} "
            f"rejected, {len(s.errors)} errors ({s.seconds:.1f} s)")
    return line + (" - stopped" if s.stopped else "")


def _on_sigint(stop: threading.Event) -> Callable[[], None]:
    """First Ctrl-C: finish the item in hand, then stop. Second: abort at once.
    Returns what restores the previous handler (a no-op off the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        _err("stopping after the current item (Ctrl-C again to abort)")

    previous = signal.signal(signal.SIGINT, handler)

    def restore() -> None:
        signal.signal(signal.SIGINT, previous)

    return restore


@cli.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--db", default="accord.duckdb", show_default=True, help="DuckDB file.")
@click.option("--interval", default=300.0, show_default=True, type=click.FloatRange(min=1.0),
              help="Seconds from the start of one poll to the start of the next.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@click.option("--max-polls", type=click.IntRange(min=1), help="Stop after this many polls.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for a server to connect or send.")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
              help="Retries of a request that timed out, dropped, or got a 5xx.")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(min=0.0),
              help="Seconds between two requests to the same host.")
@click.option("--wait", default=60.0, show_default=True,
              help="Seconds to wait while another process writes to the database.")
@ACTORS_OPTION
@MODEL_OPTION
@WORKERS_OPTION
def watch(feeds: tuple[str, ...], db: str, interval: float, once: bool,
          max_polls: int | None, timeout: float, retries: int, delay: float, wait: float,
          actor_files: tuple[str, ...], model: str, workers: int) -> None:
    """Poll FEEDS every --interval seconds and store the articles of new items.

    FEEDS are RSS or Atom feed URLs (http/https), folders (new or changed files are read
    like `accord ingest` reads them), or text files listing either, one per line (#
    comments). Each new feed item's page is fetched, its main text coded and stored; an
    item is never stored twice, also across restarts (state is kept in the database).
    Requests name accord in the User-Agent and are conditional (ETag, Last-Modified).

    One line per poll goes to stderr. Ctrl-C stops after the current item.
    """
    from accord.cli.serve import running_server
    from accord.watch import Watcher, resolve_sources

    try:
        sources = resolve_sources(feeds)
    except AccordError as e:
        raise click.BadParameter(str(e), param_hint="FEEDS") from None
    if running_server(db) is not None:
        raise click.ClickException(f"`accord serve` owns {db}; stop it, or watch into "
                                   "another --db")
    from accord.store import Store

    Store(db, wait=wait).close()  # a database we cannot open or upgrade fails now, not later
    coder = _coder(actor_files, model)
    watcher = Watcher(db, coder, sources, timeout=timeout, retries=retries, delay=delay,
                      workers=workers, wait=wait)
    _err(f"watching {len(sources)} sources into {db}"
         + ("" if once else f" every {interval:g} s (Ctrl-C to stop)"))
    stop = threading.Event()
    polls = 0

    def on_poll(summary: Any) -> None:
        nonlocal polls
        polls += 1
        _err(_poll_line(polls, summary))
        for e in summary.errors:
            _err(f"  error {e}")

    restore = _on_sigint(stop)
    try:
        watcher.run(interval, max_polls=1 if once else max_polls, stop=stop, on_poll=on_poll)
    finally:
        restore()
