"""Coder round 4: a state's acts on its own people, what a demand asks for, readying force,
and places named "the city of X". Sentences are hand-written."""

from tests.conftest import code, event_of, triples


# ------------------------------------------------ a state's restrictions on its own people
def test_curfew_in_a_town_of_its_own_country_targets_its_civilians(coder):
    rows = code(coder, "Egyptian police imposed a curfew in the town of Mallawi in southern "
                       "Egypt.")
    ev = event_of(rows, "EGY", "1723", "EGY", "occurred")
    assert ev["target_code"] == "EGYCVL"
    assert ev["target_text"] == "imposed"  # implicit: placed on the trigger


def test_an_act_on_a_population_needs_a_place_of_the_states_own(coder, one_sided):
    # review: with no place named, whose people is not said (occupied or disputed land);
    # session 11: a state of emergency or martial law is laid on the whole land unless a
    # place narrows it (tests/test_home_targets.py), a curfew is a town's
    text = "The Algerian government lifted the curfew on Thursday."
    assert code(coder, text) == []
    rows = code(one_sided, text)
    assert [(r["cameo"], r["target_code"]) for r in rows] == [("0813", None)], triples(rows)
    rows = code(coder, "The Algerian government lifted the state of emergency in Algeria.")
    assert event_of(rows, "DZA", "0814", "DZA")["target_code"] == "DZACVL"


def test_held_or_foreign_people_are_not_the_states_own(one_sided):
    for text in ("Israel released 30 prisoners in Jerusalem on Tuesday.",
                 "Russian police detained two foreign journalists in Moscow."):
        rows = code(one_sided, text)
        assert rows and not [r for r in rows if (r["target_code"] or "").endswith("CVL")], \
            triples(rows)


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


def test_curfew_in_a_place_of_no_known_state_is_not_home(one_sided):
    # an unknown place may be occupied territory: not the source's own people
    for text in ("Israel imposed a curfew in Hebron after the attack.",
                 "The Israeli army imposed a curfew in the Nablus district.",
                 "Israeli troops imposed a curfew on the old city after the attack."):
        rows = code(one_sided, text)
        assert [r["target_code"] for r in rows if r["cameo"].startswith("17")] == [None], \
            (text, triples(rows))


def test_another_states_place_stays_the_target(coder):
    rows = code(coder, "Serbia lifted the night curfew in Kosovo on Sunday.")
    ev = event_of(rows, "SRB", "0813", "XKX")
    assert ev["target_code"] != "SRBCVL"


def test_a_court_or_an_organisation_acts_on_no_implied_people(one_sided):
    rows = code(one_sided, "The Supreme Court of Pakistan lifted the ban in Lahore.")
    assert rows and not [r for r in rows if r["target_code"] == "PAKCVL"], triples(rows)
    rows = code(one_sided, "The United Nations imposed a curfew in the camp.")
    assert rows and not [r for r in rows if (r["target_code"] or "").endswith("CVL")], \
        triples(rows)


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


# ------------------------------------------------ what an answer answers (round 5)
def test_rejected_request_is_not_coded_as_the_requesters_act(coder):
    rows = code(coder, "Egypt rejected an Israeli request to extradite the two suspects.")
    event_of(rows, "EGY", "12", "ISR")
    assert not [r for r in rows if r["source_country"] == "ISR"], triples(rows)


def test_accepted_demands_are_the_acceptance_alone(coder):
    rows = code(coder, "The Kenyan government accepted demands from the opposition that it "
                       "hold early elections.")
    event_of(rows, "KEN", "08", "KEN")
    assert not [r for r in rows if r["cameo"].startswith("10")], triples(rows)


def test_a_rejected_accusation_stays_an_accusation(coder):
    rows = code(coder, "Egypt rejected the accusations by Israel that it had armed the "
                       "militants.")
    event_of(rows, "ISR", "112", "EGY")


def test_a_demand_its_maker_repeats_is_still_coded(coder):
    rows = code(coder, "Egypt reiterated its demand that Israel withdraw its troops from the "
                       "crossing.")
    event_of(rows, "EGY", "10", "ISR")


