"""Hostile inputs in one batch (benchmarks/hostile_inputs.py): each is stored or rejected
with its typed reason, no event of a valid text is lost, and docs/reliability.md shows the
table this run produces. Plus the per-article resource bounds."""

import time

import pytest
from benchmarks import hostile_inputs as hostile
from tests.conftest import ROOT

from accord.batch import ingest
from accord.errors import ConfigError
from accord.limits import Limits
from accord.records import Article
from accord.store import Store

DOC = ROOT / "docs" / "reliability.md"


@pytest.mark.slow
def test_every_hostile_input_is_stored_or_rejected_and_no_event_is_lost(tmp_path, coder):
    folder = tmp_path / "inputs"
    folder.mkdir()
    outcomes = hostile.run(folder, tmp_path / "h.duckdb", coder)
    bad = [(o.case.name, o.got, o.lost, o.extra, o.details) for o in outcomes if not o.ok]
    assert not bad
    assert sum(o.expected_events for o in outcomes) > 20  # the valid texts do code
    # the docs show exactly this run's table
    assert hostile.markdown(outcomes) in DOC.read_text(encoding="utf-8"), (
        "docs/reliability.md is stale: paste `python -m benchmarks.hostile_inputs --markdown`")


def _article(text: str, id_: str = "a") -> Article:
    return Article(id=id_, text=text, source=f"{id_}.txt")


def test_time_limit_rejects_the_article_instead_of_storing_half_of_it(tmp_path, coder):
    import copy
    slow = copy.copy(coder)
    slow.limits = Limits(max_seconds=1e-9)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "t1", "text": "France condemned Russia. Germany praised Chile."}\n')
    with Store(tmp_path / "t.duckdb") as store:
        summary = ingest([src], store, slow)
        assert summary.articles == 0 and summary.events == 0
        [r] = store.rejects()
        assert r["reason"] == "time_limit" and "--max-seconds" in r["detail"]
        assert store.counts()["events"] == 0


def test_overlong_sentences_are_left_uncoded_and_counted(coder):
    import copy
    strict = copy.copy(coder)
    strict.limits = Limits(max_sentence_tokens=8)
    coded = strict.code(_article("France condemned Russia on Monday. Germany and Italy and "
                                 "Spain and Greece all praised the new trade deal with Chile."))
    assert coded.skipped_sentences == 1
    assert [e.cameo_root for e in coded.events] == ["11"]


def test_limits_must_be_positive():
    with pytest.raises(ConfigError, match="max_seconds"):
        Limits(max_seconds=0)


@pytest.mark.slow
def test_a_list_of_thousands_of_names_codes_in_linear_time(coder):
    """Regression: doc.ents per mention, coordination walks and sentence texts made a
    40,000-character list of names take 54 s (quadratic); now a few seconds."""
    names = ", ".join(["France, Germany, Russia, China, Iran, Iraq, Syria"] * 1600) + " met."
    start = time.process_time()  # CPU time: a loaded machine slows the wall clock only
    coded = coder.code(_article(names))
    assert time.process_time() - start < 60
    assert coded.skipped_sentences == 1 and not coded.events
