"""Political violence, terrorism and the justice system (CAMEO 11x accusations and findings,
17x arrests, 18x assaults and bombings, 20x mass violence): bombings told by their means,
claims of responsibility, weapons that kill, small clauses of guilt, hostages, and the
state's own people as the object of its justice. Every sentence is hand-written for these
tests (none comes from the codebook or the evaluation sets) and is coded with the real
model."""

import pytest
from tests.conftest import code

from accord.knowledge.patterns import default_patterns


def _events(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


# ---------------------------------------------------------------- bombings by their means
@pytest.mark.parametrize("text,expected", [
    # the vehicle, the roadside, the vest name the bombing (1832, 1833, 1831)
    ("The PKK detonated a car bomb in Ankara on Thursday.", ("TURPKK", "1832", "TURGOV")),
    ("Al-Shabaab detonated a roadside bomb in Somalia.", ("SOMSHB", "1833", "SOM")),
    ("The Islamic State detonated a suicide vest in Iraq.", ("ISIS", "1831", "IRQ")),
    # a weapon planted by a named group that kills: the group's bombing of the victims
    ("A car bomb planted by the PKK killed three Turkish police officers.",
     ("TURPKK", "1832", "TURCOP")),
    ("A roadside bomb planted by Hezbollah killed two Israeli soldiers.",
     ("LBNHEZ", "1833", "ISRMIL")),
    # an attack noun that kills: the killing is what the attack did, coded as the attack
    ("A Hamas suicide bombing killed 15 Israelis on a bus.", ("PSEHMS", "1831", "ISRCVL")),
    ("A suicide attack by Boko Haram killed dozens of Cameroonian soldiers.",
     ("NGABKH", "1831", "CMRMIL")),
])
def test_bombing_means(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_group_word_after_its_name_is_no_second_party(one_sided):
    # "Al-Shabaab militants": the name and its group word are one side, so a bombing with
    # no target named is still coded (one-sided), by the means its words name
    rows = code(one_sided, "Al-Shabaab militants detonated a car bomb outside a hotel.")
    assert ("SOMSHB", "1832", None) in _events(rows)
    rows = code(one_sided, "A suicide attack by al-Shabaab in Mogadishu killed 12 soldiers.")
    assert {r["cameo"] for r in rows} == {"1831"}


@pytest.mark.parametrize("text", [
    # not bombings: a plain attack that kills stays fighting; a planted tree is no bomb
    "Russian troops killed three Ukrainian soldiers near Bakhmut.",
    "The Chinese president planted a tree in Pakistan.",
])
def test_no_bombing(coder, text):
    assert not any(r["cameo"].startswith("183") for r in code(coder, text))


# ---------------------------------------------------------------- claims of responsibility
@pytest.mark.parametrize("text,expected", [
    ("Hezbollah claimed responsibility for the kidnapping of two Israeli soldiers.",
     ("LBNHEZ", "181", "ISRMIL")),
    # a bombing by an armed group is no air raid (183, not 195)
    ("The Islamic State claimed the bombing of a church in Egypt.", ("ISIS", "183", "EGY")),
    ("The PKK took responsibility for the car bombing in Ankara.",
     ("TURPKK", "1832", "TURGOV")),
    ("The Islamic State claimed the attack on Russian soldiers.", ("ISIS", "190", "RUSMIL")),
])
def test_claimed_act_is_the_claimants(coder, text, expected):
    assert expected in _events(code(coder, text))


@pytest.mark.parametrize("text", [
    # a denial names no agent; a claim about an act is no claim of it; a state's bombing
    # stays an air raid
    "Hamas denied responsibility for the attack on the Israeli settlers.",
    "Russia claimed that the attack on Ukrainian soldiers had failed.",
])
def test_no_claimed_act(coder, text):
    assert not any(r["cameo"][:2] in ("18", "19") and r["source_code"] in ("PSEHMS", "RUS")
                   for r in code(coder, text))


def test_state_bombing_stays_air_raid(coder):
    rows = code(coder, "NATO's bombing of Serbia lasted 78 days.")
    assert ("NATO", "195", "SRB") in _events(rows)


# ---------------------------------------------------------------- findings, charges, hostages
@pytest.mark.parametrize("text,expected", [
    # a small clause of guilt: "found X liable / guilty" (116), X the target
    ("A Dutch court found Russia liable for the downing of the airliner.",
     ("NLDJUD", "116", "RUS")),
    ("The International Criminal Court found the Sudanese militia leader guilty of war "
     "crimes.", ("ICC", "116", "SDNREB")),
    # the charge told by a clause: "charged ... with plotting a coup" is legal action (173)
    ("Prosecutors in Brazil charged the former president with plotting a coup.",
     ("BRAJUD", "173", "BRAELI")),
    # "took X hostage", the parser making "hostage" a clause of its own
    ("Hamas took dozens of Israeli civilians hostage during the raid.",
     ("PSEHMS", "181", "ISRCVL")),
    ("Islamic State fighters executed a Jordanian pilot.", ("ISIS", "180", "JOR")),
])
def test_justice_and_hostages(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_accused_of_embezzling(one_sided):
    rows = code(one_sided, "Venezuela accused the former oil minister of embezzling public "
                           "funds.")
    assert {r["cameo"] for r in rows} == {"1121"}


@pytest.mark.parametrize("text", [
    # a finding that is no verdict; a charge that is an accusation, not legal action
    "The inspectors found the site empty.",
    "Human Rights Watch charged the Sudanese army with abuses.",
])
def test_no_verdict_or_legal_charge(coder, text):
    assert not any(r["cameo"] in ("116", "173") for r in code(coder, text))


# ---------------------------------------------------------------- a state's own people
@pytest.mark.parametrize("text,expected", [
    # a bare state's acts of justice are on its own people
    ("Belarus sentenced an opposition activist to ten years for treason.",
     ("BLR", "116", "BLROPP")),
    ("China jailed a scholar for separatism.", ("CHN", "173", "CHNEDU")),
    ("Saudi Arabia executed 81 prisoners in a single day.", ("SAU", "180", "SAUCRM")),
    # a court's conviction of a former leader or official: the state's elite
    ("A Pakistani court convicted the former prime minister of corruption.",
     ("PAKJUD", "116", "PAKELI")),
])
def test_own_people_of_justice(coder, text, expected):
    assert expected in _events(code(coder, text))


@pytest.mark.parametrize("text", [
    # a bare state acting otherwise (praise, aid) on unnamed groups does not place them;
    # foreigners are not its own
    "Russia praised the opposition activists.",
    "Iran jailed a foreign journalist for spying.",
])
def test_no_own_people(coder, text):
    assert not any(r["target_code"] in ("RUSOPP", "IRNMED") for r in code(coder, text))


def test_rows_are_in_the_tables():
    pats = default_patterns()
    assert pats.noun_code("attack", {"suicide"}) == "1831"
    assert pats.noun_code("bombing", {"roadside"}) == "1833"
    assert pats.noun_code("torture", set()) == "1822"


# ---------------------------------------------------------------- violence at home
@pytest.mark.parametrize("text,expected", [
    # violence that is no combat by one state's forces on people in land it holds is on its
    # own people, counted ("hundreds of women") or not
    ("Ethiopian soldiers raped dozens of women in Tigray, investigators said.",
     ("ETHMIL", "1821", "ETHCVL")),
    ("Russian police beat dozens of people in Moscow.", ("RUSCOP", "182", "RUSCVL")),
    # executions by hanging: the state's own protesters (its government's act on them)
    ("Iranian authorities hanged a protester convicted of attacking a security officer.",
     ("IRNGOV", "180", "IRNOPP")),
    ("Turkish courts sentenced hundreds of army officers for plotting a coup.",
     ("TURJUD", "116", "TURMIL")),
])
def test_violence_at_home(coder, text, expected):
    assert expected in _events(code(coder, text))


@pytest.mark.parametrize("text,bad", [
    # combat in a state's own contested land does not say whose people were struck
    ("Ukrainian troops killed three civilians in Donetsk.", "UKRCVL"),
    ("Ukrainian shelling killed three people in Donetsk.", "UKRCVL"),
])
def test_no_own_victims_of_combat(coder, text, bad):
    assert not any(r["target_code"] == bad for r in code(coder, text))


@pytest.mark.parametrize("text", [
    # a match won, a picture hung: no violence
    "Brazil beat Argentina in the final.",
    "The Iranian president hung a portrait of the founder in the hall.",
])
def test_no_assault(coder, text):
    assert not any(r["cameo"][:2] == "18" for r in code(coder, text))


# ---------------------------------------------------------------- nominal acts and their agents
@pytest.mark.parametrize("text,expected", [
    # the agent the parser hangs on the victim ("of the embassy by the PKK")
    ("The bombing of the Turkish embassy by the PKK killed two guards.",
     ("TURPKK", "183", "TURGOV")),
    # a claim in the passive; "the Islamic State" is a name, not "the state" before it
    ("The car bombing in Kabul was claimed by the Islamic State.",
     ("ISIS", "1832", "AFGGOV")),
    # an execution of people (not of a plan), with its agent
    ("France condemned the execution of the French citizen by Iran.",
     ("IRN", "180", "FRACVL")),
])
def test_nominal_violence(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_condemned_execution_is_no_verdict(coder):
    # "condemned the execution" censures (111) the executing state; only "condemned to
    # death" is a sentence (116); the victims are not the censured
    rows = code(coder, "France condemned the execution of the French citizen by Iran.")
    assert ("FRA", "111", "IRN") in _events(rows)
    assert not any(r["cameo"] == "116" or (r["cameo"] == "111" and r["target_code"] == "FRACVL")
                   for r in rows)
    rows = code(coder, "A Saudi court condemned the activist to death.")
    assert any(r["cameo"] == "116" for r in rows)


def test_organisation_condemning_force_is_not_its_victim(coder):
    rows = code(coder, "The UN condemned the suicide bombing by Boko Haram in Maiduguri.")
    assert ("UNO", "111", "NGABKH") in _events(rows)
    assert not any(r["source_code"] == "NGABKH" and r["target_code"] == "UNO" for r in rows)


def test_state_word_in_a_name_is_no_description(coder):
    from tests.conftest import mentions

    found = mentions(coder, "The car bombing in Kabul was claimed by the Islamic State.")
    assert all(code_ != "AFGGOV" or text == "Kabul" for text, (code_, _) in found.items())
    found = mentions(coder, "Russia said the state would respond.")
    assert found.get("the state", ("",))[0] == "RUS"


# ---------------------------------------------------------------- harm done by a bombing
@pytest.mark.parametrize("text,expected", [
    # the act the harm was done in names it ("in a bomb attack", "in a suicide bombing")
    ("The PKK injured four Turkish police officers and a soldier in a bomb attack, Ankara said.",
     ("TURPKK", "183", "TURCOP")),
    ("Boko Haram killed 30 Nigerian villagers in a suicide bombing.",
     ("NGABKH", "1831", "NGACVL")),
    # a suicide bomber who kills: the bomber's group's suicide bombing
    ("A Hamas suicide bomber killed 15 Israelis on a bus.", ("PSEHMS", "1831", "ISRCVL")),
    # an armed group's bombing is no air raid, told by a verb as by a noun
    ("The PKK bombed a Turkish army convoy.", ("TURPKK", "183", "TURMIL")),
    # a trial for a crime is legal action
    ("Sudan's army said it would try the RSF commanders for war crimes.",
     ("SDNMIL", "173", "SDNRSF")),
])
def test_harm_by_bombing(coder, text, expected):
    assert expected in _events(code(coder, text))


@pytest.mark.parametrize("text,code_", [
    # a raid or a state's bombers kill in combat (190), not in a bombing of 183
    ("Israeli troops killed three Palestinians in a raid in Jenin.", "190"),
    ("Russian bombers killed 20 Syrian civilians in Idlib.", "190"),
    ("Russian jets bombed Syrian rebel positions.", "195"),
])
def test_combat_stays_combat(coder, text, code_):
    rows = code(coder, text)
    assert {r["cameo"] for r in rows} == {code_}


@pytest.mark.parametrize("text", [
    # aircraft are no bombing; "tried to" is an attempt, not a trial
    "Russian bombers flew near Alaska on Monday.",
    "The rebels tried to murder the governor of the province.",
])
def test_no_bombing_or_trial(coder, text):
    assert not any(r["cameo"].startswith(("183", "173")) for r in code(coder, text))


def test_people_used_as_suicide_bombers(one_sided):
    # what people are used as names the act, with its modifier: suicide bombers (1831),
    # while bombers alone are aircraft (195)
    rows = code(one_sided, "Boko Haram used girls as suicide bombers in Cameroon.")
    assert {r["cameo"] for r in rows} == {"1831"}
    rows = code(one_sided, "Russia used Tu-95 bombers against Ukraine.")
    assert {r["cameo"] for r in rows} == {"195"}


# ---------------------------------------------------------------- fighters of a named group
@pytest.mark.parametrize("text,expected", [
    ("Militants loyal to the Islamic State attacked a Nigerian army base in Borno state.",
     ("ISIS", "190", "NGAMIL")),
    ("Militants allied with Hezbollah fired rockets at Israel.", ("LBNHEZ", "190", "ISR")),
    # the small parser makes the participle the verb: its subject still names the fighters
    ("Fighters affiliated with al-Qaeda kidnapped two German tourists in Mali.",
     ("AQ", "181", "DEUCVL")),
    ("Gunmen linked to al-Shabaab attacked a Kenyan police station.",
     ("SOMSHB", "190", "KENCOP")),
])
def test_fighters_of_a_group(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_allegiance_to_a_state_is_no_agent(coder):
    # separatists loyal to a state are not that state
    rows = code(coder, "Separatists loyal to Russia attacked a Ukrainian checkpoint.")
    assert not any(r["source_code"] == "RUS" for r in rows)


# ---------------------------------------------------------------- attempted assassinations
@pytest.mark.parametrize("text,expected", [
    ("Iran's attempt to assassinate the Saudi ambassador was foiled.",
     ("IRN", "185", "SAUGOV")),
    ("The assassination attempt on the Slovak prime minister by a Russian agent shocked "
     "Europe.", ("RUS", "185", "SVKGOV")),
])
def test_attempted_assassination(coder, text, expected):
    rows = code(coder, text)
    assert expected in _events(rows)
    assert not any(r["cameo"] == "186" for r in rows)  # the attempt alone, no intended 186


def test_attempt_at_other_acts_is_no_assassination(coder):
    rows = code(coder, "Iran's attempt to enrich uranium worried Israel.")
    assert not any(r["cameo"].startswith("18") for r in rows)


# ---------------------------------------------------------------- forces struck in a place
@pytest.mark.parametrize("text,expected", [
    # a group's force on a state's forces, unnamed, where that state rules
    ("Al-Shabaab killed 12 soldiers in Mogadishu.", ("SOMSHB", "190", "SOMMIL")),
    ("Boko Haram fighters killed seven policemen in Maiduguri.", ("NGABKH", "190", "NGACOP")),
    ("Hezbollah killed three soldiers in Israel.", ("LBNHEZ", "190", "ISRMIL")),
])
def test_forces_struck_in_a_place(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_own_forces_in_own_land_are_not_placed(coder):
    # a state's troops fighting at home do not say whose soldiers they killed
    rows = code(coder, "Nigerian troops killed 12 soldiers in Borno.")
    assert not any(r["target_code"] == "NGAMIL" for r in rows)


@pytest.mark.parametrize("text,expected", [
    # armed groups and movements of the news with a home state
    ("Egyptian authorities arrested 20 suspected members of the Muslim Brotherhood.",
     ("EGYGOV", "173", "EGYMBR")),
    ("Abu Sayyaf militants beheaded a German hostage.", ("PHLASG", "1823", "DEUCVL")),
    ("The Shining Path killed three Peruvian soldiers.", ("PERSLU", "190", "PERMIL")),
])
def test_armed_groups_known(coder, text, expected):
    assert expected in _events(code(coder, text))


# ---------------------------------------------------------------- where a bomb goes off
@pytest.mark.parametrize("text,expected", [
    # the place a bombing strikes, a venue in a town of one state, is that state
    ("Al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu on Sunday.",
     ("SOMSHB", "1832", "SOM")),
    ("Boko Haram attacked a church in Nigeria.", ("NGABKH", "190", "NGA")),
    ("Israeli jets struck a mosque in Gaza.", ("ISR", "190", "PSE")),
])
def test_venue_struck(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_bomb_defused_at_home_is_no_attack_on_home(coder):
    # a state's own police in its own land: no victim state
    rows = code(coder, "Indian police detonated a bomb found near a hotel in Delhi.")
    assert not any(r["target_code"] == "IND" for r in rows)


@pytest.mark.parametrize("text,bad", [
    # the grounds of an arrest (a warrant, charges) are not who is arrested
    ("The Philippines arrested its former president on an ICC warrant.", "ICC"),
    ("Poland arrested the Ukrainian suspect on a German warrant.", "DEU"),
])
def test_grounds_are_no_target(coder, text, bad):
    assert not any(r["target_code"] == bad for r in code(coder, text))


def test_arrested_person_stays_target(coder):
    rows = code(coder, "Italian police arrested the Libyan general on an ICC warrant.")
    assert ("ITACOP", "173", "LBY") in _events(rows)


@pytest.mark.parametrize("text,expected", [
    # the charge told by a gerund chooses the accusation's sub-code
    ("Russia accused Ukraine of shelling the nuclear plant.", ("RUS", "1123", "UKR")),
    ("Serbia accused Kosovo of persecuting ethnic Serbs.", ("SRB", "1122", "XKX")),
])
def test_accused_of_gerund(coder, text, expected):
    assert expected in _events(code(coder, text))


def test_abducted_schoolgirls_placed(coder):
    # people of the place an armed group abducts are that place's state's civilians
    rows = code(coder, "Boko Haram abducted 276 schoolgirls in Borno state.")
    assert ("NGABKH", "181", "NGACVL") in _events(rows)


def test_rebels_bombing_is_no_air_raid(one_sided):
    rows = code(one_sided, "Colombian rebels bombed an oil pipeline in Arauca.")
    assert {r["cameo"] for r in rows} == {"183"}
    rows = code(one_sided, "Syrian government forces bombed rebel positions.")
    assert {r["cameo"] for r in rows} == {"195"}


# ---------------------------------------------------------------- ceasefires broken by both
@pytest.mark.parametrize("text,pair", [
    # a ceasefire is between its parties: two that break it break it towards each other
    ("Both the Libyan army and Libyan militias violated the truce, monitors said.",
     {"LBYMIL", "LBYREB"}),
    ("The Ethiopian army and the Tigrayan forces are guilty of breaking the ceasefire.",
     {"ETHMIL", "ETHTPL"}),
])
def test_ceasefire_broken_by_both(coder, text, pair):
    rows = code(coder, text)
    assert any(r["cameo"] == "196" and {r["source_code"], r["target_code"]} == pair
               for r in rows), _events(rows)


def test_two_attackers_are_still_not_each_others_targets(one_sided):
    """Only a ceasefire pairs its breakers: two parties that bombed a town are allies."""
    rows = code(one_sided, "Russian and Syrian jets bombed the town of Idlib.")
    assert not any({r["source_code"][:3], (r["target_code"] or "")[:3]} == {"RUS", "SYR"}
                   for r in rows), _events(rows)
