"""Verb constructions the CAMEO ontology codes that accord used to miss: passive accusations
whose "by" agent the parser hangs on the charge, arrests and indictments for spying or war
crimes (an accusation besides the legal act), acts promised "unless" another party yields
(threats, 13x), dissent called off, postponed or cancelled (082), peacekeepers and troops
withdrawn or fighters demobilised in the passive with no one named (their own pull-back),
car and roadside bomb blasts (1832, 1833), demands whose content is a passive clause, and
demands that others give money or resources (103). Every sentence is hand-written for this
file (none comes from the codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code

# (sentence, source code, exact CAMEO code, target code, status)
CASES = [
    # a passive accusation whose "by" agent the parser hangs on the charge's gerund
    ("The Ugandan opposition leader has been accused of plotting a coup by the Ugandan "
     "government.", "UGAGOV", "112", "UGAOPP", "occurred"),
    ("The Serbian president was accused of rigging the vote by Bosnian officials.",
     "BIHGOV", "112", "SRBGOV", "occurred"),
    ("The Nigerian army was accused of torturing detainees by Amnesty International.",
     "AMN", "1122", "NGAMIL", "occurred"),
    ("Venezuelan President Nicolas Maduro has been accused of stealing the election by the "
     "Venezuelan opposition.", "VENOPP", "1121", "VENGOV", "occurred"),
    ("Russia has been accused of spying on Dutch ports by Dutch intelligence.",
     "NLDSPY", "1125", "RUS", "occurred"),
    ("The Eritrean army was accused of looting Ethiopian towns by the Ethiopian government.",
     "ETHGOV", "1121", "ERIMIL", "occurred"),
    # an arrest or sentence for spying or treason is also an accusation of it (1125) ...
    ("A French engineer was arrested in Iran for spying for Israel.",
     "IRNGOV", "1125", "FRA", "occurred"),
    ("A French engineer was arrested in Iran for spying for Israel.",
     "IRNGOV", "173", "FRA", "occurred"),
    ("Two Estonian citizens were detained in Russia for collaborating with Ukrainian "
     "intelligence.", "RUSGOV", "1125", "ESTCVL", "occurred"),
    ("Chinese police arrested a Japanese businessman on suspicion of spying for Japan.",
     "CHNCOP", "1125", "JPNBUS", "occurred"),
    ("Chinese police arrested a Japanese businessman on suspicion of spying for Japan.",
     "CHNCOP", "173", "JPNBUS", "occurred"),
    ("A Belarusian court jailed a Polish journalist for espionage.",
     "BLRJUD", "1125", "POLMED", "occurred"),
    ("Russian security services detained a U.S. reporter on charges of espionage.",
     "RUSSPY", "1125", "USAMED", "occurred"),
    ("Indian police arrested two Nepalese men for spying for China.",
     "INDCOP", "1125", "NPL", "occurred"),
    ("Azerbaijan arrested an Armenian soldier on charges of sabotage.",
     "AZE", "1125", "ARMMIL", "occurred"),
    ("Iran jailed a French academic for six years on charges of spying.",
     "IRN", "1125", "FRAEDU", "occurred"),
    # ... and an indictment for war crimes an accusation of them (1124)
    ("The Bosnian Serb army commander was indicted for genocide by the UN tribunal.",
     "UNOJUD", "1124", "SRBMIL", "occurred"),
    ("Russia has been accused of war crimes by Ukraine.", "UKR", "1124", "RUS", "occurred"),
    ("The Hague tribunal indicted Croatian generals for war crimes.",
     "NLDJUD", "1124", "HRVMIL", "occurred"),
    ("The Hague tribunal indicted Croatian generals for war crimes.",
     "NLDJUD", "173", "HRVMIL", "occurred"),
    # an act of pressure promised unless another yields is a threat of it, made when told
    ("The European Union will suspend aid to Mali unless the junta holds elections.",
     "EUR", "1311", "MLI", "occurred"),
    ("Washington will cut military aid to Egypt unless Cairo releases the activists.",
     "USAGOV", "1311", "EGY", "occurred"),
    ("Russia will halt gas deliveries to Ukraine unless Kyiv pays its debts.",
     "RUS", "131", "UKR", "occurred"),
    ("The United States will impose new sanctions on Iran unless Tehran halts enrichment.",
     "USA", "1312", "IRN", "occurred"),
    ("Israel will strike Hezbollah unless Lebanon disarms the group.",
     "ISR", "138", "LBNHEZ", "occurred"),
    ("Japan will suspend economic aid to Myanmar unless the generals free Aung San Suu Kyi.",
     "JPN", "1311", "MMR", "occurred"),
    ("Brussels would freeze funds to Hungary unless Budapest reforms its courts, the "
     "commissioner said.", "BELGOV", "1312", "HUN", "occurred"),
    ("Moscow said it would break off relations with Georgia unless Tbilisi apologised.",
     "RUSGOV", "1313", "GEO", "occurred"),
    # dissent called off, postponed, cancelled or abandoned: eased (082), aimed at home
    ("Opposition parties in Togo postponed a planned demonstration in Lome.",
     "TGOOPP", "082", "TGOGOV", "occurred"),
    ("The Armenian opposition decided to postpone Friday's march on parliament.",
     "ARMOPP", "082", "ARMGOV", "intended"),
    ("Georgian opposition parties called off their boycott of parliament.",
     "GEOOPP", "082", "GEOGOV", "occurred"),
    ("Hungarian teachers delayed their walkout by a week.",
     "HUNEDU", "082", "HUNGOV", "occurred"),
    ("Jailed Bahraini activists called off their hunger strike.",
     "BHRNGO", "082", "BHRGOV", "occurred"),
    ("Belarusian opposition activists abandoned their sit-in outside the parliament.",
     "BLROPP", "082", "BLRGOV", "occurred"),
    # peacekeepers and troops withdrawn with no one named: their own side's pull-back from
    # where they leave
    ("Indian peacekeepers were pulled out of southern Lebanon on Friday.",
     "INDMIL", "1661", "LBN", "occurred"),
    ("Dutch peacekeepers have been shipped out of Bosnia.",
     "NLDMIL", "1661", "BIH", "occurred"),
    ("Nepalese peacekeepers were flown out of Haiti.", "NPLMIL", "1661", "HTI", "occurred"),
    ("Russian troops were withdrawn from the Armenian border on Tuesday.",
     "RUSMIL", "087", "ARM", "occurred"),
    ("About 2,000 former Colombian guerrillas have been demobilized under the peace accord.",
     "COLREB", "0873", "COLGOV", "occurred"),
    # a blast of a car, truck or roadside bomb with no one named is that kind of bombing
    ("A Serbian journalist was killed by a car bomb explosion near Belgrade.",
     "SRBUAF", "1832", "SRBMED", "occurred"),
    ("Three Iraqi policemen were killed in a truck bomb explosion in Kirkuk.",
     "IRQUAF", "1832", "IRQCOP", "occurred"),
    ("Two Afghan soldiers were wounded in a roadside bomb explosion in Helmand.",
     "AFGUAF", "1833", "AFGMIL", "occurred"),
    # a demand whose content is passive is on who is to be moved, or to lose what is taken
    ("Serbia demanded that Kosovo police be withdrawn from the north.",
     "SRB", "1056", "XKXCOP", "occurred"),
    ("Armenia demanded that Azerbaijani troops be pulled back from the border.",
     "ARM", "1056", "AZEMIL", "occurred"),
    ("The Palestinians demanded that the border crossing be taken away from Israel.",
     "PSE", "100", "ISR", "occurred"),
    # what others must give: a demand for aid (103), for money economic aid (1031)
    ("Western donors must allocate more money to Somali refugees, the Kenyan president said.",
     "KENGOV", "1031", "WST", "occurred"),
    ("Western donors must allocate more resources to Somali refugees, the Kenyan president "
     "said.", "KENGOV", "103", "WST", "occurred"),
    ("The Nigerian president said Western governments must contribute more to the African "
     "Union force.", "NGAGOV", "103", "WST", "occurred"),
    # looking into how prisoners are treated is investigating rights abuses (092)
    ("A Red Cross team investigated the treatment of Afghan prisoners held by U.S. forces.",
     "ICRC", "092", "AFGCRM", "occurred"),
    ("UN human rights officials probed the deaths of Libyan detainees in Egyptian jails.",
     "UNO", "092", "LBY", "occurred"),
    # a refusal in the face of pressure is aimed at who pressed
    ("The Zimbabwean president refused to step down despite growing pressure from South "
     "Africa.", "ZWEGOV", "1231", "ZAF", "occurred"),
    ("The Peruvian president declined to resign despite pressure from Congress.",
     "PERGOV", "1231", "PERLEG", "occurred"),
    ("The Israeli prime minister rejected the plan amid calls from Washington for a ceasefire.",
     "ISRGOV", "127", "USAGOV", "occurred"),
    # torture or beating its victim died of is a killing by physical assault (1823)
    ("An Egyptian activist died after being tortured by Egyptian police.",
     "EGYCOP", "1823", "EGYNGO", "occurred"),
    ("A Syrian dissident died from being tortured by Syrian intelligence officers.",
     "SYRSPY", "1823", "SYROPP", "occurred"),
    ("Iranian guards tortured a Syrian prisoner to death.", "IRN", "1823", "SYRCRM", "occurred"),
    ("An Egyptian activist was tortured by Egyptian police.",
     "EGYCOP", "1822", "EGYNGO", "occurred"),
    # workers who stop work strike (143); a petition for reform appeals for it (024)
    ("Some 300,000 Serbian workers stopped work on Monday over a new labour law.",
     "SRBLAB", "143", "SRBGOV", "occurred"),
    ("Greek dockworkers stopped work to protest privatisation.",
     "GRCLAB", "143", "GRCGOV", "occurred"),
    ("Egyptian activists submitted a reform petition to the Egyptian president.",
     "EGYNGO", "024", "EGYGOV", "occurred"),
    # refugees or exiles let home, or let stay, are granted a right (0833)
    ("Turkey will allow Syrian refugees to return home.", "TUR", "0833", "SYRREF", "intended"),
    # Kosovo Albanians are Kosovo's people, not Albania's (test_unnamed_actors.py)
    ("Serbia will permit Kosovo Albanian refugees to return.",
     "SRB", "0833", "XKXREF", "intended"),
    ("Kenya allowed Somali refugees to stay in Dadaab camp.",
     "KEN", "0833", "SOMREF", "occurred"),
    # what several parties' officials agree their countries should do together is their
    # joint intent
    ("Polish and Czech officials agreed that both governments should cooperate on energy.",
     "POL", "061", "CZEGOV", "intended"),
    ("Brazilian and Argentine ministers agreed that their governments should hold talks on "
     "trade.", "BRA", "040", "ARGGOV", "intended"),
]


@pytest.mark.parametrize("text,src,cameo,tgt,status", CASES)
def test_construction_coded(coder, text, src, cameo, tgt, status):
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}
    assert (src, cameo, tgt, status) in got, got


# (sentence, source code, exact CAMEO code): events whose target is no one named abroad
ONE_SIDED = [
    ("Zambian miners cancelled their strike after the government raised wages.",
     "ZMBLAB", "082"),
    # a boycott held until a demand is met is the boycott (CAMEO 1431), not a threat
    ("Kenyan doctors will boycott the new hospitals unless the government raises their pay.",
     "KENHLH", "143"),
    ("Lebanese security forces arrested a Lebanese army officer for collaborating with "
     "Israel.", "LBNCOP", "1125"),
]


def test_refusal_despite_no_one(one_sided):
    """ "refused to resign despite the floods": no one pressed, so no one but the state's
    own people (a refusal to resign: tests/test_home_targets.py) is the target."""
    rows = code(one_sided, "The Kenyan president refused to resign despite the floods.")
    refusals = [r for r in rows if r["cameo"].startswith("12")]
    assert refusals and {r["target_code"] for r in refusals} <= {None, "KENCVL"}, rows


@pytest.mark.parametrize("text,src,cameo", ONE_SIDED)
def test_one_sided_construction(one_sided, text, src, cameo):
    rows = code(one_sided, text)
    assert (src, cameo) in {(r["source_code"], r["cameo"]) for r in rows}, rows


# (sentence, a CAMEO prefix that must not be coded)
NOT_CODED = [
    # a "by" phrase on the charge's noun, or on a passive gerund, is no accuser
    ("Hamas was accused of funding attacks by Iranian proxies.", "112"),
    ("The Ukrainian minister was accused of being paid by Russian oligarchs.", "112"),
    # ordinary charges are the arrest alone
    ("Indian police arrested a Pakistani national for smuggling drugs.", "112"),
    ("Turkish police detained a German activist for taking part in a protest.", "112"),
    ("Kenyan police arrested two Somali men on terrorism charges.", "112"),
    ("Iranian authorities arrested a French tourist for taking photographs near a military "
     "base.", "112"),
    ("Two Kenyan journalists were detained by the police.", "112"),
    # "if" is an offer's terms as often as a threat's; a refusal on a condition, a
    # withdrawal and a possibility are no threats
    ("Germany will send more troops to Lithuania if NATO asks.", "13"),
    ("Japan will not resume talks with North Korea unless Pyongyang returns the abductees.",
     "13"),
    ("Turkey will withdraw its troops from Syria unless Damascus disarms Kurdish militias.",
     "13"),
    ("Canada could impose sanctions on Russia if the fighting continues.", "13"),
    ("The Czech government imposed sanctions on Belarus, unless officials said otherwise.",
     "13"),
    # visits and talks called off keep their codes; a state's strike is force held back
    ("Israel postponed its strike on Iran.", "082"),
    ("Hungary postponed the visit of the Chinese premier.", "08"),
    ("The Serbian president cancelled the talks with Kosovo.", "08"),
    ("The Slovak president postponed the parade in Bratislava.", "08"),
    # a death after questioning is no killing; patients' treatment is no rights abuse
    ("An Egyptian activist died after being questioned by Egyptian police.", "18"),
    ("Norwegian doctors investigated the treatment of patients in a Kenyan hospital.", "092"),
    # a factory, or a state named bare, that stops work is on no strike
    ("The Chinese factory stopped work because of the floods.", "14"),
    # workers let back to work are no refugees granted a right
    ("Israel allowed Palestinian workers to return to their jobs.", "083"),
    # refugees flown out are no force withdrawn
    ("Thousands of Syrian refugees were flown out of Lebanon.", "16"),
    ("Thousands of Syrian refugees were flown out of Lebanon.", "08"),
]


@pytest.mark.parametrize("text,prefix", NOT_CODED)
def test_construction_not_coded(one_sided, text, prefix):
    rows = code(one_sided, text)
    assert not [r for r in rows if r["cameo"].startswith(prefix)], rows
