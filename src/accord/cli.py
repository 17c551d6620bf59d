"""The `accord` command line: a thin shell over the library.

Messages and progress go to stderr; data goes to stdout, so `accord extract ... > out.jsonl`
stays clean.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
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
ACTORS_OPTION = click.option(
    "--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actor file (countries, people, organisations, sectors or aliases format; "
         "docs/data-formats.md). Repeatable; entries add to and override the packaged ones.")


def _coder(actor_files: tuple[str, ...], model: str = "sm") -> Any:
    from accord.actors.kb import load_kb
    from accord.nlp import MODELS
    from accord.pipeline import Coder, default_coder

    name = MODELS.get(model, model)
    if not actor_files:
        return default_coder(name)
    kb = load_kb(actor_files)
    for e in kb.report.errors:
        _err(f"skipped {e}")
    return Coder(name, kb=kb)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs "
              "that carry none; relative dates resolve against it.")
@ACTORS_OPTION
@MODEL_OPTION
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Drop events below this (calibrated) confidence.")
def extract(paths: tuple[str, ...], published: dt.date | None, actor_files: tuple[str, ...],
            model: str, fmt: str, min_confidence: float) -> None:
    """Code PATHS (files, folders, JSONL, '-' for stdin) and print events; stores nothing.

    One event per line in the output contract (docs/output-contract.md). Rejected inputs
    are listed on stderr with their reason; the rest are still coded.
    """
    from accord.ingest import read_inputs
    from accord.records import Article, Rejection

    coder = _coder(actor_files, model)
    rejected: list[Rejection] = []

    def articles() -> Iterable[Article]:
        for item in read_inputs(paths, published=published):
            if isinstance(item, Rejection):
                rejected.append(item)
                _err(f"rejected {item.source}: {item.reason}: {item.detail}")
            else:
                yield item

    coded = 0

    def rows() -> Iterable[dict[str, Any]]:
        nonlocal coded
        for c in coder.code_articles(articles()):
            coded += 1
            yield from (e.to_row() for e in c.events if e.confidence >= min_confidence)

    emit(rows(), fmt)
    if rejected and not coded:
        sys.exit(3)  # nothing was readable


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
def ingest(paths: tuple[str, ...], db: str, published: dt.date | None, batch_size: int,
           wait: float, verbose: bool, actor_files: tuple[str, ...], model: str) -> None:
    """Code PATHS and store articles and events in the database.

    Each batch commits on its own; an interrupted ingest keeps every finished batch and a
    re-run completes it. Articles already stored (same id or same text) are skipped.
    Rejected inputs are stored too: list them with `accord rejects`.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.batch import ingest as run_ingest
    from accord.store import Store

    coder = _coder(actor_files, model)
    batches = 0
    with Store(db, wait=wait) as store, Progress(
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
                             progress=progress)
        totals = store.counts()
    _err(f"ingested {summary.articles} articles ({summary.sentences} sentences), "
         f"{summary.events} events; skipped {summary.duplicates} already stored; "
         f"rejected {len(summary.rejected)}")
    for r in summary.rejected:
        _err(f"  rejected {r.source}: {r.reason}: {r.detail}")
    _err(f"{db}: {totals['articles']} articles, {totals['events']} events, "
         f"{totals['rejects']} rejected inputs in total")


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--country", help="Events with this country (ISO alpha-3 or bloc) on either side.")
@click.option("--dyad", nargs=2, help="Events between two countries, either direction.")
@click.option("--root", help="CAMEO code prefix, e.g. 05 or 057.")
@click.option("--status", type=click.Choice(["occurred", "intended", "negated", "hedged"]))
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


@cli.command()
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--apply", is_flag=True, help="Replace the stored events (default: report only).")
@ACTORS_OPTION
def recode(db: str, apply: bool, actor_files: tuple[str, ...]) -> None:
    """Re-code stored articles with the current coder and report the difference (events
    added, removed, changed); with --apply, store the new coding. Stored events keep the
    coder version that made them until then."""
    from accord.recode import recode as run_recode
    from accord.store import Store

    coder = _coder(actor_files)
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
@click.option("--status", type=click.Choice(["occurred", "intended", "negated", "hedged"]))
@click.option("--min-confidence", type=float)
@click.option("--no-text", is_flag=True, help="Leave out sentences and quoted words.")
@click.option("--all-statuses", is_flag=True,
              help="gdelt: include intended, negated and hedged events (default occurred only).")