def test_refused_call_is_aimed_where_the_act_would_be_done(coder):
    rows = code(coder, "Chad on Tuesday rejected a call for its troops to be deployed in "
                       "Sudan.")
    event_of(rows, "TCD", "12", "SDN")


# ------------------------------------------------ a protest's demand is its content
def test_demand_a_rally_is_held_for_is_no_second_act(coder):
    rows = code(coder, "Thousands of Chilean students staged rallies in Santiago to demand the "
                       "resignation of the education minister.")
    event_of(rows, "CHL", "14", "CHL")
    assert not [r for r in rows if r["cameo"][:2] in ("10", "02")], triples(rows)


def test_a_demand_in_a_clause_of_its_own_stays(coder):
    rows = code(coder, "Chilean students staged rallies in Santiago on Monday, and the "
                       "Chilean government demanded that Peru withdraw its ambassador.")
    event_of(rows, "CHL", "14", "CHL")
    event_of(rows, "CHL", "10", "PER")


# ------------------------------------------------ attempts at force were made
def test_attempted_assassination_is_185_occurred(coder):
    for text in ("Rebels from Chad tried to assassinate the Chadian defence minister on "
                 "Monday.", "Kurdish rebels in Turkey attempted to kill the Turkish interior "
                 "minister."):
        rows = code(coder, text)
        assert [r["cameo"] for r in rows] == ["185"], triples(rows)
        assert rows[0]["status"] == "occurred"


def test_a_done_assassination_stays_186(coder):
    rows = code(coder, "Colombian rebels killed the Colombian defence minister.")
    assert [r["cameo"] for r in rows] == ["186"], triples(rows)


def test_attempted_force_occurred_but_attempted_talks_are_intended(coder):
    rows = code(coder, "The Russian army has tried to storm Ukrainian positions near the city.")
    event_of(rows, "RUS", "19", "UKR", "occurred")
    rows = code(coder, "Russia tried to negotiate with Ukraine over the grain deal.")
    event_of(rows, "RUS", "04", "UKR", "intended")
    rows = code(coder, "North Korea will try to hack into the computers of South Korean "
                       "army officers.")
    event_of(rows, "PRK", "17", "KOR", "intended")


# ------------------------------------------------ places
def test_a_named_division_of_no_known_state_is_not_taken_as_home(one_sided):
    # review: "X State" or "X district" may be anyone's; the place must be known (North
    # Kordofan State is now: the gazetteer's divisions, tests/test_gazetteer.py)
    rows = code(one_sided, "The Sudanese government lifted the state of emergency in Upper "
                           "Tamarisk State on Friday.")
    assert [r["target_code"] for r in rows if r["cameo"] == "0814"] == [None], triples(rows)


def test_readying_force_needs_force(coder):
    # review: "strike a deal" matched the force row's word list
    rows = code(coder, "Britain is preparing to strike a deal with the European Union.")
    assert not [r for r in rows if r["cameo"].startswith("15")], triples(rows)
    event_of(rows, "GBR", "057", "EUR", "intended")


def test_blocked_transport_into_a_city(coder, one_sided):
    rows = code(coder, "Malian protesters blocked transport into Bamako on Monday.")
    event_of(rows, "MLI", "144", "MLI")
    rows = code(one_sided, "Malian soldiers blocked the transport of food on Monday.")
    assert not [r for r in rows if r["cameo"].startswith("14")], triples(rows)


def test_inspectors_dispatched_into_a_country(coder):
    rows = code(coder, "The UN dispatched inspectors to a factory in western Iraq on Monday.")
    event_of(rows, "UNO", "09", "IRQ")


def test_a_protests_demand_on_another_state_is_an_act_of_its_own(coder):
    # review: only a demand on the protest's own target is its content
    rows = code(coder, "Kenyan opposition supporters demonstrated in Nairobi, demanding the "
                       "release of jailed leaders by Uganda.")
    event_of(rows, "KEN", "14", "KEN")
    event_of(rows, "KEN", "10", "UGA")
