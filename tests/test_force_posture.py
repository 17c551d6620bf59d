"""Military posture and force build-ups (helper round "posture"): CAMEO 15 and the aid and
threat codes around it.

- The state whose forces move is the source; the state whose border, coast or land they
  mass near, along, around or off is the target (forces.posture_targets). A state the forces
  are sent to or stand in is their host: the target only when nothing faced is named
  ("deployed battalions to Belarus near the Ukrainian border" faces Ukraine; "deployed troops
  to Poland" is aimed at Poland). A town the gazetteer knows names its state ("near Kharkiv").
- Forces moved or readied in a passive with no one named moving them are their own
  state's ("Indian forces were mobilised along the frontier").
- Troops sent to a border (or toward, near, around a state) are a build-up (154), not aid.
- Exercises held facing a state with no partner named are a show of force (150), not
  military cooperation (062); forces stationed facing one, a build-up.
- Build-up nouns: "build-up" (one token), "concentration", "massing", "troop movements",
  "mobilisation".
- Arms that equip forces with no equipper named: the arms' state supplies them (072).
- Troops fighting "for" a state aid it (072), they do not fight it.
- Peacekeepers of an international body are no build-up against the state they face.
"""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, triples


def _roots(rows: list[dict]) -> set[str]:
    return {r["cameo"][:2] for r in rows}


# ------------------------------------------------- 1. massing near a border: the target faced

@pytest.mark.parametrize("text, src, cameo, tgt", [
    ("Russian troops have massed along the frontier with Ukraine, according to Western "
     "officials.", "RUS", "154", "UKR"),
    ("Chinese soldiers are massing along the disputed border with India, Indian officials "
     "said.", "CHN", "154", "IND"),
    ("Israeli forces have been massing near the Lebanese border for weeks.", "ISR", "154",
     "LBN"),
    ("Azerbaijani units were massing near the Armenian border, according to the Armenian "
     "defence ministry.", "AZE", "154", "ARM"),
    ("Sudanese troops were massing near the border with Chad.", "SDN", "154", "TCD"),
    ("Israeli tanks were massing on the edge of Gaza ahead of a ground offensive.", "ISR",
     "154", "PSE"),
    # merge of session 10: "on the outskirts of" is a scene for other acts (gazetteer round),
    # the place faced for a build-up
    ("Belarusian troops were massing on the outskirts of Vilnius, Lithuanian officials said.",
     "BLR", "154", "LTU"),
    ("Pakistan is concentrating armour along the border with Afghanistan, officials said.",
     "PAK", "154", "AFG"),
    ("Morocco massed troops near the Algerian frontier, according to Algerian media.", "MAR",
     "154", "DZA"),
    ("Uganda massed troops on the border with South Sudan.", "UGA", "154", "SSD"),
    ("India rushed troops to the frontier with China after the clash.", "IND", "154", "CHN"),
    ("Russia moved S-400 air-defence systems closer to the Finnish border.", "RUS", "154",
     "FIN"),
    ("The Serbian army moved armoured units closer to the Kosovo boundary.", "SRB", "154",
     "XKX"),
    ("Moscow has been steadily reinforcing its garrison near the Estonian border.", "RUS",
     "154", "EST"),
    ("Hezbollah has deployed fighters along the Israeli frontier.", "LBN", "154", "ISR"),
    ("The Indian army has been building up its forces in Ladakh facing China.", "IND", "154",
     "CHN"),
    ("Taiwan deployed missile launchers along its coast facing China.", "TWN", "154", "CHN"),
])
def test_massing_faces_the_state_beyond_the_border(coder, text, src, cameo, tgt):
    event_of(code(coder, text), src, cameo, tgt, "occurred")


@pytest.mark.parametrize("text, src, tgt", [
    ("Russia deployed extra battalions to Belarus close to the Ukrainian frontier.", "RUS",
     "UKR"),
    ("Russia has stationed nuclear weapons in Belarus near the Polish border.", "RUS", "POL"),
])
def test_a_host_state_is_a_place_when_a_border_is_named(coder, text, src, tgt):
    rows = code(coder, text)
    event_of(rows, src, "154", tgt)
    assert not any(r["target_country"] == "BLR" for r in rows), triples(rows)


def test_a_host_state_alone_is_the_target(coder):
    event_of(code(coder, "Russia plans to deploy tactical nuclear weapons to Belarus."),
             "RUS", "154", "BLR", "intended")


def test_a_town_names_its_state(coder):
    event_of(code(coder, "Ukraine said Russia had concentrated 40,000 troops near Kharkiv."),
             "RUS", "154", "UKR")
    # a town of the source's own land faces no one
    assert not code(coder, "Russia massed troops near Belgorod.")


# ------------------------------------------------ 2. passives: the forces' own state moves them

