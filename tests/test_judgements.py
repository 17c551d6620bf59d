"""A government's own judgement of another state's act is its disapproval or accusation
(patterns/judgements.tsv): hand-written sentences, real model."""

from __future__ import annotations

import pytest
from tests.conftest import triples

from accord.errors import DataFileError
from accord.ingest.readers import make_article
from accord.knowledge.patterns import Patterns, default_patterns
from accord.pipeline import Coder
from accord.records import Article

STATE = "U.S. Department of State"


def coded(coder: Coder, text: str, outlet: str | None = STATE) -> set[tuple]:
    art = make_article(text, source="test", outlet=outlet)
    assert isinstance(art, Article)
    return triples([e.to_row() for e in coder.code(art).events])


def judged(rows: set[tuple]) -> set[tuple]:
    return {r for r in rows if r[1] == "11"}


@pytest.mark.parametrize("text,tgt", [
    # a judgement noun heads the subject
    ("But Russia's hypocrisy is on full display in the Council.", "RUS"),
    # a word of condemnation qualifies the subject
    ("China's provocative military activities only serve to raise tensions in the region.",
     "CHN"),
    # a verb of judgement also written as an adjective
    ("Iran's militias are destabilizing the whole region.", "IRN"),
    ("Iran's proxy forces are destabilizing Iraq.", "IRN"),
    # the predicate itself
    ("Iran's decision to enrich uranium is unwarranted.", "IRN"),
    ("Russia's latest move is a cynical ploy.", "RUS"),
    ("The Russian delegation undermines the credibility of this Council.", "RUS"),
])
def test_a_governments_release_judges(coder, text, tgt):
    assert ("USA", "11", tgt, "occurred") in judged(coded(coder, text))


def test_the_reported_speaker_judges(coder):
    text = "The French foreign minister said that Iran's reckless actions endanger the region."
    assert ("FRA", "11", "IRN", "occurred") in judged(coded(coder, text, outlet="Reuters"))


def test_illegal_is_an_accusation(coder):
    rows = coded(coder, "Russia's annexation of the four regions is illegal.")
    assert ("USA", "11", "RUS", "occurred") in rows
    art = make_article("Russia's annexation of the four regions is illegal.", source="test",
                       outlet=STATE)
    assert isinstance(art, Article)
    assert {e.cameo for e in coder.code(art).events if e.source.actor.country == "USA"} \
        == {"112"}


@pytest.mark.parametrize("text,outlet", [
    # a news agency's own sentence has no speaker
    ("Russia's hypocrisy is on full display in the Council.", "Reuters"),
    ("China's provocative military activities only serve to raise tensions in the region.",
     None),
    # what hangs on a preposition is no agent: a place, a victim, a beneficiary
    ("The war in Ukraine remains destabilizing for Europe.", STATE),
    ("Further delays in aid to Ukraine would be irresponsible.", STATE),
    # words that as often praise are no judgement
    ("Ukraine's counteroffensive has been aggressive and effective.", STATE),
    # an outlet whose name only contains a government word
    ("Russia's hypocrisy is on full display in the Council.", "Embassy Suites Hotel Moscow"),
    # the speaker's own state is not its target
    ("The United States' response was unwarranted.", STATE),
    # a quoted third party: the judgement is the speaker's quoted, not the outlet's
    ("Iran's foreign minister said that Israel's reckless actions endanger the region.",
     STATE),
    # an epithet on an object describes, it does not judge
    ("Russia launched its unprovoked war against Ukraine in 2022.", STATE),
    # a subordinate clause asserts nothing
    ("The ministers met after Russia's reckless launch.", STATE),
    # a denial
    ("Russia's exercise was not unwarranted.", STATE),
])
def test_no_judgement_of_the_outlet(coder, text, outlet):
    rows = judged(coded(coder, text, outlet=outlet))
    assert not {r for r in rows if r[0] == "USA"}, rows


def test_a_quoted_third_party_is_its_own_speaker(coder):
    text = "Iran's foreign minister said that Israel's reckless actions endanger the region."
    assert ("IRN", "11", "ISR", "occurred") in judged(coded(coder, text))


def test_judgement_file_rejects_malformed_lines(tmp_path):
    f = tmp_path / "j.tsv"
    f.write_text("word\tkind\tcameo\tnote\nreckless\tadjective\t111\tok\n"
                 "Reckless\tadjective\t111\tupper\nrash\tadverb\t111\tkind\n"
                 "rash\tadjective\t190\tnot a judgement\nrash\tadjective\t999\tunknown\n")
    pats = Patterns()
    pats.add_file(f, "judgements", strict=False)
    assert [e.line for e in pats.report.errors] == [3, 4, 5, 6]
    assert all(str(f) == e.path for e in pats.report.errors)
    assert "kind must be" in pats.report.errors[1].reason
    assert "11x" in pats.report.errors[2].reason
    assert pats.judgements == {("adjective", "reckless"): "111"}
    with pytest.raises(DataFileError, match="j.tsv:3"):
        Patterns().add_file(f, "judgements", strict=True)


def test_packaged_judgements_load():
    pats = default_patterns()
    assert pats.judgements[("noun", "hypocrisy")] == "111"
    assert pats.judgements[("adjective", "illegal")] == "112"


def test_an_official_reported_judges_for_the_state(coder):
    rows = judged(coded(coder, "Blinken said Russia's actions were reckless.", outlet="Reuters"))
    assert ("USA", "11", "RUS", "occurred") in rows


def test_according_to_names_the_judge_not_the_outlet(coder):
    rows = judged(coded(coder, "According to Beijing, Japan's decision is unjustified."))
    assert not {r for r in rows if r[0] == "USA"}, rows


@pytest.mark.parametrize("text,tgt", [
    ("The actions of Iran are destabilizing the region.", "IRN"),
    ("The aggression of Russia is unacceptable.", "RUS"),
    ("The reckless behavior of North Korea threatens the region.", "PRK"),
])
def test_conduct_of_a_state_is_judged(coder, text, tgt):
    assert ("USA", "11", tgt, "occurred") in judged(coded(coder, text))


@pytest.mark.parametrize("outlet", [
    "Office of the Spokesperson, U.S. Department of State",
    "U.S. Department of Defense (DOD News)",
])
def test_a_government_body_anywhere_in_the_outlet_name_speaks(coder, outlet):
    rows = judged(coded(coder, "Russia's hypocrisy is on full display.", outlet=outlet))
    assert ("USA", "11", "RUS", "occurred") in rows
