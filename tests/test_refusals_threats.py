"""Refusals (CAMEO 12, PLOVER REJECT) and threats (CAMEO 13, PLOVER THREATEN).

A refusal is an occurred REJECT event; what is refused, where it is coded, is negated. A
threat is an occurred THREATEN event; the act threatened is its content, not an event
(ANNOTATION.md, Status). Every sentence here is hand-written.
"""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of


def _has(rows: list[dict], src: str, cameo: str, tgt: str | None, status: str) -> dict:
    return event_of(rows, src, cameo, tgt, status)


# (sentence, source country, code or code prefix, target country, status)
CODED = [
    # "turned down" / "ruled out" answer another's offer: the refusal was done
    ("Venezuela turned down an offer of talks from Colombia.", "VEN", "125", "COL", "occurred"),
    ("Pyongyang turned down Seoul's offer of dialogue.", "PRK", "125", "KOR", "occurred"),
    # "ruled out easing" refuses to ease a penalty; the easing did not happen
    ("The European Union ruled out easing the embargo on Belarus.", "EUR", "1244", "BLR",
     "occurred"),
    ("The European Union ruled out easing the embargo on Belarus.", "EUR", "085", "BLR",
     "negated"),
    # "ruled out sending", the gerund parsed as an adverbial clause
    ("Britain ruled out sending troops to Ukraine.", "GBR", "12", "UKR", "occurred"),
    ("Britain ruled out sending troops to Ukraine.", "GBR", "07", "UKR", "negated"),
    ("The Kremlin ruled out holding talks with Kyiv.", "RUS", "125", "UKR", "occurred"),
    ("The Kremlin ruled out holding talks with Kyiv.", "RUS", "04", "UKR", "negated"),
    # a refusal that is itself negated leaves the act possible
    ("Russia did not rule out sending troops to Belarus.", "RUS", "07", "BLR", "hedged"),
    ("Germany did not refuse to send weapons to Ukraine.", "DEU", "07", "UKR", "hedged"),
    # "no more migrants": the negative determiner on "more"
    ("Hungary said it will take in no more migrants from Greece.", "HUN", "075", "GRC",
     "negated"),
    # an ultimatum or deadline given to a party located "in" a place is no "give in"
    ("Russia gave Ukrainian troops in Mariupol an ultimatum to surrender.", "RUS", "139", "UKR",
     "occurred"),
    ("Pakistan gave the Afghan government a deadline to hand over the militants.", "PAK", "139",
     "AFG", "occurred"),
    ("Israel gave Hamas an ultimatum to release the hostages by Friday.", "ISR", "139", "PSE",
     "occurred"),
    # a vow or oath to take ground is the act, intended (CAMEO era: a threat of force)
    ("The Armenian army swore to recapture Shusha from Azerbaijan.", "ARM", "19", "AZE",
     "intended"),
    # the threatened act chooses the kind of threat
    ("Hezbollah threatened to strike Israeli cities.", "LBN", "138", "ISR", "occurred"),
    ("The US threatened to cut military aid to Israel.", "USA", "1311", "ISR", "occurred"),
    ("Washington threatened to cut off aid to Egypt.", "USA", "1311", "EGY", "occurred"),
    ("Trump threatened to impose 25 percent tariffs on Mexico.", "USA", "1312", "MEX",
     "occurred"),
    ("Brazil threatened to expel the Venezuelan ambassador.", "BRA", "1313", "VEN", "occurred"),
    ("Serbia threatened to break off relations with Montenegro.", "SRB", "1313", "MNE",
     "occurred"),
    ("China threatened to blockade Taiwan.", "CHN", "1381", "TWN", "occurred"),
    ("The EU threatened to suspend trade talks with Indonesia.", "EUR", "134", "IDN", "occurred"),
    ("Kim Jong Un threatened to use nuclear weapons against South Korea.", "PRK", "1385", "KOR",
     "occurred"),
    ("The Belarusian government threatened to crack down on opposition marches.", "BLR", "137",
     "BLR", "occurred"),
    ("The Thai government threatened to declare a state of emergency in Bangkok.", "THA", "1324",
     "THA", "occurred"),
    # a threat made on a condition is still a threat that occurred
    ("Russia warned Finland of retaliation if it joined NATO.", "RUS", "13", "FIN", None),
    ("North Korea warned South Korea of serious consequences.", "PRK", "130", "KOR", "occurred"),
    # a threat to leave a mediation names the parties as those it is aimed at
    ("Qatar threatened to withdraw from mediation between Israel and Hamas.", "QAT", "135",
     "ISR", "occurred"),
    # refusals of another's request or of cooperation
    ("Pakistan refused to extradite the suspect to India.", "PAK", "1213", "IND", "occurred"),
    ("Moscow refused to release the American journalist.", "RUS", "1243", "USA", "occurred"),
    ("The US refused to lift sanctions on Cuba.", "USA", "1244", "CUB", "occurred"),
    ("Ukraine rejected Russia's offer of a Christmas truce.", "UKR", "1246", "RUS", "occurred"),
    ("Colombia refused an offer of mediation from Venezuela.", "COL", "126", "VEN", "occurred"),
    ("Russia vetoed a UN Security Council resolution on Syria.", "RUS", "129", "UNO", "occurred"),
    ("Police in Kampala denied a permit for the opposition march.", "UGA", "12", "UGA",
     "occurred"),
]


