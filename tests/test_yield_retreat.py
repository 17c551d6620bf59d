"""Yielding, conceding and retreating (CAMEO 08, PLOVER CONCEDE / RETREAT): eased curfews and
bans, strikes called off, releases, eased sanctions, international involvement let in,
withdrawals, disarming and resignations under pressure. Sentences are hand-written."""

import pytest
from tests.conftest import code, event_of, triples


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


# ------------------------------------------------------------- strikes and boycotts called off
def test_a_general_strike_suspended_is_dissent_eased_not_a_military_pause(coder):
    rows = code(coder, "The Chilean unions suspended the general strike on Monday.")
    assert ("CHLLAB", "082", "CHLGOV") in _codes(rows), _codes(rows)
    rows = code(coder, "The Ghana Labour Congress suspended its planned nationwide strike.")
    assert ("GHALAB", "082", "GHAGOV") in _codes(rows), _codes(rows)


def test_a_military_strike_suspended_stays_de_escalation(coder):
    rows = code(coder, "Israel suspended its air strikes on Lebanon.")
    assert ("ISR", "087", "LBN") in _codes(rows), _codes(rows)
    rows = code(coder, "Turkey ended its strikes on Kurdish positions in Iraq.")
    assert not [r for r in rows if r["cameo"] == "082"], _codes(rows)


def test_workers_ending_their_strike_call_off_dissent(one_sided):
    rows = code(one_sided, "The Bolivian workers ended their strike after the pay deal.")
    assert [r["cameo"] for r in rows if r["source_code"] == "BOLLAB"] == ["082"], _codes(rows)
    rows = code(one_sided, "The Iranian truckers called off their strike.")
    assert ("IRNLAB", "082", None) in _codes(rows), _codes(rows)


def test_a_boycott_ended_by_students_is_dissent_by_a_state_a_sanction(coder):
    rows = code(coder, "Ugandan students ended their boycott of lectures.")
    assert ("UGAEDU", "082", "UGAGOV") in _codes(rows), _codes(rows)
    rows = code(coder, "Egypt ended its boycott of Qatari goods.")
    assert {r["cameo"] for r in rows} == {"085"}, _codes(rows)


# ------------------------------------------------------------ armed groups laying down arms
def test_rebels_disarming_or_surrendering_at_home_yield_to_their_government(coder):
    rows = code(coder, "The Colombian rebels laid down their weapons on Friday.")
    assert ("COLREB", "0873", "COLGOV") in _codes(rows), _codes(rows)
    rows = code(coder, "Dozens of Malian rebels surrendered last week.")
    assert ("MLIREB", "0874", "MLIGOV") in _codes(rows), _codes(rows)


def test_a_truce_by_an_armed_group_names_no_implied_foe(coder, one_sided):
    # a ceasefire is often with a foe abroad: no implied target
    assert code(coder, "Hezbollah announced a unilateral truce on Sunday.") == []
    rows = code(one_sided, "Hezbollah announced a unilateral truce on Sunday.")
    assert [r["target_code"] for r in rows] == [None], _codes(rows)


# ------------------------------------------------------------------ curfews and emergency rule
def test_a_curfew_lifted_in_the_passive_is_placed_by_what_was_lifted(coder):
    rows = code(coder, "The curfew in Peshawar was lifted by the Pakistani government.")
    assert ("PAKGOV", "0813", "PAKCVL") in _codes(rows), _codes(rows)


def test_a_curfew_lifted_with_no_agent_in_a_town_is_its_states(coder):
    rows = code(coder, "The night curfew was lifted in Kampala on Sunday.")
    ev = event_of(rows, "UGA", "0813", "UGA")
    assert (ev["source_code"], ev["target_code"]) == ("UGAGOV", "UGACVL")
    rows = code(coder, "Martial law was lifted in Ukraine's western regions.")
    assert ("UKRGOV", "0814", "UKRCVL") in _codes(rows), _codes(rows)


def test_a_lifted_curfew_with_no_place_or_agent_is_no_event(coder):
    assert code(coder, "The curfew was lifted on Sunday.") == []
    assert code(coder, "A curfew was imposed in Dhaka.") == []


def test_martial_law_ended_in_a_place_of_its_own(coder):
    rows = code(coder, "The Armenian government ended martial law in Yerevan.")
    assert ("ARMGOV", "0814", "ARMCVL") in _codes(rows), _codes(rows)


def test_a_curfew_relaxed_is_an_eased_curfew(coder):
    rows = code(coder, "Authorities in Lahore relaxed the curfew.")
    assert ("PAKGOV", "0813", "PAKCVL") in _codes(rows), _codes(rows)