@click.option("--petrarch-compat", is_flag=True,
              help="gdelt: code negated cooperation as rejection (12), like PETRARCH-era data.")
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


@cli.command()
@click.argument("a")
@click.argument("b")
@relations_options
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False), help="Write a chart (.png or .svg).")
@click.option("--explain", is_flag=True, help="List the events behind each figure.")
def dyad(a: str, b: str, db: str, since: str | None, until: str | None, axis: str, fmt: str,
         by: str, plot: str | None, explain: bool) -> None:
    """How the relationship between A and B moves: occurred events by quad class and root,
    Goldstein scores, a cooperation–conflict index over time against the dyad's own
    baseline, intended/negated/hedged events beside, agreements, sanctions and top events."""
    from accord.analysis.ledgers import agreements, sanctions
    from accord.analysis.relations import dyad_profile
    from accord.analysis.render import plot_dyad, sparkline
    from accord.store import Store

    with Store(db, read_only=True) as store:
        prof = dyad_profile(_query(store, since, until, axis), a, b, by)
        evs = list(store.events(dyad=(a, b), since=since, until=until))
    prof["agreements"] = [x.row() for x in agreements(evs)]
    prof["sanctions"] = [x.row() for x in sanctions(evs)]
    if plot:
        plot_dyad(prof, plot)
        _err(f"chart written to {plot}")
    if fmt == "json":
        _json(prof)
        return
    rows = []
    for key, d in prof["directed"].items():
        q = d["by_quad"]
        rows.append({"direction": key, "occurred": d["occurred"], "verbal coop": q[1],
                     "material coop": q[2], "verbal conflict": q[3], "material conflict": q[4],
                     "goldstein sum": d["goldstein_sum"], "goldstein mean": d["goldstein_mean"],
                     "cci": d["cci"], "beside (not summed)": ", ".join(
                         f"{k} {v}" for k, v in sorted(d["other_status"].items())),
                     "event ids": " ".join(d["event_ids"]) if explain else ""})
    fields = ("direction", "occurred", "verbal coop", "material coop", "verbal conflict",
              "material conflict", "goldstein sum", "goldstein mean", "cci",
              "beside (not summed)") + (("event ids",) if explain else ())
    emit(rows, "csv" if fmt == "csv" else "table", fields)
    if fmt == "csv":
        return
    series = prof["series"]
    click.echo(f"cooperation–conflict index by {by} ({len(series)} periods, "
               f"{series[0]['period'] if series else '-'} .. "
               f"{series[-1]['period'] if series else '-'}): "
               f"{sparkline([p['cci'] for p in series])}  baseline {prof['baseline_cci']}, "
               f"latest {prof['latest_cci']}")
    click.echo(f"news volume: {sum(p['articles'] for p in series)} articles")
    for x in prof["agreements"]:
        click.echo(f"agreement: {' '.join(x['parties'])} {x['kind']} — {x['status']} "
                   f"{x['steps']}  evidence {' '.join(x['evidence'])}")
    for x in prof["sanctions"]:
        click.echo(f"sanctions: {x['imposer']} on {x['target']} — {x['status']} since "
                   f"{x['start']}  evidence {' '.join(x['evidence'])}")
    click.echo("top events:")
    for t in prof["top_events"]:
        click.echo(f"  {t['date']} {t['source']} {t['cameo']} {t['target']} {t['status']} "
                   f"[{t['event_id']}] {t['sentence'][:110]}")


