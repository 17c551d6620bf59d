"""Economic statecraft between states: sanctions, tariffs, export controls, blacklists,
SWIFT exclusion, energy cut-offs, trade deals, investment, loans and debt relief. Every
sentence is hand-written for this file (none comes from the codebook or the gold sets) and
is coded with the real model."""

import pytest
from tests.conftest import code

# (sentence, source, exact CAMEO code, target, status or None)
CASES = [
    # export controls aimed through where the goods are shipped (163)
    ("Beijing imposed export controls on germanium shipped to Japan.",
     "CHNGOV", "163", "JPN", "occurred"),
    ("China imposed export curbs on graphite destined for South Korea.",
     "CHN", "163", "KOR", "occurred"),
    ("The Netherlands adopted export controls on lithography machines sold to China.",
     "NLD", "163", "CHN", "occurred"),
    # export controls announced or introduced: "export controls" is one word, not exports
    ("Beijing announced export restrictions on tungsten bound for the United States.",
     "CHNGOV", "163", "USA", "occurred"),
    ("India introduced import curbs on Chinese laptops.", "IND", "163", "CHN", "occurred"),
    # tightened export controls are a trade sanction, not an administrative one (163)
    ("South Korea tightened export controls on machine tools to Russia.",
     "KOR", "163", "RUS", "occurred"),
    ("The export controls on chip tools to China were tightened by the Netherlands in 2024.",
     "NLD", "163", "CHN", "occurred"),
    # blacklisting: entity lists, sanctions lists, designations under a sanctions program
    ("The U.S. Commerce Department added 14 Chinese firms to its entity list.",
     "USAGOV", "163", "CHNBUS", "occurred"),
    ("China placed four American defense contractors on its unreliable entity list.",
     "CHN", "163", "USA", None),
    ("Britain put 20 Iranian shipping firms on its sanctions list.",
     "GBR", "163", "IRN", None),
    ("The U.S. Treasury designated three Venezuelan banks under its sanctions program.",
     "USAGOV", "163", "VENBUS", "occurred"),
    # SWIFT exclusion is a financial sanction
    ("Canada disconnected Russian lenders from SWIFT.", "CAN", "163", "RUS", None),
    ("Japan cut Iranian banks off from SWIFT.", "JPN", "163", "IRNBUS", "occurred"),
    ("The EU excluded three Belarusian banks from SWIFT.", "EUR", "163", "BLRBUS",
     "occurred"),
    # a passive with no agent: whose the sanctions are imposes them
    ("Venezuelan oil firms were hit with new U.S. sanctions on Tuesday.", "USA", "163", "VEN",
     "occurred"),
    ("Chinese solar panels were slapped with EU duties of up to 60 percent.", "EUR", "163",
     "CHN", "occurred"),
    # countersanctions, price caps, raised tariffs (163)
    ("Moscow imposed countersanctions on British lawmakers.", "RUSGOV", "163", "GBR", None),
    ("The G7 imposed a price cap on Russian diesel.", "G7", "163", "RUS", "occurred"),
    ("The G7 agreed a price cap on Russian crude.", "G7", "163", "RUS", None),
    ("Turkey raised tariffs on Chinese cars.", "TUR", "163", "CHN", "occurred"),
    ("Washington hiked duties on Canadian lumber.", "USAGOV", "163", "CAN", "occurred"),
    ("Washington increased tariffs on Chinese imports to 145 percent.",
     "USAGOV", "163", "CHN", "occurred"),
    ("Brazil doubled tariffs on American ethanol.", "BRA", "163", "USA", "occurred"),
    ("Beijing halted purchases of Canadian canola.", "CHNGOV", "163", "CAN", "occurred"),
    # purchases of fuel halted are a boycott of the seller (163), not a supply cut
    ("China halted purchases of Australian coal.", "CHN", "163", "AUS", "occurred"),
    ("India stopped buying Venezuelan oil.", "IND", "163", "VEN", "occurred"),
    # easing: lowered, cut, paused, delayed tariffs (085)
    ("Japan lowered tariffs on American rice.", "JPN", "085", "USA", "occurred"),
    ("Vietnam cut import duties on American chicken.", "VNM", "085", "USA", "occurred"),
    ("The EU reduced duties on Ukrainian steel.", "EUR", "085", "UKR", "occurred"),
    ("Trump paused the tariffs on Canadian goods for a month.",
     "USAGOV", "085", "CAN", "occurred"),
    ("Washington delayed tariffs on Mexican trucks until August.",
     "USAGOV", "085", "MEX", "occurred"),
    # energy cut-offs (160); a gerund of stopping is the act stopped, not a supply
    ("Russia cut oil supplies to Hungary.", "RUS", "160", "HUN", "occurred"),
    ("Russia halted gas deliveries to Austria.", "RUS", "160", "AUT", "occurred"),
    ("Moscow stopped gas exports to Finland.", "RUSGOV", "163", "FIN", "occurred"),
    ("Russia stopped supplying oil to Poland.", "RUS", "160", "POL", "occurred"),
    ("Kazakhstan will stop selling coal to Kyrgyzstan.", "KAZ", "160", "KGZ", "intended"),
    ("The United States stopped sending weapons to Ukraine.", "USA", "1622", "UKR",
     "occurred"),
    # considering trade penalties (014)
    ("Poland is considering a ban on Russian fertilizer.", "POL", "014", "RUS", None),
    ("Canada is weighing tariffs on Chinese aluminium.", "CAN", "014", "CHN", None),
    # trade and investment deals proposed or agreed (0311), energy deals
    ("Indonesia proposed a free trade agreement with Canada.", "IDN", "0311", "CAN", None),
    ("Norway agreed to raise gas supplies to Germany.", "NOR", "0311", "DEU", None),
    ("The UAE will invest 5 billion dollars in Kenya.", "ARE", "061", "KEN", "intended"),
    ("Japan invested heavily in Indian railways.", "JPN", "061", "IND", "occurred"),
    ("Qatar pledged to invest 3 billion dollars in Syria.", "QAT", "061", "SYR",
     "intended"),
    # loans, deposits and debt relief (071)
    ("Riyadh deposited 2 billion dollars in Egypt's central bank.", "SAUGOV", "071", "EGY",
     None),
    ("France provided a loan guarantee to Tunisia.", "FRA", "071", "TUN", "occurred"),
    ("Germany cancelled Ghana's debt.", "DEU", "071", "GHA", "occurred"),
    ("China has restructured Ethiopia's debt.", "CHN", "071", "ETH", "occurred"),
    ("Britain will forgive Malawi's debt.", "GBR", "071", "MWI", "intended"),
    # what sanctions target is their target; sanctions threatened outrank the weapons the
    # dispute is about
    ("The latest British sanctions target Iranian oil tankers.", "GBR", "163", "IRN",
     "occurred"),
    ("The EU package of sanctions targets Belarusian potash.", "EUR", "163", "BLR",
     "occurred"),
    ("Washington threatened to sanction India over its purchase of Russian jets.",
     "USAGOV", "1312", "IND", None),
    # sanctions and controls that hit someone, even through a participle
    ("British sanctions hit Russia's metals exports.", "GBR", "163", "RUS", "occurred"),
    ("New Japanese export controls took effect on Friday, hitting Chinese chipmakers.",
     "JPN", "163", "CHN", None),
    ("Seoul hit Tokyo with export controls in 2019.", "KORGOV", "163", "JPNGOV", None),
    # purchases in trade deals (061), deposits and loans rolled over (071)
    ("Beijing agreed to buy more Brazilian beef.", "CHNGOV", "061", "BRA", "intended"),
    ("The UAE extended a 2 billion dollar deposit to Egypt.", "ARE", "071", "EGY",
     "occurred"),
    ("China rolled over a 1 billion dollar loan to Sri Lanka.", "CHN", "071", "LKA",
     "occurred"),
    # a lifted or eased curb on trade eases an economic sanction (085), not an administrative
    # one (081)
    ("Taiwan lifted its ban on Japanese food imports.", "TWN", "085", "JPN", "occurred"),
    ("Washington eased export restrictions on Vietnam.", "USAGOV", "085", "VNM", "occurred"),
    ("Beijing removed import curbs on Australian timber.", "CHNGOV", "085", "AUS",
     "occurred"),
    # goods of a state banned, in the passive (163)
    ("Russian steel was banned by Britain.", "GBR", "163", "RUS", "occurred"),
    ("Iraq banned Turkish chicken.", "IRQ", "163", "TUR", "occurred"),
    # nominal curbs with their agent: export bans, export controls, anti-dumping duties
    ("Beijing's export ban on antimony to the United States drew protests.",
     "CHNGOV", "163", "USA", None),
    ("India's export curbs on rice to Bangladesh hurt farmers.", "IND", "163", "BGD", None),
    ("Canada's anti-dumping duties on Chinese steel took effect.", "CAN", "163", "CHN",
     None),
    # a loan received: the recipient is the subject (economic cooperation, as weapons
    # received are 062)
    ("Egypt received a 3 billion dollar loan from Saudi Arabia.", "EGY", "061", "SAU",
     "occurred"),
    ("Ukraine secured a 15 billion dollar loan from the IMF.", "UKR", "061", "IMF",
     "occurred"),
    # a relative clause whose object is its relative pronoun acts on the noun it describes
    ("The sanctions that London imposed on Minsk in 2021 remain in force.",
     "GBRGOV", "163", "BLRGOV", None),
    ("The duties which Ottawa levied on Chinese steel were doubled.", "CANGOV", "163", "CHN",
     None),
    # retaliation vowed for sanctions, or on condition of them, threatens sanctions (1312)
    ("Brazil vowed to retaliate against the U.S. tariffs.", "BRA", "1312", "USA", None),
    ("Ottawa vowed to retaliate if Washington raises duties on Canadian steel.",
     "CANGOV", "1312", "USAGOV", None),
    ("Moscow retaliated with a ban on food imports from Norway.", "RUSGOV", "163", "NOR",
     "occurred"),
    ("China's boycott of Lithuanian goods hit Vilnius hard.", "CHN", "163", "LTU", None),
    # a response in tariffs or bans is a sanction; market access granted is trade (061),
    # not humanitarian access (0863)
    ("Beijing responded with a ban on seafood imports from Japan.", "CHNGOV", "163", "JPN",
     "occurred"),
    ("Britain granted Moldova duty-free access to its market.", "GBR", "061", "MDA",
     "occurred"),
    # listing under a sanctions regime (163), delisting (085), debt written off (071)
    ("Britain listed 12 more Belarusian officials under its sanctions regime.", "GBR", "163",
     "BLRGOV", "occurred"),
    ("Washington delisted two Syrian ministers from its sanctions list.", "USAGOV", "085",
     "SYRGOV", "occurred"),
    ("Paris wrote off Haiti's debt in 2010.", "FRAGOV", "071", "HTI", "occurred"),
    # trade disputes taken to the WTO (115)
    ("Canada took Australia to the WTO over wine duties.", "CAN", "115", "AUS", "occurred"),
]


