"""A state coercing its own society, and its society pushing back (CAMEO 14, 17, 184).

A named organ (government, authorities, police) that seizes the property of, deregisters,
liquidates or expels an unplaced businessman or rights group makes it its own country's
(BUS, NGO), as it does its opposition and demonstrators; only for coercion (root 17), since
helped, met or sanctioned they are as often another state's. Licences suspended are as
revoked (172), outlets suspended and organisations deregistered or liquidated are
restrictions of political freedoms (1721; a party: 1722), and a march or rally blocked is as
banned (1721). People used or held as human shields are 184. Protesters, students, workers
and prisoners destroying property that no one named owns riot (145) against their own
government. A strike or hunger strike one is (or remains) on is a strike (143, 142); workers
walking off the job strike; rocks hurled are a violent protest; an avenue blocked is a road
blocked (144). Citizenship, nationality or immunity stripped is as revoked (172); internet cut
off or shut off is a restriction of freedoms (1721), on the people where the state rules. Miners and
dockworkers are workers."""

from __future__ import annotations

import pytest
from tests.conftest import code


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}


@pytest.mark.parametrize("sentence,src,cameo,tgt,status", [
    # a state's organ coercing its own businessmen and rights groups
    ("Russian authorities seized the assets of an exiled businessman.",
     "RUSGOV", "1711", "RUSBUS", "occurred"),
    ("The assets of a prominent businessman were seized by Kazakh authorities.",
     "KAZGOV", "1711", "KAZBUS", "occurred"),
    ("Police in Moscow seized the assets of an exiled businessman.",
     "RUSCOP", "1711", "RUSBUS", "occurred"),
    ("Ugandan authorities deregistered a prominent human rights group last week.",
     "UGAGOV", "1721", "UGANGO", "occurred"),
    ("The rights group was deregistered by Ugandan authorities on Tuesday.",
     "UGAGOV", "1721", "UGANGO", "occurred"),
    ("Kyrgyz authorities have deregistered several independent NGOs, activists said.",
     "KGZGOV", "1721", "KGZNGO", "occurred"),
    ("The Belarusian government liquidated the human rights group.",
     "BLRGOV", "1721", "BLRNGO", "occurred"),
    ("Russian authorities expelled a human rights group.",
     "RUSGOV", "174", "RUSNGO", "occurred"),
    ("The Hungarian government deregistered the opposition party.",
     "HUNGOV", "1722", "HUNOPP", "occurred"),
    ("The Tajik government did not deregister the opposition party.",
     "TJKGOV", "1722", "TJKOPP", "negated"),
    # a march or rally blocked, as banned
    ("Police in Harare blocked an opposition march through the city centre.",
     "ZWECOP", "1721", "ZWEOPP", "occurred"),
    ("Police in Caracas blocked a student march to the electoral council.",
     "VENCOP", "1721", "VENEDU", "occurred"),
    # citizenship stripped, as revoked; internet cut where the state rules
    ("The Nicaraguan government stripped opposition leaders of their nationality.",
     "NICGOV", "172", "NICOPP", "occurred"),
    ("Pakistani authorities cut off mobile internet in Balochistan.",
     "PAKGOV", "1721", "PAKCVL", "occurred"),
    ("The Iranian government cut off internet access in Zahedan.",
     "IRNGOV", "1721", "IRNCVL", "occurred"),
    ("Officials in Myanmar cut internet access across Rakhine state.",
     "MMRGOV", "1721", "MMRCVL", "occurred"),
    # property destroyed by protesters: a riot aimed at their government
    ("Rioters torched police stations in Dhaka.", "BGDOPP", "145", "BGDGOV", "occurred"),
    ("Demonstrators set fire to government buildings in Bishkek.",
     "KGZOPP", "145", "KGZGOV", "occurred"),
    ("Angry students in Lagos burned down a police post.", "NGAEDU", "145", "NGAGOV",
     "occurred"),
    ("Students in Tehran set fire to a police car, witnesses said.",
     "IRNEDU", "145", "IRNGOV", "occurred"),
    # rocks hurled, avenues blocked
    ("Protesters in Santiago hurled rocks at riot police.", "CHLOPP", "145", "CHLGOV",
     "occurred"),
    ("Taxi drivers in Mexico City blocked the main avenue.", "MEXLAB", "144", "MEXGOV",
     "occurred"),
])
def test_coercion_and_protest_at_home(coder, sentence: str, src: str, cameo: str, tgt: str,
                                      status: str) -> None:
    assert (src, cameo, tgt, status) in _codes(code(coder, sentence))