@cli.command()
@click.argument("code")
@relations_options
@click.option("--plot", type=click.Path(dir_okay=False), help="Write a chart (.png or .svg).")
@click.option("--explain", is_flag=True, help="List the events behind each score.")
def country(code: str, db: str, since: str | None, until: str | None, axis: str, fmt: str,
            plot: str | None, explain: bool) -> None:
    """Partners and adversaries of a country, ranked by the net Goldstein score of occurred
    events in both directions, with a trend (last 90 days against the days before), and the
    organisations and blocs it deals with."""
    from accord.actors.kb import default_kb
    from accord.analysis.relations import country_profile
    from accord.analysis.render import plot_country
    from accord.store import Store

    states = set(default_kb().countries)
    with Store(db, read_only=True) as store:
        q = _query(store, since, until, axis)
        others = {r[0] for r in q.run("SELECT DISTINCT tgt FROM {EV} WHERE true{WINDOW}", [])}
        prof = country_profile(q, code, blocs=frozenset(others - states))
    if plot:
        plot_country(prof, plot)
        _err(f"chart written to {plot}")
    if fmt == "json":
        _json(prof)
        return
    rows = [{"role": role, **{k: (" ".join(v) if isinstance(v, list) else v)
                              for k, v in r.items() if explain or k != "event_ids"}}
            for role in ("partners", "adversaries", "organisations") for r in prof[role]]
    emit(rows, "csv" if fmt == "csv" else "table",
         ("role", "counterpart", "score", "trend", "events", "coop", "conflict")
         + (("event_ids",) if explain else ()))


@cli.command(name="network")
@relations_options
@click.option("--min-events", default=1, show_default=True)
@click.option("--out", type=click.Path(dir_okay=False),
              help="Write the graph: .graphml or .gexf (Gephi) or .json (web).")
@click.option("--explain", is_flag=True, help="List the events behind each tie.")
def network_cmd(db: str, since: str | None, until: str | None, axis: str, fmt: str,
                min_events: int, out: str | None, explain: bool) -> None:
    """The alignment network: a signed graph of states (cooperation +, conflict −), blocs
    by community detection on cooperative ties, triads and structural balance, and pairs
    that share partners or adversaries."""
    from accord.analysis.relations import network
    from accord.store import Store

    with Store(db, read_only=True) as store:
        net = network(_query(store, since, until, axis), min_events, explain)
    if out:
        _write_graph(net, out)
        _err(f"graph written to {out}")
    if fmt == "json":
        _json(net)
        return
    click.echo(f"{len(net['nodes'])} actors, {len(net['edges'])} ties; "
               f"{net['triangles']} triads, balanced share {net['balanced_share']}")
    for i, bloc in enumerate(net["blocs"], 1):
        if len(bloc) > 1:
            click.echo(f"bloc {i}: {' '.join(bloc)}")
    emit([{**e, "event_ids": " ".join(e.get("event_ids", []))} for e in net["edges"]],
         "csv" if fmt == "csv" else "table",
         ("a", "b", "events", "weight") + (("event_ids",) if explain else ()))
    for sh in net["shared"][:20]:
        bits = []
        if sh["shared_partners"]:
            bits.append("both tied to " + ", ".join(sh["shared_partners"]))
        if sh["shared_adversaries"]:
            bits.append("both opposed by " + ", ".join(sh["shared_adversaries"]))
        click.echo(f"{sh['pair'][0]} and {sh['pair'][1]}: {'; '.join(bits)}")


