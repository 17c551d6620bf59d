"""Violence told from the victims' side (CAMEO 17-20): victims killed "in" an act of force
whose noun names its agent, harm "by" an act noun, a "when" clause that names the attacker,
passives with no subject of their own ("died after being tortured by"), the place where an
unnamed agent is (no agent), a foiled plot (its owner's, negated), hacking (172) and the
people a state holds. Every sentence is hand-written for these tests (none comes from the
codebook or the evaluation sets) and is coded with the real model."""

import pytest
from tests.conftest import code


def _events(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


def _with_status(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}


# ---------------------------------------------------------------- fire by its weapon
@pytest.mark.parametrize("text,expected", [
    # artillery and tank fire (194), sniper and machine-gun fire (193); a blaze is no fire
    # of weapons
    ("Two Ukrainian journalists were wounded by Russian artillery fire near Bakhmut.",
     ("RUS", "194", "UKRMED")),
    ("An Indian soldier was killed by Pakistani sniper fire in Kashmir.",
     ("PAK", "193", "INDMIL")),
    ("Israeli tank fire killed two Lebanese soldiers near the border.",
     ("ISR", "194", "LBNMIL")),
])
def test_fire_by_its_weapon(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


# ---------------------------------------------------------------- killed in an act of force
@pytest.mark.parametrize("text,expected", [
    # the victims of the act the noun names are its target, not the place it struck
    ("Two Turkish soldiers were killed in a PKK attack in northern Iraq.",
     ("TURPKK", "190", "TURMIL")),
    ("Three Syrian soldiers were killed in an Israeli airstrike near Damascus.",
     ("ISR", "195", "SYRMIL")),
    ("Three Lebanese civilians were killed in an Israeli drone strike in Syria.",
     ("ISR", "195", "LBNCVL")),
    ("Two American contractors were killed in a rocket attack by an Iraqi militia.",
     ("IRQREB", "190", "USA")),
    # an ambush is an attack; "died in" tells victims as "were killed in" does
    ("Four Iraqi policemen were wounded in an Islamic State ambush in Diyala.",
     ("ISIS", "190", "IRQCOP")),
    ("Six Pakistani soldiers died in a Taliban raid on a checkpoint in Afghanistan.",
     ("AFGTAL", "190", "PAKMIL")),
    # the second verb of harm shares the first's victims
    ("Two Nigerian soldiers were killed and five wounded in a Boko Haram ambush in Borno.",
     ("NGABKH", "190", "NGAMIL")),
])
def test_victims_of_an_act_noun(coder, text, expected):
    events = _events(code(coder, text))
    assert events == {expected}


@pytest.mark.parametrize("text,expected", [
    # the act noun that is a passive's agent is the event, not a second one beside it
    ("Five Ukrainian civilians were killed by Russian shelling in Kherson.",
     ("RUS", "194", "UKRCVL")),
    ("Two Syrian civilians were wounded by Turkish shelling.", ("TUR", "194", "SYRCVL")),
])
def test_harmed_by_an_act_noun(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


def test_killed_by_a_planted_bomb(coder):
    # the weapon a group planted struck the passive's subject
    rows = code(coder, "Three Turkish soldiers were killed by a roadside bomb planted by the PKK.")
    assert _events(rows) == {("TURPKK", "1833", "TURMIL")}


@pytest.mark.parametrize("text,expected", [
    # a "when" clause names the attacker; the main clause, whom the attack struck
    ("Two Israeli soldiers were killed when Hamas fighters attacked their post.",
     ("PSEHMS", "190", "ISRMIL")),
    ("Five Nigerien soldiers were killed when jihadists ambushed their convoy in Mali.",
     ("MLIREB", "190", "NERMIL")),
    ("Four Egyptian policemen died when Islamic State militants stormed their checkpoint.",
     ("ISIS", "190", "EGYCOP")),
    # ... or an "after" clause
    ("Two Syrian children died after a Turkish drone struck their home, a monitor said.",
     ("TUR", "190", "SYRCVL")),
    # the victims of the clause's own object stay its targets
    ("Two Kenyan soldiers were killed after they attacked an al-Shabaab base.",
     ("KENMIL", "190", "SOMSHB")),
])
def test_harmed_when_attacked(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


# ---------------------------------------------------------------- passives with no subject
def test_died_after_being_tortured(coder):
    """Torture its victim died of is a killing by physical assault (CAMEO 1823)."""
    rows = code(coder, "A Palestinian prisoner died after being tortured by Israeli "
                       "interrogators, his lawyer said.")
    assert {(r["source_country"], r["cameo"], r["target_country"]) for r in rows} == {
        ("ISR", "1823", "PSE")}


@pytest.mark.parametrize("text,expected", [
    ("Two Kenyan soldiers died after being ambushed by al-Shabaab.",
     ("SOMSHB", "190", "KENMIL", "occurred")),
    # who is said to have been attacked is the target, not the attacker
    ("Venezuela denied being attacked by Colombia.", ("COL", "190", "VEN", "negated")),
])
def test_passive_of_a_clause(coder, text, expected):
    assert _with_status(code(coder, text)) == {expected}


# ---------------------------------------------------------------- where the agent is
@pytest.mark.parametrize("text,expected", [
    # a place in the agent's phrase is no victim of a kidnapping
    ("Four French aid workers were taken hostage by Boko Haram in Cameroon.",
     {("NGABKH", "181", "FRANGO")}),
    ("Two Canadian citizens were kidnapped by Abu Sayyaf militants in the Philippines.",
     {("PHLASG", "181", "CANCVL")}),
    # the name before a group word is the group's own: no second, domestic group
    ("Al-Shabaab militants killed four Kenyan police officers in Mandera.",
     {("SOMSHB", "190", "KENCOP")}),
    # "from" names where an agent comes from, and places it
    ("Gunmen from Gaza killed 23 Israelis in Tel Aviv.", {("PSE", "190", "ISRCVL")}),
    ("Russian troops in Syria attacked Turkish soldiers.", {("RUSMIL", "190", "TURMIL")}),
])
def test_agent_phrase_places(coder, text, expected):
    assert _events(code(coder, text)) == expected


@pytest.mark.parametrize("text,source", [
    # unnamed gunmen are no one named, whatever city they are in (not the capital's
    # government): the scene's unidentified armed force (UAF,
    # tests/test_unattributed_violence.py)
    ("An Afghan aid worker was shot dead by unidentified gunmen in Kabul.", "AFGUAF"),
    ("Gunmen in Kabul shot dead an Afghan aid worker.", "AFGUAF"),
    ("Masked men near Mosul abducted two Iraqi engineers.", "IRQUAF"),
])
def test_unnamed_agent_in_a_place(coder, text, source):
    rows = code(coder, text)
    assert rows and {r["source_code"] for r in rows} == {source}, rows


# ---------------------------------------------------------------- plots
@pytest.mark.parametrize("text,expected", [
    # a foiled plot is its owner's act, which did not happen (not the police's bombing)
    ("Kenyan police foiled an al-Shabaab plot to bomb the parliament in Nairobi.",
     ("SOMSHB", "183", "KENLEG", "negated")),
    ("Ukrainian security services foiled a Russian plot to assassinate President Zelensky.",
     ("RUS", "186", "UKRGOV", "negated")),
    ("Turkish police thwarted an Islamic State plot to attack a church in Istanbul.",
     ("ISIS", "190", "TUR", "negated")),
    # a plot hatched is intended
    ("Iran hatched a plot to kill the Saudi ambassador.", ("IRN", "190", "SAUGOV", "intended")),
    ("Venezuela plotted to assassinate the Colombian president.",
     ("VEN", "186", "COLGOV", "intended")),
])
def test_plots(coder, text, expected):
    assert _with_status(code(coder, text)) == {expected}


@pytest.mark.parametrize("text", [
    # who foils or uncovers a plot does not carry it out; a plot of no one named is no event
    "Police foiled a plot to bomb the Kenyan parliament.",
    "Kenyan police uncovered a plot to attack the parliament.",
])
def test_plot_of_no_one(coder, text):
    assert code(coder, text) == []


def test_uncovered_plan_is_not_the_police_act(coder):
    rows = code(coder, "Kenyan police uncovered an al-Shabaab plan to attack Nairobi.")
    assert not any(r["source_code"] == "KENCOP" for r in rows)


# ---------------------------------------------------------------- hacking
@pytest.mark.parametrize("text,expected", [
    ("Russian hackers attacked Ukrainian government servers.", ("RUSCRM", "172", "UKRGOV")),
    ("Iranian hackers breached the computer systems of an Israeli water utility.",
     ("IRNCRM", "172", "ISR")),
    ("North Korean hackers targeted the email accounts of South Korean officials.",
     ("PRKCRM", "172", "KORGOV")),
])
def test_hacking_is_cyber_coercion(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


@pytest.mark.parametrize("text,root", [
    # not hacking: force on power stations, a breached truce
    ("Russian drones attacked Ukrainian power stations.", "19"),
    ("Azerbaijan breached the ceasefire with Armenia, Yerevan said.", "19"),
])
def test_not_hacking(coder, text, root):
    rows = code(coder, text)
    assert rows and all(r["cameo"][:2] == root for r in rows)


# ---------------------------------------------------------------- people a state holds
@pytest.mark.parametrize("text,expected", [
    ("Chinese guards tortured Uighur detainees in Xinjiang.", ("CHN", "1822", "CHNCVL")),
    ("Syrian government forces tortured thousands of detainees in a prison in Syria.",
     ("SYRMIL", "1822", "SYRCVL")),
])
def test_detainees_of_the_state(coder, text, expected):
    assert expected in _events(code(coder, text))


# ---------------------------------------------------------------- expulsions
@pytest.mark.parametrize("text,expected", [
    # whence people are driven is where they live: a state's own people at home
    ("Sudanese soldiers expelled residents from their villages in Darfur.",
     ("SDNMIL", "201", "SDNCVL")),
    # an eviction of many is a mass expulsion, as "expelled thousands"
    ("Kenyan police evicted hundreds of families from a slum in Nairobi.",
     ("KENCOP", "201", "KENCVL")),
])
def test_expulsions(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


def test_one_eviction_is_no_mass_expulsion(one_sided):
    rows = code(one_sided, "Kenyan police evicted a family from a house in Nairobi.")
    assert not any(r["cameo"] == "201" for r in rows)


# ---------------------------------------------------------------- who holds and spies
@pytest.mark.parametrize("text,expected", [
    # prison guards, jailers and interrogators are the state's law enforcement (COP);
    # intelligence and secret agents, and operatives, its spies (SPY)
    ("The Eritrean prison guards beat a detained Swedish journalist.",
     ("ERICOP", "182", "SWEMED")),
    ("North Korean intelligence agents abducted Japanese citizens.",
     ("PRKSPY", "181", "JPNCVL")),
    ("Russian operatives sabotaged a Polish railway line.", ("RUSSPY", "1712", "POL")),
])
def test_state_agents(coder, text, expected):
    assert _events(code(coder, text)) == {expected}


# ---------------------------------------------------------------- sabotage at home
def test_rebels_sabotage_at_home_is_aimed_at_their_state(coder):
    # as their force is ("the PKK bombed Ankara"); a protest crowd's damage at home is not:
    # it is a riot (145) aimed at their government, as their protest is
    rows = code(coder, "Rebels sabotaged a gas pipeline in Mozambique.")
    assert _events(rows) == {("MOZREB", "1712", "MOZ")}
    assert _events(code(coder, "Protesters burned cars in Paris.")) == {
        ("FRAOPP", "145", "FRAGOV")}


# ---------------------------------------------------------------- no violence
@pytest.mark.parametrize("text", [
    # accidents and disasters have no agent, whatever their victims
    "Two Russian soldiers were killed in a car crash in Belgorod.",
    "Five Ukrainian soldiers died in a helicopter crash near Kyiv.",
    "Three Indian pilgrims died in a stampede at a temple in Nepal.",
    "Two Chinese workers were killed in a gas explosion in Pakistan.",
    "A fire killed ten people at a market in Lagos.",
    "Six Turkish villagers died in an earthquake in eastern Anatolia.",
    "Two Israeli soldiers were killed when their jeep overturned in the Negev.",
    "Ten Yemeni migrants drowned when their boat capsized off Djibouti.",
    # a blast of no one named (an attack of no one named is the scene's UAF:
    # tests/test_unattributed_violence.py)
    "Three Afghan policemen were wounded in a blast in Kabul.",
    "The Nigerian president survived an assassination attempt in Abuja.",
    # sport and show business
    "The Turkish striker was injured in a tackle by an Italian defender.",
    "The Brazilian striker shot at the Argentine goal.",
    "The film bombed at the box office in China.",
])
def test_no_violence(coder, text):
    assert code(coder, text) == []
