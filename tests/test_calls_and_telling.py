"""Calls, meetings and telling in diplomatic news: a contact named in an adjunct of the main
clause is a contact of its subject with whom the adjunct names (040 consult, 041 by telephone,
042 a visit, a letter 040); what is told to a named party, with no target of its own, is aimed
at that party (never at a mere audience); "would", "was to" under a past verb of saying are
the future seen from then (intended)."""

from __future__ import annotations

import pytest
from tests.conftest import code, triples


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_country"], r["cameo"], r["target_country"], r["status"]) for r in rows}


@pytest.mark.parametrize("sentence,event", [
    ("In a phone call with Erdogan, Putin thanked Turkey for its mediation.",
     ("RUS", "041", "TUR", "occurred")),
    ("In a video call with Zelensky, Scholz pledged more air defense systems.",
     ("DEU", "041", "UKR", "occurred")),
    ("In a telephone conversation with Lavrov, Wang Yi discussed the Ukraine crisis.",
     ("CHN", "041", "RUS", "occurred")),
    ("In a phone call with Macron, Zelensky discussed the situation at the front.",
     ("UKR", "041", "FRA", "occurred")),
    ("During talks with Wang Yi, Blinken raised concerns about Chinese support for Russia.",
     ("USA", "040", "CHN", "occurred")),
    ("At talks with Lavrov in Moscow, Wang Yi criticized Western sanctions.",
     ("CHN", "040", "RUS", "occurred")),
    ("After talks with Netanyahu, Blinken said Washington would keep supporting Israel.",
     ("USA", "040", "ISR", "occurred")),
    ("In a virtual meeting with Biden, Xi warned against supporting Taiwan independence.",
     ("CHN", "040", "USA", "occurred")),
    ("In a message to Kim Jong Un, Putin thanked North Korea for its support.",
     ("RUS", "040", "PRK", "occurred")),
    ("During a visit to Beijing, the Brazilian president signed a trade agreement with China.",
     ("BRA", "042", "CHN", "occurred")),
    # the addressee of a verb of telling, when the call names no one
    ("Macron told Putin in a call that France would keep supporting Ukraine.",
     ("FRA", "041", "RUS", "occurred")),
])
def test_contact_in_an_adjunct(coder, sentence, event):
    assert event in _codes(code(coder, sentence))


@pytest.mark.parametrize("sentence,other", [
    # a mere audience is no party to a contact
    ("In an interview with the BBC, Zelensky criticized Hungary.", "GBR"),
    ("In a call with reporters, the Pentagon spokesman said the United States would send "
     "more troops to Poland.", None),
    # still to come
    ("Before talks with Xi, Biden said he would raise human rights.", "CHN"),
])
def test_no_contact_with_an_audience_or_a_later_one(coder, sentence, other):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] == "04"], triples(rows)


def test_a_known_contact_named_again_is_no_new_event(coder):
    # "his meeting", "the call": a contact the story tells elsewhere
    rows = code(coder, "Lavrov stressed the need for dialogue during his meeting with Wang Yi.")
    assert not [r for r in rows if r["cameo"][:2] == "04"], triples(rows)
    rows = code(coder, "The two ministers discussed Sudan during the call with Cairo.")
    assert not [r for r in rows if r["cameo"] == "041"], triples(rows)


def test_a_contact_the_verb_codes_is_not_repeated(coder):
    rows = code(coder, "On the sidelines of the G20 summit, Biden met with Xi Jinping.")
    assert [r["cameo"] for r in rows if r["cameo"][:2] == "04"] == ["040"]


@pytest.mark.parametrize("sentence,event", [
    ("Putin told Xi that Russia was ready to expand energy cooperation.",
     ("RUS", "061", "CHN", "intended")),
    ("Sunak told Zelensky that Britain would send more long-range missiles.",
     ("GBR", "072", "UKR", "intended")),
    ("The French president told Xi that France would support Chinese investment.",
     ("FRA", "051", "CHN", "intended")),
])
def test_told_to_the_addressee(coder, sentence, event):
    assert event in _codes(code(coder, sentence))


@pytest.mark.parametrize("sentence", [
    # an audience is not a target
    "Lavrov told Russian state television that Moscow would expand cooperation.",
    "Blinken told reporters that Washington would expand cooperation.",
    # a meeting hosted is no host of the listener
    "Erdogan told Putin that Turkey was ready to host peace talks.",
])
def test_no_target_from_an_audience(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] in ("04", "06")
                and r["target_country"] in ("RUS", "USA")], triples(rows)


def test_force_told_to_someone_is_not_aimed_at_them(coder):
    rows = code(coder, "Netanyahu told Biden that Israel would strike back hard.")
    assert not [r for r in rows if r["target_country"] == "USA"], triples(rows)


