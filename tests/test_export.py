import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner
from tests.conftest import SEED_COPY

from accord.cli import cli
from accord.export import gdelt_rows, plover_rows, write


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("x") / "e.duckdb")
    CliRunner().invoke(cli, ["ingest", str(SEED_COPY), "--db", path, "--published",
                             "2025-08-21"])
    return path


def _rows(db):
    from accord.store import Store
    with Store(db, read_only=True) as s:
        return list(s.events())


def test_gdelt_table_names_and_occurred_only(db):
    rows = _rows(db)
    g = list(gdelt_rows(rows))
    assert g and all(r["Status"] == "occurred" for r in g)
    meet = [r for r in g if r["EventCode"] == "040"][0]
    assert meet["SQLDATE"] == 20250820 and meet["Actor1CountryCode"] == "BLR"
    assert meet["ActionGeo_FullName"] == "Minsk" and meet["Actor1COW"] == 370
    assert len(list(gdelt_rows(rows, all_statuses=True))) == len(rows)


def test_petrarch_view_codes_negated_cooperation_as_rejection(db):
    rows = _rows(db)
    negated = [r for r in rows if r["status"] == "negated"]
    assert negated
    g = {r["GLOBALEVENTID"]: r for r in gdelt_rows(rows, petrarch_compat=True)}
    assert all(g[r["event_id"]]["EventRootCode"] == "12" for r in negated)


def test_petrarch_view_codes_intended_acts_as_intent_or_threat(db):
    rows = _rows(db)
    intended = [r for r in rows if r["status"] == "intended"]
    assert intended  # the seed story: agreed to work toward a treaty, plans, visits
    g = {r["GLOBALEVENTID"]: r for r in gdelt_rows(rows, petrarch_compat=True)}
    for r in intended:
        assert g[r["event_id"]]["EventRootCode"] in ("03", "13", r["cameo"][:2])
        assert g[r["event_id"]]["Status"] == "occurred" or r["cameo"][:2] in ("01", "10")
    assert any(g[r["event_id"]]["EventRootCode"] == "03" for r in intended)


@pytest.mark.parametrize(("code", "status", "quad", "era"), [
    ("0712", "intended", 2, "0331"),  # longest prefix: 071 economic aid
    ("073", "intended", 2, "0333"),
    ("057", "intended", 1, "030"),
    ("1384", "intended", 3, "1384"),  # a threat keeps its code
    ("190", "intended", 4, "138"),
    ("163", "intended", 3, "1312"),
    ("042", "negated", 1, "120"),
    ("190", "negated", 4, "190"),     # "did not attack" stays the act, denied
    ("112", "intended", 3, "112"),    # statements keep their code
    ("071", "occurred", 2, "071"),
])
def test_cameo_era_codes(code, status, quad, era):
    from accord.knowledge.cameo import cameo_era_code
    assert cameo_era_code(code, status, quad) == era


def test_plover_records_follow_the_field_spec(db):
    recs = list(plover_rows(_rows(db), no_text=True))
    r = recs[0]
    assert {"id", "date", "actor", "recipient", "event", "quad_code", "event_scale",
            "status", "background"} <= set(r)
    assert "text" not in r and "text" not in r["actor"][0]


def test_csv_has_cow_and_gw_and_no_text_drops_sentences(db):
    buf = io.StringIO()
    n = write(_rows(db), "csv", None, no_text=True, stdout=buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n and "sentence" not in rows[0]
    assert {"source_cow", "source_gw", "target_cow", "target_gw", "status",
            "background"} <= set(rows[0])


def test_parquet_export_is_queryable_by_duckdb(db, tmp_path):
    out = tmp_path / "e.parquet"
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet", "--out",
                                 str(out), "--dyad", "IRN", "RUS"])
    assert r.exit_code == 0, r.output
    got = duckdb.sql(f"SELECT source_country, target_country FROM '{out}'").fetchall()
    assert got and all(set(x) == {"IRN", "RUS"} for x in got)


def test_jsonl_export_filters(db):
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--status",
                                 "intended"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all(x["status"] == "intended" for x in rows)
