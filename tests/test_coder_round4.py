"""Coder round 4: a state's acts on its own people, what a demand asks for, readying force,
and places named "the city of X". Sentences are hand-written."""

import pytest
from tests.conftest import code, event_of, triples


@pytest.fixture(scope="module")
def one_sided(coder):
    return coder.with_options(one_sided=True)


# ------------------------------------------------ a state's restrictions on its own people
def test_curfew_in_a_town_of_its_own_country_targets_its_civilians(coder):
    rows = code(coder, "Egyptian police imposed a curfew in the town of Mallawi in southern "
                       "Egypt.")
    ev = event_of(rows, "EGY", "1723", "EGY", "occurred")
    assert ev["target_code"] == "EGYCVL"
    assert ev["target_text"] == "imposed"  # implicit: placed on the trigger


def test_lifted_state_of_emergency_needs_no_place(coder):
    rows = code(coder, "The Algerian government lifted the state of emergency on Thursday.")
    assert event_of(rows, "DZA", "0814", "DZA")["target_code"] == "DZACVL"


def test_threat_to_impose_a_curfew_in_its_capital(coder):
    rows = code(coder, "The Nigerian president threatened to impose a curfew in Abuja.")
    assert event_of(rows, "NGA", "13", "NGA")["target_code"] == "NGACVL"


def test_arrests_in_a_city_of_its_own_country(coder):
    rows = code(coder, "Jordanian police detained dozens of people in Amman.")
    assert event_of(rows, "JOR", "173", "JOR")["target_code"] == "JORCVL"


def test_arrests_with_no_place_get_no_implied_target(coder, one_sided):
    assert code(coder, "Jordanian police detained dozens of people.") == []
    rows = code(one_sided, "Jordanian police detained dozens of people.")
    assert [r["target_code"] for r in rows] == [None], triples(rows)


def test_curfew_in_a_place_of_no_known_state_is_not_home(coder):
    # an unknown place may be occupied territory: not the source's own people
    rows = code(coder, "Israel imposed a curfew in Hebron after the attack.")
    assert not [r for r in rows if r["target_country"] == "ISR"], triples(rows)


def test_another_states_place_stays_the_target(coder):
    rows = code(coder, "Serbia lifted the night curfew in Kosovo on Sunday.")
    ev = event_of(rows, "SRB", "0813", "XKX")
    assert ev["target_code"] != "SRBCVL"


def test_a_court_or_an_organisation_acts_on_no_implied_people(coder):
    rows = code(coder, "The Supreme Court of Pakistan lifted the ban in Lahore.")
    assert not [r for r in rows if r["target_code"] == "PAKCVL"], triples(rows)
    rows = code(coder, "The United Nations imposed a curfew in the camp.")
    assert not [r for r in rows if (r["target_code"] or "").endswith("CVL")], triples(rows)


# ------------------------------------------------ what a demand asks for did not happen
def test_the_act_a_demand_noun_asks_for_is_not_coded(one_sided):
    rows = code(one_sided, "Germany reiterated its demand that Poland release the detained "
                           "journalists.")
    event_of(rows, "DEU", "10", "POL")
    assert not [r for r in rows if r["source_country"] == "POL"], triples(rows)


def test_the_act_an_ultimatum_asks_for_is_not_coded(one_sided):
    rows = code(one_sided, "Chile issued an ultimatum to Bolivia to halt the raids across the "
                           "border.")
    assert not [r for r in rows if r["cameo"].startswith("08")], triples(rows)


def test_a_reported_act_is_still_coded(one_sided):
    rows = code(one_sided, "Germany said that Poland released the detained journalists.")
    event_of(rows, "POL", "084", None)


# ------------------------------------------------ readying force is a show of force (150)
def test_preparing_to_attack_is_a_show_of_force(coder):
    rows = code(coder, "Ethiopian troops were preparing to attack Eritrean positions near the "
                       "border.")
    event_of(rows, "ETH", "150", "ERI", "occurred")
    assert not [r for r in rows if r["cameo"][:2] in ("18", "19")], triples(rows)


def test_preparing_to_resume_an_attack(coder):
    rows = code(coder, "The Sudanese army prepared to resume shelling Ugandan border villages.")
    event_of(rows, "SDN", "150", "UGA")
    assert not [r for r in rows if r["cameo"][:2] in ("13", "19")], triples(rows)


def test_being_prepared_to_is_still_an_intent(coder):
    rows = code(coder, "Iran is prepared to resume talks with France.")
    event_of(rows, "IRN", "04", "FRA", "intended")
    assert not [r for r in rows if r["cameo"].startswith("15")], triples(rows)


# ------------------------------------------------ "the city of X" names the place X
def test_the_city_of_a_place_is_that_place(coder):
    rows = code(coder, "Syrian troops arrived in the capital city of Beirut on Monday.")
    event_of(rows, "SYR", "0", "LBN")
