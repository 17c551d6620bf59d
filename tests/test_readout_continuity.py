"""Discourse continuity in readouts and briefings: sentences whose parties an earlier sentence
of the article named. A government readout names its parties once and goes on about them:
"the two sides" and "both leaders" are the pair that met (and only a pair: "the two
countries" after three were named is none of them); "the package includes ..." is the aid
announced earlier, from its donor to its recipient; a named military operation is the armed
forces of the state that ran it; and what the principal "underscored" or "emphasized" with no
one named is said to the others at the meeting. Each case is a short hand-written article
(none comes from the gold sets or the codebook), coded with the real model; the checks look
at the events of its last sentence."""

import pytest
from tests.conftest import code


def last_sentence(coder, text: str) -> list[dict]:
    """Events of the article's last sentence (the one that names no parties of its own)."""
    last = len(list(coder.nlp(text).sents)) - 1
    return [r for r in code(coder, text) if r["sentence_index"] == last]


def got(rows: list[dict]) -> set[tuple]:
    return {(r["source_country"], r["cameo"], r["target_country"], r["status"]) for r in rows}


def has(rows: list[dict], src: str, prefix: str, tgt: str, status: str) -> bool:
    return any(r["source_country"] == src and r["cameo"].startswith(prefix)
               and r["target_country"] == tgt and r["status"] == status for r in rows)


# (article, source, code prefix, target, status) of an event in the last sentence
PACKAGES = [
    # the contents of a package announced earlier: aid from its donor to its recipient, and
    # military aid when the contents are arms
    ("The Pentagon unveiled a new aid package for Moldova on Thursday. "
     "The package includes anti-tank missiles and artillery rounds.",
     "USA", "072", "MDA", "occurred"),
    ("The Defense Department announced a $300 million security assistance package for Taiwan. "
     "The package includes Stinger missiles and spare parts.",
     "USA", "072", "TWN", "occurred"),
    ("Germany pledged a new military aid package to Ukraine on Monday. "
     "The package contains IRIS-T air defense systems and Leopard tanks.",
     "DEU", "072", "UKR", "occurred"),
    ("Britain unveiled a fresh military assistance package for Estonia. "
     "The package comprises drones and radar systems.",
     "GBR", "072", "EST", "occurred"),
    ("The Pentagon unveiled a new aid package for Israel on Tuesday. "
     "The assistance includes interceptors for short-range air defense.",
     "USA", "072", "ISR", "occurred"),
    ("The Pentagon unveiled a new aid package for Jordan on Tuesday. "
     "The new package, worth $200 million, includes armored vehicles and night-vision goggles.",
     "USA", "072", "JOR", "occurred"),
    ("Canada announced a military aid package for Latvia on Wednesday. "
     "This package includes howitzers and ammunition.",
     "CAN", "072", "LVA", "occurred"),
    # handled with no one named (an agentless passive): the donor's act for the recipient,
    # with the clause's own modality
    ("The Pentagon announced a new security assistance package for Lithuania on Friday. "
     "This equipment was authorized under a drawdown authority.",
     "USA", "07", "LTU", "occurred"),
    ("The Pentagon announced a new security assistance package for Lithuania on Friday. "
     "The capabilities will be shipped to Lithuanian units within weeks.",
     "USA", "07", "LTU", "intended"),
    ("Germany pledged a new military aid package to Ukraine on Monday. "
     "The weapons will be shipped in the coming months.",
     "DEU", "072", "UKR", "intended"),
    ("Norway announced a military aid package for Ukraine on Monday. "
     "The package will be funded from the national defense budget.",
     "NOR", "07", "UKR", "intended"),
    ("Lloyd Austin previewed a fresh military assistance package for Poland today. "
     "The package, valued at $1 billion, includes air defense interceptors.",
     "USA", "072", "POL", "occurred"),
    ("Lloyd Austin previewed a fresh military assistance package for Poland today. "
     "The weapons will be delivered to Poland under an accelerated timeline.",
     "USA", "072", "POL", "intended"),
    # an aid package that is not arms keeps the announcement's code
    ("The State Department announced $150 million in humanitarian assistance for Chad. "
     "The funding includes food, shelter and medical care.",
     "USA", "07", "TCD", "occurred"),
    ("Sweden announced a new military aid package for Ukraine worth $500 million. "
     "The package includes artillery ammunition and armored vehicles.",
     "SWE", "072", "UKR", "occurred"),
    ("The Netherlands unveiled a military aid package for Ukraine on Thursday. "
     "The package also contains radars and drones.",
     "NLD", "072", "UKR", "occurred"),
    ("Japan announced a $100 million aid package for the Philippines. "
     "The package will be delivered through a development agency.",
     "JPN", "07", "PHL", "intended"),
    ("Australia announced an emergency aid package for Tonga after the eruption. "
     "The assistance includes drinking water and tents.",
     "AUS", "07", "TON", "occurred"),
]