def _write_graph(net: dict[str, Any], out: str) -> None:
    import networkx as nx

    g = nx.Graph()
    bloc_of = {n: i for i, b in enumerate(net["blocs"]) for n in b}
    for n in net["nodes"]:
        g.add_node(n, bloc=bloc_of.get(n, -1))
    for e in net["edges"]:
        g.add_edge(e["a"], e["b"], weight=e["weight"], events=e["events"],
                   sign=1 if e["weight"] >= 0 else -1)
    if out.endswith(".graphml"):
        nx.write_graphml(g, out)
    elif out.endswith(".gexf"):
        nx.write_gexf(g, out)
    elif out.endswith(".json"):
        with open(out, "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(g, edges="links"), f)
    else:
        raise click.BadParameter("--out must end in .graphml, .gexf or .json")


@cli.command(name="alerts")
@relations_options
@click.option("--window", default="7d", show_default=True, help="Recent window, in days (7d).")
@click.option("--baseline", default="90d", show_default=True, help="Baseline before it (90d).")
@click.option("--at", "at", help="End of the window (default: the latest event).")
def alerts_cmd(db: str, since: str | None, until: str | None, axis: str, fmt: str,
               window: str, baseline: str, at: str | None) -> None:
    """Dyads whose conflict share in the recent window departs from their own baseline
    (two-proportion z-test, |z| ≥ 2.58); shares are normalised by news volume. Also new
    agreements and sanctions in the window."""
    from accord.analysis.ledgers import agreements, sanctions
    from accord.analysis.relations import alerts, last_day
    from accord.store import Store

    def days(v: str) -> int:
        if not v.rstrip("d").isdigit():
            raise click.BadParameter(f"{v!r}: give days, e.g. 7d")
        return int(v.rstrip("d"))

    try:
        end = dt.date.fromisoformat(at) if at else None
    except ValueError:
        raise click.BadParameter(f"{at!r} is not a date (YYYY-MM-DD)") from None
    with Store(db, read_only=True) as store:
        q = _query(store, since, until, axis)
        end = end or last_day(q)
        found = alerts(q, days(window), days(baseline), until=end)
        start = (end - dt.timedelta(days=days(window))).isoformat() if end else None
        evs = list(store.events(since=start)) if start else []
    if fmt == "json":
        _json({"alerts": found, "agreements": [a.row() for a in agreements(evs)],
               "sanctions": [s.row() for s in sanctions(evs)]})
        return
    emit([{**a, "dyad": " ".join(a["dyad"]), "event_ids": " ".join(a["event_ids"][:8])}
          for a in found], "csv" if fmt == "csv" else "table",
         ("dyad", "direction", "z", "window_events", "window_conflict_share",
          "baseline_events", "baseline_conflict_share", "window_articles", "event_ids"))
    if fmt == "table":
        for ag in agreements(evs):
            click.echo(f"agreement since {start}: {' '.join(ag.parties)} {ag.kind} — "
                       f"{ag.status}  evidence {' '.join(ag.evidence)}")
        for sa in sanctions(evs):
            click.echo(f"sanctions since {start}: {sa.imposer} on {sa.target} — {sa.status}  "
                       f"evidence {' '.join(sa.evidence)}")


@cli.command(name="volume")
@relations_options
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True)
@click.option("--country", help="Only this country.")
def volume_cmd(db: str, since: str | None, until: str | None, axis: str, fmt: str, by: str,
               country: str | None) -> None:
    """News volume behind the figures: articles and outlets per period and country."""
    from accord.analysis.relations import volume
    from accord.store import Store

    with Store(db, read_only=True) as store:
        rows = [r for r in volume(_query(store, since, until, axis), by)
                if country is None or r["country"] == country]
    if fmt == "json":
        for r in rows:
            _json(r)
        return
    emit(rows, "csv" if fmt == "csv" else "table", ("period", "country", "articles", "outlets"))


@cli.command(name="panel")
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--unit", type=click.Choice(["dyad-month", "country-month"]), required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="File to write (.parquet or .csv).")
@click.option("--since")
@click.option("--until")
@click.option("--axis", type=click.Choice(["event", "report"]), default="event")
def panel_cmd(db: str, unit: str, out: str, since: str | None, until: str | None,
              axis: str) -> None:
    """A balanced panel (zero rows kept) for statistical modelling, as Parquet or CSV."""
    from accord.analysis.relations import panel
    from accord.store import Store

    fmt = "csv" if out.endswith(".csv") else "parquet"
    with Store(db, read_only=True) as store:
        n = panel(_query(store, since, until, axis), unit, out, fmt)
    _err(f"wrote {n} rows to {out}")


LEDGER_FORMATS = VIEW_FORMATS


def _ledger_rows(rows: list[dict[str, Any]], fmt: str, fields: tuple[str, ...]) -> None:
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    flat = [{k: (", ".join(f"{a}={b}" for a, b in v.items() if b not in (None, "unknown"))
                 if isinstance(v, dict) else " ".join(v) if isinstance(v, list) else v)
             for k, v in r.items()} for r in rows]
    emit(flat, "csv" if fmt == "csv" else "table", fields)