@pytest.mark.parametrize("sentence,src,cameo", [
    # human shields: who is used is seldom placed; the act is the source's
    ("Burmese soldiers used villagers as human shields, witnesses said.", "MMRMIL", "184"),
    ("The Sri Lankan army held thousands of Tamil civilians as human shields.",
     "LKAMIL", "184"),
    ("Syrian troops are using residents as human shields in Aleppo.", "SYRMIL", "184"),
    # strikes kept up, walkouts; miners and dockworkers are workers
    ("Mineworkers in South Africa remained on strike for a fourth week.", "ZAFLAB", "143"),
    ("Dockworkers in Chile walked off the job on Tuesday.", "CHLLAB", "143"),
    ("Nurses in Nairobi have been on strike since January.", "KENHLH", "143"),
    # a suspended licence, as a revoked one
    ("The Kenyan government suspended the licence of the television station.",
     "KENGOV", "172"),
])
def test_one_sided_acts(one_sided, sentence: str, src: str, cameo: str) -> None:
    assert (src, cameo) in {(r["source_code"], r["cameo"]) for r in code(one_sided, sentence)}


def test_armed_groups_burning_is_no_riot(one_sided) -> None:
    """Rebels' and militants' burning is destruction of property (1712), not a riot."""
    for sentence in ("Rebels torched villages in North Kivu.",
                     "Islamist militants burned churches in northern Nigeria."):
        cameos = {r["cameo"] for r in code(one_sided, sentence)}
        assert "1712" in cameos and "145" not in cameos, sentence


def test_owner_named_stays_destruction(coder) -> None:
    """A protest's target stays the government only where no one named owns what burns."""
    rows = code(coder, "Kenyan protesters torched the homes of two lawmakers.")
    assert all(r["cameo"][:2] in ("14", "17") for r in rows)


@pytest.mark.parametrize("sentence", [
    # coercion's other senses
    "The club banned the fan for life.",
    "The school blocked the website.",
    "The referee blocked the shot.",
    "The goalkeeper blocked the penalty.",
    "Police blocked off the street for the marathon.",
    "The museum banned photography.",
    "The company seized the opportunity to expand.",
    "The company was liquidated by its creditors.",
    "The firm liquidated its holdings in the bank.",
    "The bank deregistered the account.",
    "The gym suspended his licence.",
    "The league suspended the player.",
    "The rebels used the school as a base.",
    "The federation stripped the cyclist of his title.",
    "The athlete was stripped of her medal.",
    "The storm cut off internet service to thousands of homes.",
    "The government used the money as leverage.",
    # protest's other senses
    "Workers struck oil in the desert.",
    "Her hunger for power was obvious.",
    "The strike was on Monday.",
    "There has been a strike at the factory.",
    "The players were on strike for the final.",
    "The chef set fire to the dessert.",
    "Firefighters walked off the job after the blaze was out.",
    "The fans hurled abuse at the referee.",
    "Kenyan students burned the midnight oil before exams.",
])
def test_must_not_fire(one_sided, sentence: str) -> None:
    assert code(one_sided, sentence) == []


@pytest.mark.parametrize("sentence", [
    # businessmen and rights groups helped, met or sanctioned are not made the actor's own
    "The French government met a human rights group.",
    "The Nigerian government praised the human rights group.",
    "The US government sanctioned a businessman.",
])
def test_no_home_target_without_coercion(coder, sentence: str) -> None:
    assert code(coder, sentence) == []


def test_burning_that_tells_how_a_riot_went_is_that_riots(one_sided) -> None:
    """A participle elaborating another act ("staged a riot ..., setting fire to their
    mattresses") is not a second riot aimed at the rioters' own government: the riot is."""
    rows = code(one_sided, "Inmates staged a riot in a prison in southern Turkey, setting fire "
                           "to their mattresses.")
    riots = [r for r in rows if r["cameo"] == "145" and r["target_code"] == "TURGOV"]
    assert [r["trigger_text"] for r in riots] == ["riot"], rows