@pytest.mark.parametrize(("text", "src", "cameo", "tgt", "status"), CODED,
                         ids=[f"{c[0][:40]}|{c[2]}" for c in CODED])
def test_coded(coder, text, src, cameo, tgt, status):
    _has(code(coder, text), src, cameo, tgt, status)


# one-sided events: coded with no target named
ONE_SIDED = [
    ("Poland refused to accept migrants under the relocation scheme.", "POL", "1223"),
    ("Belarusian police ignored a court order to release the activists.", "BLR", "128"),
    ("The Chinese government warned it would crack down on unauthorised marches.", "CHN",
     "137"),
    ("Iran threatened to close the Strait of Hormuz.", "IRN", "1381"),
]


@pytest.mark.parametrize(("text", "src", "cameo"), ONE_SIDED, ids=[c[0][:40] for c in ONE_SIDED])
def test_one_sided(one_sided, text, src, cameo):
    rows = code(one_sided, text)
    assert any(r["source_country"] == src and r["cameo"] == cameo and r["status"] == "occurred"
               for r in rows), [(r["source_code"], r["cameo"], r["status"]) for r in rows]


def test_threat_verb_for_a_labour_strike_is_no_attack(one_sided):
    rows = code(one_sided, "Kenyan dock workers threatened to strike over pay.")
    assert not any(r["cameo"].startswith("138") for r in rows)


def test_warning_of_another_acting_is_no_threat_of_force(one_sided):
    # what another will do is not the warner's act: the warning keeps its own code
    rows = code(one_sided, "The WHO warned that the virus would kill millions in Africa.")
    assert not any(r["cameo"].startswith("138") for r in rows)


def test_give_in_still_yields():
    from accord.pipeline import default_coder
    rows = code(default_coder(), "Serbia finally gave in to pressure from the European Union.")
    assert any(r["cameo"] == "080" and r["source_country"] == "SRB" for r in rows)


def test_mediation_parties_are_not_the_mediator(coder):
    rows = code(coder, "Qatar suspended its mediation between Israel and Hamas.")
    assert not any(r["source_country"] == "ISR" and r["cameo"].startswith("04") for r in rows)
    rows = code(coder, "Qatar praised Egypt's mediation between Israel and Hamas.")
    event_of(rows, "EGY", "045", "ISR")


