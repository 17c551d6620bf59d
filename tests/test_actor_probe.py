"""Actor resolution probes (helper round): a state's possessive on its own group, "X-backed"
names, "the West" inside longer names, Sudan's RSF as a side of its own, the U.S. Treasury,
lists of states the parser reads as one name, and an organisation's office before a person."""

from __future__ import annotations

import pytest
from tests.conftest import code, mentions, sides


def _codes(coder, text: str) -> set[str]:
    return {c for c, _ in mentions(coder, text).values()}


def _sources(rows: list[dict]) -> set[str]:
    return {r["source_code"] for r in rows}


def _all_codes(rows: list[dict]) -> set[str]:
    return {r["source_code"] for r in rows} | {r["target_code"] for r in rows}


# ---------------------------------------------------------------- 1. "Yemen's Houthis"

@pytest.mark.parametrize("text, group, state", [
    ("Yemen's Houthis attacked a US destroyer.", "YEMHOU", "YEM"),
    ("Yemen's Houthi rebels attacked a US destroyer.", "YEMHOU", "YEM"),
    ("Lebanon's Hezbollah fired rockets at Israel.", "LBNHEZ", "LBN"),
    ("Gaza's Hamas rulers rejected the Israeli proposal.", "PSEHMS", "PSE"),
    ("Somalia's al-Shabaab attacked Kenyan troops.", "SOMSHB", "SOM"),
    ("Iraq's Popular Mobilization Forces attacked Islamic State fighters.", "IRQPMF", "IRQ"),
    ("Russia's Wagner group attacked Ukrainian positions.", "RUSWAG", "RUS"),
    ("Lebanese Hezbollah fighters attacked Israeli troops.", "LBNHEZ", "LBN"),
    ("Palestinian Hamas militants fired rockets at Israel.", "PSEHMS", "PSE"),
])
def test_a_states_possessive_on_its_own_group_is_no_second_actor(coder, text, group, state):
    rows = code(coder, text)
    assert group in _sources(rows), sides(rows)
    assert state not in _sources(rows), sides(rows)
    assert state not in _codes(coder, text), mentions(coder, text)


def test_the_state_joins_the_groups_mention(coder):
    got = mentions(coder, "Yemen's Houthis attacked a US destroyer.")
    assert got.get("Yemen's Houthis", ("",))[0] == "YEMHOU", got
    # the possessive parsed on an adjective between them: dropped, not joined
    got = mentions(coder, "The UAE is supplying weapons to Sudan's paramilitary Rapid Support "
                          "Forces.")
    assert "SDN" not in {c for c, _ in got.values()}, got


def test_colombias_eln_is_the_source_not_the_target(coder):
    got = mentions(coder, "Colombia's ELN rebels released two kidnapped soldiers.")
    assert "COL" not in {c for c, _ in got.values()}, got
    rows = code(coder.with_options(one_sided=True),
                "Colombia's ELN rebels released two kidnapped soldiers.")
    assert rows and all(r["source_code"] == "COLELN" for r in rows), sides(rows)
    assert "COL" not in _all_codes(rows), sides(rows)


def test_a_states_own_leader_and_the_capital(coder):
    # a person of that state: one mention, the person's
    rows = code(coder, "China's Xi met Russia's Putin in Moscow.")
    assert {(r["source_country"], r["cameo"][:2], r["target_country"]) for r in rows} == \
        {("CHN", "04", "RUS")}, sides(rows)
    got = mentions(coder, "Venezuela's Maduro accused the United States of plotting a coup.")
    assert got.get("Venezuela's Maduro", ("",))[0] == "VENGOV", got
    # a capital is a place: the state stays
    got = mentions(coder, "Russia struck Ukraine's capital Kyiv.")
    assert got.get("Ukraine", ("",))[0] == "UKR", got
    assert ("RUS", "19", "UKR") in sides(code(coder, "Russia struck Ukraine's capital Kyiv."))


@pytest.mark.parametrize("text, expected", [
    # the state owns an act, not a group: unchanged
    ("Russia's invasion of Ukraine was condemned by Germany.", ("RUS", "19", "UKR")),
    ("Israel's war against Hamas drew criticism from Turkey.", ("ISR", "19", "PSEHMS")),
    ("Iran's foreign minister criticised France.", ("IRNGOV", "11", "FRA")),
    ("Iran's foreign minister met his Iraqi counterpart.", ("IRNGOV", "04", "IRQ")),
])
def test_a_states_possessive_on_an_act_or_its_organ_is_unchanged(coder, text, expected):
    assert expected in sides(code(coder, text)), sides(code(coder, text))


def test_a_patron_of_another_countrys_group_is_no_actor_of_its_acts(coder):
    rows = code(coder, "Iran's Hezbollah allies attacked Israel.")
    assert ("LBNHEZ", "19", "ISR") in sides(rows), sides(rows)
    assert "IRN" not in _sources(rows), sides(rows)
    # named as the patron of an act, it stays
    got = mentions(coder, "Iran's support for Hezbollah angered Israel.")
    assert got.get("Iran", ("",))[0] == "IRN", got