@pytest.mark.parametrize("text,src,prefix,tgt,status", PACKAGES)
def test_package_is_the_announced_aid(coder, text, src, prefix, tgt, status):
    rows = last_sentence(coder, text)
    assert has(rows, src, prefix, tgt, status), got(rows)


# the package sentence with nothing announced before, or someone else's package: no aid
NOT_THE_PACKAGE = [
    "The package includes anti-tank missiles and artillery rounds.",
    "Analysts discussed the budget on Monday. The package includes tax cuts for families.",
    # an indefinite or another's package is not the announced one
    "The Pentagon unveiled a new aid package for Moldova on Thursday. "
    "A separate package includes grain and fuel.",
    "The Pentagon unveiled a new aid package for Moldova on Thursday. "
    "Russia's package for Belarus includes tanks and rockets.",
    # handled by a named agent: that agent's act, not the announcement's
    "Germany pledged a new military aid package to Ukraine on Monday. "
    "The weapons will be delivered by Poland in the coming months.",
    # the announcement is long past (more sentences than a readout keeps it in focus)
    "The Pentagon unveiled a new aid package for Moldova on Thursday. Officials met. "
    "Reporters asked questions. Markets rose. Prices fell. Rain came. Trains ran late. "
    "The package includes anti-tank missiles and artillery rounds.",
    # a package that is not aid at all: a trade or stimulus package of the donor's own
    "Parliament approved a stimulus package on Monday. "
    "The package includes tax cuts and subsidies.",
]


@pytest.mark.parametrize("text", NOT_THE_PACKAGE)
def test_no_aid_from_an_unannounced_package(coder, text):
    rows = last_sentence(coder, text)
    assert not [r for r in rows if r["cameo"].startswith("07")], got(rows)


