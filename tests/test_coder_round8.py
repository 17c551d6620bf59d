"""Coder round 8: an armed group or bloc that says "it will..." is the agent of what it
says; a state that lets aid or people "enter" a place is aimed at that place. Sentences are
hand-written."""

import pytest
from tests.conftest import code, event_of, triples


# ------------------------------------------ 1. "Hamas said it would...": a group's "it"
@pytest.mark.parametrize("text,src,root,tgt,status", [
    ("Hamas said it would release ten Israeli hostages on Friday.", "PSE", "08", "ISR",
     "intended"),
    ("Hezbollah said it had fired rockets at northern Israel.", "LBN", "19", "ISR", "occurred"),
    ("Al-Shabaab said it would attack Kenyan troops in Somalia.", "SOM", "19", "KEN",
     "intended"),
])
def test_a_group_saying_it_will_act_is_the_agent(coder, text, src, root, tgt, status):
    event_of(code(coder, text), src, root, tgt, status)


def test_a_person_saying_it_is_no_agent(coder):
    # "it" is never a person: what "it" would do has no agent here
    rows = code(coder, "President Putin said it would hurt Ukraine.")
    assert not rows, triples(rows)


# ------------------------------------------ 2. "allowed aid trucks to enter Gaza"
@pytest.mark.parametrize("text,src,tgt", [
    ("Israel allowed aid trucks to enter Gaza on Sunday.", "ISR", "PSE"),
    ("Egypt let relief trucks reach Sudan through the Argeen crossing.", "EGY", "SDN"),
])
def test_letting_aid_enter_a_place_is_aimed_at_it(coder, text, src, tgt):
    event_of(code(coder, text), src, "08", tgt, "occurred")


def test_a_state_letting_its_own_troops_enter_is_no_cooperation_with_the_place(coder):
    rows = code(coder, "Russia allowed its troops to enter Ukraine.")
    assert not any(r["cameo"].startswith("06") for r in rows), triples(rows)


# ------------------------------------------ 3. forces sent into another state's land
@pytest.mark.parametrize("text,src,tgt", [
    ("Turkey sent troops into northern Syria last year.", "TUR", "SYR"),
    ("Putin ordered troops into Ukraine on February 24.", "RUS", "UKR"),
    ("Russia sent tanks into Georgia in 2008.", "RUS", "GEO"),
])
def test_forces_sent_into_a_state_are_an_incursion(coder, text, src, tgt):
    event_of(code(coder, text), src, "19", tgt)


def test_troops_sent_to_an_ally_stay_military_aid(coder):
    event_of(code(coder, "Turkey sent troops to Qatar under a defence pact."), "TUR", "07", "QAT")


# ------------------------------------------ 4. disengaging, handing over weapons
def test_agreeing_to_disengage_is_de_escalation(coder):
    rows = code(coder, "India and China agreed to disengage troops along the border.")
    event_of(rows, "IND", "08", "CHN", "intended")


def test_handing_over_named_weapon_systems_is_military_aid(coder):
    rows = code(coder, "The Netherlands handed over its last F-16 jets to Ukraine.")
    event_of(rows, "NLD", "07", "UKR", "occurred")


def test_rebels_handing_over_their_weapons_is_no_military_aid(coder):
    rows = code(coder, "FARC rebels handed over their weapons to the UN mission.")
    assert not any(r["cameo"].startswith("07") for r in rows), triples(rows)


# ------------------------------------------ 5. a condition on an offered act
@pytest.mark.parametrize("text,src,root,tgt,status", [
    ("Poland is willing to deliver fighter jets to Lithuania if Russia invades.",
     "POL", "07", "LTU", "intended"),
    ("Turkey agreed to withdraw its troops from Iraq if the PKK disarms.", "TUR", "08", "IRQ",
     "intended"),
    ("Iran is ready to resume talks with Washington if sanctions are lifted.", "IRN", "04",
     "USA", "intended"),
    # a bare possibility on a condition stays possible
    ("Russia could send troops to Belarus if NATO expands.", "RUS", "07", "BLR", "hedged"),
])
def test_a_condition_on_an_offered_act_leaves_it_intended(coder, text, src, root, tgt, status):
    event_of(code(coder, text), src, root, tgt, status)


