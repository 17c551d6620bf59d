"""Diplomatic remarks, readouts and UN speeches: a stance voiced by a speaker no actor names
is the stance of the state that owns it ("the minister reaffirmed Japan's support for ..."),
appeals and protests made again ("reiterated its call on ...", "lodged representations")."""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, mentions, triples

# ------------------------------------------------- a stance voiced for its owning state


@pytest.mark.parametrize("text,src,root,tgt", [
    ("The minister reaffirmed Japan's support for the Philippines.", "JPN", "051", "PHL"),
    ("The Foreign Secretary reiterated the United Kingdom's support for Ukraine's "
     "sovereignty.", "GBR", "051", "UKR"),
    ("The minister underscored French support for Lebanon's sovereignty.", "FRA", "051", "LBN"),
    ("The envoy emphasised Canada's backing for the Philippines.", "CAN", "051", "PHL"),
    ("The minister reaffirmed the European Union's support for Armenia.", "EUR", "051", "ARM"),
    ("The Secretary underscored America's solidarity with Israel.", "USA", "051", "ISR"),
    ("The official reaffirmed Seoul's call on Pyongyang to return to talks.", "KOR", "02",
     "PRK"),
    ("The ambassador renewed Brazil's appeal to Venezuela to respect the vote.", "BRA", "02",
     "VEN"),
    ("The diplomat expressed Japan's concern about China's military exercises.", "JPN", "01",
     "CHN"),
    ("The Secretary emphasized the United States' support for Taiwan's participation in "
     "international organizations.", "USA", "051", "TWN"),
])
def test_stance_voiced_for_its_owner(coder, text, src, root, tgt):
    assert event_of(code(coder, text), src, root, tgt)


@pytest.mark.parametrize("text,src", [
    # a judgement's object is judged, not voiced: Russia does not condemn
    ("The minister condemned Russia's attacks on Ukraine's energy grid.", "RUS"),
    # rejecting, praising another's support: the owner is not who speaks
    ("The minister rejected Britain's support for Ukraine.", "GBR"),
    ("The minister praised the United Kingdom's support for Ukraine.", "GBR"),
])
def test_owner_of_a_judged_noun_is_no_speaker(coder, text, src):
    rows = code(coder, text)
    assert not [r for r in rows if r["source_country"] == src
                and r["cameo"][:2] in ("05", "11", "12")], triples(rows)


def test_named_speaker_keeps_the_act(coder):
    # a state that welcomes another's support is the source, the owner its target
    rows = code(coder, "Japan welcomed the United Kingdom's support for Ukraine.")
    assert event_of(rows, "JPN", "051", "GBR")
    assert not [r for r in rows if r["source_country"] == "GBR" and r["cameo"] == "051"
                and r["trigger_text"] == "welcomed"], triples(rows)


def test_a_person_who_owns_the_stance_is_no_state(coder):
    rows = code(coder, "The minister reiterated Putin's support for the Syrian government.")
    assert not [r for r in rows if r["trigger_text"] == "reiterated"], triples(rows)


# ------------------------------------------------------ stressing support, solidarity


@pytest.mark.parametrize("text,src,tgt", [
    ("Germany stressed its solidarity with Moldova.", "DEU", "MDA"),
    ("Italy emphasized its support for Tunisia.", "ITA", "TUN"),
    ("Poland underscored its backing for Lithuania.", "POL", "LTU"),
])
def test_support_stressed(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "051", tgt)


@pytest.mark.parametrize("text", [
    "The minister stressed the importance of the partnership.",
    "He stressed that the talks had been productive.",
    "The coach stressed the support of the fans.",
])
def test_stressing_without_a_stance_is_no_event(coder, text):
    assert code(coder, text) == []


# --------------------------------------------------------- an appeal made again


@pytest.mark.parametrize("text,src,tgt", [
    ("South Africa reiterated its call on Israel to allow humanitarian access.", "ZAF", "ISR"),
    ("Indonesia renewed its appeal to Myanmar to end the violence.", "IDN", "MMR"),
    ("Kenya reaffirmed its call on Ethiopia to resume talks.", "KEN", "ETH"),
])
def test_appeal_reiterated(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "02", tgt, "occurred")


def test_joint_appeal_is_not_aimed_at_the_partner(coder):
    rows = code(coder, "Egypt and Qatar renewed their calls for calm.")
    assert not [r for r in rows if r["source_country"] == "EGY"
                and r["target_country"] == "QAT" and r["cameo"].startswith("02")], triples(rows)


# ---------------------------------------------- opposition reiterated, representations


def test_opposition_reiterated(coder):
    rows = code(coder, "China reiterated its firm opposition to U.S. arms sales to Taiwan.")
    assert event_of(rows, "CHN", "11", "USA")


@pytest.mark.parametrize("text,src,tgt", [
    ("China lodged solemn representations with Japan.", "CHN", "JPN"),
    ("China made stern representations to the United States over the sanctions.", "CHN",
     "USA"),
    ("Beijing lodged a demarche with Canberra over the remarks.", "CHN", "AUS"),
])
def test_representations_are_a_protest(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "114", tgt)


def test_lawyer_representation_is_no_protest(coder):
    rows = code(coder, "The firm made a representation to the court about its client.")
    assert not [r for r in rows if r["cameo"] == "114"], triples(rows)


# ----------------------------------- "opposition to" is a stance, "firm" an adjective


@pytest.mark.parametrize("text,src,tgt", [
    ("The spokesperson reaffirmed China's opposition to Japan's release of treated water.",
     "CHN", "JPN"),
    ("The spokesperson reiterated Beijing's firm opposition to the arms sales to Taiwan.",
     "CHN", "TWN"),
])
def test_opposition_to_is_a_stance(coder, text, src, tgt):
    rows = code(coder, text)
    assert event_of(rows, src, "11", tgt)
    assert not [r for r in rows if r["source_code"].endswith(("OPP", "BUS"))], triples(rows)


@pytest.mark.parametrize("text,code_", [
    ("Kenya's opposition called for protests against the government.", "KENOPP"),
    ("Belarus's opposition leader met the German chancellor in Berlin.", "BLROPP"),
    ("Beijing's firm rejected the offer.", "CHNBUS"),
    ("Iran's top military commander spoke.", "IRNMIL"),
])
def test_party_and_sector_words_stay_actors(coder, text, code_):
    assert code_ in {c for c, _ in mentions(coder, text).values()}
