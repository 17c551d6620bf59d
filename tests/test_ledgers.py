from click.testing import CliRunner
from tests.conftest import SEED_COPY

from accord.analysis.ledgers import agreements, atop_agreements, sanctions
from accord.cli import cli


def ev(i, src, tgt, cameo, status="occurred", obj=None, date=None, trigger="signed"):
    return {"event_id": f"e{i}", "doc_id": "d", "sentence_index": i, "source_country": src,
            "target_country": tgt, "cameo": cameo, "status": status, "object_text": obj,
            "trigger_text": trigger, "event_date": date, "published": "2024-05-01"}


def test_agreement_lifecycle_and_obligations_from_events():
    events = [
        ev(1, "JPN", "PHL", "057", "intended", "a reciprocal access agreement"),
        ev(2, "PHL", "JPN", "046", obj="the defence agreement", trigger="negotiated"),
        ev(3, "JPN", "PHL", "057", obj="a reciprocal access agreement", date="2024-07-08"),
        ev(4, "JPN", "PHL", "057", "negated", obj="a mutual defence clause"),
        ev(5, "JPN", "PHL", "057", obj="the agreement", date="2024-12-01", trigger="ratified"),
    ]
    [a] = [a for a in agreements(events) if a.name == "a reciprocal access agreement"]
    assert a.parties == ("JPN", "PHL")
    assert a.status == "ratified"
    assert a.steps == {"proposed": "2024-05-01", "negotiating": "2024-05-01",
                       "signed": "2024-07-08", "ratified": "2024-12-01"}
    assert a.obligations["mutual_defence"] == "absent"
    assert a.obligations["consultation"] == "unknown"
    assert {"e1", "e3", "e4", "e5"} <= set(a.evidence)


def test_sanctions_imposed_threatened_and_lifted():
    events = [ev(1, "USA", "VEN", "163", obj="oil sanctions", date="2019-01"),
              ev(2, "USA", "VEN", "085", obj="sanctions", date="2023-10"),
              ev(3, "EUR", "BLR", "163", "intended", obj="new sanctions"),
              ev(4, "CHN", "JPN", "111")]
    got = {(s.imposer, s.target): s for s in sanctions(events)}
    assert set(got) == {("USA", "VEN"), ("EUR", "BLR")}
    assert got[("USA", "VEN")].status == "lifted" and got[("USA", "VEN")].start == "2019-01"
    assert got[("USA", "VEN")].end == "2023-10"
    assert got[("EUR", "BLR")].status == "threatened"


def test_atop_rows_become_seeded_agreements(tmp_path):
    f = tmp_path / "atop.csv"
    cols = ["atopid", "begyr", "begmo", "endyr", "endmo", "ineffect", "defense", "offense",
            "neutral", "nonagg", "consul", "milcon", "mem1", "mem2", "mem3"]
    f.write_text(",".join(cols) + "\n" + "1,1949,4,,,1,1,0,0,0,1,1,2,200,20\n"
                 + "2,1990,12,1995,7,0,0,0,0,1,0,0,370,369,\n")
    rows = atop_agreements(f, {2: "USA", 200: "GBR", 20: "CAN", 370: "BLR", 369: "UKR"})
    assert [r.parties for r in rows] == [("CAN", "GBR", "USA"), ("BLR", "UKR")]
    assert rows[0].status == "in force" and rows[0].obligations["mutual_defence"] == "present"
    assert rows[1].status == "terminated" and rows[1].steps["terminated"] == "1995-07"
    assert rows[1].source == "ATOP v4.01"


def test_seed_story_ledgers(tmp_path):
    import json
    db = str(tmp_path / "l.duckdb")
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(SEED_COPY), "--db", db, "--published", "2025-08-21"])
    out = runner.invoke(cli, ["ledger", "agreements", "--db", db, "--format", "json"])
    ags = [json.loads(x) for x in out.stdout.splitlines()]
    by = {tuple(a["parties"]): a for a in ags}
    assert by[("BLR", "IRN")]["status"] in ("proposed", "negotiating")
    assert "strategic partnership" in by[("BLR", "IRN")]["name"]
    assert by[("IRN", "RUS")]["status"] == "signed"
    assert by[("IRN", "RUS")]["steps"]["signed"] == "2025-01"
    assert by[("IRN", "RUS")]["obligations"]["mutual_defence"] == "absent"
    out = runner.invoke(cli, ["ledger", "sanctions", "--db", db, "--format", "json"])
    sanc = {(s["imposer"], s["target"]) for s in map(json.loads, out.stdout.splitlines())}
    assert {("WST", "IRN"), ("WST", "BLR")} <= sanc
    out = runner.invoke(cli, ["ledger", "sanctions", "--db", db, "--target", "BLR",
                              "--format", "csv"])
    assert out.stdout.splitlines()[0].startswith("imposer,target")
    assert len(out.stdout.splitlines()) == 2