# ------------------------------------------ 6. hyphenated verbs kept whole
def test_a_hyphenated_test_fire_is_one_predicate(coder, one_sided):
    rows = code(coder, "North Korea test-fired two ballistic missiles toward Japan.")
    event_of(rows, "PRK", "15", "JPN", "occurred")
    rows = code(one_sided, "China test-launched an ICBM into the Pacific.")
    assert ("CHN", "150", None) in {(r["source_code"], r["cameo"], r["target_code"])
                                    for r in rows}, triples(rows)


def test_the_tokenizer_keeps_test_fired_whole():
    from accord.nlp import load_pipeline

    doc = load_pipeline()("Iran Test-fired a missile and test-launches another.")
    assert [t.text for t in doc][1:2] == ["Test-fired"] and doc[1].pos_ == "VERB"
    assert "test-launches" in [t.text for t in doc]


# ------------------------------------------ 7. talks others host, sanctions others impose
def test_talks_offered_to_be_hosted_are_as_sure_as_the_hosting(coder):
    rows = code(coder, "Turkey offered to host peace talks between Russia and Ukraine.")
    event_of(rows, "RUS", "04", "UKR", "intended")
    rows = code(coder, "Turkey hosted peace talks between Russia and Ukraine.")
    event_of(rows, "RUS", "04", "UKR", "occurred")


def test_cooperation_is_not_aimed_at_who_condemns_it(coder):
    rows = code(coder, "France condemned the talks between Russia and Iran.")
    assert not any(r["target_country"] == "FRA" and r["cameo"].startswith("04")
                   for r in rows), triples(rows)
    event_of(rows, "RUS", "04", "IRN")


def test_sanctions_imposed_by_a_state_target_who_condemns_them(coder):
    event_of(code(coder, "Iran condemned the sanctions imposed by Washington."),
             "USA", "16", "IRN", "occurred")
    event_of(code(coder, "Russia faces tariffs imposed by the European Union."),
             "EUR", "16", "RUS", "occurred")
    # force someone condemns is not aimed at them
    rows = code(coder, "China condemned the attacks carried out by Israel.")
    assert not any(r["target_country"] == "CHN" and r["cameo"][:2] in ("18", "19")
                   for r in rows), triples(rows)


def test_expressed_dissatisfaction_is_criticism(coder):
    rows = code(coder, "China expressed strong dissatisfaction with the Dutch export rules.")
    event_of(rows, "CHN", "11", "NLD", "occurred")


# ------------------------------------------ 8. blocking another's measures
def test_blocking_a_package_of_sanctions_rejects_its_author(coder):
    rows = code(coder, "Hungary blocked a new package of EU sanctions on Russia.")
    event_of(rows, "HUN", "12", "EUR", "occurred")
    event_of(rows, "EUR", "16", "RUS", "negated")
    rows = code(coder, "Turkey blocked Sweden's accession to NATO for months.")
    event_of(rows, "TUR", "12", "SWE", "occurred")


def test_committing_to_joint_exercises_is_intent_to_cooperate_militarily(coder):
    rows = code(coder, "Turkey committed to joint military exercises with Egypt.")
    assert ("TUR", "0312", "EGY") in {(r["source_code"], r["cameo"], r["target_code"])
                                      for r in rows}, triples(rows)


# ------------------------------------------ 9. wire datelines
@pytest.mark.parametrize("text", [
    "BEIJING, July 14 (AP) - Chinese and Russian warships began joint exercises in the Sea "
    "of Japan on Monday.",
    "VLADIVOSTOK, Russia (Reuters) — Chinese and Russian warships began joint exercises in "
    "the Sea of Japan.",
    "NEW YORK -- Chinese and Russian warships began joint exercises in the Sea of Japan.",
])
def test_a_dateline_is_no_part_of_the_first_sentence(coder, text):
    rows = code(coder, text)
    event_of(rows, "CHN", "06", "RUS", "occurred")
    assert all(r["sentence"].startswith("Chinese") for r in rows), rows


def test_only_a_capitalised_city_and_a_dash_make_a_dateline():
    from accord.nlp import DATELINE

    assert DATELINE.match("KUALA LUMPUR, Malaysia, Nov. 3 (AFP) - The talks")
    assert not DATELINE.match("The U.S. - China talks ended.")
    assert not DATELINE.match("Iran - the country that matters - said")


def test_a_past_perfect_joined_to_a_reported_clause_is_backshifted_too(coder):
    rows = code(coder, "Japan said it was monitoring the drills and had lodged a protest with "
                       "Moscow.")
    ev = event_of(rows, "JPN", "11", "RUS", "occurred")
    assert ev["background"] is False, ev


