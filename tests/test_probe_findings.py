"""Regressions found by a probe of hand-written news sentences (session 7): each a general
construction that was coded wrong."""

import pytest
from tests.conftest import code, sides


@pytest.mark.parametrize("text", [
    "Iran is thought to have supplied drones to Russia.",
    "North Korea is believed to have sent troops to Russia.",
    "Iran is suspected of supplying drones to Russia.",
    "U.S. officials believe Russia launched the cyberattack on Estonia.",
])
def test_what_is_believed_thought_or_suspected_is_hedged(coder, text):
    rows = code(coder, text)
    assert rows and {r["status"] for r in rows} == {"hedged"}


def test_a_protest_lodged_with_a_state_is_an_official_complaint(coder):
    rows = code(coder, "The Philippines protested to China over the collision.")
    assert {(r["source_country"], r["cameo"], r["target_country"]) for r in rows} \
        == {("PHL", "114", "CHN")}


@pytest.mark.parametrize("text, status", [
    ("Ukraine rejected the Chinese plan.", "occurred"),
    ("Russia welcomed the Chinese peace plan.", "occurred"),
    # what a noun of intent promises is still intended
    ("Japan reaffirmed its commitment to the defence of the Philippines.", "intended"),
])
def test_a_plan_as_the_object_is_no_intent_unless_it_promises_an_act(coder, text, status):
    rows = code(coder, text)
    assert rows and {r["status"] for r in rows} == {status}


@pytest.mark.parametrize("text, expected", [
    ("The sanctions imposed by Washington on Caracas hurt the economy.",
     ("USAGOV", "16", "VENGOV")),
    ("Sanctions imposed on Russia by the EU remain in force.", ("EUR", "16", "RUS")),
])
def test_sanctions_in_a_reduced_relative_are_sanctions(coder, text, expected):
    rows = code(coder, text)
    assert sides(rows) == {expected}
    assert {r["cameo"] for r in rows} == {"163"}


@pytest.mark.parametrize("text, act", [
    ("Israel accused Iran of arming Hezbollah.", ("IRN", "07", "LBNHEZ")),
    ("Ukraine accused Russia of attacking its power grid.", ("RUS", "19", "UKR")),
    ("The United States accused China of supplying Russia with drone components.",
     ("CHN", "07", "RUS")),
])
def test_the_accused_did_what_they_are_accused_of_allegedly(coder, text, act):
    """Regression: the act of an "accused X of V-ing" clause was the accuser's, occurred."""
    rows = code(coder, text)
    accusation = [r for r in rows if r["cameo"][:2] == "11"]
    assert accusation and {r["status"] for r in accusation} == {"occurred"}
    alleged = [r for r in rows if r["cameo"][:2] != "11"]
    assert sides(alleged) == {act}
    assert {r["status"] for r in alleged} == {"hedged"}


def test_a_warning_against_an_act_is_the_warning_alone(coder):
    rows = code(coder, "Iran warned Israel against attacking its nuclear sites.")
    assert sides(rows) == {("IRN", "13", "ISR")}


@pytest.mark.parametrize("text, expected", [
    ("The Pentagon said it would send more warships to the Middle East to deter Iran.",
     ("USAMIL", "150", "IRN")),
    ("Britain sent fighter jets to Estonia to deter Russia.", ("GBR", "150", "RUS")),
])
def test_forces_sent_to_deter_are_a_show_of_force_at_the_deterred(coder, text, expected):
    """Regression: coded as military aid (072) to the state to be deterred."""
    rows = code(coder, text)
    assert expected in {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}
    assert not [r for r in rows if r["cameo"][:2] == "07"]


def test_forces_sent_to_an_ally_stay_military_aid(coder):
    rows = code(coder, "The United States sent troops to Poland to reassure its allies.")
    assert ("USA", "07", "POL") in sides(rows)


@pytest.mark.parametrize("text, status", [
    # no comment is no denial; a report is not yet a fact
    ("The Kremlin declined to comment on reports that Russia had supplied missiles to the "
     "Houthis.", "hedged"),
    ("There were reports that Russia had supplied missiles to the Houthis.", "hedged"),
    # a denied report is denied with what it says
    ("Iran denied allegations that it had supplied drones to Russia.", "negated"),
    ("Moscow denied reports that its troops had shelled the Polish border.", "negated"),
    # a confirmed one is confirmed
    ("The United States has confirmed reports that Iran has transferred missiles to Russia.",
     "occurred"),
    # the verb "report" attributes, it does not hedge
    ("Reuters reported that Russia had supplied missiles to the Houthis.", "occurred"),
])
def test_what_a_report_says_takes_the_reports_modality(coder, text, status):
    rows = [r for r in code(coder, text) if r["cameo"][:2] == "07" or r["cameo"][:2] == "19"]
    assert rows and {r["status"] for r in rows} == {status}


