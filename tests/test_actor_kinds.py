"""Who is a state and who is not (helper round "actors"): a country's companies are its
business sector (BUS), never the bare state; its athletes, artists and celebrities are its
civilians (CVL); its embassies and missions are its government, acting in words; a state
adjective on a work of culture names no actor; ethnic and religious communities are the
civilians of the state they live in; business deals make no agreement between states."""

from __future__ import annotations

import pytest
from tests.conftest import code, mentions, sides

from accord.analysis.ledgers import agreements


def _all_codes(rows: list[dict]) -> set[str]:
    return {r["source_code"] for r in rows} | {r["target_code"] for r in rows}


# ---------------------------------------------------------------- 1. companies are BUS

@pytest.mark.parametrize("text, company", [
    ("Russia's Gazprom cut gas supplies to Austria on Monday.", "RUSBUS"),
    ("China's Huawei sued the United States over the ban.", "CHNBUS"),
    ("Iranian airline Mahan Air resumed flights to Syria.", "IRNBUS"),
    ("State-owned Rosneft signed an agreement with India's Reliance.", "RUSBUS"),
    ("Japan's Toyota suspended production in Russia.", "JPNBUS"),
    ("South Korea's Samsung signed a deal with Vietnam.", "KORBUS"),
    ("The Saudi oil giant Aramco signed a deal with China.", "SAUBUS"),
    ("Chinese automaker BYD opened a plant in Hungary.", "CHNBUS"),
    ("The Turkish carmaker praised Germany.", "TURBUS"),
    ("Iran's national oil company signed a contract with a Russian firm.", "IRNBUS"),
    ("Gazprom, the Russian state-controlled gas company, threatened to cut supplies to Moldova.",
     "RUSBUS"),
    ("Chinese state-owned enterprises signed contracts with Kenya.", "CHNBUS"),
    ("Chinese drone maker DJI denied supplying Russia.", "CHNBUS"),
])
def test_companies_are_their_country_business(coder, text, company):
    got = {c for c, _ in mentions(coder, text).values()}
    assert company in got, got
    assert company[:3] not in got and company[:3] + "GOV" not in got, got


def test_company_acts_are_not_the_state(coder):
    rows = code(coder, "China's Huawei sued the United States over the export ban.")
    assert ("CHNBUS", "11", "USA") in sides(rows), sides(rows)
    assert not any(r["source_code"] == "CHN" for r in rows)


def test_a_state_acting_on_a_company_keeps_both(coder):
    assert ("USA", "16", "CHNBUS") in sides(code(coder, "The United States sanctioned Huawei."))
    rows = code(coder, "The U.S. Treasury sanctioned Iranian airline Mahan Air.")
    assert ("USAGOV", "16", "IRNBUS") in sides(rows), sides(rows)


def test_a_state_named_acting_is_still_the_state(coder):
    rows = code(coder, "Moscow cut gas supplies to Bulgaria.")
    assert all(r["source_code"] != "RUSBUS" for r in rows), sides(rows)


# ---------------------------------------------------------------- 2. business deals

def test_business_deals_make_no_state_agreement(coder):
    rows = code(coder, "Gazprom signed a supply deal with Hungary's MVM.")
    assert ("RUSBUS", "05", "HUNBUS") in sides(rows), sides(rows)
    assert agreements(rows) == []


def test_a_state_deal_still_makes_an_agreement(coder):
    rows = code(coder, "Russia signed a gas supply agreement with Hungary.")
    assert [a.parties for a in agreements(rows)] == [("HUN", "RUS")]


def test_a_state_with_a_company_makes_no_treaty(coder):
    rows = code(coder, "Hungary signed a long-term contract with Gazprom.")
    assert agreements(rows) == [], sides(rows)


# ---------------------------------------------------------------- 3. athletes, artists

@pytest.mark.parametrize("text, person", [
    ("The Argentine footballer criticised the Spanish league.", "ARGCVL"),
    ("The Brazilian striker praised France after the match.", "BRACVL"),
    ("Ukraine's Eurovision winner urged Russia to end the war.", "UKRCVL"),
    ("The French singer praised Ukraine.", "FRACVL"),
    ("The Indian cricketer condemned Pakistan.", "INDCVL"),
    ("The Spanish actress criticised Israel.", "ESPCVL"),
    ("The British writer accused Iran of persecution.", "GBRCVL"),
    ("The Ukrainian boxer thanked Poland.", "UKRCVL"),
])
def test_athletes_and_artists_are_civilians(coder, text, person):
    rows = code(coder, text)
    assert rows and all(r["source_code"] == person for r in rows), sides(rows)


def test_a_state_acting_on_an_artist(coder):
    rows = code(coder, "Latvia banned the Russian singer.")
    assert ("LVA", "17", "RUSCVL") in sides(rows), sides(rows)


def test_actors_in_cyber_news_stay_the_state(coder):
    # "actor(s)" is not an artist's word: "Iranian actors" in cyber news are state agents
    got = {c for c, _ in mentions(coder, "Iranian actors hacked Israeli water systems.").values()}
    assert "IRNCVL" not in got, got


# ---------------------------------------------------------------- 4. works of culture

@pytest.mark.parametrize("text", [
    "Vietnam banned the Chinese film.",
    "Russia banned the American film Barbie.",
    "China censored the Japanese anime series.",
    "Ukraine banned Russian songs on the radio.",
    "North Korea criticized the South Korean film.",
])
def test_a_work_of_culture_names_no_state(coder, text):
    rows = code(coder, text)
    assert rows == [], sides(rows)