NOTHING = [
    "The Israeli defence minister refused to comment on the strike.",
    "The Turkish soldier declined to give his name.",
    "The bank rejected the loan application.",
    "The company rejected the takeover bid.",
    "The court rejected the defence's motion to dismiss.",
    "Climate change threatens many species across Africa.",
    "Storms threaten the coast of Florida.",
    "Rising sea levels threaten Pacific island nations.",
    "Inflation threatens to derail the recovery in Argentina.",
    "The Kenyan minister warned that prices would rise sharply.",
    "The Nigerian spokesman refused to be drawn on the question.",
    "He refused to give up smoking.",
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_no_event(one_sided, text):
    rows = code(one_sided, text)
    assert not any(r["cameo"][:2] in ("12", "13") for r in rows), \
        [(r["source_code"], r["cameo"], r["target_code"]) for r in rows]


DECLINED_COMMENT = [
    "The Nigerian spokesman refused to be drawn on the question.",
    "The Nigerian spokesman declined to elaborate.",
    "The Nigerian spokesman refused to confirm the report.",
    "The Nigerian spokesman refused to say whether troops had been sent.",
]


@pytest.mark.parametrize("text", DECLINED_COMMENT, ids=[t[:40] for t in DECLINED_COMMENT])
def test_declining_to_say_is_no_comment(one_sided, text):
    rows = code(one_sided, text)
    assert [r["cameo"] for r in rows if r["source_country"] == "NGA"] == ["011"]


FORECASTS = [
    "The Kenyan minister warned that prices would rise sharply.",
    "The IMF warned that inflation in Turkey would rise.",
    "The Kenyan minister warned that the virus would spread to Uganda.",
]


@pytest.mark.parametrize("text", FORECASTS, ids=[t[:40] for t in FORECASTS])
def test_forecast_is_no_threat(one_sided, text):
    assert not [r for r in code(one_sided, text) if r["cameo"].startswith("13")]


def test_warning_of_consequences_stays_a_threat(one_sided):
    rows = code(one_sided, "The Russian foreign minister warned that the army would respond.")
    assert any(r["source_country"] == "RUS" and r["cameo"] == "130" for r in rows)


def test_the_one_avenged_is_not_the_target(coder, one_sided):
    rows = code(one_sided, "Iran vowed to avenge the killing of Ismail Haniyeh.")
    assert any(r["source_country"] == "IRN" and r["cameo"] == "138" for r in rows)
    assert not any(r["target_country"] == "PSE" for r in rows)
    # who did the killing is
    event_of(code(coder, "Hezbollah vowed to avenge the killing of its commander by Israel."),
             "LBN", "138", "ISR", "occurred")


TRAVEL_ADVICE = [
    "The US State Department warned Americans not to travel to Haiti.",
    "Britain warned its citizens to leave Lebanon immediately.",
    "Canada warned Canadian nationals against travelling to Iran.",
]


@pytest.mark.parametrize("text", TRAVEL_ADVICE, ids=[t[:40] for t in TRAVEL_ADVICE])
def test_warning_own_people_is_no_threat(one_sided, text):
    assert not [r for r in code(one_sided, text) if r["cameo"].startswith("13")]


def test_warning_another_state_is_a_threat(coder):
    event_of(code(coder, "China warned the Philippines to stop provoking it."), "CHN", "13",
             "PHL", "occurred")


def test_warned_it_was_ready_to_use_nuclear_weapons(one_sided):
    rows = code(one_sided, "Russia warned it was ready to use nuclear weapons if attacked.")
    assert any(r["source_country"] == "RUS" and r["cameo"] == "1385"
               and r["status"] == "occurred" for r in rows)


def test_rebuffed_call_for_ceasefire(coder):
    event_of(code(coder, "Netanyahu rebuffed Biden's call for a ceasefire."), "ISR", "1246",
             "USA", "occurred")


def test_threat_condition_is_laid_on_the_one_threatened(coder):
    rows = code(coder, "The United States threatened Iran with military action if it "
                       "attacked Israel.")
    event_of(rows, "USA", "138", "IRN", "occurred")
    assert not any(r["source_country"] == "USA" and r["target_country"] == "ISR" for r in rows)


PASSIVES = [
    ("Moldova was threatened with sanctions by Russia.", "RUS", "1312", "MDA"),
    ("Moldova was threatened with an energy cut-off by Russia.", "RUS", "131", "MDA"),
    ("The peace plan put forward by Brazil was rejected by Ukraine.", "UKR", "127", "BRA"),
    ("Ukraine rejected the peace plan put forward by Brazil.", "UKR", "127", "BRA"),
    ("An offer of talks made by Armenia was rebuffed by Azerbaijan on Monday.", "AZE", "125",
     "ARM"),
    ("The resolution drafted by France was vetoed by Russia.", "RUS", "129", "FRA"),
    ("The US condemned Russia's veto of the UN resolution on Ukraine.", "RUS", "129", "UNO"),
    ("Iran's refusal of the IAEA inspectors angered the West.", "IRN", "12", "UNO"),
]


@pytest.mark.parametrize(("text", "src", "cameo", "tgt"), PASSIVES,
                         ids=[c[0][:40] for c in PASSIVES])
def test_agents_and_whose_proposal(coder, text, src, cameo, tgt):
    event_of(code(coder, text), src, cameo, tgt, "occurred")


UNCONFIRMED = [
    ("The Pentagon declined to confirm that Israel had struck Iran.", "hedged"),
    ("The Pentagon declined to confirm reports that Israel had struck Iran.", "hedged"),
    ("The Pentagon did not confirm that Israel had struck Iran.", "hedged"),
    ("The Pentagon confirmed that Israel had struck Iran.", "occurred"),
]


@pytest.mark.parametrize(("text", "status"), UNCONFIRMED, ids=[c[0][:50] for c in UNCONFIRMED])
def test_withheld_confirmation_hedges(coder, text, status):
    rows = code(coder, text)
    event_of(rows, "ISR", "19", "IRN", status)
    # what was not commented on is no target of the declined comment
    assert not any(r["cameo"] == "011" and r["target_country"] for r in rows)


def test_brushed_aside_and_turned_down(coder):
    event_of(code(coder, "The Kremlin brushed aside Washington's offer of talks."), "RUS", "125",
             "USA", "occurred")
    event_of(code(coder, "Ukraine turned down the Russian offer of a ceasefire."), "UKR", "1246",
             "RUS", "occurred")


def test_what_a_rejected_call_asks_is_no_event(one_sided):
    rows = code(one_sided, "The Kenyan president rejected calls from the opposition to resign.")
    assert [(r["source_code"], r["cameo"][:2]) for r in rows] == [("KENGOV", "12")]


@pytest.mark.parametrize("text,src,tgt,date", [
    ("On Friday, Germany declared that the veto would not stop Berlin from holding Russia "
     "accountable.", "DEU", "RUS", "2025-08-15"),
    ("Canada said it would hold Iran accountable for the downing of the airliner.", "CAN",
     "IRN", None),
])
def test_a_threat_told_as_said_was_made_when_said(coder, text, src, tgt, date):
    """Session 13: "declared that no veto would keep them from holding Moscow to
    account" is a threat made (ANNOTATION.md: threats occur when told), dated by the
    saying; a threat that is no one's words stays what its modal says."""
    e = event_of(code(coder, text), src, "13", tgt, "occurred")
    assert e["event_date"] == date
    assert e["background"] == (date is not None)
    event_of(code(coder, "France will hold Iran accountable for the attack."), "FRA", "13",
             "IRN", "intended")


@pytest.mark.parametrize("text,src,tgt", [
    ("Last year, Macron said Iran will never possess a nuclear weapon.", "FRA", "IRN"),
    ("Israel's prime minister said Iran will never get a nuclear bomb.", "ISR", "IRN"),
    ("Biden vowed that North Korea would never acquire an atomic bomb.", "USA", "PRK"),
])
def test_word_that_another_will_never_gain_the_bomb_is_a_warning(coder, text, src, tgt):
    """Session 13: one party's word that another will never have a nuclear weapon warns it
    (130), told when said: "Last year ... said" is background."""
    rows = code(coder, text)
    e = event_of(rows, src, "130", tgt, "occurred")
    assert e["background"] is text.startswith("Last year"), e
    assert not [r for r in rows if r["status"] == "negated"], rows


@pytest.mark.parametrize("text", [
    "Tehran said Iran would never build a nuclear bomb.",  # its own assurance
    "Biden said Iran would not get a seat at the table.",  # no arms
    "Biden said Iran does not yet hold a nuclear bomb.",  # a finding, not a future
])
def test_no_warning_without_another_party_arms_and_a_future(coder, text):
    assert not [r for r in code(coder, text) if r["cameo"].startswith("13")]


@pytest.mark.parametrize("text,src,tgt", [
    ("Manila said Beijing has no right to fish in its waters.", "PHL", "CHN"),
    ("Ukraine insisted that Russia does not have the right to veto the resolution.", "UKR",
     "RUS"),
    # the small parser hangs the "that" clause on the participle of the saying's adjunct
    ("Chile's president said in a speech marking Independence Day that Bolivia has no right "
     "to the coast.", "CHL", "BOL"),
])
def test_word_that_another_has_no_right_rejects_its_claim(coder, text, src, tgt):
    """Session 13: "said that Beijing has no right to speak for the island" rejects its claim
    (120), made when said; a party's word about its own rights is no rejection."""
    event_of(code(coder, text), src, "12", tgt, "occurred")
    assert not code(coder, "Moscow said Russia has no right to interfere.")
