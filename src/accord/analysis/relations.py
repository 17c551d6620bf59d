"""Relations between states from stored events: dyad and country profiles, the alignment
network, alerts, and panels for statistical modelling.

Conventions (docs/analysis.md): aggregates count *occurred* events; intended, negated and
hedged events are reported beside them, never summed in. Background events count at their
own date. The time axis is the event date (falling back to the publication date when the
text gives none) or, with axis="report", the publication date. Every figure carries the
event ids or counts behind it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import duckdb

from accord.errors import QueryError

PERIODS = ("day", "week", "month", "year")


def _events_sql(axis: str) -> str:
    if axis not in ("event", "report"):
        raise QueryError(f"axis must be 'event' or 'report', got {axis!r}")
    event_day = ("CAST(CASE length(coalesce(event_date, '')) WHEN 4 THEN event_date || '-01-01' "
                 "WHEN 7 THEN event_date || '-01' WHEN 10 THEN event_date "
                 "ELSE CAST(published AS VARCHAR) END AS DATE)")
    day = event_day if axis == "event" else "published"
    return (f"(SELECT event_id, source_country AS src, target_country AS tgt, cameo, "
            f"cameo_root AS root, quad_class AS quad, goldstein, status, background, doc_id, "
            f"outlet, sentence, {day} AS day FROM events WHERE target_country IS NOT NULL "
            f"AND source_country <> target_country)")


def _window(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, args = [], []
    for op, val in ((">=", since), ("<=", until)):
        if val:
            try:
                day = dt.date.fromisoformat(val if len(val) == 10 else
                                            (val + "-01-01")[:10] if len(val) == 4 else
                                            val + "-01")
            except ValueError:
                raise QueryError(f"{val!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") \
                    from None
            where.append(f"day {op} ?")
            args.append(day)
    return (" AND " + " AND ".join(where)) if where else "", args


def cci(coop: int, conflict: int) -> float | None:
    """Cooperation–conflict index: (cooperative − conflictual) / all occurred events, in
    [−1, 1]; None without events."""
    total = coop + conflict
    return None if total == 0 else round((coop - conflict) / total, 3)


@dataclass(frozen=True)
class Query:
    con: duckdb.DuckDBPyConnection
    since: str | None = None
    until: str | None = None
    axis: str = "event"

    def run(self, sql: str, args: list[Any]) -> list[tuple[Any, ...]]:
        where, wargs = _window(self.since, self.until)
        sql = sql.replace("{EV}", _events_sql(self.axis)).replace("{WINDOW}", where)
        return self.con.execute(sql, args + wargs).fetchall()


def dyad_profile(q: Query, a: str, b: str, by: str = "month", top: int = 10) -> dict[str, Any]:
    """Everything between two actors, directed (A→B, B→A) and undirected."""
    if by not in PERIODS:
        raise QueryError(f"--by must be one of {', '.join(PERIODS)}")
    rows = q.run("SELECT src, tgt, status, quad, root, count(*), sum(goldstein), "
                 "list(event_id) FROM {EV} WHERE ((src = ? AND tgt = ?) OR (src = ? AND tgt = ?))"
                 "{WINDOW} GROUP BY ALL", [a, b, b, a])
    directed: dict[str, dict[str, Any]] = {}
    for key in (f"{a}->{b}", f"{b}->{a}", "both"):
        directed[key] = {"occurred": 0, "by_quad": {1: 0, 2: 0, 3: 0, 4: 0}, "by_root": {},
                         "goldstein_sum": 0.0, "other_status": {}, "event_ids": []}
    for src, _tgt, status, quad, root, n, gsum, ids in rows:
        for key in (f"{src}->{_tgt}", "both"):
            d = directed[key]
            if status == "occurred":
                d["occurred"] += n
                d["by_quad"][quad] += n
                d["by_root"][root] = d["by_root"].get(root, 0) + n
                d["goldstein_sum"] = round(d["goldstein_sum"] + gsum, 2)
                d["event_ids"] += list(ids)
            else:
                d["other_status"][status] = d["other_status"].get(status, 0) + n
    for d in directed.values():
        d["goldstein_mean"] = round(d["goldstein_sum"] / d["occurred"], 2) if d["occurred"] \
            else None
        d["cci"] = cci(d["by_quad"][1] + d["by_quad"][2], d["by_quad"][3] + d["by_quad"][4])
    series = q.run(f"SELECT CAST(date_trunc('{by}', day) AS DATE) AS p, "
                   "count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3), "
                   "sum(goldstein), count(DISTINCT doc_id), count(DISTINCT outlet), "
                   "list(event_id) FROM {EV} WHERE status = 'occurred' AND "
                   "((src = ? AND tgt = ?) OR (src = ? AND tgt = ?)){WINDOW} "
                   "GROUP BY p ORDER BY p", [a, b, b, a])
    periods = [{"period": p.isoformat() if p else None, "coop": c, "conflict": k,
                "goldstein_sum": round(g or 0.0, 2), "cci": cci(c, k), "articles": na,
                "outlets": no, "event_ids": list(ids)}
               for p, c, k, g, na, no, ids in series]
    known = [p["cci"] for p in periods if p["cci"] is not None]
    baseline = round(sum(known) / len(known), 3) if known else None
    top_rows = q.run("SELECT event_id, src, tgt, cameo, goldstein, status, day, sentence "
                     "FROM {EV} WHERE ((src = ? AND tgt = ?) OR (src = ? AND tgt = ?)){WINDOW} "
                     "ORDER BY abs(goldstein) DESC, day DESC, event_id LIMIT ?",
                     [a, b, b, a, top])
    return {
        "dyad": [a, b], "directed": directed, "series": periods,
        "baseline_cci": baseline,
        "latest_cci": periods[-1]["cci"] if periods else None,
        "top_events": [{"event_id": r[0], "source": r[1], "target": r[2], "cameo": r[3],
                        "goldstein": r[4], "status": r[5],
                        "date": r[6].isoformat() if r[6] else None, "sentence": r[7]}
                       for r in top_rows],
    }


def country_profile(q: Query, country: str, recent_days: int = 90,
                    blocs: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Partners and adversaries of a country ranked by net Goldstein score of occurred
    events (both directions), with a trend: the last `recent_days` against the days before."""
    rows = q.run("SELECT CASE WHEN src = ? THEN tgt ELSE src END AS other, day, goldstein, "
                 "quad, event_id FROM {EV} WHERE status = 'occurred' AND (src = ? OR tgt = ?)"
                 "{WINDOW}", [country, country, country])
    if not rows:
        return {"country": country, "partners": [], "adversaries": [], "organisations": []}
    last = max(r[1] for r in rows if r[1] is not None)
    cut = last - dt.timedelta(days=recent_days)
    agg: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "events": 0, "score": 0.0, "coop": 0, "conflict": 0, "recent": 0.0, "earlier": 0.0,
        "event_ids": []})
    for other, day, g, quad, eid in rows:
        a = agg[other]
        a["events"] += 1
        a["score"] += g
        a["coop" if quad <= 2 else "conflict"] += 1
        a["recent" if day is not None and day > cut else "earlier"] += g
        a["event_ids"].append(eid)
    out = []
    for other, a in agg.items():
        trend = "↑" if a["recent"] > a["earlier"] / 2 + 1 else \
            "↓" if a["recent"] < a["earlier"] / 2 - 1 else "→"
        out.append({"counterpart": other, "score": round(a["score"], 2), "events": a["events"],
                    "coop": a["coop"], "conflict": a["conflict"], "trend": trend,
                    "event_ids": a["event_ids"]})
    out.sort(key=lambda r: (-abs(r["score"]), r["counterpart"]))
    return {
        "country": country,
        "partners": [r for r in out if r["score"] > 0 and r["counterpart"] not in blocs],
        "adversaries": [r for r in out if r["score"] < 0 and r["counterpart"] not in blocs],
        "organisations": [r for r in out if r["counterpart"] in blocs],
    }