MEETINGS = [
    # what the principal says with no one named is said to the other party of the meeting
    ("Secretary Marco Rubio met with Georgian Prime Minister Irakli Kobakhidze in Tbilisi. "
     "In their talks, the Secretary stressed the need for fair elections.",
     "USA", "02", "GEO", "occurred"),
    ("Secretary Marco Rubio met with Georgian Prime Minister Irakli Kobakhidze in Tbilisi. "
     "The Secretary stressed the need for open dialogue with civil society.",
     "USA", "02", "GEO", "occurred"),
    ("Secretary Marco Rubio met with Georgian Prime Minister Irakli Kobakhidze in Tbilisi. "
     "The Secretary urged restraint.",
     "USA", "02", "GEO", "occurred"),
    ("Defense Secretary Lloyd Austin spoke by phone with Israeli Defense Minister Yoav Gallant. "
     "Secretary Austin underscored the need to protect civilians.",
     "USA", "02", "ISR", "occurred"),
    ("Defense Secretary Lloyd Austin spoke by phone with Israeli Defense Minister Yoav Gallant. "
     "Secretary Austin welcomed the opening of new crossings for humanitarian aid.",
     "USA", "05", "ISR", "occurred"),
    ("Secretary Blinken visited Kyiv on Wednesday. "
     "He also praised the bravery of the defenders of the city.",
     "USA", "05", "UKR", "occurred"),
    ("Secretary Marco Rubio met with Armenian Foreign Minister Ararat Mirzoyan and "
     "Azerbaijani Foreign Minister Jeyhun Bayramov in Vienna. "
     "In the talks, the Secretary called for open transit through the border crossings.",
     "USA", "02", "ARM", "occurred"),
    ("Secretary Marco Rubio met with Armenian Foreign Minister Ararat Mirzoyan and "
     "Azerbaijani Foreign Minister Jeyhun Bayramov in Vienna. "
     "In the talks, the Secretary called for open transit through the border crossings.",
     "USA", "02", "AZE", "occurred"),
    ("Secretary of Defense Lloyd Austin met Chinese Defense Minister Li Shangfu in Singapore. "
     "Austin stressed the need for open military hotlines.",
     "USA", "02", "CHN", "occurred"),
    # a later meeting by others does not take the principal's place
    ("Secretary Marco Rubio met with Serbian President Aleksandar Vucic in Belgrade. "
     "He noted the offer of the EU to host the Serbian and Kosovar leaders in Brussels. "
     "The Secretary urged restraint in the north.",
     "USA", "02", "SRB", "occurred"),
    # the two sides, both leaders, the secretaries: the pair that met
    ("Secretary Marco Rubio met with Kenyan Foreign Minister Musalia Mudavadi in Washington. "
     "The two sides discussed regional security and trade.",
     "USA", "04", "KEN", "occurred"),
    ("Secretary Blinken traveled to Beijing on Sunday, where he met with Foreign Minister Wang Yi. "
     "Both sides exchanged views on the war in Ukraine.",
     "USA", "04", "CHN", "occurred"),
    ("President Biden hosted Kenyan President William Ruto at the White House. "
     "The two presidents signed a framework on climate finance.",
     "USA", "057", "KEN", "occurred"),
    ("Chinese President Xi Jinping met with Russian leader Vladimir Putin in Moscow. "
     "The two sides signed several cooperation documents.",
     "CHN", "057", "RUS", "occurred"),
    ("Chinese President Xi Jinping met with Russian leader Vladimir Putin in Moscow. "
     "Ukraine condemned the meeting. "
     "The two leaders pledged to deepen their strategic partnership.",
     "CHN", "05", "RUS", "intended"),
    ("Secretary of Defense Pete Hegseth met Philippine defense chief Gilberto Teodoro in Manila. "
     "The two secretaries discussed maritime security in disputed waters.",
     "USA", "04", "PHL", "occurred"),
    ("Secretary of Defense Pete Hegseth met Philippine defense chief Gilberto Teodoro in Manila. "
     "The secretaries condemned China's dangerous maneuvers near the shoal.",
     "PHL", "11", "CHN", "occurred"),
    ("The U.S. and Vietnam held a strategic dialogue in Hanoi on Wednesday. "
     "The two delegations signed an agreement on clearing unexploded ordnance.",
     "USA", "057", "VNM", "occurred"),
    ("President Macron hosted Chancellor Scholz at the Elysee on Monday. "
     "The leaders discussed European defense.",
     "FRA", "04", "DEU", "occurred"),
    ("President Biden hosted Kenyan President William Ruto at the White House. "
     "They agreed to work together on debt relief.",
     "USA", "05", "KEN", "intended"),
    ("Foreign Minister Annalena Baerbock met Polish Foreign Minister Radoslaw Sikorski in Warsaw. "
     "The two ministers agreed to hold regular consultations.",
     "DEU", "04", "POL", "intended"),
    ("Prime Minister Keir Starmer hosted Irish Taoiseach Simon Harris in London. "
     "Both leaders praised the peace accord in Northern Ireland.",
     "GBR", "05", "IRL", "occurred"),
    ("President Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara. "
     "The two leaders signed a water management agreement.",
     "TUR", "057", "IRQ", "occurred"),
    ("Iran and Saudi Arabia restored ties in March. Both sides reopened embassies.",
     "IRN", "05", "SAU", "occurred"),
    ("Pakistan, China and Afghanistan held a trilateral meeting in Kabul. "
     "The three sides agreed to extend a trade corridor.",
     "PAK", "0", "AFG", "intended"),
    ("Secretary Marco Rubio met Indian External Affairs Minister S. Jaishankar in Washington. "
     "The Secretary praised the humanitarian help. He urged more progress on trade.",
     "USA", "02", "IND", "occurred"),
    ("Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat. "
     "The Spanish leader praised the cooperation on migration.",
     "ESP", "05", "MAR", "occurred"),
]


@pytest.mark.parametrize("text,src,prefix,tgt,status", MEETINGS)
def test_meeting_parties_carry_over(coder, text, src, prefix, tgt, status):
    rows = last_sentence(coder, text)
    assert has(rows, src, prefix, tgt, status), got(rows)