# ------------------------------------------ 10. "the junta", "the regime"
def test_the_junta_is_the_government_last_named_as_one(coder):
    text = ("Niger's military government ordered the French ambassador to leave. France "
            "refused to comply, saying the junta had no authority to expel its diplomats. The "
            "junta also asked Russia for security assistance.")
    rows = code(coder, text)
    event_of(rows, "NER", "02", "RUS", "occurred")
    assert not any(r["source_code"] == "FRAGOV" and r["cameo"].startswith("02")
                   for r in rows), triples(rows)
    rows = code(coder, "Myanmar's military seized power in February. Thailand urged the junta "
                       "to release Aung San Suu Kyi.")
    assert ("THA", "02", "MMRGOV") in {(r["source_code"], r["cameo"][:2], r["target_code"])
                                       for r in rows}, triples(rows)


# ------------------------------------------ 11. parses that lose the predicate
def test_a_participle_with_an_object_is_the_predicate_of_a_noun_phrase_parse(coder):
    # the small model parses "Israeli strikes killed ..." as the noun "strikes" described by
    # "killed ...": a participle with a direct object describes no noun
    rows = code(coder, "Israeli strikes killed at least 25 Palestinians in Gaza on Tuesday.")
    event_of(rows, "ISR", "19", "PSE", "occurred")


def test_a_passive_participle_still_describes_its_noun(coder):
    rows = code(coder, "Iran condemned the sanctions imposed by Washington.")
    event_of(rows, "USA", "16", "IRN", "occurred")


def test_mediators_proposing_together_appeal_to_neither(coder):
    rows = code(coder, "Egyptian and Qatari mediators have proposed a phased truce.")
    assert not any(r["cameo"].startswith("02") and {r["source_country"], r["target_country"]}
                   == {"EGY", "QAT"} for r in rows), triples(rows)


def test_a_dateline_with_two_cities():
    from accord.nlp import DATELINE

    assert DATELINE.match("GAZA/CAIRO, May 6 (Reuters) - Israeli air strikes")


# ------------------------------------------ 12. answers, "before" clauses, launches
def test_rejecting_an_offer_of_talks_is_done(coder):
    rows = code(coder, "Pyongyang rejected Seoul's offer of dialogue.")
    event_of(rows, "PRK", "12", "KOR", "occurred")


def test_what_comes_before_a_fresh_act_is_no_background(coder):
    rows = code(coder, "North Korea fired a missile into the sea on Thursday, hours before "
                       "President Lee Jae-myung was due to meet Japan's prime minister.")
    ev = event_of(rows, "KOR", "04", "JPN", "intended")
    assert ev["background"] is False, ev


@pytest.mark.parametrize("text,src,tgt", [
    ("North Korea fired a ballistic missile into the sea on Thursday. Japan's defence "
     "ministry condemned the launch.", "JPN", "PRK"),
    ("Iran test-fired a new missile on Monday. Israel condemned the test.", "ISR", "IRN"),
])
def test_a_launch_condemned_refers_back_to_the_firing(coder, text, src, tgt):
    event_of(code(coder, text), src, "11", tgt, "occurred")


def test_blocking_another_states_ships_is_a_blockade(coder):
    rows = code(coder, "On Monday, Chinese coast guard ships blocked a Philippine resupply "
                       "mission.")
    event_of(rows, "CHN", "19", "PHL", "occurred")


def test_refugees_hosted_are_sheltered_and_migrants_sent_back_deported(coder):
    event_of(code(coder, "Jordan hosts more than 600,000 Syrian refugees."), "JOR", "07", "SYR")
    event_of(code(coder, "Greece sent back 300 migrants to Turkey."), "GRC", "17", "TUR")
    event_of(code(coder, "Poland hosted Ukrainian President Zelensky."), "POL", "04", "UKR")


def test_a_veto_of_measures_is_aimed_at_who_takes_them_and_denies_them(coder):
    rows = code(coder, "Hungary vetoed new EU sanctions on Russia.")
    assert {(r["source_country"], r["cameo"][:2], r["target_country"]) for r in rows} == {
        ("HUN", "12", "EUR")}, triples(rows)
    rows = code(coder, "China vetoed a U.S. plan to impose sanctions on North Korea.")
    event_of(rows, "CHN", "12", "USA", "occurred")
    event_of(rows, "USA", "16", "PRK", "negated")
