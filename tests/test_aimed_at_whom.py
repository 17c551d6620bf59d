"""Who an act is aimed at, not what it mentions. Regressions: "the two leaders discussed
Ukraine" was coded as a consultation with Ukraine, and "condemned the attack on Israel" as
disapproval of Israel."""

import pytest
from tests.conftest import code, mentions, sides

VISIT = ("Secretary of State Antony J. Blinken traveled to Beijing for meetings with "
         "President Xi Jinping and Foreign Minister Qin Gang. ")


@pytest.mark.parametrize("sentence, expected", [
    ("The two leaders discussed Ukraine.", {("USAELI", "04", "CHNGOV")}),
    ("The ministers discussed Iran's nuclear programme.", {("USAELI", "04", "CHNGOV")}),
])
def test_a_discussed_state_is_the_topic_of_the_pair_that_met(coder, sentence, expected):
    rows = [r for r in code(coder, VISIT + sentence) if r["sentence"] == sentence]
    assert sides(rows) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin and Erdogan discussed Syria on Tuesday.", {("RUSGOV", "04", "TURGOV")}),
    ("Japan and South Korea discussed North Korea's missile launches.",
     {("JPN", "04", "KOR")}),
    # who else takes part is "with"
    ("Macron discussed Ukraine with Scholz on Monday.", {("FRAGOV", "04", "DEUELI")}),
])
def test_joint_or_with_partners_are_the_parties(coder, text, expected):
    assert sides(code(coder, text)) == expected


def test_a_lone_speaker_discussing_a_state_consults_no_one(coder):
    assert not [r for r in code(coder, "Germany's chancellor discussed Iran at length.")
                if r["cameo"].startswith("04")]


@pytest.mark.parametrize("text, expected", [
    ("France condemned the attack on Israel by Iran.", {("FRA", "11", "IRN")}),
    ("Iran condemned the strikes on its nuclear sites by Israel.", {("IRN", "11", "ISR")}),
    ("Britain praised the Israeli strikes on Iran.", {("GBR", "05", "ISR")}),
])
def test_praise_or_blame_of_force_is_aimed_at_its_agent(coder, text, expected):
    rows = [r for r in code(coder, text) if r["cameo"][:2] in ("05", "11")]
    assert sides(rows) == expected


def test_the_agent_of_a_condemned_invasion_is_the_target(coder):
    rows = code(coder, "Poland condemned the Russian invasion of Ukraine.")
    assert ("POL", "11", "RUS") in sides(rows)
    assert not [r for r in rows if r["cameo"][:2] == "11" and r["target_country"] == "UKR"]


@pytest.mark.parametrize("text", [
    "France condemned the attack on Israel.",
    "Germany criticized the bombing of a hospital in Ukraine.",
])
def test_blame_for_force_by_no_one_named_is_aimed_at_no_victim(coder, text):
    assert not [r for r in code(coder, text) if r["cameo"][:2] == "11"]


def test_blame_of_a_state_for_its_act_is_unchanged(coder):
    text = "The United States condemned North Korea for its missile launch."
    assert ("USA", "11", "PRK") in sides(code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions over Russia's invasion of Ukraine.", ("CAN", "16", "RUS")),
    ("Australia imposed sanctions on Russia over the invasion of Ukraine.",
     ("AUS", "16", "RUS")),
])
def test_sanctions_over_an_invasion_hit_the_invader(coder, text, expected):
    rows = [r for r in code(coder, text) if r["cameo"][:2] == "16"]
    assert sides(rows) == {expected}


def test_sanctions_over_an_unnamed_invader_hit_no_victim(coder):
    rows = code(coder, "Canada imposed sanctions over the invasion of Ukraine.")
    assert not [r for r in rows if r["target_country"] == "UKR"]


def test_a_threatened_strike_is_still_aimed_at_its_victim(coder):
    rows = code(coder, "The United States threatened strikes on Houthi positions in Yemen.")
    assert [r for r in rows if r["cameo"][:2] == "13" and r["target_country"] == "YEM"]


@pytest.mark.parametrize("text, phrase, code_", [
    ("Russian troops in Mali killed civilians.", "Mali", "MLI"),
    ("French soldiers in Niger left the base.", "Niger", "NER"),
    # with no country of their own, the troops are the place's
    ("The troops in Mali attacked the village.", "troops in Mali", "MLIMIL"),
])
def test_a_place_after_foreign_troops_is_no_troops_of_its_own(coder, text, phrase, code_):
    assert mentions(coder, text)[phrase][0] == code_