def test_a_denied_claim_is_denied_with_what_it_says(coder):
    rows = code(coder, "Papua New Guinea rejected claims that it had agreed to host a "
                       "Chinese naval base.")
    assert rows and {r["status"] for r in rows} == {"negated"}


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian sea drones sank a Russian warship.", ("UKR", "19", "RUSMIL")),
    ("The US sent two aircraft carriers to the Middle East to deter Iran.",
     ("USA", "15", "IRN")),
    ("The United States sent an aircraft carrier to Israel.", ("USA", "07", "ISR")),
])
def test_warships_sunk_and_sent(coder, text, expected):
    assert expected in sides(code(coder, text))


@pytest.mark.parametrize("text, date", [
    # the date of the instrument invoked, not of the act
    ("Washington reaffirmed its commitment to defend the Philippines under a 1951 treaty.",
     None),
    ("South Africa refused to arrest Putin despite an ICC warrant issued in 2023.", None),
    ("Russia attacked Ukraine in February 2022.", "2022-02"),
])
def test_a_date_inside_an_invoked_instrument_does_not_date_the_act(coder, text, date):
    rows = code(coder, text)
    assert rows and {r["event_date"] for r in rows} == {date}


@pytest.mark.parametrize("text, background", [
    # reported in the past, the past perfect is the reported act's own past: the news
    ("Sudan's army said it had recaptured the town from the RSF.", False),
    ("Two Greek officials told Reuters that Iran had seized a Greek tanker.", False),
    # with a date of its own, or unreported, it is still background
    ("Greece said Iran had seized a Greek tanker in 2019.", True),
    ("Iran had seized a Greek tanker in 2019.", True),
])
def test_a_reported_past_perfect_is_not_background_by_its_tense(coder, text, background):
    rows = code(coder, text)
    assert rows and {r["background"] for r in rows} == {background}


@pytest.mark.parametrize("text, who", [
    ("A Pentagon spokesman said Iran had transferred missiles to Russia.",
     "A Pentagon spokesman"),
    ("Two Greek officials told Reuters that Iran had seized a Greek tanker.",
     "Two Greek officials"),
    ("As President Biden said tonight, Russia attacked Ukraine.", "President Biden"),
    ("Iranian state media reported that Iran had sent drones to Russia.",
     "Iranian state media"),
    ("Evidence suggests that Eritrea sent troops to Ethiopia.", None),
])
def test_who_says_the_clause_an_event_is_told_in_is_its_attribution(coder, text, who):
    """Regression: only news media were attributions ("the official said" gave none)."""
    rows = code(coder, text)
    assert rows and {r["attribution"] for r in rows} == {who}


@pytest.mark.parametrize("text, expected", [
    ("Spain said it would meet its commitments to NATO.", ("ESP", "030", "NATO")),
    ("Hamas accepted a new ceasefire proposal from Egypt.", ("PSEHMS", "032", "EGY")),
    ("Ukraine accepted the US peace plan.", ("UKR", "030", "USA")),
])
def test_commitments_met_and_proposals_accepted(coder, text, expected):
    """Regression: "meet its commitments" was a meeting (040); an accepted proposal nothing."""
    rows = code(coder, text)
    assert {(r["source_code"], r["cameo"], r["target_code"]) for r in rows} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Ethiopian troops clashed with Tigrayan forces.", ("ETHMIL", "19", "ETHTPL")),
    ("Ethiopian troops attacked the TPLF.", ("ETHMIL", "19", "ETHTPL")),
])
def test_tigrays_forces_are_a_side_of_their_own(coder, text, expected):
    assert expected in sides(code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Iran seized a Greek oil tanker on Wednesday. The United States condemned the seizure.",
     ("USA", "11", "IRN")),
    ("Russia deployed troops to the Venezuelan coast. Caracas welcomed the deployment.",
     ("VENGOV", "05", "RUS")),
    ("Israel killed a Hezbollah commander in Beirut. Lebanon condemned the killing.",
     ("LBN", "11", "ISR")),
])
def test_a_reaction_names_the_earlier_act_by_its_noun(coder, text, expected):
    """Regression: "condemned the seizure" after "Iran seized" had no target."""
    assert expected in sides(code(coder, text))


def test_a_warning_with_the_speaker_last_is_a_threat(coder):
    """Regression: "Tehran will retaliate against Israel, an Iranian commander warned" gave
    nothing (only "warned that ..." was read)."""
    rows = code(coder, "Tehran will retaliate against Israel, an Iranian commander warned.")
    assert sides(rows) == {("IRNMIL", "13", "ISR")}