# ---------------------------------------------------------------- 2. "Iran-backed militias"

@pytest.mark.parametrize("text, sponsor", [
    ("US forces struck Iran-backed militias in eastern Syria.", "IRN"),
    ("Two Americans were detained in Iraq by Iranian-backed militiamen.", "IRN"),
    ("Turkey sent troops to support the UN-recognised government.", "UNO"),
    ("Turkey sent troops to support the UN-recognized government.", "UNO"),
    ("Rebels attacked the Kremlin-backed separatists in Donetsk.", "RUSREB"),
    ("Hezbollah fought the Syrian-backed Amal militia.", "SYR"),
    ("Israel struck Hamas-linked targets in Gaza.", "PSEHMS"),
    ("An al-Qaeda-linked group attacked Malian troops.", "AQ"),
    ("A Kenyan-trained police unit arrived in Haiti.", "KENCOP"),
    ("Western-backed forces recaptured the town.", "WST"),
    ("Russia attacked Kyiv with Iranian-made drones.", "IRN"),
    ("A Washington-based think tank criticised China.", "USAGOV"),
])
def test_x_backed_names_no_actor_x(coder, text, sponsor):
    got = mentions(coder, text)
    assert sponsor not in {c for c, _ in got.values()}, got
    assert sponsor not in _all_codes(code(coder, text))


def test_the_militias_are_placed_by_their_place_not_given_the_sponsor(coder):
    rows = code(coder, "US forces struck Iran-backed militias in eastern Syria.")
    assert ("USAMIL", "19", "SYRREB") in sides(rows), sides(rows)
    # a group based somewhere is that place's group
    got = mentions(coder, "Gaza-based militants fired rockets at Israel.")
    assert got.get("Gaza-based militants", ("",))[0] == "PSEREB", got
    got = mentions(coder, "Darfur-based rebels attacked the Sudanese army.")
    assert got.get("Darfur-based rebels", ("",))[0] == "SDNREB", got


@pytest.mark.parametrize("text, expected", [
    ("The Saudi-led coalition bombed Houthi positions.", "SAU"),
    ("Vietnamese-led forces retook the village.", "VNMMIL"),
    ("A British-born jihadist threatened France.", "GBRREB"),
    # no hyphen: Iran is the one who backed them
    ("Iran backed the militias in Iraq.", "IRN"),
])
def test_led_born_and_a_verb_keep_the_actor(coder, text, expected):
    assert expected in _codes(coder, text), mentions(coder, text)


# ---------------------------------------------------------------- 3. "the West African coast"

@pytest.mark.parametrize("text", [
    "Russia signed a deal to build a gas pipeline along the West African coast.",
    "Police in the West Midlands arrested two men.",
    "Floods hit West Java and West Papua.",
    "Ghana hosted a West Africa summit.",
    "Vietnamese-led forces have retaken a strategic village in Western Cambodia.",
    "Fighting spread to West Kordofan.",
])
def test_the_west_inside_a_longer_name_is_no_bloc(coder, text):
    assert "WST" not in _codes(coder, text), mentions(coder, text)


def test_places_named_with_west_keep_their_state(coder):
    assert mentions(coder, "Israel demolished homes in the West Bank.").get(
        "the West Bank", ("",))[0] == "PSE"
    assert "SDN" in _codes(coder, "The RSF seized El Geneina in West Darfur.")
    assert "KHM" in _codes(coder, "Vietnamese forces retook a village in Western Cambodia.")
    got = mentions(coder, "The West German government criticised the Soviet Union.")
    assert got.get("West German government", ("",))[0] == "DEUGOV", got


@pytest.mark.parametrize("text, expected", [
    ("The West imposed sanctions on Russia.", ("WST", "16", "RUS")),
    ("Russia warned the West on Tuesday.", ("RUS", "13", "WST")),
    # the bloc and a West African coast in one sentence
    ("The West condemned Russia, and Russia signed a pipeline deal along the West African "
     "coast.", ("WST", "11", "RUS")),
])
def test_the_west_as_a_bloc_stays(coder, text, expected):
    rows = code(coder, text)
    assert expected in sides(rows), sides(rows)
    assert len([m for m in mentions(coder, text).values() if m[0] == "WST"]) == 1


# ---------------------------------------------------------------- 4. Sudan's RSF

