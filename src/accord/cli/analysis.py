"""Relations and ledgers: dyad, country, network, alerts, volume, panel, ledger."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from accord.cli.base import (
    VIEW_FORMATS,
    _err,
    _json,
    _ledger_rows,
    _query,
    cli,
    emit,
    relations_options,
)


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
    from accord.analysis.render import plot_dyad, sparkline
    from accord.analysis.views import dyad_view
    from accord.store import Store

    with Store(db, read_only=True) as store:
        prof = dyad_view(store, a, b, since=since, until=until, axis=axis, by=by)
    if _chart_or_json(prof, plot, plot_dyad, fmt):
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
    from accord.analysis.render import plot_country
    from accord.analysis.views import country_view
    from accord.store import Store

    with Store(db, read_only=True) as store:
        prof = country_view(store, code, since=since, until=until, axis=axis)
    if _chart_or_json(prof, plot, plot_country, fmt):
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


@cli.group()
def ledger() -> None:
    """Agreements and sanctions derived from the stored events, with their evidence."""


@ledger.command(name="agreements")
@click.option("--db", default="accord.duckdb", show_default=True)
@click.option("--party", help="Only agreements with this party (ISO alpha-3).")
@click.option("--news-only", is_flag=True, help="Leave out seeded agreements (ATOP).")
@click.option("--format", "fmt", type=VIEW_FORMATS, default="table", show_default=True)
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
@click.option("--format", "fmt", type=VIEW_FORMATS, default="table", show_default=True)
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


def _chart_or_json(prof: dict[str, Any], plot: str | None, draw: Any, fmt: str) -> bool:
    """Write the chart when asked; print JSON and say so (the caller then stops)."""
    if plot:
        draw(prof, plot)
        _err(f"chart written to {plot}")
    if fmt == "json":
        _json(prof)
        return True
    return False

