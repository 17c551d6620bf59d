import json

from click.testing import CliRunner

from accord.actors.petrarch import convert, phrase, split_code
from accord.cli import cli

PETRARCH_SAMPLE = """# a comment
ERIKA_EXAMPLE_  # invented person
+PRESIDENT_ERIKA_EXAMPLE_
\t[NORGOV 150101-191231]
\t[NORELI >200101]
FREEDONIA_ [FRE]
UN_ [IGOUNO]
CATTLE!PERSON! [~AGR]
"""


def test_petrarch_actors_become_dated_aliases():
    r = convert(PETRARCH_SAMPLE.splitlines(), "test.actors", {"NOR"})
    rows = {(a[0], a[1], a[4], a[5]) for a in r.aliases}
    assert ("Erika Example", "NORGOV", "2015-01-01", "2019-12-31") in rows
    assert ("President Erika Example", "NORELI", "2020-01-01", "-") in rows
    assert ("UN", "UNO", "-", "-") in [(a[0], a[1], a[4], a[5]) for a in r.aliases]
    assert r.sectors == []  # TABARI pattern syntax is skipped
    assert phrase("THE_UNITED_NATIONS_") == "The United Nations"
    assert split_code("IGOWSTNATMIL")[:2] == ("NATO", "NATO")


def test_imported_aliases_resolve_by_date(tmp_path):
    src = tmp_path / "x.actors"
    src.write_text(PETRARCH_SAMPLE)
    runner = CliRunner()
    out = runner.invoke(cli, ["actors", "import", str(src), "--out", str(tmp_path / "imp")])
    assert out.exit_code == 0, out.output
    aliases = str(tmp_path / "imp.aliases.tsv")
    for day, code in (("2016-05-01", "NORGOV"), ("2021-05-01", "NORELI")):
        r = runner.invoke(cli, ["actors", "lookup", "Erika Example", "--date", day,
                                "--actors", aliases, "--format", "json"])
        assert json.loads(r.stdout.splitlines()[0])["code"] == code


def test_lookup_many_phrases_from_a_file(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("Putin\t2010-06-01\nTrump\t2022-06-01\nthe Kremlin\nnothing here\n")
    r = CliRunner().invoke(cli, ["actors", "lookup", "--file", str(f), "--format", "json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["code"] for x in rows] == ["RUSGOV", "USAELI", "RUSGOV", None]
    assert set(rows[0]) >= {"text", "date", "code", "country", "sector", "name", "reason"}
    assert "head_of_government" in rows[0]["reason"]


def test_info_reports_counts_and_as_of():
    out = CliRunner().invoke(cli, ["actors", "info"]).stdout
    assert "as of:" in out and "states         193" in out and "load time" in out


def test_bad_user_file_line_is_reported_and_rest_used(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text("phrase\tcode\tcountry\tsector\tstart\tend\tnote\n"
                 "Zed Example\tNORGOV\tNOR\tGOV\t-\t-\tok\n"
                 "Bad Row\tnorgov\tNOR\tGOV\t-\t-\tlower case\n")
    r = CliRunner().invoke(cli, ["actors", "lookup", "Zed Example", "--actors", str(f),
                                 "--format", "json"])
    assert json.loads(r.stdout.splitlines()[0])["code"] == "NORGOV"
    assert f"{f}:3:" in r.stderr and "capital letters" in r.stderr