def edges(q: Query, min_events: int = 1, explain: bool = False) -> list[dict[str, Any]]:
    """Undirected signed edges: weight = net Goldstein of occurred events between the two.
    With `explain`, each edge lists its event ids (else `accord events --dyad A B` finds them)."""
    ids = ", list(event_id)" if explain else ""
    rows = q.run("SELECT least(src, tgt) AS a, greatest(src, tgt) AS b, count(*), "
                 f"sum(goldstein){ids} FROM {{EV}} WHERE status = 'occurred'{{WINDOW}} "
                 "GROUP BY ALL HAVING count(*) >= ? ORDER BY a, b", [min_events])
    out = []
    for r in rows:
        e = {"a": r[0], "b": r[1], "events": r[2], "weight": round(r[3], 2)}
        if explain:
            e["event_ids"] = list(r[4])
        out.append(e)
    return out


def network(q: Query, min_events: int = 1, explain: bool = False, max_triads: int = 500,
            max_pairs: int = 50) -> dict[str, Any]:
    """The alignment network: signed weighted graph, blocs by community detection on the
    cooperative edges, structural balance of its triads, and the pairs that share the most
    partners or adversaries."""
    import networkx as nx
    import numpy as np

    es = edges(q, min_events, explain)
    g = nx.Graph()
    for e in es:
        g.add_edge(e["a"], e["b"], weight=e["weight"], events=e["events"])
    pos = nx.Graph()
    pos.add_nodes_from(g)
    pos.add_edges_from((a, b, d) for a, b, d in g.edges(data=True) if d["weight"] > 0)
    communities = nx.community.greedy_modularity_communities(pos, weight="weight") \
        if pos.number_of_edges() else [{n} for n in g]
    blocs = [sorted(c) for c in sorted(communities, key=lambda c: (-len(c), sorted(c)))]
    nodes = sorted(g)
    index = {n: i for i, n in enumerate(nodes)}
    sign = np.zeros((len(nodes), len(nodes)))
    for e in es:
        a, b = index[e["a"]], index[e["b"]]
        sign[a, b] = sign[b, a] = 1.0 if e["weight"] > 0 else -1.0 if e["weight"] < 0 else 0.0
    adj = (sign != 0).astype(float)
    # triangles and balanced triangles (product of signs > 0), by matrix powers
    n_tri = int(round(np.trace(adj @ adj @ adj) / 6))
    prod = np.trace(sign @ sign @ sign) / 6
    balanced = int(round((n_tri + prod) / 2))
    triads = []
    if n_tri <= max_triads:
        for x, y, z in _triangles(g):
            s3 = sign[index[x], index[y]] * sign[index[y], index[z]] * sign[index[x], index[z]]
            triads.append({"nodes": [x, y, z], "balanced": bool(s3 > 0)})
    friends, foes = (sign > 0).astype(float), (sign < 0).astype(float)
    both_f, both_a = friends @ friends, foes @ foes
    np.fill_diagonal(both_f, 0)
    np.fill_diagonal(both_a, 0)
    score = both_a * 1000 + both_f
    pairs = [(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(score)), strict=True)]
    pairs.sort(key=lambda ij: (-score[ij], nodes[ij[0]], nodes[ij[1]]))
    shared = []
    for i, j in pairs[:max_pairs]:
        shared.append({"pair": [nodes[i], nodes[j]],
                       "shared_partners": [nodes[k] for k in np.nonzero(
                           friends[i] * friends[j])[0]],
                       "shared_adversaries": [nodes[k] for k in np.nonzero(
                           foes[i] * foes[j])[0]]})
    return {"nodes": nodes, "edges": es, "blocs": blocs, "triads": triads,
            "triangles": n_tri, "balanced_triangles": balanced,
            "balanced_share": round(balanced / n_tri, 3) if n_tri else None,
            "shared": shared}


