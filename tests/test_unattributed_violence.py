"""Violence with no named perpetrator: the scene's unidentified armed force (CAMEO's UAF).

"A car bomb killed six people in Mogadishu", "a judge was shot dead in Peshawar": an attack
told with no named agent (a weapon or attack as subject, agent words that name no one, a
passive with no agent) in a place of one state is that state's UAF, an implicit actor; its
victims are their own state's when named, else the scene's people or forces. A group that
claims the attack is its agent instead; accidents, attacks with no place, and places the
rules do not give one state code no agent. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from tests.conftest import code

from accord.pipeline import Coder

UAF_CASES = [
    # an instrument as subject: the bomb's kind chooses the bombing code
    ("A car bomb killed six people in a market in Mogadishu on Tuesday.",
     ("SOMUAF", "1832", "SOMCVL")),
    ("A car bomb went off outside a hotel in Mogadishu, killing five people.",
     ("SOMUAF", "1832", "SOMCVL")),
    ("A roadside bomb exploded in Kandahar, killing four civilians.",
     ("AFGUAF", "1833", "AFGCVL")),
    ("Two suicide bombers killed 19 people at a market in Maiduguri.",
     ("NGAUAF", "1831", "NGACVL")),
    ("A grenade attack wounded five people in Bujumbura.", ("BDIUAF", "183", "BDICVL")),
    ("A bomb killed two soldiers in Cauca, Colombia.", ("COLUAF", "183", "COLMIL")),
    # victims of another state keep their own code
    ("An improvised explosive device wounded four French soldiers near Gao.",
     ("MLIUAF", "183", "FRAMIL")),
    ("A U.S. soldier was killed by a roadside bomb in Iraq.", ("IRQUAF", "1833", "USAMIL")),
    ("Unidentified gunmen killed a French aid worker in Niger.", ("NERUAF", "190", "FRANGO")),
    # a clause of the same act names the weapon
    ("Two Nigerian soldiers were killed when a roadside bomb hit their convoy near Maiduguri.",
     ("NGAUAF", "1833", "NGAMIL")),
    # agent words that name no one
    ("Unidentified gunmen shot dead a judge in Peshawar.", ("PAKUAF", "190", "PAKJUD")),
    ("Gunmen killed a police officer in Medellin.", ("COLUAF", "190", "COLCOP")),
    ("Unidentified gunmen shot and killed a priest in Mindanao, the Philippines.",
     ("PHLUAF", "190", "PHLREL")),
    ("Gunmen killed four people in Mandera, Kenya.", ("KENUAF", "190", "KENCVL")),
    ("Masked gunmen shot dead a Somali lawmaker in Mogadishu.", ("SOMUAF", "190", "SOMLEG")),
    ("Unknown gunmen kidnapped 20 students in Kaduna.", ("NGAUAF", "181", "NGAEDU")),
    ("An unknown assailant stabbed a priest in Lagos.", ("NGAUAF", "182", "NGAREL")),
    ("Attackers killed 12 people in a village in Burkina Faso, the army said.",
     ("BFAUAF", "190", "BFACVL")),
    ("Gunmen have killed at least 50 villagers in central Nigeria, officials said.",
     ("NGAUAF", "190", "NGACVL")),
    # the state named beside the town is the scene, not the target
    ("Gunmen killed 11 people at a party in Guanajuato, Mexico, on Sunday.",
     ("MEXUAF", "190", "MEXCVL")),
    # an attempt
    ("Gunmen tried to assassinate the mayor of Cali.", ("COLUAF", "185", "COLGOV")),
    # agentless passives of an attack
    ("Seven people were killed in a suicide bombing in Baghdad on Friday.",
     ("IRQUAF", "1831", "IRQCVL")),
    ("Three soldiers were killed in an ambush in Burkina Faso.", ("BFAUAF", "190", "BFAMIL")),
    ("Five Iraqi civilians were killed in an attack in Baghdad.", ("IRQUAF", "190", "IRQCVL")),
    ("At least 30 people were killed in an attack on a village in Burkina Faso.",
     ("BFAUAF", "190", "BFACVL")),
    ("A journalist was shot dead in Culiacan on Monday.", ("MEXUAF", "190", "MEXMED")),
    ("Two policemen were shot dead in Peshawar on Sunday, officials said.",
     ("PAKUAF", "190", "PAKCOP")),
    ("Two journalists were murdered in Honduras last month.", ("HNDUAF", "180", "HNDMED")),
    ("A judge was assassinated in Guayaquil on Tuesday.", ("ECUUAF", "186", "ECUJUD")),
    ("Twenty people were abducted by gunmen in Katsina.", ("NGAUAF", "181", "NGACVL")),
    # reported speech, relative and participle clauses
    ("Police said gunmen killed two traders in a market in Kano on Monday.",
     ("NGAUAF", "190", "NGACVL")),
    ("Officials said at least 12 people were killed when a bomb exploded at a bus station "
     "in Kaduna.", ("NGAUAF", "183", "NGACVL")),
    ("A bomb hidden in a car killed a senior police officer in Karachi.",
     ("PAKUAF", "183", "PAKCOP")),
    ("A bomb ripped through a crowded market in Mogadishu, killing 15 people.",
     ("SOMUAF", "183", "SOMCVL")),
    ("Gunmen killed two Chinese nationals in Karachi, police said.",
     ("PAKUAF", "190", "CHNCVL")),
    # property set on fire by attackers who name no one (1712): the scene's state
    ("Masked assailants set fire to a church in Minya.", ("EGYUAF", "1712", "EGY")),
    ("Gunmen burned down a school in Borno.", ("NGAUAF", "1712", "NGA")),
]


def test_hedged_unidentified_attack(coder: Coder) -> None:
    rows = code(coder, "Gunmen may have killed three villagers in Kaduna, police said.")
    assert [(r["source_code"], r["target_code"], r["status"]) for r in rows] == [
        ("NGAUAF", "NGACVL", "hedged")], rows


@pytest.mark.parametrize("text,expected", UAF_CASES)
def test_unidentified_armed_force(coder: Coder, text: str, expected: tuple) -> None:
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}
    assert expected in got, got


def test_uaf_is_implicit_with_lower_confidence(coder: Coder) -> None:
    rows = code(coder, "A car bomb killed six people in a market in Mogadishu on Tuesday.")
    row = next(r for r in rows if r["source_code"] == "SOMUAF")
    named = code(coder, "Al-Shabaab killed six people in a market in Mogadishu on Tuesday.")
    assert named and row["confidence"] <= max(r["confidence"] for r in named)


CLAIMED_CASES = [
    # a group that claims the attack is its agent, not the scene's UAF
    ("A car bomb killed eight people in Mogadishu in an attack claimed by al-Shabaab.",
     ("SOMSHB", "1832", "SOMCVL")),
    ("The car bomb, claimed by al-Shabaab, killed nine people in Mogadishu.",
     ("SOMSHB", "1832", "SOMCVL")),
    ("Islamic State claimed a suicide bombing that killed 25 people in Kabul.",
     ("ISIS", "1831", "AFGCVL")),
]


@pytest.mark.parametrize("text,expected", CLAIMED_CASES)
def test_claimed_attack_has_its_group(coder: Coder, text: str, expected: tuple) -> None:
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}
    assert expected in got, got
    assert not any(r["source_code"].endswith("UAF") for r in rows), got


NO_UAF = [
    # accidents and disasters: no one did it
    "A gas explosion killed 10 workers in Karachi.",
    "Three workers were killed in a gas explosion in Lagos.",
    "A fire killed 12 people in a hospital in Baghdad.",
    "Five people died in a car crash in Nairobi.",
    "An earthquake killed 300 people in Herat.",
    "A stampede killed 30 people at a stadium in Conakry.",
    "A boat capsized off Lampedusa, killing 40 migrants.",
    "An explosion at a fireworks factory killed 12 people in Manila.",
    "A blast at a chemical plant killed five workers in Gujarat.",
    "Twelve miners were killed in a mine explosion in Balochistan.",
    "A bus crash killed 20 people near Lahore.",
    "Floods killed 40 people in Karachi.",
    # killed, with no attack named: may be an accident
    "A journalist was killed in Tijuana, the state prosecutor said.",
    # no place of a state
    "A bomb exploded on Tuesday.",
    "A bomb killed three people.",
    # a place the rules do not give one state
    "Gunmen killed three people in the West Bank.",
    # air strikes and drones are armies' weapons, not unidentified forces'
    "A drone strike killed four militants in North Waziristan.",
    "An airstrike killed 15 people in Idlib.",
    # a named group in the sentence may be the agent: no UAF
    "Police blamed the bombing in Maiduguri on Boko Haram.",
    "The soldiers were killed in an ambush by jihadists near Djibo.",
    # attacks that are no one's violence, or a state's forces'
    "A heart attack killed the former mayor in Lagos.",
    "A shark attack killed a surfer in Sydney.",
    "A police shooting killed a teenager in Nairobi.",
    "A cyber attack hit banks in Seoul.",
    # fires with no attackers, and rioters (a group of their own)
    "A fire destroyed 40 homes in Lagos.",
    "Rioters set fire to cars in Paris.",
    # a denied attack
    "The bomb did not kill anyone in Mogadishu, police said.",
]


def test_threat_is_no_attack(coder: Coder) -> None:
    # "threatened to kill": the threat's complement is no attack by the unnamed gunmen
    rows = code(coder, "Gunmen threatened to kill the judge in Karachi.")
    assert not any(r["cameo"].startswith("19") or r["cameo"].startswith("18") for r in rows)


@pytest.mark.parametrize("text", NO_UAF)
def test_no_unidentified_force(coder: Coder, text: str) -> None:
    rows = code(coder, text)
    assert not any(r["source_code"].endswith("UAF") for r in rows), rows


NAMED_AGENT = [
    # state forces' acts have their agent
    ("Police shot dead two protesters in Lagos.", "NGACOP"),
    ("Israeli troops shot dead two Palestinians in Jenin.", "ISRMIL"),
    ("Suspected Boko Haram militants killed 15 farmers near Maiduguri.", "NGABKH"),
]


@pytest.mark.parametrize("text,source", NAMED_AGENT)
def test_named_agent_is_kept(coder: Coder, text: str, source: str) -> None:
    rows = code(coder, text)
    assert rows and {r["source_code"] for r in rows} == {source}, rows
