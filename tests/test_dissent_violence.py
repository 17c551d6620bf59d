"""Dissent and violence constructions (CAMEO roots 13-20): acts promised on a condition as
threats, protests held until a demand is met, protests aimed at whoever made what they are
over or whom their purpose presses, violence with crude arms (180), killings told by the
victim's death in custody (1823), foiled attempts on a life (185), police patrols ordered
(153) and mass executions (202). Every sentence is hand-written for this file (none comes
from the codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code

# (sentence, source code, exact CAMEO code, target code, status)
CASES = [
    # an act its actor commits to ("will", "would") unless, or if, another acts is the
    # threat of that act, made when it is told (occurred)
    ("Kenya will withdraw its peacekeepers from Haiti unless the United Nations funds the "
     "mission.", "KEN", "136", "HTI", "occurred"),
    ("Washington will cut military aid to Egypt unless Cairo frees the jailed activists.",
     "USAGOV", "1311", "EGY", "occurred"),
    ("The European Union will impose new sanctions on Belarus if Minsk attacks Lithuania.",
     "EUR", "1312", "BLR", "occurred"),
    ("Turkey will launch a new offensive against Kurdish fighters in Syria if they do not "
     "withdraw from the border.", "TUR", "138", "SYR", "occurred"),
    ("Russia would expel Estonian diplomats if Tallinn seized Russian assets.",
     "RUS", "1313", "ESTGOV", "occurred"),
    ("Britain would expel Russian diplomats if Moscow expelled British ones.",
     "GBR", "1313", "RUSGOV", "occurred"),
    ("South Korea would impose tariffs on Japanese goods if Tokyo kept its export curbs.",
     "KOR", "1312", "JPN", "occurred"),
    ("Pakistan will cut trade with Afghanistan unless Kabul acts against militants.",
     "PAK", "131", "AFG", "occurred"),
    ("India will halt water talks with Pakistan unless Islamabad stops cross-border attacks.",
     "IND", "134", "PAK", "occurred"),
    ("China will halt talks with Taiwan unless Taipei accepts the one-China principle.",
     "CHN", "134", "TWN", "occurred"),
    # "may" or "could" commit to an act only unless a demand is met
    ("Norway could end its mediation between Colombia and the ELN rebels unless the "
     "kidnappings stop.", "NOR", "135", "COL", "occurred"),
    ("Qatar will suspend its mediation between Israel and Hamas unless both sides show "
     "seriousness.", "QAT", "135", "ISR", "occurred"),
    # a fight sworn to go on until another side leaves, or until a place is taken, is
    # aimed at that side or place
    ("The PKK has sworn to fight until Turkish troops leave Kurdish areas.",
     "TURPKK", "138", "TURMIL", "occurred"),
    ("Hamas has sworn to fight until Israeli forces leave Gaza.",
     "PSEHMS", "138", "ISRMIL", "occurred"),
    ("Albanian rebels have sworn to fight on until they seize villages near Serbia's "
     "border.", "ALBREB", "138", "SRB", "occurred"),
    # a boycott held until a demand is met stays a boycott (CAMEO 143x), aimed at the one
    # whose act it waits for
    ("The Kenyan opposition will boycott the elections unless President Ruto dissolves the "
     "electoral board.", "KENOPP", "143", "KENGOV", "intended"),
    ("Uganda's opposition will boycott the vote unless President Museveni frees jailed "
     "opposition leaders.", "UGAOPP", "143", "UGAGOV", "intended"),
    ("Armenian opposition parties will boycott parliament until Prime Minister Pashinyan "
     "resigns.", "ARMOPP", "143", "ARMGOV", "intended"),
    ("Bangladesh's main opposition party will boycott the vote until Prime Minister Hasina "
     "steps down.", "BGDOPP", "143", "BGDELI", "intended"),
    # a strike over what someone signed, passed, ordered or issued is aimed at them
    ("Nigerian workers went on strike over a fuel tax signed by President Tinubu.",
     "NGALAB", "143", "NGAGOV", "occurred"),
    ("Serbian miners stopped work at the start of a strike over a mining law drafted by "
     "Energy Minister Dubravka Djedovic.", "SRBLAB", "143", "SRBGOV", "occurred"),
    ("Chilean dockworkers went on strike over a port law passed by the Chilean congress.",
     "CHLLAB", "143", "CHLLEG", "occurred"),
    ("Argentine teachers went on strike over a budget cut ordered by President Milei.",
     "ARGEDU", "143", "ARGGOV", "occurred"),
    ("Tunisian lawyers went on strike over a decree issued by President Saied.",
     "TUNJUD", "143", "TUNGOV", "occurred"),
    ("French farmers protested against a trade deal negotiated by the European Union.",
     "FRAAGR", "141", "EUR", "occurred"),
    # a protest's purpose names its target: what it protests, or whom it presses to act
    ("Palestinian prisoners went on a hunger strike to protest Israel's detention policy.",
     "PSECRM", "1422", "ISR", "occurred"),
    ("Afghan refugees began a hunger strike to protest Pakistan's deportation drive.",
     "AFGREF", "142", "PAK", "occurred"),
    ("Opposition activists began collecting signatures in a drive to force the Armenian "
     "parliament to hold a referendum.", "ARMOPP", "140", "ARMLEG", "occurred"),
    ("Greek students occupied universities to force the Greek government to withdraw the "
     "education bill.", "GRCEDU", "144", "GRCGOV", "occurred"),
    ("Hungarian teachers marched in Budapest to pressure the Hungarian government to raise "
     "wages.", "HUNEDU", "141", "HUNGOV", "occurred"),
    ("Moroccan students staged a sit-in to pressure the Moroccan government to reopen the "
     "campus.", "MAREDU", "141", "MARGOV", "occurred"),
    # a verb of dissent the parser hung on its subject as a participle is the predicate
    ("Indian activists protested outside the Chinese embassy in New Delhi.",
     "INDNGO", "141", "CHNGOV", "occurred"),
    ("Filipino fishermen protested outside the Chinese consulate in Manila.",
     "PHLCVL", "141", "CHNGOV", "occurred"),
    # force with weapons of no army is unconventional violence (180)
    ("A camp for Sudanese refugees was attacked by Chadian militiamen armed with machetes, "
     "killing 30 people.", "TCDREB", "180", "SDNREF", "occurred"),
    ("Chadian militiamen armed with knives attacked a camp for Sudanese refugees.",
     "TCDREB", "180", "SDNREF", "occurred"),
    ("Nigerian herdsmen armed with machetes attacked a Cameroonian village.",
     "NGA", "180", "CMR", "occurred"),
    # killed or murdered in a strike on a post, by attackers the sentence names
    ("Two Israeli policemen were murdered in an attack against their patrol by Palestinian "
     "gunmen.", "PSE", "190", "ISRCOP", "occurred"),
    ("An Indian soldier was murdered in a raid on his post by Pakistani militants near the "
     "Line of Control.", "PAKREB", "190", "INDMIL", "occurred"),
    ("A Turkish soldier was murdered in an overnight attack on his post by PKK militants "
     "near the Iraqi border.", "TURPKK", "190", "TURMIL", "occurred"),
    ("Two Pakistani soldiers were killed in a dawn attack on their convoy by Taliban "
     "fighters near the Afghan border.", "AFGTAL", "190", "PAKMIL", "occurred"),
    # a death under torture or beatings in someone's custody: killed by assault (1823)
    ("An Afghan refugee died under torture in Iranian police custody.",
     "IRNCOP", "1823", "AFGREF", "occurred"),
    ("An Iraqi detainee died as the result of torture while held in American military "
     "custody.", "USAMIL", "1823", "IRQ", "occurred"),
    ("An Egyptian activist died of torture in the custody of Egyptian police.",
     "EGYCOP", "1823", "EGYNGO", "occurred"),
    ("A Syrian refugee died after beatings in Turkish police custody.",
     "TURCOP", "1823", "SYRREF", "occurred"),
    ("A Mexican journalist died after beatings in Mexican police custody.",
     "MEXCOP", "1823", "MEXMED", "occurred"),
    ("An Ethiopian migrant died under torture in Libyan police custody.",
     "LBYCOP", "1823", "ETHREF", "occurred"),
    # an attempt on a life that names no attacker is the scene's unidentified armed force's
    # (185), made even when foiled
    ("An attempt to assassinate the Afghan defence minister was foiled in Kabul.",
     "AFGUAF", "185", "AFGMIL", "occurred"),
    ("An attempt to kill the mayor of Cali was thwarted on Friday.",
     "COLUAF", "185", "COLGOV", "occurred"),
    ("An attempt to assassinate the Pakistani interior minister failed in Lahore.",
     "PAKUAF", "185", "PAKCOP", "occurred"),
    ("An attempt to assassinate the Iraqi prime minister was foiled in Baghdad.",
     "IRQUAF", "185", "IRQGOV", "occurred"),
    ("A bid to assassinate the Somali president was foiled in Mogadishu.",
     "SOMUAF", "185", "SOMGOV", "occurred"),
    # mass executions are mass killings (202)
    ("The Syrian army carried out mass executions of Syrian civilians in Daraya.",
     "SYRMIL", "202", "SYRCVL", "occurred"),
]


@pytest.mark.parametrize("text,src,cameo,tgt,status", CASES)
def test_dissent_or_violence_coded(coder, text, src, cameo, tgt, status):
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}
    assert (src, cameo, tgt, status) in got, got


# one-sided acts: police patrols ordered (153), with no one named they face
ONE_SIDED = [
    ("The Kenyan government ordered police patrols in Nairobi after the protests.",
     "KENGOV", "153"),
    ("The Indian government ordered paramilitary patrols in Manipur after the clashes.",
     "INDGOV", "153"),
    ("The Pakistani government ordered patrols by police officers and army troops after "
     "riots in Karachi.", "PAKGOV", "153"),
    ("Rwandan militiamen armed with machetes killed 12 Congolese villagers.", "RWAREB", "180"),
]


@pytest.mark.parametrize("text,src,cameo", ONE_SIDED)
def test_one_sided_act(one_sided, text, src, cameo):
    rows = code(one_sided, text)
    assert (src, cameo) in {(r["source_code"], r["cameo"]) for r in rows}, rows


# conditions that make no threat: an offer or a promise on terms, a past counterfactual, a
# refusal, a forecast with "could ... if", and a protest held until a demand is met
NO_THREAT = [
    "Israel will withdraw its troops from Lebanon if Hezbollah disarms.",
    "The European Union will sign the trade deal if Mercosur accepts the environmental terms.",
    "Israel would have struck Iran if Washington had agreed.",
    "Russia will not resume grain talks with Ukraine unless the West lifts sanctions.",
    "Israel could strike Iran if the talks fail, analysts said.",
    "Japan will send aid to Myanmar if the junta allows access.",
    "The Kenyan opposition will boycott the elections unless President Ruto dissolves the "
    "electoral board.",
    "Uganda's opposition will boycott the vote unless President Museveni frees jailed "
    "opposition leaders.",
    "Turkey would join the talks if Greece agreed to a neutral venue.",
    "Germany will deliver the tanks to Poland if the Bundestag approves the deal.",
    "Chad would close its border with Sudan if the fighting spread west.",
    "Israel will pull its troops out of Lebanon unless Hezbollah rearms.",
]


@pytest.mark.parametrize("text", NO_THREAT)
def test_condition_makes_no_threat(one_sided, text):
    rows = code(one_sided, text)
    assert not [r for r in rows if r["cameo"].startswith("13")], rows


# armies' weapons keep military force (19), not unconventional violence
NOT_CRUDE = [
    ("Russian troops armed with rifles attacked Ukrainian positions.", "RUSMIL", "UKR"),
    ("Israeli soldiers attacked a Hamas post with rockets.", "ISRMIL", "PSEHMS"),
    ("Turkish jets attacked Kurdish positions in Iraq with missiles.", "TUR", "IRQ"),
]


@pytest.mark.parametrize("text,src,tgt", NOT_CRUDE)
def test_army_weapons_stay_force(coder, text, src, tgt):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"] == "180"], rows
    assert any(r["source_code"] == src and r["target_code"] == tgt
               and r["cameo"].startswith("19") for r in rows), rows


# a participle of dissent with an agent describes its noun: no one protests the noun's
# holder ("the decision protested by students" is the students' protest)
def test_protested_by_agent_is_passive(coder):
    rows = code(coder, "The decision protested by Indian students was reversed by the "
                       "Indian court.")
    assert ("INDEDU", "14") in {(r["source_code"], r["cameo"][:2]) for r in rows}, rows
    assert not [r for r in rows if r["cameo"][:2] == "14" and r["source_code"] != "INDEDU"]


# deaths with no assault, and attempts at no violence: no assault is coded
NO_ASSAULT = [
    "A Palestinian prisoner died of a heart attack in Israeli custody.",
    "A Russian soldier died of his wounds in Ukrainian custody.",
    "A Nigerian student died in Libyan custody.",
    "A Kenyan runner died after a fall in a Swiss race.",
    "An attempt to negotiate with the Afghan Taliban was foiled in Doha.",
    "An attempt to climb Everest in winter failed in Nepal.",
    "A bid to host the Olympics failed in Qatar.",
]


@pytest.mark.parametrize("text", NO_ASSAULT)
def test_no_assault(one_sided, text):
    rows = code(one_sided, text)
    assert not [r for r in rows if r["cameo"][:2] in ("18", "19", "20")], rows


# orders that are no police patrols; executions of plans and of contracts
NOT_POSTURE_OR_KILLING = [
    ("The Kenyan government ordered an inquiry into the police shootings.", ("15",)),
    ("The Polish government ordered new trains from a Spanish firm.", ("15",)),
    ("The execution of the peace plan was delayed by Israel.", ("18", "20")),
    ("The mass execution of contracts strained the Greek ministry.", ("20",)),
]


@pytest.mark.parametrize("text,roots", NOT_POSTURE_OR_KILLING)
def test_not_posture_or_killing(one_sided, text, roots):
    rows = code(one_sided, text)
    assert not [r for r in rows if r["cameo"][:2] in roots], rows
