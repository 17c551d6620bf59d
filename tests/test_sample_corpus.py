"""The coder on the bundled real-news sample: sensible, well-formed output on every article."""

import pytest

from accord.ingest import read_inputs
from accord.knowledge.cameo import cameo_table
from accord.knowledge.tsv import packaged
from accord.records import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded(coder):
    arts = [a for a in read_inputs([packaged("sample", "us-government-news.jsonl")])
            if isinstance(a, Article)]
    assert len(arts) == 31
    return list(coder.code_articles(arts))


def test_every_event_is_well_formed(coded):
    table = cameo_table()
    n = 0
    for c in coded:
        text = c.article.text
        for e in c.events:
            r = e.to_row()
            n += 1
            assert r["cameo"] in table
            assert r["source_country"] != r["target_country"]
            assert text[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
            assert text[r["source_start"]:r["source_end"]] == r["source_text"]
            assert r["status"] in ("occurred", "intended", "negated", "hedged")
            assert 0 < r["confidence"] <= 1
            if r["event_date"] is not None:
                assert r["event_date"] <= "2026-12-31"
    assert n >= 100, "the sample corpus is about relations between states"


def test_most_articles_yield_events(coded):
    assert sum(1 for c in coded if c.events) >= 25