@pytest.mark.parametrize("text, src, cameo, tgt", [
    ("Indian forces were mobilised along the frontier with Pakistan.", "IND", "154", "PAK"),
    ("Iranian troops were deployed along the frontier with Iraq's Kurdistan region.", "IRN",
     "154", "IRQ"),
    ("Serbian troops were massed along the administrative line with Kosovo.", "SRB", "154",
     "XKX"),
    ("Cambodian troops were put on alert along the frontier with Thailand.", "KHM", "152",
     "THA"),
    ("The Malian army was put on high alert near the border with Niger.", "MLI", "152", "NER"),
    ("Nigerian troops were deployed to the border with Niger after the coup.", "NGA", "154",
     "NER"),
    ("Venezuelan soldiers were sent to the frontier with Guyana amid the dispute.", "VEN",
     "154", "GUY"),
    ("Egyptian troops are stationed near the border with Sudan.", "EGY", "154", "SDN"),
])
def test_forces_moved_with_no_one_named_are_their_states(coder, text, src, cameo, tgt):
    event_of(code(coder, text), src, cameo, tgt)


# ----------------------------------------------- 3. troops sent to a border: build-up, not aid

@pytest.mark.parametrize("text, src, tgt", [
    ("Poland sent 10,000 soldiers to the Belarusian border.", "POL", "BLR"),
    ("Turkey has sent reinforcements to its border with Syria.", "TUR", "SYR"),
    ("Thailand sent additional troops to the border with Cambodia on Friday.", "THA", "KHM"),
    ("The Chinese air force sent bombers around Taiwan on Sunday.", "CHN", "TWN"),
    ("China sent 30 warplanes toward Taiwan in a show of force.", "CHN", "TWN"),
])
def test_troops_sent_to_a_border_are_a_build_up(coder, text, src, tgt):
    rows = code(coder, text)
    event_of(rows, src, "154", tgt)
    assert "07" not in _roots(rows), triples(rows)


def test_troops_sent_to_fight_for_an_ally_stay_aid(coder):
    event_of(code(coder, "North Korea sent thousands of soldiers to fight for Russia."),
             "PRK", "072", "RUS")


# -------------------------------------- 4. exercises facing a state: show of force, not 062

@pytest.mark.parametrize("text, src, tgt", [
    ("China held large-scale military exercises around Taiwan as a warning to Taipei.", "CHN",
     "TWN"),
    ("Chinese warships staged live-fire drills off the coast of Taiwan.", "CHN", "TWN"),
    ("North Korea staged artillery drills near its maritime border with South Korea.", "PRK",
     "KOR"),
    ("China held war games near Japan.", "CHN", "JPN"),
    ("Beijing launched large-scale exercises encircling Taiwan.", "CHN", "TWN"),
])
def test_drills_facing_a_state_are_a_show_of_force(coder, text, src, tgt):
    rows = code(coder, text)
    event_of(rows, src, "150", tgt)
    assert "06" not in _roots(rows), triples(rows)


def test_drills_with_a_partner_stay_cooperation(coder):
    rows = code(coder, "Seoul and Washington held joint drills near the demilitarised zone.")
    assert "06" in _roots(rows) and "15" not in _roots(rows), triples(rows)


def test_whom_drills_face_is_not_who_is_condemned(coder):
    rows = code(coder, "Washington condemned China's drills around Taiwan.")
    event_of(rows, "USA", "111", "CHN")
    event_of(rows, "CHN", "150", "TWN")
    assert not any(r["cameo"].startswith("11") and r["target_country"] == "TWN"
                   for r in rows), triples(rows)


# ------------------------------------------------------------------ 5. build-up nouns

@pytest.mark.parametrize("text, src, tgt", [
    ("The build-up of Russian forces near Ukraine has alarmed NATO.", "RUS", "UKR"),
    ("Russia's military build-up along Ukraine's border continued on Monday.", "RUS", "UKR"),
    ("Venezuela's military build-up near the Guyanese border continued this week.", "VEN",
     "GUY"),
    ("The concentration of Chinese troops near the Indian border worries New Delhi.", "CHN",
     "IND"),
    ("Russian troop movements near the Ukrainian border have increased, NATO said.", "RUS",
     "UKR"),
    ("India's mobilisation along the border with Pakistan continued.", "IND", "PAK"),
    ("The deployment of Russian troops near Ukraine raised concern in Kyiv.", "RUS", "UKR"),
])
def test_build_up_nouns(coder, text, src, tgt):
    event_of(code(coder, text), src, "154", tgt)


def test_a_build_up_condemned_faces_its_own_target(coder):
    rows = code(coder, "NATO criticised the Russian troop build-up near Ukraine.")
    event_of(rows, "RUS", "154", "UKR")
    assert not any(r["cameo"].startswith("15") and r["target_country"] == "NATO"
                   for r in rows), triples(rows)


# ------------------------------------------------------------------------- 6. status