@cli.group()
def ledger() -> None:
    """Agreements and sanctions derived from the stored events, with their evidence."""


@ledger.command(name="agreements")
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--party", help="Only agreements with this party (ISO alpha-3).")
@click.option("--news-only", is_flag=True, help="Leave out seeded agreements (ATOP).")
@click.option("--format", "fmt", type=LEDGER_FORMATS, default="table", show_default=True)
def ledger_agreements(db: str, party: str | None, news_only: bool, fmt: str) -> None:
    """Agreements: parties, kind, lifecycle status with dates, obligations, evidence ids.

    Evidence ids lead to the events and sentences: `accord events --id ID`.
    """
    from accord.analysis.ledgers import agreements
    from accord.store import Store

    with Store(db, read_only=True) as store:
        rows = [a.row() for a in agreements(store.events(country=party))
                if party is None or party in a.parties]
        if not news_only:
            rows += store.agreement_seeds(party)
    _ledger_rows(rows, fmt, ("parties", "kind", "name", "status", "steps", "obligations",
                             "source", "evidence"))


@ledger.command(name="sanctions")
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--target", help="Only sanctions on this target.")
@click.option("--imposer", help="Only sanctions by this imposer.")
@click.option("--format", "fmt", type=LEDGER_FORMATS, default="table", show_default=True)
def ledger_sanctions(db: str, target: str | None, imposer: str | None, fmt: str) -> None:
    """Sanctions: imposer, target, scope, status (imposed/threatened/lifted), dates, evidence."""
    from accord.analysis.ledgers import sanctions
    from accord.store import Store

    with Store(db, read_only=True) as store:
        rows = [s.row() for s in sanctions(store.events(country=target or imposer))
                if (target is None or s.target == target)
                and (imposer is None or s.imposer == imposer)]
    _ledger_rows(rows, fmt, ("imposer", "target", "scope", "status", "start", "end",
                             "evidence"))


@ledger.command(name="seed-atop")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", default="accord.duckdb", show_default=True)
def ledger_seed_atop(path: str, db: str) -> None:
    """Seed the agreements ledger with the ATOP v4 alliance table (Leeds et al. 2002).

    PATH is ATOP's alliance-level CSV (members as COW codes, mapped to ISO with the packaged
    country table). Seeded rows are marked with their source; re-seeding replaces them.
    """
    from accord.actors.kb import load_kb
    from accord.analysis.ledgers import atop_agreements
    from accord.store import Store

    cow = {c.cow: c.iso3 for c in load_kb().countries.values() if c.cow is not None}
    rows = [a.row() for a in atop_agreements(path, cow)]
    with Store(db) as store:
        n = store.seed_agreements(rows)
    _err(f"seeded {n} ATOP alliances into {db}")


@cli.command(name="eval")
@click.option("--gold", default="../shared/data/gold/us-government-news.gold.jsonl",
              show_default=True, help="Gold events (ANNOTATION.md format).")
@click.option("--articles", default=None,
              help="Articles the gold annotates (JSONL); default: the bundled sample corpus.")
@click.option("--scorer", default="../shared/tools/score_events.py", show_default=True,
              help="The scoring script (tools/score_events.py of the shared data).")
@click.option("--out", default="out/eval", show_default=True, help="Folder for system output.")
@click.option("--plover", default="../shared/data/gold/plover_gsr_cameo.jsonl",
              show_default=True, help="PLOVER gold-standard records.")
@click.option("--cameo", "cameo_path", default="../shared/data/cameo/cameo_codes.tsv",
              show_default=True, help="CAMEO code table with the codebook's example sentences.")
@click.option("--only", "only", multiple=True,
              type=click.Choice(["actors", "cameo", "clusters", "plover", "real-news"]),
              help="Run only these evaluations (repeatable); default: all.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of accuracy floors; exit 1 when a measured figure is below one.")