def _triangles(g: Any) -> list[tuple[str, str, str]]:
    out = []
    for a in sorted(g):
        for b in sorted(n for n in g[a] if n > a):
            for c in sorted(n for n in g[b] if n > b):
                if c in g[a]:
                    out.append((a, b, c))
    return out


def alerts(q: Query, window_days: int = 7, baseline_days: int = 90, z: float = 2.58,
           min_events: int = 3, until: dt.date | None = None) -> list[dict[str, Any]]:
    """Dyads whose share of conflictual events in the last `window_days` departs from their
    own share in the `baseline_days` before, by a two-proportion z-test (|z| ≥ 2.58, p < .01).
    Shares, not counts: a burst of coverage alone changes counts, not the share."""
    end = until or last_day(q)
    if end is None:
        return []
    w0 = end - dt.timedelta(days=window_days)
    b0 = w0 - dt.timedelta(days=baseline_days)
    rows = q.run("SELECT least(src, tgt), greatest(src, tgt), day > ? AS recent, "
                 "count(*), count(*) FILTER (WHERE quad >= 3), list(event_id), "
                 "count(DISTINCT doc_id) FROM {EV} WHERE status = 'occurred' AND day > ? "
                 "AND day <= ?{WINDOW} GROUP BY ALL", [w0, b0, end])
    stats: dict[tuple[str, str], dict[bool, tuple[int, int, list[str], int]]] = \
        defaultdict(dict)
    for a, b, recent, n, k, ids, arts in rows:
        stats[(a, b)][bool(recent)] = (n, k, list(ids), arts)
    out = []
    for (a, b), s in stats.items():
        if True not in s or False not in s:
            continue
        (nw, kw, ids, aw), (nb, kb, _, ab) = s[True], s[False]
        if nw < min_events:
            continue
        p = (kw + kb) / (nw + nb)
        se = math.sqrt(p * (1 - p) * (1 / nw + 1 / nb)) if 0 < p < 1 else 0.0
        if se == 0.0:
            continue
        score = (kw / nw - kb / nb) / se
        if abs(score) >= z:
            out.append({"dyad": [a, b], "direction": "conflict" if score > 0 else "cooperation",
                        "z": round(score, 2), "window_events": nw, "window_conflict_share":
                        round(kw / nw, 3), "baseline_events": nb,
                        "baseline_conflict_share": round(kb / nb, 3), "window_articles": aw,
                        "baseline_articles": ab, "event_ids": ids,
                        "window": [w0.isoformat(), end.isoformat()]})
    return sorted(out, key=lambda r: -abs(r["z"]))


