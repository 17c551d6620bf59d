"""Coder round 7: actors a conflict sentence implies by the place it names
(accord.events.implicit), and a bloc or state that only describes another state
("NATO-member Norway": accord.actors.titles.drop_descriptions). Sentences are hand-written."""

import pytest
from tests.conftest import code, event_of, mentions, sides, triples


# ---------------------------------------------------------------- 1. the state that arrests
@pytest.mark.parametrize("text,src,root,tgt", [
    ("Two Australian reporters were detained in Myanmar last week.", "MMR", "17", "AUS"),
    ("A Dutch aid worker was jailed in Egypt.", "EGY", "17", "NLD"),
    ("A Danish citizen was placed under arrest in Algeria.", "DZA", "17", "DNK"),
    ("A Belgian national was sentenced to prison in Iran.", "IRN", "11", "BEL"),
    ("A Japanese businessman was put under investigation in France.", "FRA", "09", "JPN"),
    ("Four Russian diplomats were expelled from the Netherlands.", "NLD", "16", "RUS"),
    ("Two Sudanese migrants were deported from Israel.", "ISR", "17", "SDN"),
    # a site named by its town: the town's state
    ("A Kuwaiti man was detained at Beirut airport.", "LBN", "17", "KWT"),
])
def test_agentless_state_act_in_a_named_state_is_that_states(coder, text, src, root, tgt):
    rows = code(coder, text)
    event_of(rows, src, root, tgt, "occurred")


def test_implicit_agent_rests_on_the_trigger_as_the_government(coder):
    rows = code(coder, "Two Australian reporters were detained in Myanmar last week.")
    ev = event_of(rows, "MMR", "17", "AUS")
    # no words name the agent: it is the state's government, placed on the trigger
    assert ev["source_code"] == "MMRGOV"
    assert ev["source_text"] == "detained" and ev["source_start"] == ev["trigger_start"]


def test_a_state_holds_its_own_land_but_not_contested_land(coder):
    kb = coder.kb
    assert kb.holds("IRN", ("Iran",)) and kb.holds("HKG")
    # an observer or disputed entity, or a region whose note says it is occupied or annexed
    assert not kb.holds("PSE", ("Palestine",))
    assert not kb.holds("UKR", ("Crimea",)) and not kb.holds("SYR", ("Golan Heights",))
    assert kb.holds("UKR", ("Kharkiv",))


def test_passive_with_an_agent_keeps_its_agent(coder):
    # negative: "by" names who did it; the place's state is no agent
    rows = code(coder, "Two Americans were detained in Iraq by Iranian-backed militiamen.")
    assert not [r for r in rows if r["source_country"] == "IRQ"], triples(rows)


@pytest.mark.parametrize("text", [
    # acts others do too: no state is implied
    "Three British tourists were killed in Egypt.",
    "American troops were attacked in Syria.",
    # no one named it was done to
    "A man was arrested in Paris.",
    # the state's own people: no event between two sides
    "Two Iranian officials were detained in Iran.",
    # a bloc is no state that arrests or bans
    "Russian oil was banned in the EU.",
    # no place of a state
    "Two Canadian citizens were detained last week.",
    # a place another state may hold: who acts there the place does not tell
    "A French consulate employee was arrested in the West Bank.",
    "Two Polish volunteers were detained in Crimea.",
])
def test_no_implicit_agent(coder, text):
    rows = code(coder, text)
    assert not rows, triples(rows)


def test_kidnapping_in_a_place_is_no_state_act(coder):
    # others kidnap too: no state's government is implied, only the scene's unidentified
    # armed force (UAF, tests/test_unattributed_violence.py)
    rows = code(coder, "Two French aid workers were kidnapped in Mali.")
    assert {r["source_code"] for r in rows} == {"MLIUAF"}, triples(rows)


# ---------------------------------------------------------------- 2. victims in a named place
@pytest.mark.parametrize("text,src,tgt", [
    ("Afghan gunmen killed nine villagers in a Pakistani town.", "AFG", "PAKCVL"),
    ("Rwandan militiamen killed 40 people in Goma.", "RWAREB", "CODCVL"),
    # passive, with its agent
    ("Fifteen civilians were killed in Mosul by Turkish drones.", "TUR", "IRQCVL"),
    # the place of the act told by a clause of the same act
    ("A Somali gunman killed 14 people when he opened fire in Nairobi.", "SOM", "KENCVL"),
])
def test_unnamed_victims_are_the_people_of_the_place(coder, text, src, tgt):
    rows = code(coder, text)
    assert (src, "19", tgt) in sides(rows), sides(rows)


def test_a_groups_force_at_home_strikes_its_states_people(coder):
    rows = code(coder, "Al-Shabaab fighters killed 12 villagers in a Somali town.")
    assert ("SOMSHB", "19", "SOMCVL") in sides(rows), sides(rows)


def test_victims_keep_their_own_words(coder):
    rows = code(coder, "Afghan gunmen killed nine villagers in a Pakistani town.")
    ev = event_of(rows, "AFG", "19", "PAK")
    assert ev["target_text"] == "nine villagers"