NOT_THE_MEETING = [
    # no meeting before: the appeal names no one
    ("Secretary Blinken delivered remarks in Washington on Monday. "
     "The Secretary stressed how vital free and fair elections are.", "02"),
    ("The Secretary stressed the need for open dialogue with civil society.", "02"),
    # a speaker who was no party to the meeting
    ("Secretary Marco Rubio met with Georgian Prime Minister Irakli Kobakhidze in Tbilisi. "
     "French President Emmanuel Macron stressed how vital free and fair elections are.", "02"),
    # a meeting refused or planned: no talk of its own to report
    ("Secretary Marco Rubio refused to meet Georgian Prime Minister Irakli Kobakhidze. "
     "The Secretary stressed the need for open dialogue with civil society.", "02"),
    ("Secretary Marco Rubio will meet Georgian Prime Minister Irakli Kobakhidze next week. "
     "The Secretary stressed the need for open dialogue with civil society.", "02"),
    ("Secretary Marco Rubio did not meet Georgian Prime Minister Irakli Kobakhidze. "
     "The Secretary stressed the need for open dialogue with civil society.", "02"),
    # the meeting is long past
    ("Secretary Marco Rubio met with Georgian Prime Minister Irakli Kobakhidze in Tbilisi. "
     "Officials waited. "
     "Reporters asked questions. Markets rose. Prices fell. Rain came. Trains ran late. "
     "The Secretary stressed the need for open dialogue with civil society.", "02"),
]


@pytest.mark.parametrize("text,root", NOT_THE_MEETING)
def test_no_meeting_target(coder, text, root):
    rows = last_sentence(coder, text)
    assert not [r for r in rows if r["cameo"].startswith(root) and r["target_country"]], got(rows)


def test_another_state_named_is_not_the_addressee(coder):
    """ "the need to hold Russia accountable" is said of Russia: not lent to the host."""
    rows = last_sentence(coder, "Secretary Blinken visited Kyiv on Wednesday. "
                         "The Secretary stressed the need to hold Russia accountable.")
    assert not [r for r in rows if r["target_country"] == "UKR"], got(rows)


def test_meeting_in_same_sentence_is_not_lent(coder):
    """What a party says as it meets is the meeting's own sentence: only a later sentence's
    words are lent its parties ("met Milei ... and stressed the need for calm": one event)."""
    rows = code(coder, "President Lula met President Milei in Brasilia and stressed the "
                "need for calm.")
    assert not [r for r in rows if r["cameo"].startswith("02")], got(rows)


# counted group words: "the two X" is a pair in focus only when a pair is in focus
COUNTED_NONE = [
    "Foreign ministers of France, Germany and Italy met in Rome on Thursday. "
    "The two countries agreed to coordinate their positions.",
    "Foreign ministers of France, Germany and Italy met in Rome on Thursday. "
    "Both sides agreed to coordinate their positions.",
    "Brazil, Argentina and Chile held talks in Santiago on Friday. "
    "The two leaders signed a trade memorandum.",
    "President Lula hosted President Milei in Brasilia. "
    "The three leaders signed a trade memorandum.",
    # no meeting, no pair: "both sides" is no one
    "Both sides agreed to continue the talks next month.",
    "The two countries signed a memorandum on energy.",
]


@pytest.mark.parametrize("text", COUNTED_NONE)
def test_counted_group_needs_that_many(coder, text):
    rows = last_sentence(coder, text)
    assert not rows, got(rows)


COUNTED = [
    ("Brazil, Argentina and Chile held talks in Santiago on Friday. "
     "The three leaders signed a trade memorandum.", "BRA", "057", "ARG"),
    ("President Lula hosted President Milei in Brasilia. "
     "The two leaders signed a trade memorandum.", "BRA", "057", "ARG"),
]


@pytest.mark.parametrize("text,src,prefix,tgt", COUNTED)
def test_counted_group_of_that_many(coder, text, src, prefix, tgt):
    rows = last_sentence(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(prefix)
               and r["target_country"] == tgt for r in rows), got(rows)


