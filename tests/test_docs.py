"""The docs and the CLI agree: every command the README names exists and has help."""

import re
from pathlib import Path

from click.testing import CliRunner

from accord.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_readme_command_exists_and_explains_itself():
    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"`accord ([a-z-]+)", text))
    assert {"extract", "ingest", "events", "ledger", "dyad", "network", "eval"} <= named
    runner = CliRunner()
    for name in sorted(named):
        out = runner.invoke(cli, [name, "--help"])
        assert out.exit_code == 0, f"accord {name} --help failed: {out.output}"
        assert len(out.stdout.strip().splitlines()) > 3


def test_readme_has_the_two_quick_start_commands():
    text = README.read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[0:2] for line in block.strip().splitlines()] == [
        ["make", "demo"], ["make", "test"]]
