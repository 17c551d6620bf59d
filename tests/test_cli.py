import json

from click.testing import CliRunner
from tests.conftest import SEED_COPY

from accord.cli import cli
from accord.records import OUTPUT_FIELDS


def test_extract_prints_the_output_contract_deterministically():
    runner = CliRunner()
    args = ["extract", str(SEED_COPY), "--published", "2025-08-21"]
    first = runner.invoke(cli, args)
    second = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    assert rows and all(list(r) == list(OUTPUT_FIELDS) for r in rows)
    assert len({r["event_id"] for r in rows}) == len(rows)


def test_extract_csv_and_table_formats():
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", str(SEED_COPY), "--format", "csv"])
    assert out.stdout.splitlines()[0] == ",".join(OUTPUT_FIELDS)
    out = runner.invoke(cli, ["extract", str(SEED_COPY), "--format", "table"])
    assert "source_code" in out.stdout


def test_extract_reports_bad_inputs_and_codes_the_rest(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa\x00bin")
    result = CliRunner().invoke(cli, ["extract", str(bad), str(SEED_COPY)])
    assert result.exit_code == 0
    assert "rejected" in result.stderr and "bad.txt" in result.stderr
    assert result.stdout.strip()


def test_ingest_events_and_rejects_commands(tmp_path):
    db = str(tmp_path / "c.duckdb")
    bad = tmp_path / "e.txt"
    bad.write_text("")
    runner = CliRunner()
    r = runner.invoke(cli, ["ingest", str(SEED_COPY), str(bad), "--db", db,
                            "--published", "2025-08-21"])
    assert r.exit_code == 0, r.output
    assert "ingested 1 articles" in r.stderr and "rejected 1" in r.stderr
    r = runner.invoke(cli, ["events", "--db", db, "--dyad", "IRN", "RUS", "--format", "jsonl"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all({x["source_country"], x["target_country"]} == {"IRN", "RUS"}
                        for x in rows)
    r = runner.invoke(cli, ["rejects", "--db", db, "--format", "jsonl"])
    assert json.loads(r.stdout.splitlines()[0])["reason"] == "empty"


def test_help_explains_commands():
    out = CliRunner().invoke(cli, ["--help"]).stdout
    for cmd in ("extract", "ingest", "events", "rejects", "eval"):
        assert cmd in out
    assert "--published" in CliRunner().invoke(cli, ["extract", "--help"]).stdout


def test_bad_date_is_a_clear_error():
    r = CliRunner().invoke(cli, ["extract", str(SEED_COPY), "--published", "21/08/2025"])
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


def test_floors_fail_when_a_figure_drops(tmp_path):
    import pytest

    from accord.cli import _check_floors
    f = tmp_path / "floors.toml"
    f.write_text("[floors]\nreal_news_f1 = 0.5\nactors_country = 0.9\n")
    _check_floors(str(f), {"real_news_f1": 0.5, "actors_country": 0.95})
    with pytest.raises(SystemExit) as e:
        _check_floors(str(f), {"real_news_f1": 0.49, "actors_country": 0.95})
    assert e.value.code == 1


def test_two_workers_give_the_same_output_as_one(tmp_path):
    from accord.knowledge.tsv import packaged
    sample = str(packaged("sample", "us-government-news.jsonl"))
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", sample, str(SEED_COPY), "--workers", "1"])
    two = runner.invoke(cli, ["extract", sample, str(SEED_COPY), "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > 100
