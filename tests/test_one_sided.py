"""One-sided events (`--one-sided`): an act whose target the text does not name is emitted
with an empty target only when asked, with its own calibration. Sentences are hand-written."""

import json
from types import SimpleNamespace

from click.testing import CliRunner
from tests.conftest import code, triples

from accord.cli import cli
from accord.evaluate import _pair_ok

# (a resignation is done to the leader's own people: tests/test_home_targets.py)
DECLINED = "The Bolivian president declined to comment on Monday."


def test_an_act_with_no_target_is_dropped_by_default(coder):
    assert code(coder, DECLINED) == []


def test_one_sided_keeps_it_with_an_empty_target(one_sided, coder):
    rows = code(one_sided, DECLINED)
    assert [(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows] == [
        ("BOLGOV", "01", None)], triples(rows)
    # measured on the dev set: events with no target are right far less often
    assert rows[0]["confidence"] < 0.5
    assert rows[0]["coder_version"].endswith("+one-sided")
    assert coder.version != one_sided.version and not coder.one_sided


def test_a_topic_noun_is_no_one_sided_event(one_sided):
    assert code(one_sided, "Russia's war continues to shock the world.") == []


def test_dyadic_events_are_the_same_either_way(one_sided, coder):
    text = "Chile recalled its ambassador from Peru and declined to comment on the report."
    dyadic = {(r["source_code"], r["cameo"], r["target_code"]) for r in code(coder, text)}
    both = {(r["source_code"], r["cameo"], r["target_code"]) for r in code(one_sided, text)}
    assert dyadic and dyadic == {t for t in both if t[2] is not None}


def test_extract_flag(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(DECLINED + "\n", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["extract", str(path)])
    flagged = CliRunner().invoke(cli, ["extract", str(path), "--one-sided"])
    assert plain.exit_code == 0 and flagged.exit_code == 0, flagged.output
    assert plain.stdout.strip() == ""
    rows = [json.loads(line) for line in flagged.stdout.splitlines()]
    assert rows and rows[0]["target_country"] is None


def test_eval_match_accepts_no_target_where_the_gold_makes_it_optional():
    # regression: the calibration's match ignored `target_optional`, which the scorer honours
    event = SimpleNamespace(source=SimpleNamespace(actor=SimpleNamespace(country="USA")),
                            target=None)
    assert not _pair_ok(event, {"USA"}, {"CHN"}, False)
    assert _pair_ok(event, {"USA"}, {"CHN"}, False, target_optional=True)
    assert _pair_ok(event, {"USA"}, set(), False)