OPERATIONS = [
    # an operation named with its runner: its forces, in later sentences by name or as
    # "the operation"
    ("Israel launched Operation Iron Sword on Friday. "
     "The operation targeted Hamas command centers in Gaza.",
     "ISRMIL", "19", "PSE"),
    ("Operation Prosperity Guardian, led by the United States, struck Houthi radar sites in Yemen. "
     "The mission has intercepted dozens of Houthi drones.",
     "USAMIL", "19", "YEM"),
    ("Operation Prosperity Guardian, led by the United States, struck Houthi radar sites in Yemen.",
     "USAMIL", "19", "YEM"),
    ("France conducted Operation Barkhane in Mali for nearly a decade. "
     "Operation Barkhane killed dozens of jihadist commanders in Mali.",
     "FRAMIL", "1", "MLI"),
    ("Turkey launched Operation Claw Lock in northern Iraq in April. "
     "The operation struck PKK hideouts in the mountains.",
     "TURMIL", "19", "TUR"),
    ("Dubbed \"Operation Desert Lance,\" the Pentagon's strike was carried out by bombers. "
     "Russia carried out Operation Northern Wind against Ukraine in March. "
     "Operation Northern Wind destroyed Ukrainian fuel depots.",
     "RUSMIL", "1", "UKR"),
    # session 13: a state's military command names the operation for the state's forces
    ("Dubbed \"Operation Desert Anvil,\" Africom deployed drones to strike camps in Somalia. "
     "Officials said the mission never struck Somali troops.",
     "USAMIL", "19", "SOM"),
]


@pytest.mark.parametrize("text,src,prefix,tgt", OPERATIONS)
def test_operation_is_its_state(coder, text, src, prefix, tgt):
    rows = last_sentence(coder, text)
    assert any(r["source_code"] == src and r["cameo"].startswith(prefix)
               and r["target_country"] == tgt for r in rows), got(rows)


NO_OPERATION_ACTOR = [
    # an operation never tied to a state is no actor
    "Operation Rough Rider struck targets across Yemen. The operation destroyed radar sites.",
    "Operation Lantern was a success, officials said. "
    "The operation destroyed radar sites in Yemen.",
    # "the operation" long after the operation's runner was named
    "Israel launched Operation Iron Sword on Friday. Officials met. Reporters asked questions. "
    "Markets rose. Prices fell. Rain came. Trains ran late. "
    "The operation targeted Hamas command centers in Gaza.",
    # a rescue operation by no one named: not the earlier operation's
    "Israel launched Operation Iron Sword on Friday. "
    "A rescue operation freed hostages in Gaza.",
]


@pytest.mark.parametrize("text", NO_OPERATION_ACTOR)
def test_no_operation_actor(coder, text):
    rows = last_sentence(coder, text)
    assert not [r for r in rows if r["source_code"].endswith("MIL")], got(rows)


def test_operation_mention_found(coder):
    """The operation's name is a mention of its runner's forces, found by coreference."""
    from tests.conftest import mentions

    found = mentions(coder, "Israel launched Operation Iron Sword on Friday. "
                     "The operation targeted Hamas command centers in Gaza.")
    assert found.get("The operation") == ("ISRMIL", "coref"), found


# the two ministers "had candid, lengthy, and cordial discussions": a row of adjectives
# the parser reads as a participle with "had" as its auxiliary still leaves the talks
LIGHT_VERB_ROWS = [
    ("Blinken met Wang Yi in Beijing. "
     "The two ministers had candid, lengthy, and cordial discussions about energy.",
     "USA", "04", "CHN"),
    ("Macron hosted Scholz in Paris. "
     "The leaders had frank, open and productive talks on defense.",
     "FRA", "04", "DEU"),
]


@pytest.mark.parametrize("text,src,prefix,tgt", LIGHT_VERB_ROWS)
def test_talks_behind_a_row_of_adjectives(coder, text, src, prefix, tgt):
    rows = last_sentence(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(prefix)
               and r["target_country"] == tgt for r in rows), got(rows)


# damage inflicted on a place is force on the state that holds it (verbs.tsv "inflict")
INFLICTED = [
    ("Centcom deployed several bombers to inflict heavy damage on the plants at Fordo and "
     "Natanz.", "USA", "19", "IRN"),
    ("U.S. bombers inflicted heavy damage on Iranian nuclear sites.", "USA", "19", "IRN"),
    ("Russian artillery inflicted serious losses on Ukrainian brigades near Pokrovsk.",
     "RUS", "19", "UKR"),
]