# -------------------------------------------------------------- bans on the opposition eased
def test_lifting_a_ban_on_parties_or_rallies_eases_political_freedoms(coder):
    rows = code(coder, "The Zambian government lifted the ban on the opposition party.")
    assert ("ZMBGOV", "0812", "ZMBOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "The Kenyan government lifted its ban on opposition demonstrations.")
    assert ("KENGOV", "0811", "KENOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Washington lifted sanctions on the Venezuelan opposition leader.")
    assert ("USAGOV", "085", "VENOPP") in _codes(rows), _codes(rows)


# ---------------------------------------------------------------------- releases and returns
def test_handed_over_a_number_of_prisoners(coder):
    rows = code(coder, "Russia handed over 45 Ukrainian prisoners to Ukraine on Monday.")
    event_of(rows, "RUS", "0841", "UKR", "occurred")


def test_captives_released_in_the_passive_are_released_by_who_held_them(coder):
    rows = code(coder, "The Nepali hostages held by Hamas were released on Thursday.")
    event_of(rows, "PSE", "0841", "NPL", "occurred")
    rows = code(coder, "The French sailors detained by Iran were released after a month.")
    event_of(rows, "IRN", "0841", "FRA")
    # a rescue by others is theirs: the holder does not release them
    rows = code(coder, "The Nepali hostages held by Hamas were released by Israeli commandos.")
    assert not [r for r in rows if r["cameo"] == "0841" and r["source_code"] == "PSEHMS"], \
        _codes(rows)


def test_returning_fishermen_and_soldiers_bodies(coder):
    rows = code(coder, "India returned the detained Pakistani fishermen.")
    event_of(rows, "IND", "0841", "PAK")
    rows = code(coder, "The Israeli army returned the bodies of Palestinian fighters.")
    event_of(rows, "ISR", "0841", "PSE")


def test_a_release_named_as_a_noun_with_its_agent(coder):
    rows = code(coder, "Iran's release of the French journalist was welcomed in Paris.")
    event_of(rows, "IRN", "0841", "FRA")
    rows = code(coder, "The ministry's release of the report was delayed.")
    assert not [r for r in rows if r["cameo"].startswith("08")], _codes(rows)


def test_a_lifting_or_easing_of_sanctions_named_as_a_noun(coder):
    rows = code(coder, "The lifting of sanctions on Syria by the European Union angered Turkey.")
    event_of(rows, "EUR", "085", "SYR")
    rows = code(coder, "Washington's easing of sanctions on Cuba drew criticism.")
    event_of(rows, "USA", "085", "CUB")


# ----------------------------------------------------------- international involvement let in
def test_letting_inspectors_in_names_who_is_let_in(coder):
    rows = code(coder, "North Korea agreed to let UN inspectors in.")
    ev = event_of(rows, "PRK", "0862", "UNO")
    assert ev["status"] == "intended"


def test_letting_aid_trucks_cross_into_a_place(coder):
    rows = code(coder, "Israel let aid trucks cross into Gaza on Tuesday.")
    event_of(rows, "ISR", "0863", "PSE", "occurred")


def test_allowing_observers_in_is_international_involvement(coder):
    rows = code(coder, "Zimbabwe allowed EU election observers into the country.")
    event_of(rows, "ZWE", "086", "EUR")


def test_letting_others_do_things_is_no_concession(coder):
    for text in ("The government let the protesters march through the capital.",
                 "Iran let the deadline pass without comment."):
        rows = code(coder, text)
        assert not [r for r in rows if r["cameo"].startswith("08")], (text, _codes(rows))


# ------------------------------------------------------------------------------ withdrawals
def test_withdrawing_from_a_named_state(coder):
    rows = code(coder, "The United States withdrew from Syria last year.")
    event_of(rows, "USA", "087", "SYR")


def test_withdrawing_from_a_treaty_or_a_bloc_is_no_retreat(coder):
    for text in ("Russia withdrew from the New START treaty.",
                 "Britain withdrew from the European Union."):
        rows = code(coder, text)
        assert not [r for r in rows if r["cameo"].startswith("087")], (text, _codes(rows))


def test_the_withdrawal_of_a_states_troops_named_as_a_noun(coder):
    rows = code(coder, "The withdrawal of Russian troops from Georgia was announced on Friday.")
    ev = event_of(rows, "RUS", "087", "GEO")
    assert ev["cameo"] == "087"
    rows = code(coder, "The withdrawal of British funds from Iran worried Tehran.")
    assert not [r for r in rows if r["cameo"].startswith("08")], _codes(rows)


def test_agreeing_to_a_cessation_of_hostilities_is_an_intended_truce(coder):
    rows = code(coder, "Sudan and South Sudan agreed to a cessation of hostilities.")
    ev = event_of(rows, "SDN", "035", "SSD")
    assert ev["status"] == "intended"


# --------------------------------------------------------------- resignation under pressure
def test_stepping_down_under_pressure_from_a_named_side(coder):
    rows = code(coder, "The Haitian prime minister stepped down under pressure from the "
                       "United States.")
    assert ("HTIGOV", "0831", "USA") in _codes(rows), _codes(rows)
    rows = code(coder, "Iran freed the tanker crew under British pressure.")
    event_of(rows, "IRN", "0841", "GBR")


def test_a_resignation_despite_calls_to_stay_names_no_presser(coder):
    rows = code(coder, "The minister resigned despite calls from Washington to stay.")
    assert not [r for r in rows if r["cameo"].startswith("08")], _codes(rows)


def test_a_bill_withdrawn_after_protests_by_a_named_group(coder):
    rows = code(coder, "The Kenyan government withdrew the tax bill after protests by Kenyan "
                       "students.")
    assert ("KENGOV", "0832", "KENEDU") in _codes(rows), _codes(rows)


# --------------------------------------------------------------------------- must not fire
@pytest.mark.parametrize("text", [
    "He lifted weights at the gym in Moscow every morning.",
    "The Russian ministry released a statement on Monday.",
    "China released a video of the launch.",
    "The film was released in France last week.",
    "Britain withdrew money from the fund.",
    "The German company called off the merger with its French rival.",
    "The company withdrew its bid for the Italian bank.",
    "Apple released its new phone in China.",
    "The band ended their world tour in Japan.",
    "The Iranian striker ended his career in Qatar.",
    "The senator withdrew his amendment.",
])
def test_other_senses_of_yielding_verbs_are_no_events(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"].startswith("08")], (text, triples(rows))