@pytest.mark.parametrize("text,src,cameo,tgt,status", CASES)
def test_economic_statecraft(coder, text, src, cameo, tgt, status):
    rows = code(coder, text)
    hits = [r for r in rows if r["source_code"] == src and r["cameo"] == cameo
            and r["target_code"].startswith(tgt)
            and (status is None or r["status"] == status)]
    assert hits, [(r["source_code"], r["cameo"], r["target_code"], r["status"])
                  for r in rows]


def test_stopped_supply_is_not_also_a_supply(coder):
    # "stopped supplying gas" is the cut-off alone: no gas supply (061) beside it
    rows = code(coder, "Russia stopped supplying gas to Slovakia.")
    assert [r["cameo"] for r in rows] == ["160"], rows


def test_saying_verb_add_still_reports(coder):
    # "add" has a row of its own ("added ... to its entity list"), but "added that" is still
    # a verb of saying whose content is coded, not an act of adding
    rows = code(coder, "Blinken added that Russia must pull its troops out of Moldova.")
    assert rows and not any(r["cameo"] == "163" for r in rows), rows


@pytest.mark.parametrize("text", [
    # the new rows must not fire on look-alikes without a state or a trade penalty
    "South Korea raised concerns about the plan.",
    "Japan raised its defense budget to a record.",
    "The central bank cut interest rates by half a point.",
    "Egypt cut fuel subsidies in July.",
    "Germany cut its gas consumption by a fifth.",
    "Poland stopped talking to reporters.",
    "He added a clause to the agreement with Kenya.",
    "Australia placed its troops on alert.",
    "Kenya reduced its reliance on Chinese loans.",
    "The company deposited the documents in Geneva.",
    "Vietnam will invest in its power grid.",
    "The ministry delayed its report on Chinese investment.",
    "Canada paused its review of Huawei.",
    "Mexico will hike taxes on sugary drinks.",
    "Italy excluded Russia from the conference.",
    "The court designated a new judge under the law.",
    "The company wrote off its losses in Russia.",
    "Japan announced record exports to China.",
    "Britain announced duty-free access for Kenyan tea.",
    "Brazil announced an export deal with China.",
    "The EU listed Russia among its top trading partners.",
    "Japan responded to the rise in imports from China.",
    # bans with no trade word stay administrative or coded elsewhere
    "Egypt lifted the ban on street protests.",
    "The ban on chemical weapons was welcomed by Syria.",
])
def test_no_economic_event_on_look_alikes(coder, text):
    rows = code(coder, text)
    assert not any(r["cameo"][:2] in ("16", "08", "07", "06", "03", "11")
                   for r in rows), [(r["source_code"], r["cameo"], r["target_code"])
                                    for r in rows]