@pytest.mark.parametrize("sentence,event", [
    # "would" under a past verb of saying: intended, as "will"
    ("Macron told Putin in a call that France would keep supporting Ukraine.",
     ("FRA", "051", "UKR", "intended")),
    # "was to", "is to": scheduled
    ("The Indian foreign minister said India was to sign a trade deal with Britain.",
     ("IND", "057", "GBR", "intended")),
    ("The Iranian president was to travel to Baghdad on Monday, his office said.",
     ("IRN", "042", "IRQ", "intended")),
    ("India is to sign a trade deal with Britain.", ("IND", "057", "GBR", "intended")),
    ("Kishida said he was due to meet Yoon in Seoul later this month.",
     ("JPN", "040", "KOR", "intended")),
])
def test_statuses_under_saying(coder, sentence, event):
    assert event in _codes(code(coder, sentence))


def test_being_in_talks_is_not_scheduled(coder):
    rows = code(coder, "Russia was in talks with China over a new gas pipeline.")
    assert ("RUS", "040", "CHN", "occurred") in _codes(rows)


@pytest.mark.parametrize("sentence,event", [
    ("Blinken arrived in Cairo for talks on a Gaza ceasefire.", ("USA", "042", "EGY")),
    ("The German chancellor flew to Beijing for talks about Taiwan.", ("DEU", "042", "CHN")),
    ("Modi arrived in Moscow for a two-day state visit.", ("IND", "042", "RUS")),
])
def test_the_place_arrived_in_is_visited(coder, sentence, event):
    rows = code(coder, sentence)
    assert {(r["source_country"], r["cameo"], r["target_country"]) for r in rows} == {event}


@pytest.mark.parametrize("sentence,cameo", [
    ("In a phone call on Tuesday, Erdogan and Putin discussed the grain deal.", "041"),
    ("Erdogan and Putin discussed the grain deal by telephone.", "041"),
    ("Xi and Biden held talks in a video call on Monday.", "041"),
    # in person
    ("Erdogan and Putin discussed the grain deal in Sochi.", "040"),
    ("Xi and Biden held talks in San Francisco.", "040"),
])
def test_joint_consultation_by_phone(coder, sentence, cameo):
    rows = code(coder, sentence)
    assert [r["cameo"] for r in rows if r["cameo"][:2] == "04"] == [cameo], triples(rows)


@pytest.mark.parametrize("sentence,event", [
    ("Erdogan received Zelensky at the presidential palace in Ankara.",
     ("TUR", "043", "UKR", "occurred")),
    ("The Saudi crown prince will receive Macron in Riyadh next week.",
     ("SAU", "043", "FRA", "intended")),
    ("Zelensky was received by Erdogan in Istanbul.", ("TUR", "043", "UKR", "occurred")),
    ("Starmer welcomed Modi to Downing Street on Thursday.", ("GBR", "043", "IND", "occurred")),
    ("Putin welcomed Kim Jong Un at the Vostochny cosmodrome.",
     ("RUS", "043", "PRK", "occurred")),
])
def test_a_leader_received_is_a_visit_hosted(coder, sentence, event):
    assert event in _codes(code(coder, sentence))


@pytest.mark.parametrize("sentence", [
    # endorsements, goods and words received are no visit
    "Biden welcomed Zelensky's call for more aid.",
    "The EU welcomed Sweden to NATO.",
    "Macron welcomed Scholz's remarks.",
    "Ukraine received Patriot missiles from Germany.",
    "Lula received criticism from Zelensky.",
])
def test_no_visit_hosted_without_a_guest(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"] == "043"], triples(rows)


@pytest.mark.parametrize("sentence,event", [
    # a call "on the phone", and a leader whose title the parser took into one organisation
    # name with the person's ("Kazakh President Kassym-Jomart Tokayev")
    ("Sunak and Meloni spoke on the phone about migration.", ("GBR", "041", "ITA", "occurred")),
    ("Modi talked on the phone with the Emirati president.", ("IND", "041", "ARE", "occurred")),
    ("Xi spoke by phone with Kazakh President Kassym-Jomart Tokayev on Friday.",
     ("CHN", "041", "KAZ", "occurred")),
])
def test_calls_on_the_phone(coder, sentence, event):
    rows = code(coder, sentence)
    assert event in _codes(rows) or (event[2], event[1], event[0], event[3]) in _codes(rows), \
        triples(rows)


def test_speaking_on_a_topic_is_no_call(coder):
    assert not code(coder, "The Austrian minister spoke on the topic of migration in Vienna.")
