"""Relations analysis on built event sets with known answers."""

import datetime as dt
import json

import duckdb
import pytest
from click.testing import CliRunner

from accord.analysis.relations import Query, alerts, country_profile, dyad_profile, network
from accord.cli import cli
from accord.store import Store

ROOT_OF_QUAD = {1: ("040", 1.0), 2: ("062", 6.4), 3: ("111", -2.0), 4: ("190", -10.0)}


def add(con, rows):
    """rows: (id, src, tgt, quad, day, status)."""
    for i, (eid, s, t, quad, day, status) in enumerate(rows):
        code, g = ROOT_OF_QUAD[quad]
        con.execute(
            "INSERT INTO events (event_id, doc_id, sentence_index, sentence, source_code, "
            "source_country, target_code, target_country, cameo, cameo_root, quad_class, "
            "goldstein, status, background, event_date, date_precision, published, "
            "confidence) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 'day', ?, 0.8)",
            [eid, f"doc{i}", f"{s} and {t}", s, s, t, t, code, code[:2], quad, g, status,
             day.isoformat(), day])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r.duckdb") as s:
        yield s


def test_dyad_turning_to_conflict_raises_an_alert(store):
    start = dt.date(2025, 1, 1)
    rows = [(f"c{i}", "AAA", "BBB", 1 + i % 2, start + dt.timedelta(days=i), "occurred")
            for i in range(90)]
    rows += [(f"x{i}", "AAA", "BBB", 4, start + dt.timedelta(days=91 + i % 5), "occurred")
             for i in range(10)]
    # a steady dyad with a burst of coverage in the window: more events, same mix
    rows += [(f"s{i}", "CCC", "DDD", 1 if i % 4 else 3, start + dt.timedelta(days=i),
              "occurred") for i in range(90)]
    rows += [(f"b{i}", "CCC", "DDD", 1 if i % 4 else 3, start + dt.timedelta(days=91 + i % 5),
              "occurred") for i in range(40)]
    add(store.con, rows)
    found = alerts(Query(store.con), 7, 90)
    assert [a["dyad"] for a in found] == [["AAA", "BBB"]]
    assert found[0]["direction"] == "conflict" and found[0]["z"] > 2.58
    assert {f"x{i}" for i in range(10)} <= set(found[0]["event_ids"])


def test_planted_blocs_are_recovered(store):
    west, east = ["AAA", "BBB", "CCC"], ["XXX", "YYY", "ZZZ"]
    rows, n = [], 0
    day = dt.date(2025, 3, 1)
    for bloc in (west, east):
        for i, a in enumerate(bloc):
            for b in bloc[i + 1:]:
                for _ in range(3):
                    rows.append((f"e{n}", a, b, 2, day, "occurred"))
                    n += 1
    for a in west:
        for b in east:
            rows.append((f"e{n}", a, b, 4, day, "occurred"))
            n += 1
    add(store.con, rows)
    net = network(Query(store.con))
    assert sorted(net["blocs"]) == [west, east]
    assert net["balanced_share"] == 1.0  # allies of allies, enemies of enemies
    shared = {tuple(s["pair"]): s for s in net["shared"]}
    assert shared[("AAA", "BBB")]["shared_partners"] == ["CCC"]
    assert shared[("AAA", "BBB")]["shared_adversaries"] == east


def test_only_occurred_events_are_summed(store):
    day = dt.date(2025, 5, 5)
    add(store.con, [("o1", "AAA", "BBB", 2, day, "occurred"),
                    ("n1", "AAA", "BBB", 2, day, "negated"),
                    ("i1", "BBB", "AAA", 1, day, "intended"),
                    ("h1", "AAA", "BBB", 4, day, "hedged")])
    p = dyad_profile(Query(store.con), "AAA", "BBB")
    both = p["directed"]["both"]
    assert both["occurred"] == 1 and both["goldstein_sum"] == 6.4
    assert both["other_status"] == {"negated": 1, "intended": 1, "hedged": 1}
    assert both["event_ids"] == ["o1"]
    assert p["directed"]["BBB->AAA"]["occurred"] == 0
    prof = country_profile(Query(store.con), "AAA")
    assert [r["counterpart"] for r in prof["partners"]] == ["BBB"]
    assert prof["partners"][0]["event_ids"] == ["o1"]


def test_cli_views_json_and_panel(store, tmp_path):
    day = dt.date(2025, 1, 15)
    add(store.con, [("a", "AAA", "BBB", 1, day, "occurred"),
                    ("b", "AAA", "CCC", 4, day + dt.timedelta(days=62), "occurred")])
    store.close()
    db = str(tmp_path / "r.duckdb")
    r = CliRunner().invoke(cli, ["dyad", "AAA", "BBB", "--db", db, "--format", "json"])
    prof = json.loads(r.stdout)
    assert isinstance(prof["directed"]["both"]["goldstein_sum"], float)
    assert prof["series"][0]["event_ids"] == ["a"]
    r = CliRunner().invoke(cli, ["network", "--db", db, "--format", "json"])
    assert {e["a"] + e["b"] for e in json.loads(r.stdout)["edges"]} == {"AAABBB", "AAACCC"}
    out = tmp_path / "panel.parquet"
    r = CliRunner().invoke(cli, ["panel", "--db", db, "--unit", "dyad-month", "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = duckdb.sql(f"SELECT a, b, month, events FROM '{out}' ORDER BY a, b, month").fetchall()
    assert len(rows) == 2 * 3  # two dyads x Jan..Mar, zero rows kept
    assert sum(r[3] for r in rows) == 2
    png = tmp_path / "d.png"
    r = CliRunner().invoke(cli, ["dyad", "AAA", "BBB", "--db", db, "--plot", str(png)])
    assert r.exit_code == 0 and png.stat().st_size > 1000