def test_placed_troops_on_alert_stays_a_posture(coder):
    rows = code(coder, "Russia placed its troops near Finland on alert.")
    assert not any(r["cameo"] == "163" for r in rows), rows


@pytest.mark.parametrize("text,cameo", [
    # a subject that is not an instrument named by a row leaves "target" an attack (190);
    # strikes that target are air strikes (195)
    ("Russian forces targeted Ukrainian power plants.", "190"),
    ("Israeli airstrikes targeted Hamas positions in Gaza.", "195"),
    # a threat of force keeps its code, and so does retaliation for force
    ("Iran threatened missile strikes on Israel.", "1384"),
    ("Hezbollah vowed to retaliate against the Israeli airstrikes.", "138"),
    ("Russia vowed to retaliate if NATO deploys missiles in Finland.", "138"),
    # what hits keeps its row: missiles are air strikes, artillery shelling
    ("Russian missiles hit Odesa overnight.", "195"),
    ("Israeli artillery hit villages in southern Lebanon.", "194"),
])
def test_target_and_threat_rows_keep_force(coder, text, cameo):
    rows = code(coder, text)
    assert any(r["cameo"] == cameo for r in rows), rows


def test_ban_on_rallies_stays_administrative(coder):
    rows = code(coder, "Russia's ban on opposition rallies angered Georgia.")
    assert not any(r["cameo"] == "163" for r in rows), rows


def test_blocked_sanctions_package_did_not_happen(coder):
    # a nominal sanction (with its agent) that a verb of blocking takes did not happen
    rows = code(coder, "Austria blocked a new package of EU sanctions on Belarus.")
    hits = [r for r in rows if r["cameo"] == "163" and r["target_country"] == "BLR"]
    assert hits and all(r["status"] == "negated" for r in hits), rows
    rows = code(coder, "The EU adopted a new package of sanctions against Belarus.")
    assert any(r["cameo"] == "163" and r["status"] == "occurred" for r in rows), rows


def test_sanctions_with_no_owner_have_no_source(coder):
    rows = code(coder, "Russian oligarchs were hit with sanctions.")
    assert not any(r["cameo"] == "163" for r in rows), rows