@pytest.mark.parametrize("text", [
    # foreigners are no people of the place
    "Iraqi militants killed three foreign tourists in Baghdad.",
    # no named side struck
    "The earthquake killed 200 people in Turkey.",
    # no place
    "Syrian gunmen killed 12 civilians.",
    # a state's force in its own land: whose people, the text does not say
    "Nigerian soldiers killed 15 villagers in a town in Borno state.",
    # two sides fought: which struck the place's people is not told
    "Clashes between Sudanese and Chadian troops killed nine people in a Sudanese town.",
])
def test_no_placed_victims(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if (r["target_code"] or "").endswith("CVL")], triples(rows)


# ---------------------------------------------------------------- 3. "a camp for X refugees"
@pytest.mark.parametrize("text,src,tgt", [
    ("Sudanese militiamen attacked a camp of Chadian refugees.", "SDNREB", "TCDREF"),
    ("Pakistani jets bombed a settlement of Afghan refugees.", "PAK", "AFGREF"),
    ("A camp for Syrian refugees was attacked by Turkish militiamen.", "TURREB", "SYRREF"),
])
def test_people_a_place_is_for_are_the_target(coder, text, src, tgt):
    # the existing reading of the object phrase: pinned here
    rows = code(coder, text)
    assert any(r["source_code"] == src and r["target_code"] == tgt for r in rows), \
        sides(rows)


def test_camp_of_unnamed_refugees_names_no_target(coder):
    rows = code(coder, "A camp for refugees was attacked by Burundian militiamen.")
    assert not rows, triples(rows)


# ---------------------------------------------------------------- 4. targets in a place
@pytest.mark.parametrize("text,src,tgt", [
    ("Israeli warplanes struck targets in southern Lebanon on Tuesday.", "ISR", "LBN"),
    # the place on the verb, not on the noun
    ("Ukrainian drones hit targets inside Russia.", "UKR", "RUS"),
    ("Israeli aircraft bombed a house in Gaza.", "ISR", "PSE"),
    # a town only the gazetteer places
    ("Egyptian jets bombed positions in Benghazi.", "EGY", "LBY"),
    ("Saudi forces shelled villages in northern Yemen.", "SAU", "YEM"),
])
def test_generic_targets_in_a_place_are_aimed_at_its_state(coder, text, src, tgt):
    rows = code(coder, text)
    event_of(rows, src, "19", tgt)


@pytest.mark.parametrize("text", [
    "Israeli warplanes struck targets.",
    # the attacker's own land: no event between two sides
    "Syrian jets struck rebel positions in Idlib.",
])
def test_no_place_target(coder, text):
    rows = code(coder, text)
    assert not rows, triples(rows)


# ---------------------------------------------------------------- 5. "NATO-member Norway"
@pytest.mark.parametrize("text,src,root,tgt", [
    ("NATO-member Denmark offered to send jets to defend Estonia.", "DNK", "07", "EST"),
    ("Fellow NATO member Greece condemned the Turkish drills.", "GRC", "11", "TUR"),
    ("EU member Hungary criticized the sanctions on Russia.", "HUN", "11", "RUS"),
    ("Lithuania, an EU member, expelled Russian diplomats.", "LTU", "16", "RUS"),
    ("Key U.S. ally Israel struck Iran.", "ISR", "19", "IRN"),
    ("Russia's neighbour Finland joined NATO.", "FIN", "05", "NATO"),
])
def test_a_bloc_or_state_describing_another_is_no_actor(coder, text, src, root, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["target_country"] == tgt
               and r["cameo"][:2] in (root, "03") for r in rows), triples(rows)
    describer = {"NATO", "EUR", "USA", "RUS"} - {src, tgt}
    assert not [r for r in rows if r["source_country"] in describer
                or r["target_country"] in describer], triples(rows)


def test_description_before_a_name_joins_its_mention(coder):
    found = mentions(coder, "NATO-member Denmark offered to send jets to defend Estonia.")
    assert found.get("NATO-member Denmark") == ("DNK", "name"), found
    assert "NATO" not in found


def test_dropped_description_still_tells_what_the_alliance_is(coder):
    rows = code(coder, "NATO member Turkey blocked Finland's bid to join the alliance.")
    event_of(rows, "TUR", "12", "FIN")
    # NATO is no side of Turkey's act, but "the alliance" is still NATO
    assert not [r for r in rows if r["source_country"] == "NATO"], triples(rows)
    event_of(rows, "FIN", "05", "NATO", "negated")


def test_bloc_of_member_states_stays_the_bloc(coder):
    # negative: "NATO member states" names no other state: the bloc acts
    rows = code(coder, "NATO member states condemned Russia.")
    event_of(rows, "NATO", "11", "RUS")


# ---------------------------------------------------------------- towns struck (session 7)
@pytest.mark.parametrize("text,src,tgt", [
    # the parser tags such names a person or an organisation: a place all the same
    ("Russian forces shelled Kharkiv overnight.", "RUS", "UKR"),
    ("Russian forces shelled Odesa.", "RUS", "UKR"),
    ("Russian forces shelled the city of Kharkiv.", "RUS", "UKR"),
    # a namesake in a state a group of the article is from
    ("Liberian rebels took over the city of Greenville.", "LBR", "LBR"),
])
def test_a_town_struck_by_military_force_is_its_states(coder, text, src, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["target_country"] == tgt
               and r["cameo"][:2] == "19" for r in rows), triples(rows)


@pytest.mark.parametrize("text", [
    "Ukrainian forces shelled Donetsk.",  # the attacker's own land
    "Russian forces shelled Johnson.",  # no town
])
def test_no_struck_town(coder, text):
    assert not code(coder, text)