def last_day(q: Query) -> dt.date | None:
    rows = q.run("SELECT max(day) FROM {EV} WHERE true{WINDOW}", [])
    return rows[0][0] if rows else None


def volume(q: Query, by: str = "day") -> list[dict[str, Any]]:
    """News volume behind the figures: articles and outlets per period and country."""
    rows = q.run(f"SELECT CAST(date_trunc('{by}', day) AS DATE) AS p, c, "
                 "count(DISTINCT doc_id), "
                 "count(DISTINCT outlet) FROM (SELECT day, doc_id, outlet, src AS c FROM {EV} "
                 "UNION ALL SELECT day, doc_id, outlet, tgt FROM {EV}) WHERE true{WINDOW} "
                 "GROUP BY ALL ORDER BY p, c", [])
    return [{"period": p.isoformat() if p else None, "country": c, "articles": n,
             "outlets": o} for p, c, n, o in rows]


def panel(q: Query, unit: str, out: str, fmt: str = "parquet") -> int:
    """A balanced panel (every unit × every month in range, zero rows kept) for statistical
    modelling: occurred events, cooperative and conflictual counts, Goldstein sum, articles;
    intended/negated/hedged counts beside. Written by DuckDB as Parquet or CSV."""
    if unit not in ("dyad-month", "country-month"):
        raise QueryError("--unit must be dyad-month or country-month")
    if fmt not in ("parquet", "csv"):
        raise QueryError("panel format must be parquet or csv")
    if unit == "dyad-month":
        keys, expand = "a, b", ("SELECT least(src, tgt) AS a, greatest(src, tgt) AS b, * "
                                "FROM ev")
    else:
        keys, expand = "c", ("SELECT src AS c, * FROM ev UNION ALL "
                             "SELECT tgt AS c, * FROM ev")
    sql = (f"CREATE OR REPLACE TEMP TABLE accord_panel AS "
           f"WITH ev AS (SELECT * FROM {{EV}} WHERE true{{WINDOW}}), "
           f"x AS ({expand}), "
           f"units AS (SELECT DISTINCT {keys} FROM x WHERE status = 'occurred'), "
           f"months AS (SELECT unnest(generate_series(date_trunc('month', min(day)), "
           f"date_trunc('month', max(day)), INTERVAL 1 MONTH)) AS month FROM ev), "
           f"agg AS (SELECT {keys}, date_trunc('month', day) AS month, "
           f"count(*) FILTER (WHERE status = 'occurred') AS events, "
           f"count(*) FILTER (WHERE status = 'occurred' AND quad <= 2) AS coop, "
           f"count(*) FILTER (WHERE status = 'occurred' AND quad >= 3) AS conflict, "
           f"coalesce(sum(goldstein) FILTER (WHERE status = 'occurred'), 0) AS goldstein_sum, "
           f"count(*) FILTER (WHERE status = 'intended') AS intended, "
           f"count(*) FILTER (WHERE status = 'negated') AS negated, "
           f"count(*) FILTER (WHERE status = 'hedged') AS hedged, "
           f"count(DISTINCT doc_id) AS articles FROM x GROUP BY ALL) "
           f"SELECT {keys}, CAST(month AS DATE) AS month, "
           f"coalesce(events, 0) AS events, coalesce(coop, 0) AS coop, "
           f"coalesce(conflict, 0) AS conflict, coalesce(goldstein_sum, 0) AS goldstein_sum, "
           f"coalesce(intended, 0) AS intended, coalesce(negated, 0) AS negated, "
           f"coalesce(hedged, 0) AS hedged, coalesce(articles, 0) AS articles "
           f"FROM units CROSS JOIN months LEFT JOIN agg USING ({keys}, month) "
           f"ORDER BY {keys}, month")
    q.run(sql, [])
    n = q.con.execute("SELECT count(*) FROM accord_panel").fetchone()
    target = out.replace("'", "''")
    q.con.execute(f"COPY accord_panel TO '{target}' (FORMAT {fmt.upper()})")
    return int(n[0]) if n else 0
