"""The actor knowledge base: accord actors info, lookup, import."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from accord.cli.base import (
    ACTORS_OPTION,
    _coder,
    _date,
    _err,
    cli,
    emit,
)


@cli.group()
def actors() -> None:
    """The actor knowledge base: what it holds, how a phrase resolves, importing PETRARCH."""


@actors.command()
@ACTORS_OPTION
def info(actor_files: tuple[str, ...]) -> None:
    """Counts, as-of date and load time of the knowledge base."""
    import time

    from accord.actors.kb import load_kb

    t0 = time.perf_counter()
    kb = load_kb(actor_files)
    took = time.perf_counter() - t0
    click.echo(f"as of: {kb.as_of()} (latest check date of a role; roles that began later "
               "are unknown)")
    for k, v in kb.counts().items():
        click.echo(f"{k:14} {v}")
    click.echo(f"{'load time':14} {took:.2f} s")
    for e in kb.report.errors:
        _err(f"skipped {e}")


@actors.command()
@click.argument("texts", nargs=-1)
@click.option("--date", "on", callback=_date, help="Story date: roles depend on it.")
@click.option("--file", "file", type=click.File(encoding="utf-8"),
              help="Phrases, one per line, optionally TEXT<TAB>DATE.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@ACTORS_OPTION
def lookup(texts: tuple[str, ...], on: dt.date | None, file: Any, fmt: str,
           actor_files: tuple[str, ...]) -> None:
    """Show how phrases resolve to actor codes, and why.

    \b
      accord actors lookup "Pezeshkian" --date 2023-05-01     # IRNELI: not yet in office
      accord actors lookup --file phrases.tsv --format json
    """
    queries: list[tuple[str, dt.date | None]] = [(t, on) for t in texts]
    if file is not None:
        for n, line in enumerate(file, 1):
            if not line.strip():
                continue
            text, _, day = line.rstrip("\n").partition("\t")
            try:
                queries.append((text, dt.date.fromisoformat(day) if day.strip() else on))
            except ValueError:
                raise click.BadParameter(f"line {n}: {day!r} is not a date (YYYY-MM-DD)",
                                         param_hint="--file") from None
    if not queries:
        raise click.UsageError("give phrases as arguments or with --file")
    coder = _coder(actor_files)
    rows = []
    for text, day in queries:
        found = coder.matcher.explain(coder.nlp(text), day)
        if not found:
            rows.append({"text": text, "date": day.isoformat() if day else None, "code": None,
                         "country": None, "sector": None, "name": None, "reason": "no match"})
        for m, reason in found:
            rows.append({"text": text, "date": day.isoformat() if day else None,
                         "matched": m.text, "code": m.actor.code, "country": m.actor.country,
                         "sector": m.actor.sector, "name": m.actor.name, "reason": reason})
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        emit(rows, "table", ("text", "date", "code", "country", "sector", "name", "reason"))


@actors.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_prefix", required=True,
              help="Output prefix: writes PREFIX.aliases.tsv and PREFIX.sectors.tsv.")
def import_cmd(paths: tuple[str, ...], out_prefix: str) -> None:
    """Convert PETRARCH/TABARI .actors and agents files into accord's formats.

    Use the result with --actors (both files), and check it with `accord actors info`.
    """
    from pathlib import Path

    from accord.actors.kb import load_kb
    from accord.actors.petrarch import ImportResult, convert

    countries = set(load_kb().countries)
    total = ImportResult()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            r = convert(f, Path(p).name, countries)
        total.aliases += r.aliases
        total.sectors += r.sectors
        total.skipped += r.skipped
    Path(f"{out_prefix}.aliases.tsv").write_text(total.alias_tsv(), encoding="utf-8")
    Path(f"{out_prefix}.sectors.tsv").write_text(total.sector_tsv(), encoding="utf-8")
    _err(f"wrote {len(total.aliases)} aliases to {out_prefix}.aliases.tsv and "
         f"{len(total.sectors)} sector words to {out_prefix}.sectors.tsv; "
         f"skipped {total.skipped} entries without a usable code")