@pytest.mark.parametrize("text", [
    "Hezbollah vowed to retaliate for the killing of its commander in Beirut.",
    "Russia condemned the killing of its ambassador in Ankara.",
])
def test_where_a_reason_act_happened_is_no_target(coder, text):
    """Regression: the capital where a killing happened was the target (LBNGOV, TURGOV)."""
    assert not code(coder, text)


def test_a_named_killer_is_the_target_of_the_threat_over_it(coder):
    rows = code(coder, "Iran threatened to retaliate against Israel for the killing of its "
                       "generals in Damascus.")
    assert sides(rows) == {("IRN", "13", "ISR")}


def test_force_readied_for_a_war_is_aimed_where_the_war_is(coder):
    rows = code(coder, "Britain mobilized army reservists for a possible war against Iraq.")
    assert ("GBR", "15", "IRQ") in sides(rows)


def test_a_killing_with_a_named_agent_is_an_event(coder):
    rows = code(coder, "Israel's killing of aid workers in Gaza drew condemnation.")
    assert [r for r in rows if r["cameo"] == "180" and r["source_country"] == "ISR"]


@pytest.mark.parametrize("text, expected", [
    ("Japan and South Korea held talks at a summit in Washington.", {("JPN", "04", "KOR")}),
    ("Russian and Chinese foreign ministers met on the sidelines of the ASEAN meeting.",
     {("RUS", "04", "CHNGOV")}),
    ("France and Germany held talks with Poland in Warsaw.",
     {("FRA", "04", "POL"), ("DEU", "04", "POL")}),
])
def test_where_named_parties_meet_is_no_party(coder, text, expected):
    """Regression: the venue (a capital, a forum) was coded as a partner in the talks."""
    assert sides(code(coder, text)) == expected


def test_talks_held_in_a_capital_with_no_one_else_named_are_with_its_state(coder):
    assert sides(code(coder, "Blinken held talks in Beijing.")) == {("USAELI", "04", "CHNGOV")}


@pytest.mark.parametrize("text", [
    "France condemned Russia's shelling of civilians.",
    "The United States condemned the bombing of hospitals by the RSF.",
])
def test_condemned_force_with_named_victims_is_not_aimed_at_the_condemner(coder, text):
    """Regression: "Russia's shelling of civilians" was coded RUS 194 FRA."""
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] == "19"
                and r["target_country"] in ("FRA", "USA")]


def test_condemned_force_with_no_victim_named_is_aimed_at_the_condemner(coder):
    assert ("ISR", "19", "IRN") in sides(code(coder, "Iran condemned Israel's strikes."))


def test_an_apposition_to_a_participles_noun_is_no_patient(coder):
    """Regression: "the abuses committed by the parties in Sudan, particularly ... by the
    RSF" made the RSF the victim of Sudan."""
    rows = code(coder, "The United States condemned the abuses committed by the warring "
                       "parties in Sudan, particularly the killings of civilians by the RSF.")
    assert not [r for r in rows if r["source_country"] == "SDN" and r["target_code"] == "SDNRSF"]


@pytest.mark.parametrize("text, kept", [
    ("G7 leaders pledged new aid to Ukraine at a summit in Ottawa.", {"UKR"}),
    ("The African Union suspended Niger at its summit in Addis Ababa.", {"NER"}),
    ("NATO leaders agreed at their summit in The Hague to raise defence spending.", set()),
])
def test_the_town_a_gathering_is_held_in_is_no_target(coder, text, kept):
    """Regression: "at a summit in Ottawa" made Canada's government a party (G7 033 CANGOV)."""
    assert {r["target_country"] for r in code(coder, text)} == kept


def test_a_visit_to_a_summits_town_is_still_a_visit(coder):
    rows = code(coder, "Blinken traveled to Brussels for a NATO summit.")
    assert ("USAELI", "04", "BELGOV") in sides(rows)


@pytest.mark.parametrize("text, expected", [
    # a state a threat shields is not threatened
    ("Russia will respond to any attack on Belarus, Putin warned.", set()),
    ("Iran threatened to retaliate against any attack on its territory.", set()),
    # a threatened attack is aimed at its victim
    ("North Korea threatened an attack on South Korea.", {("PRK", "13", "KOR")}),
])
def test_a_threat_over_any_attack_is_not_aimed_at_the_shielded(coder, text, expected):
    assert sides(code(coder, text)) == expected
