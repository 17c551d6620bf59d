"""Political parties (actors/parties.tsv): a party is its state's government while it leads
it and its opposition otherwise, by the story's date; party names made of common words match
only as written; a user's file corrects the packaged rows."""

import datetime as dt
from collections import defaultdict

import pytest
from tests.conftest import code

from accord.actors.kb import KnowledgeBase, load_kb
from accord.knowledge.tsv import packaged
from accord.pipeline import Coder


def sources(rows: list[dict]) -> set[str]:
    return {r["source_code"] for r in rows}


@pytest.mark.parametrize(("published", "want"), [
    ("2010-03-01", "INDOPP"),  # the BJP in opposition to the Congress-led government
    ("2020-03-01", "INDGOV"),  # and leading the government since 2014
])
def test_a_party_is_government_or_opposition_by_the_story_date(coder, published, want):
    rows = code(coder, "The Bharatiya Janata Party accused Pakistan of sponsoring terrorism.",
                published=published)
    assert sources(rows) == {want}


def test_a_party_in_opposition_criticises_its_own_government(coder):
    rows = code(coder, "The Awami League criticised the interim government of Bangladesh.",
                published="2025-03-01")
    assert ("BGDOPP", "BGDGOV") in {(r["source_code"], r["target_code"]) for r in rows}


def test_party_names_of_common_words_match_only_as_written(coder):
    # (session 12: the target is named, not taken from the border the positions lie near)
    army = code(coder, "Lebanese forces shelled Syrian positions near the border.")
    assert sources(army) == {"LBNMIL"}
    assert not code(coder, "The court upheld a civil contract between two firms in Yerevan.")
    party = code(coder, "Civil Contract accused Azerbaijan of aggression.", published="2024-01-01")
    assert sources(party) == {"ARMGOV"}


def test_a_user_file_corrects_a_packaged_party(tmp_path):
    """A government change after the packaged file was compiled: the user's row wins."""
    f = tmp_path / "mine.tsv"
    f.write_text("phrase\tcode\tcountry\tsector\tstart\tend\tnote\n"
                 "Fidesz\tHUNOPP\tHUN\tOPP\t2026-05-01\t-\tlost the April 2026 election\n")
    coder = Coder(kb=load_kb((str(f),)))
    text = "Fidesz criticized the European Commission."
    assert sources(code(coder, text, published="2026-06-01")) == {"HUNOPP"}
    assert sources(code(coder, text, published="2020-06-01")) == {"HUNGOV"}


def test_packaged_parties_keep_their_rules():
    """Every phrase's first row is its status at the file's date, its periods do not
    overlap, it names one country, and its code is the country with its sector."""
    kb = KnowledgeBase()
    kb.add_file(packaged("actors", "parties.tsv"), strict=True)
    by: dict[str, list] = defaultdict(list)
    for a in kb.aliases:
        by[a.phrase].append(a)
        assert a.code == a.country + (a.sector or ""), a
        assert a.sector in ("GOV", "OPP", "REB", None), a  # REB: UNITA, CNDD-FDD before peace
    assert len(by) > 400
    as_of = dt.date(2026, 11, 1)
    for phrase, rows in by.items():
        first = rows[0]
        assert (first.start is None or first.start <= as_of) and first.end is None, phrase
        assert len({r.country for r in rows}) == 1, phrase
        spans = sorted((r.start or dt.date.min, r.end or dt.date.max) for r in rows)
        assert all(b[0] > a[1] for a, b in zip(spans, spans[1:], strict=False)), phrase
