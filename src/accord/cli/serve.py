"""`accord serve`: the REST API and dashboard on a local address."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from accord.cli.base import _err, cli


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything beyond this machine needs a token.")
@click.option("--port", default=8765, show_default=True)
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="File holding the write token (else the ACCORD_TOKEN variable).")
@click.option("--cache-seconds", default=10.0, show_default=True,
              help="How long an events page may be answered from memory (0: never); "
                   "every write empties the cache at once.")
@click.option("--event-index/--no-event-index", default=True, show_default=True,
              help="Answer event pages from an in-memory index of the events (built in "
                   "the background at start; about 0.3-0.6 GB per million events) instead "
                   "of querying DuckDB for each page.")
@click.option("--event-index-max-events", default=5_000_000, show_default=True,
              help="Build no event index over more events than this (pages then come "
                   "from DuckDB).")
def serve(db: str, host: str, port: int, token_file: str | None,
          cache_seconds: float, event_index: bool, event_index_max_events: int) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the dashboard (/) over DB.

    Reads are open; writes (POST /api/articles) need 'Authorization: Bearer TOKEN'. While
    the server runs it owns the database file.
    """
    import uvicorn

    from accord.server.app import check_bind, create_app

    token = (Path(token_file).read_text(encoding="utf-8").strip() if token_file
             else os.environ.get("ACCORD_TOKEN") or None)
    check_bind(host, token)
    app = create_app(db, token, cache_seconds=cache_seconds, event_index=event_index,
                     event_index_max_events=event_index_max_events)
    marker = server_marker(db)
    marker.write_text(json.dumps({"url": f"http://{host}:{port}", "pid": os.getpid()}))
    _err(f"accord serving {db} on http://{host}:{port}/ (API docs: /docs; "
         f"writes {'need the token' if token else 'disabled: no token'})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        marker.unlink(missing_ok=True)


def server_marker(db: str) -> Path:
    """The file that says a server owns DB: `accord ingest` then writes through it."""
    return Path(db + ".server.json")


def running_server(db: str) -> str | None:
    """The URL of a live server that owns DB, or None."""
    import httpx

    marker = server_marker(db)
    if not marker.exists():
        return None
    try:
        url = json.loads(marker.read_text())["url"]
        if httpx.get(url + "/health", timeout=2).status_code == 200:
            return str(url)
    except (OSError, ValueError, KeyError, httpx.HTTPError):
        pass
    # a server killed by a signal leaves its marker behind: nobody answers, so remove it
    marker.unlink(missing_ok=True)
    return None