@pytest.mark.parametrize("text,src,prefix,tgt", INFLICTED)
def test_inflicted_damage_is_force(coder, text, src, prefix, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(prefix)
               and r["target_country"] == tgt for r in rows), got(rows)


NOT_INFLICTED_FORCE = [
    "Sanctions inflicted severe damage on the Russian economy.",
    "The storm inflicted heavy damage on coastal towns in Cuba.",
    "The defeat inflicted lasting pain on the team's fans.",
]


@pytest.mark.parametrize("text", NOT_INFLICTED_FORCE)
def test_inflicted_without_force(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] in ("18", "19", "20")], got(rows)


def test_both_sides_after_mediators_are_the_belligerents(coder):
    """Accepting a truce is agreeing to one (0356); "both sides" after mediated talks are
    the two parties to the talks, not the mediators."""
    rows = last_sentence(coder, "Norway and Oman mediated talks between Sudan and the RSF in "
                                "Jeddah on Monday. Both sides accepted a truce on Tuesday.")
    assert rows and all(r["cameo"] == "0356" for r in rows)
    assert {r["source_code"][:3] for r in rows} | {r["target_code"][:3] for r in rows} \
        <= {"SDN"}


@pytest.mark.parametrize("text,tgt", [
    ("Secretary Marco Rubio met Indian External Affairs Minister S. Jaishankar in Delhi. "
     "The Secretary said Washington would keep using diplomacy to resolve trade "
     "frictions.", "IND"),
    ("Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Canberra. "
     "Ms Wong said Australia will keep using dialogue to manage differences.", "CHN"),
])
def test_talks_a_party_promises_in_a_meeting_are_with_the_others(coder, text, tgt):
    """Session 13: "would keep using diplomacy" said in a meeting is talks promised to
    the other party (04, intended)."""
    rows = last_sentence(coder, text)
    assert [r for r in rows if r["cameo"].startswith("04") and r["target_country"] == tgt
            and r["status"] == "intended"], got(rows)


def test_talks_told_as_done_in_a_meeting_are_not_lent(coder):
    """A consultation a party says was held, with no one named, is not said to be with the
    meeting's other party: only a promised one is."""
    rows = last_sentence(coder, "Secretary Marco Rubio met Indian External Affairs Minister "
                         "S. Jaishankar in Delhi. The Secretary used diplomacy to end strikes.")
    assert not [r for r in rows if r["cameo"].startswith("04") and r["target_country"]], \
        got(rows)


def test_managing_a_rivalry_promised_in_a_meeting_is_an_intent_to_cooperate(coder):
    """Session 13: "will manage the rivalry responsibly" said in a meeting is an intent to
    cooperate (030) with the other party."""
    rows = last_sentence(coder, "Foreign Minister Penny Wong met Chinese Foreign Minister Wang "
                         "Yi in Canberra. She said Australia will manage the rivalry "
                         "responsibly.")
    assert [r for r in rows if r["cameo"] == "030" and r["target_country"] == "CHN"
            and r["status"] == "intended"], got(rows)


@pytest.mark.parametrize("text,src,tgt", [
    ("Poland accused Belarus of pushing migrants across the border. Minsk denied the charge.",
     "BLR", "POL"),
    ("For weeks, Romania had accused Hungary of planning a blockade. But all Hungary did "
     "was deny it.", "HUN", "ROU"),
])
def test_a_denial_that_names_no_one_answers_the_last_accuser(coder, text, src, tgt):
    """Session 13: a denial (016) that names no one is addressed to whoever last accused or
    criticised the one who denies; "all X did was deny" is X's denial, made."""
    rows = last_sentence(coder, text)
    assert [r for r in rows if r["cameo"] == "016" and r["source_country"] == src
            and r["target_country"] == tgt and r["status"] == "occurred"], got(rows)


def test_a_denial_with_no_accusation_before_it_has_no_target(coder):
    rows = last_sentence(coder, "Poland praised Lithuania for its help. Minsk denied the "
                         "charge.")
    assert not [r for r in rows if r["cameo"] == "016"], got(rows)