@pytest.mark.parametrize("text, expected", [
    ("The Sudanese army attacked the RSF.", ("SDNMIL", "19", "SDNRSF")),
    ("The RSF attacked the Sudanese army.", ("SDNRSF", "19", "SDNMIL")),
    ("Sudan's army accused the RSF of genocide.", ("SDNMIL", "11", "SDNRSF")),
    ("Sudan's RSF attacked the Sudanese army.", ("SDNRSF", "19", "SDNMIL")),
    ("Rapid Support Forces fighters clashed with Sudanese troops in Khartoum.",
     ("SDNRSF", "19", "SDNMIL")),
    ("The Sudanese government rejected talks with the Rapid Support Forces.",
     ("SDNGOV", "12", "SDNRSF")),
])
def test_the_rsf_is_a_side_of_its_own(coder, text, expected):
    rows = code(coder, text)
    assert expected in sides(rows), sides(rows)


def test_libyas_lna_is_a_side_of_its_own_and_state_forces_stay_the_state(coder):
    rows = code(coder, "Libyan National Army forces attacked the Tripoli government.")
    assert ("LBYLNA", "19", "LBYGOV") in sides(rows), sides(rows)
    # Wagner and the PMF are forces of their state: no event with its own army
    assert not code(coder, "Wagner fighters attacked Russian troops.")
    assert not code(coder, "The Popular Mobilization Forces attacked the Iraqi army.")
    kb = coder.kb
    sectors = {o.code: o.sector for o in kb.organisations}
    assert sectors["SDNRSF"] == "REB" and sectors["LBYLNA"] == "REB"
    assert sectors["RUSWAG"] == "MIL" and sectors["IRQPMF"] == "MIL"


# ---------------------------------------------------------------- 5. the U.S. Treasury

@pytest.mark.parametrize("text, source", [
    ("The U.S. Treasury sanctioned three Iranian officials.", "U.S. Treasury"),
    ("The US Treasury sanctioned Iran's central bank.", "US Treasury"),
    ("The U.S. Treasury Department imposed sanctions on Russian banks.",
     "U.S. Treasury Department"),
    ("The U.S. State Department criticised Iran.", "U.S. State Department"),
    ("The U.S. Department of State criticised Iran.", "U.S. Department of State"),
])
def test_us_seats_named_with_the_state(coder, text, source):
    got = mentions(coder, text)
    assert got.get(source, ("",))[0] == "USAGOV", got
    rows = code(coder, text)
    assert rows and all(r["source_code"] == "USAGOV" for r in rows), sides(rows)


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned Iran.",  # whose? Britain has one too
    "Britain's Treasury criticised the plan.",
])
def test_a_bare_treasury_names_no_us_actor(coder, text):
    assert not any(c.startswith("USA") for c in _codes(coder, text)), mentions(coder, text)


# ---------------------------------------------------------------- 6. lists of states

@pytest.mark.parametrize("text, states", [
    ("Mali, Burkina Faso and Niger expelled French diplomats.", {"MLI", "BFA", "NER"}),
    ("Burkina Faso, Mali and Niger expelled French diplomats.", {"MLI", "BFA", "NER"}),
    ("Ethiopia, Eritrea and Somalia signed a security pact with Egypt.",
     {"ETH", "ERI", "SOM"}),
])
def test_a_list_of_states_is_no_one_name(coder, text, states):
    rows = code(coder, text)
    assert states <= {r["source_country"] for r in rows}, sides(rows)


@pytest.mark.parametrize("text, absent", [
    ("Police in Athens, Georgia arrested a Russian man.", "GEO"),
    ("The festival in Lima, Ohio drew a crowd.", "PER"),
])
def test_town_and_us_state_pairs_stay_vetoed(coder, text, absent):
    assert absent not in _codes(coder, text), mentions(coder, text)


# ---------------------------------------------------------------- an organisation's office

@pytest.mark.parametrize("text, expected", [
    ("NATO Secretary General Jens Stoltenberg praised Finland.", "NATO"),
    ("UN Secretary-General Antonio Guterres criticised Israel.", "UNO"),
    ("EU foreign policy chief Kaja Kallas criticised Russia.", "EUR"),
    ("EU High Representative Kaja Kallas criticised Russia.", "EUR"),
    ("IAEA Director General Rafael Grossi criticised Iran.", "UNO"),
])
def test_a_person_in_an_organisations_office_is_the_organisation(coder, text, expected):
    rows = code(coder, text)
    assert rows and {r["source_country"] for r in rows} == {expected}, sides(rows)


def test_officers_stay_people_and_envoys_are_their_states(coder):
    # "he" still refers to the officer
    got = mentions(coder, "U.N. Secretary-General Kofi Annan announced on Monday that he will "
                          "withdraw weapons inspectors from Iraq.")
    assert got.get("he", ("",))[0].startswith("UNO"), got
    # a state's ambassador to the UN is their state's, not the UN's
    rows = code(coder, "UN Ambassador Linda Thomas-Greenfield criticised Russia.")
    assert rows and {r["source_country"] for r in rows} == {"USA"}, sides(rows)
    # a former holder is the person
    rows = code(coder, "Former NATO Secretary General Jens Stoltenberg praised Finland.")
    assert rows and "NATO" not in {r["source_country"] for r in rows}, sides(rows)