@pytest.mark.parametrize("text, expected", [
    ("The EU imposed tariffs on Chinese electric cars.", ("EUR", "16", "CHN")),
    ("Washington banned Russian oil imports.", ("USAGOV", "16", "RUS")),
])
def test_goods_and_commodities_still_name_their_state(coder, text, expected):
    assert expected in sides(code(coder, text))


# ---------------------------------------------------------------- 5. embassies act in words

@pytest.mark.parametrize("text, expected", [
    ("The Chinese embassy fired back at the United States.", ("CHNGOV", "11", "USA")),
    ("The Chinese embassy in Manila protested against the Philippines.",
     ("CHNGOV", "11", "PHL")),
    ("The Russian embassy in Washington lashed out at the Pentagon.",
     ("RUSGOV", "11", "USAMIL")),
    ("The French consulate in Jerusalem hit back at Israel.", ("FRAGOV", "11", "ISR")),
])
def test_a_mission_attacks_in_words(coder, text, expected):
    got = sides(code(coder, text))
    assert expected in got, got
    assert not any(root in ("14", "18", "19", "20") for _, root, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("Russia attacked the Ukrainian embassy in Moscow.", ("RUS", "19", "UKRGOV")),
    ("Iranian protesters stormed the Saudi embassy in Tehran.", ("IRNOPP", "14", "SAUGOV")),
])
def test_force_against_a_mission_is_still_force(coder, text, expected):
    assert expected in sides(code(coder, text))


# ---------------------------------------------------------------- 6. communities

@pytest.mark.parametrize("text, expected", [
    ("Myanmar's army expelled the Rohingya.", ("MMRMIL", "17", "MMRCVL")),
    ("China detained thousands of Uighurs.", ("CHN", "17", "CHNCVL")),
    ("Ethiopian troops killed Tigrayans in Mekelle.", ("ETHMIL", "19", "ETHCVL")),
    ("Turkish forces shelled Kurds in northern Syria.", ("TURMIL", "19", "SYRCVL")),
    ("The Uighurs accused China of genocide.", ("CHNCVL", "11", "CHN")),
    ("Israel's Druze protested against the nationality law.", ("ISRCVL", "14", "ISRGOV")),
    ("Iraq's Sunnis boycotted the election.", ("IRQCVL", "14", "IRQGOV")),
    ("The Kurds of Iraq rejected Baghdad's demand.", ("IRQCVL", "12", "IRQGOV")),
])
def test_communities_are_the_civilians_of_their_state(coder, text, expected):
    got = sides(code(coder, text))
    assert expected in got, got


def test_a_community_of_several_states_needs_a_place(coder):
    # the Kurds live in four states: nothing in the sentence says which
    got = {c for c, _ in mentions(coder, "The Kurds rejected the proposal.").values()}
    assert got == set(), got


def test_a_community_before_a_group_noun_is_that_group(coder):
    got = mentions(coder, "Syrian Druze villagers asked Damascus for help.")
    assert got.get("Syrian Druze villagers", ("",))[0] == "SYRCVL", got


def test_a_community_modifying_a_place_is_no_actor(coder):
    rows = code(coder, "Myanmar's army attacked Rohingya villages.")
    assert "MMRCVL" not in _all_codes(rows)


# ---------------------------------------------------------------- 7. the data files

def test_community_file_homes_are_states_and_phrases_are_sector_words():
    from accord.actors.groups import community_homes
    from accord.actors.kb import default_kb

    kb = default_kb()
    sectors = {s.phrase.lower(): s.sector for s in kb.sectors}
    homes = community_homes()
    assert len(homes) >= 20
    for phrase, home in homes.items():
        assert home == "-" or all(h in kb.countries for h in home.split("|")), (phrase, home)
        assert sectors.get(phrase) == "CVL", phrase


def test_companies_are_business_aliases():
    from accord.actors.kb import default_kb

    companies = [a for a in default_kb().aliases if a.note and a.code.endswith("BUS")]
    assert len(companies) >= 50
    assert all(a.sector == "BUS" and a.code == a.country + "BUS" for a in companies)


def test_a_lender_described_is_no_company(coder):
    # "Ukraine's biggest lender" describes the IMF: no Ukrainian business
    got = {c for c, _ in mentions(
        coder, "The IMF, Ukraine's biggest lender, urged Kyiv to raise taxes.").values()}
    assert "UKRBUS" not in got, got


# ---------------------------------------------------------------- 8. official protests

@pytest.mark.parametrize("text, expected", [
    ("The Chinese embassy in Manila protested against the Philippines.", ("CHNGOV", "114", "PHL")),
    ("Japan protested Chinese incursions in the East China Sea.", ("JPN", "114", "CHN")),
    ("China's foreign ministry protested Japan's decision.", ("CHNGOV", "114", "JPN")),
])
def test_a_state_protesting_complains_officially(coder, text, expected):
    got = {(r["source_code"], r["cameo"], r["target_code"]) for r in code(coder, text)}
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Palestinians protested against Israel in Ramallah.", "141"),
    ("Thousands of Iranians protested against the government.", "141"),
    ("Students protested against the Serbian government.", "141"),
])
def test_people_protesting_still_demonstrate(coder, text, expected):
    assert {r["cameo"] for r in code(coder, text)} == {expected}


def test_the_china_seas_are_not_china(coder):
    assert code(coder, "The United States sailed a warship through the South China Sea.") == []
    got = {c for c, _ in mentions(coder, "Tensions rose in the East China Sea.").values()}
    assert "CHN" not in got, got