def test_denied_and_planned_build_ups(coder):
    event_of(code(coder, "Islamabad denied that it was mobilising troops near the border "
                         "with India."), "PAK", "154", "IND", "negated")
    event_of(code(coder, "Ethiopia denied that it was concentrating forces near Eritrea."),
             "ETH", "154", "ERI", "negated")
    event_of(code(coder, "Azerbaijan said it had not moved any troops toward the Armenian "
                         "border."), "AZE", "154", "ARM", "negated")
    event_of(code(coder, "Moscow plans to deploy more troops along the Finnish border."),
             "RUS", "154", "FIN", "intended")
    event_of(code(coder, "Eritrea reportedly mobilised troops near the border with "
                         "Ethiopia."), "ERI", "154", "ETH", "hedged")


# ----------------------------------------------------------- 7. arms that equip forces: 072

@pytest.mark.parametrize("text, src, tgt", [
    ("Ukrainian soldiers outfitted with American rifles repelled the assault.", "USA", "UKR"),
    ("The Ukrainian brigade was equipped with German Leopard tanks.", "DEU", "UKR"),
    ("Ukrainian troops equipped with British anti-tank weapons held the line.", "GBR", "UKR"),
    ("Houthi fighters were armed with Iranian missiles.", "IRN", "YEM"),
    ("The Sudanese army has been rearmed with Egyptian drones.", "EGY", "SDN"),
    ("Most Polish units are equipped with South Korean howitzers.", "KOR", "POL"),
])
def test_the_arms_state_supplies_whom_they_equip(coder, text, src, tgt):
    event_of(code(coder, text), src, "072", tgt)


def test_a_named_equipper_supplies(coder):
    event_of(code(coder, "Britain equipped the Ukrainian brigade with Challenger tanks."),
             "GBR", "072", "UKR")


def test_arms_of_no_state_equip_no_one(coder):
    assert not code(coder, "Police officers armed with batons dispersed the crowd.")


# --------------------------------------------------------- 8. fighting for a state aids it

def test_troops_fighting_for_a_state_aid_it(coder):
    rows = code(coder, "North Korean troops are fighting for Russia in the Kursk region.")
    event_of(rows, "PRK", "072", "RUS")
    assert "19" not in _roots(rows), triples(rows)


def test_fighting_for_a_cause_is_no_aid(coder):
    rows = code(coder, "Rebels are fighting for the independence of Cabinda from Angola.")
    assert "07" not in _roots(rows), triples(rows)


# ------------------------------------------------------------------- 9. must not fire

@pytest.mark.parametrize("text", [
    "Troops massed for a parade in Moscow's Red Square on Victory Day.",
    "Troops from Belarus were massed for the Independence Day parade in Minsk.",
    "The soldiers gathered in Red Square for the annual parade.",
    "The country is struggling with a build-up of debt.",
    "A build-up of pressure in the pipeline caused the explosion.",
    "Debt has built up in emerging markets.",
    "The concentration of power in the presidency worries critics.",
    "The team held a training exercise before the match.",
    "The finance ministry said the budget exercise would finish in March.",
    "The exercise of executive power was challenged in court.",
    "The company deployed new software across its offices.",
    "The company deployed its sales force across Asia.",
    "The central bank mobilised funds to support the currency.",
    "The election campaign mobilised young voters in Nairobi.",
    "Investors moved funds closer to home as tensions rose.",
    "Workers were deployed along the coast to clean up the oil spill.",
    "The navy deployed divers off the coast to search for survivors.",
    "The army was deployed along the coast to help flood victims.",
    "Chinese tourists massed at the border crossing after it reopened.",
    "The players trained near the border town before the match.",
    "Refugees massed along the Polish border with Belarus.",
    "Migrants gathered along the border with Mexico.",
    "The charity rushed aid to the border with Syria.",
])
def test_no_force_posture(coder, text):
    rows = code(coder, text)
    assert not ({"15", "07"} & _roots(rows)), triples(rows)


@pytest.mark.parametrize("text", [
    "UN peacekeepers were deployed along the border with Israel.",
    "French peacekeepers were deployed in Lebanon at the invitation of Beirut.",
    "Russian peacekeepers were deployed to Kazakhstan at the government's request.",
])
def test_peacekeepers_are_no_build_up(coder, text):
    rows = code(coder, text)
    assert "15" not in _roots(rows), triples(rows)


# --------------------------------------------- 10. forces seen massing, moving toward a border

def test_forces_seen_massing(coder):
    event_of(code(coder, "Turkish tanks were seen massing along the Syrian frontier."),
             "TUR", "154", "SYR")


def test_forces_moving_toward_a_border_are_no_intent(coder):
    event_of(code(coder, "Ethiopian forces were seen moving toward the Eritrean border, "
                         "residents said."), "ETH", "154", "ERI", "occurred")
