"""Battlefield operations in wars (CAMEO 19x): captures, advances and incursions, places
taken back "from" a side, drones intercepted, and the land a front runs through ("the Sumy
region", "the outskirts of Toretsk"). The target of a state's forces acting on a place in
another state is that state; never a state's own forces on its own land. Every sentence is
hand-written for these tests (none comes from the codebook or the evaluation sets) and is
coded with the real model."""

import pytest
from tests.conftest import code


def _events(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


@pytest.mark.parametrize("text,expected", [
    # a form the lemmatiser leaves as it is, even when the tagger reads it as a noun;
    # taken back "from" a side: that side is the target
    ("Sudan's army retook Khartoum from the Rapid Support Forces.",
     ("SDNMIL", "192", "SDNRSF")),
    ("Russian troops retook the village from Ukrainian forces.", ("RUSMIL", "192", "UKRMIL")),
    ("Ukraine liberated Kherson from Russian forces.", ("UKR", "192", "RUSMIL")),
    # advances and incursions into a named place, or land named by its town
    ("Russian forces advanced toward Kurakhove on Tuesday.", ("RUSMIL", "190", "UKR")),
    ("Russian forces advanced on Kharkiv.", ("RUSMIL", "190", "UKR")),
    ("Turkish forces pushed into northern Syria.", ("TURMIL", "192", "SYR")),
    ("Israeli forces pushed deeper into southern Lebanon.", ("ISRMIL", "192", "LBN")),
    ("Ukrainian troops pushed into Russia's Kursk region.", ("UKRMIL", "192", "RUS")),
    ("Russian troops pushed into the Kharkiv region from Belgorod.", ("RUSMIL", "192", "UKR")),
    ("Russian forces pushed into the outskirts of Toretsk.", ("RUSMIL", "192", "UKR")),
    ("Russian forces shelled the Sumy region.", ("RUSMIL", "194", "UKR")),
    # drones and missiles intercepted: whose they are
    ("Ukrainian air defences intercepted 20 Russian drones overnight.", ("UKR", "190", "RUS")),
    ("Iranian air defences intercepted three Israeli missiles over Isfahan.",
     ("IRN", "190", "ISR")),
])
def test_battlefield_acts(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_negated_advance_keeps_its_target(coder):
    rows = code(coder, "Russian forces did not advance toward Pokrovsk, Kyiv said.")
    assert [(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows
            if r["cameo"].startswith("19")] == [("RUSMIL", "190", "UKR", "negated")]


@pytest.mark.parametrize("text", [
    # a state's forces on their own land: no target
    "Ukrainian forces recaptured Kupyansk.",
    "Ukrainian troops advanced toward Bakhmut.",
    "Ukrainian forces pushed into the Kharkiv region.",
    # advancing toward an agreement is no offensive
    "Israel advanced toward a normalisation deal with Saudi Arabia.",
    "The two sides pushed toward an agreement on grain exports.",
    # people set free are no territory
    "Police liberated three hostages held by the gang.",
    # a town whose name two states share too closely tells no state
    "Israeli troops advanced into Rafah on Monday.",
])
def test_no_battlefield_act(coder, text):
    assert not [r for r in code(coder, text) if r["cameo"].startswith("19")]


@pytest.mark.parametrize("text,expected", [
    # a site struck, whatever it holds: no "struck oil"
    ("Ukrainian drones struck an oil refinery in the Russian city of Saratov.",
     ("UKR", "190", "RUS")),
    ("Ukrainian drones struck an oil depot in Russia's Bryansk region.", ("UKR", "190", "RUS")),
    # an armed group's force on a town of its own state strikes that state
    ("M23 rebels captured Goma.", ("CODM23", "192", "COD")),
    ("The Rapid Support Forces shelled El Fasher on Sunday.", ("SDNRSF", "194", "SDN")),
])
def test_sites_and_groups_at_home(coder, text, expected):
    assert expected in _events(code(coder, text))


@pytest.mark.parametrize("text", [
    "Exxon struck oil in Guyana.",
    # a state's own army in its own town
    "Sudan's army shelled El Fasher.",
])
def test_no_strike(coder, text):
    assert not [r for r in code(coder, text) if r["cameo"].startswith("19")]


@pytest.mark.parametrize("text", [
    # allies striking together do not strike each other
    "Russian and Syrian jets bombed Idlib.",
    "Malian soldiers and Russian mercenaries retook Kidal from Tuareg rebels.",
    "Malian soldiers and Russian mercenaries killed dozens of civilians in central Mali.",
])
def test_allies_are_no_dyad(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] in ("19", "20") and r["target_country"]
                in ("RUS", "SYR", "MLI") and r["source_country"] in ("RUS", "SYR", "MLI")]


@pytest.mark.parametrize("text,expected", [
    # a verb of fighting each other pairs the two sides
    ("Indian and Pakistani troops exchanged fire.", ("IND", "19", "PAKMIL")),
    ("Armenian and Azerbaijani troops clashed on the border.", ("ARM", "19", "AZEMIL")),
    ("Indian and Pakistani troops fired at each other.", ("IND", "19", "PAKMIL")),
])
def test_fighting_each_other(coder, text, expected):
    assert expected in {(r["source_code"], r["cameo"][:2], r["target_code"])
                        for r in code(coder, text)}