@MODEL_OPTION
def eval_cmd(gold: str, articles: str | None, scorer: str, out: str, plover: str,
             cameo_path: str, only: tuple[str, ...], floors: str | None, model: str) -> None:
    """Score the coder: actor resolution (packaged test set and false friends), the PLOVER
    gold-standard records (event type; source-target-type) and the real-news gold (through
    the shared scorer, last line F1/recall/precision)."""
    from pathlib import Path

    from accord.evaluate import run_actor_eval, run_eval, run_plover_eval
    from accord.knowledge.tsv import packaged
    from accord.nlp import MODELS

    model = MODELS.get(model, model)
    sets = set(only or ("actors", "cameo", "clusters", "plover", "real-news"))
    measured: dict[str, float] = {}
    if "cameo" in sets:
        from accord.evaluate import run_cameo_examples

        ce = run_cameo_examples(cameo_path, model)
        measured["cameo_root_accuracy"] = ce.root_ok / max(ce.examples, 1)
        click.echo(ce.report())
        click.echo()
    if "clusters" in sets:
        from accord.evaluate import run_cluster_eval

        seed = Path(gold).parents[2] / "seed" / "000_2d0c6eb997aae864.txt"
        cl = run_cluster_eval(packaged("eval", "cluster_pairs.tsv"), seed=seed, model=model)
        measured.update(clusters_bcubed_precision=cl.bcubed_p, clusters_bcubed_f1=cl.bcubed_f1)
        click.echo(cl.report())
        click.echo()
    if "actors" in sets:
        ac = run_actor_eval(packaged("eval", "actors.tsv"), packaged("eval", "false_friends.tsv"),
                            model)
        measured.update(actors_country=ac.country_ok / ac.phrases,
                        actors_sector=ac.sector_ok / ac.phrases,
                        false_friends=ac.friends_avoided / max(ac.friends, 1))
        click.echo(ac.report())
        click.echo()
    if "plover" in sets:
        pl = run_plover_eval(plover, model)
        measured.update(plover_type_f1=pl.f1(pl.type_p, pl.type_r),
                        plover_dyad_f1=pl.f1(pl.dyad_p, pl.dyad_r))
        click.echo(pl.report())
        click.echo()
    if "real-news" in sets:
        result = run_eval(gold=gold, articles=articles, scorer=scorer, out=out, model=model)
        click.echo(result.report)
        _err(f"system events: {result.system_path}")
        measured.update(result.figures)
        from accord.evaluate import expected_calibration_error, miss_causes

        ece, n_ece = expected_calibration_error(gold, model=model)
        measured["real_news_ece"] = ece
        click.echo(f"confidence calibration: ECE {ece:.3f} over {n_ece} events in annotated "
                   "sentences (calibration fitted on this set: in-sample)")

        causes, listing = miss_causes(gold, articles, model)
        click.echo("required gold events missed or mis-statused, by cause: " + ", ".join(
            f"{k} {v}" for k, v in sorted(causes.items(), key=lambda kv: -kv[1])))
        misses_path = Path(out) / "misses.txt"
        misses_path.write_text("\n".join(listing) + "\n", encoding="utf-8")
        _err(f"each miss with its cause: {misses_path}")
    if floors:
        _check_floors(floors, measured)


def _check_floors(path: str, measured: dict[str, float]) -> None:
    """Compare measured figures with the floors file; a drop below a floor fails."""
    import tomllib

    with open(path, "rb") as f:
        wanted = tomllib.load(f).get("floors", {})
    failed = []
    click.echo("\nfloors:")
    for name, floor in sorted(wanted.items()):
        if name not in measured:
            continue
        # figures named *_ece are errors: their "floor" is a ceiling
        ok = measured[name] - 1e-9 <= floor if name.endswith("_ece") else \
            measured[name] + 1e-9 >= floor
        sign = ("<=" if ok else ">") if name.endswith("_ece") else (">=" if ok else "<")
        click.echo(f"  {name:28} {measured[name]:.3f} {sign} {floor:.3f}"
                   f"{'' if ok else '   BELOW FLOOR'}")
        if not ok:
            failed.append(name)
    if failed:
        _err(f"accuracy below its floor: {', '.join(failed)}")
        sys.exit(1)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
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
