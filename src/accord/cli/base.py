"""Shared pieces of the command line: the group, options, output helpers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import click

from accord.errors import AccordError
from accord.records import OUTPUT_FIELDS

TABLE_FIELDS = ("event_date", "source_code", "cameo", "target_code", "status", "background",
                "trigger_text", "object_text", "attribution")
FORMATS = click.Choice(["jsonl", "csv", "table"])


def _err(msg: str) -> None:
    click.echo(msg, err=True)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def emit(rows: Iterable[dict[str, Any]], fmt: str, fields: tuple[str, ...] = OUTPUT_FIELDS,
         out: TextIO | None = None) -> int:
    """Write rows as JSON Lines, CSV or a table; return how many."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({f: r.get(f) for f in fields}, ensure_ascii=False,
                                 default=str) + "\n")
            n += 1
        return n
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
            n += 1
        return n
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    shown = TABLE_FIELDS if fields == OUTPUT_FIELDS else fields
    for f in shown:
        table.add_column(f, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(f) is None else str(r.get(f)) for f in shown])
        n += 1
    tty = getattr(out, "isatty", lambda: False)()
    Console(file=out, width=None if tty else 160).print(table)
    return n


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accord")
def cli() -> None:
    """accord: turn news stories into coded political events (CAMEO/PLOVER) with status,
    dates, places and provenance, and store them in an embedded DuckDB database.

    \b
    Quick start:
      accord extract story.txt --published 2025-08-21      # code, print JSONL
      accord ingest stories/ --db accord.duckdb            # code and store
      accord events --db accord.duckdb --dyad BLR IRN      # read back
    """


MODEL_OPTION = click.option(
    "--model", default="sm", show_default=True,
    help="spaCy pipeline: sm (default, en_core_web_sm 3.8), md (en_core_web_md 3.8; install "
         "with `make model-md`), or an installed package name or path.")
WORKERS_OPTION = click.option(
    "--workers", default=lambda: os.cpu_count() or 1, show_default="all cores",
    type=click.IntRange(1, 64),
    help="Parse in this many processes. Small inputs (under two batches) are parsed in this "
         "process whatever the setting, since starting workers costs more than it saves.")
ACTORS_OPTION = click.option(
    "--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actor file (countries, people, organisations, sectors or aliases format; "
         "docs/data-formats.md). Repeatable; entries add to and override the packaged ones.")


def _coder(actor_files: tuple[str, ...], model: str = "sm", limits: Any = None,
           one_sided: bool = False) -> Any:
    from accord.actors.kb import load_kb
    from accord.limits import DEFAULT_LIMITS
    from accord.nlp import MODELS
    from accord.pipeline import Coder, default_coder

    name = MODELS.get(model, model)
    limits = limits or DEFAULT_LIMITS
    if not actor_files:
        coder = default_coder(name)
        if limits != coder.limits or one_sided:  # share the loaded model
            coder = coder.with_options(limits=limits, one_sided=one_sided)
        return coder
    kb = load_kb(actor_files)
    for e in kb.report.errors:
        _err(f"skipped {e}")
    return Coder(name, kb=kb, limits=limits, one_sided=one_sided)


ONE_SIDED_OPTION = click.option(
    "--one-sided", is_flag=True,
    help="Also emit events whose target the text does not name (a protest, a resignation, "
         "a statement to no one in particular), with an empty target: GDELT's Actor1-only "
         "rows. Off by default: relations views need a dyad.")


def limit_options(f: Any) -> Any:
    """--max-chars, --max-seconds, --max-sentence-tokens: per-article resource bounds."""
    from accord.limits import DEFAULT_LIMITS as D

    f = click.option("--max-sentence-tokens", type=click.IntRange(1), show_default=True,
                     default=D.max_sentence_tokens,
                     help="Longer sentences (lists, tables) are left uncoded and counted.")(f)
    f = click.option("--max-seconds", type=click.FloatRange(min=0.001), show_default=True,
                     default=D.max_seconds,
                     help="Coding time per article; an article over it is rejected "
                          "(reason time_limit), never stored half-coded.")(f)
    f = click.option("--max-chars", type=click.IntRange(1), default=D.max_chars,
                     show_default=True, help="Characters per article; longer ones are "
                     "rejected (reason too_large).")(f)
    return f


def _limits(max_chars: int, max_seconds: float, max_sentence_tokens: int) -> Any:
    from accord.limits import Limits

    return Limits(max_chars=max_chars, max_seconds=max_seconds,
                  max_sentence_tokens=max_sentence_tokens)


VIEW_FORMATS = click.Choice(["table", "json", "csv"])


def _query(store: Any, since: str | None, until: str | None, axis: str) -> Any:
    from accord.analysis.relations import Query

    return Query(store.con, since, until, axis)


def relations_options(f: Any) -> Any:
    for opt in reversed([
        click.option("--db", default="accord.duckdb", show_default=True),
        click.option("--since", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", help="Latest date."),
        click.option("--axis", type=click.Choice(["event", "report"]), default="event",
                     show_default=True, help="Time axis: the event's own date (publication "
                     "date when the text gives none) or the publication date."),
        click.option("--format", "fmt", type=VIEW_FORMATS, default="table", show_default=True),
    ]):
        f = opt(f)
    return f


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))




def _ledger_rows(rows: list[dict[str, Any]], fmt: str, fields: tuple[str, ...]) -> None:
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    flat = [{k: (", ".join(f"{a}={b}" for a, b in v.items() if b not in (None, "unknown"))
                 if isinstance(v, dict) else " ".join(v) if isinstance(v, list) else v)
             for k, v in r.items()} for r in rows]
    emit(flat, "csv" if fmt == "csv" else "table", fields)


def main(command: click.Command | None = None, args: list[str] | None = None,
         prog_name: str | None = None) -> None:
    """Run a command (by default the whole `accord` group) and turn accord's errors into
    messages and exit codes."""
    try:
        (command or cli).main(args=args, prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Abort:
        _err("aborted")
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except AccordError as e:
        _err(f"error: {e}")
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)

