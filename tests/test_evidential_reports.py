"""Hedged and evidential reports: acts told through hearsay, inference, suspicion or an open
question ("is said to have", "appears to show", "the evidence points to", "a suspected
strike", "neither confirmed nor denied") are hedged; plain findings stay occurred; and the
words of these frames in their other senses code nothing. Hand-written sentences (none from
the gold sets), the real model."""

import pytest
from tests.conftest import code, event_of, triples

# (sentence, source country, root, target country): the act is coded, hedged
HEDGED = [
    # passives of saying and hearing ("is said / reported / rumoured / feared / understood to")
    ("China is said to have sent warships to the Solomon Islands.", "CHN", "07", "SLB"),
    ("Qatar is said to have funded Hamas for years.", "QAT", "07", "PSE"),
    ("Chinese hackers were said to have breached Japanese defence networks.", "CHN", "17", "JPN"),
    ("Iranian drones are said to have struck Kurdish bases in Iraq.", "IRN", "19", "IRQ"),
    ("Algeria is reported to have bought fighter jets from Russia.", "DZA", "06", "RUS"),
    ("North Korea was reported to have shipped artillery shells to Russia.", "PRK", "07", "RUS"),
    ("Pakistan was reported to have shot down an Indian fighter jet.", "PAK", "19", "IND"),
    ("Turkey is reported to be supplying drones to Ukraine.", "TUR", "07", "UKR"),
    ("Russian troops were reported to be massing near the Finnish border.", "RUS", "15", "FIN"),
    ("Russia was reported to have expelled two Estonian diplomats.", "RUS", "16", "EST"),
    ("Iran is rumoured to have supplied drones to Russia.", "IRN", "07", "RUS"),
    ("Belarus is rumoured to have hosted Wagner fighters.", "BLR", "04", "RUS"),
    ("Iran is feared to have transferred ballistic missiles to Russia.", "IRN", "07", "RUS"),
    ("Moscow is understood to have sent military advisers to Niger.", "RUS", "07", "NER"),
    ("Zambia is understood to have sold weapons to Zimbabwe.", "ZMB", "07", "ZWE"),
    # verbs of belief and suspicion
    ("Iran is believed to have supplied ballistic missiles to Houthi rebels.", "IRN", "07", "YEM"),
    ("Iranian hackers are believed to have attacked Albanian government servers.",
     "IRN", "17", "ALB"),
    ("Israel is widely believed to have attacked Iran's nuclear facilities.", "ISR", "19", "IRN"),
    ("Kenya is believed to be sending police to Haiti.", "KEN", "07", "HTI"),
    ("The Houthis are thought to have received drones from Iran.", "YEM", "06", "IRN"),
    ("Myanmar's junta is thought to have received arms from China.", "MMR", "06", "CHN"),
    ("Rwanda is suspected of arming M23 rebels in eastern Congo.", "RWA", "07", "COD"),
    ("Turkey is suspected to have shipped drones to Ethiopia.", "TUR", "07", "ETH"),
    ("Egypt is suspected of having shipped drones to Sudan.", "EGY", "07", "SDN"),
    ("Israel is suspected of striking Iranian nuclear sites.", "ISR", "19", "IRN"),
    ("Russian hackers were suspected of attacking the German parliament.", "RUS", "17", "DEU"),
    ("Wagner mercenaries are alleged to have killed civilians in Mali.", "RUS", "19", "MLI"),
    ("Serbia is alleged to have sold ammunition to Ukraine.", "SRB", "07", "UKR"),
    ("Iran is alleged to have helped Russia evade sanctions.", "IRN", "07", "RUS"),
    ("Intelligence officials believe Iran supplied missiles to Russia.", "IRN", "07", "RUS"),
    ("Western officials suspect that Belarus trained Russian soldiers.", "BLR", "07", "RUS"),
    ("Sudan suspects the UAE of arming the RSF.", "ARE", "07", "SDN"),
    # a feared act is possible, not the doer's stated plan
    ("Officials in Chisinau fear Russia will attack Moldova.", "RUS", "19", "MDA"),
    ("Poland fears a Russian attack on Lithuania.", "RUS", "19", "LTU"),
    # verbs of seeming and images that appear to show
    ("Serbian troops seemed to be massing near the Kosovo boundary.", "SRB", "15", "XKX"),
    ("Chinese warships seem to be massing near Taiwan.", "CHN", "15", "TWN"),
    ("Serbia appears to be massing troops near the Kosovo boundary.", "SRB", "15", "XKX"),
    ("India appears to have blocked the Chinese investment.", "IND", "16", "CHN"),
    ("Kyrgyzstan seems to have helped Russia evade sanctions.", "KGZ", "07", "RUS"),
    ("Commercial satellite photos appeared to indicate that North Korea shipped artillery "
     "shells to Russia.", "PRK", "07", "RUS"),
    ("Radar data seems to show that Iranian drones struck a Saudi oil facility.",
     "IRN", "19", "SAU"),
    ("Satellite imagery appears to show Russian troops massing near the Estonian border.",
     "RUS", "15", "EST"),
    ("Drone footage appears to show Turkish drones striking Syrian Kurdish forces.",
     "TUR", "19", "SYR"),
    ("Satellite images appear to show Chinese warships blockading a Philippine outpost.",
     "CHN", "19", "PHL"),
    ("Drone footage appears to show Azerbaijani artillery shelling Armenian villages.",
     "AZE", "19", "ARM"),
    # adverbs of hearsay and likelihood
    ("North Korea reportedly sent troops to Russia.", "PRK", "07", "RUS"),
    ("Iran reportedly seized a British tanker in the Gulf.", "IRN", "18", "GBR"),
    ("Chinese coast guard vessels reportedly fired water cannon at Philippine boats.",
     "CHN", "19", "PHL"),
    ("Iran allegedly transferred drones to Venezuela.", "IRN", "07", "VEN"),
    ("Belarus purportedly hosted Russian nuclear weapons.", "BLR", "06", "RUS"),
    ("Turkey apparently struck Kurdish positions in northern Iraq.", "TUR", "19", "IRQ"),
    ("Russian jets apparently violated Swedish airspace on Friday.", "RUS", "15", "SWE"),
    ("Iran seemingly supplied missiles to the Houthis.", "IRN", "07", "YEM"),
    ("Belarus supposedly sent weapons to Russia.", "BLR", "07", "RUS"),
    ("Iran presumably supplied the rockets to Hezbollah.", "IRN", "07", "LBN"),
    ("Turkey possibly sold drones to Ethiopia.", "TUR", "07", "ETH"),
    ("The Russian navy probably sank the Ukrainian vessel.", "RUS", "19", "UKR"),
    ("The Sudanese army probably received drones from Iran, the panel of experts said.",
     "SDN", "06", "IRN"),
    ("Iran probably supplied the drones to Russia, US officials said.", "IRN", "07", "RUS"),
    ("North Korea has likely sent troops to Russia.", "PRK", "07", "RUS"),
    ("According to UN monitors, Eritrea likely sent troops into Ethiopia.", "ERI", "19", "ETH"),
    ("Sudan said the UAE had likely supplied drones to the RSF.", "ARE", "07", "SDN"),
    ("The United Arab Emirates was likely arming the Rapid Support Forces, the panel said.",
     "ARE", "07", "SDN"),
    ("Russia likely carried out the cyberattack on Ukraine's railways.", "RUS", "17", "UKR"),
    ("The strike on the Iranian consulate was probably carried out by Israel, analysts said.",
     "ISR", "19", "IRN"),
    # modals of possibility
    ("Israel may have struck an Iranian weapons depot in Syria.", "ISR", "19", "IRN"),
    ("Iran may have supplied drones to Sudan's army, according to Western officials.",
     "IRN", "07", "SDN"),
    ("Israel may have killed the Hamas commander in Lebanon.", "ISR", "19", "PSE"),
    ("Hezbollah might have fired the rockets at Israel.", "LBN", "19", "ISR"),
    ("Turkey could have bombed Kurdish positions in Syria.", "TUR", "19", "SYR"),
    # it is possible / likely / unclear
    ("It is possible that Pakistan supplied weapons to Azerbaijan.", "PAK", "07", "AZE"),
    ("It is likely that Iran armed the Houthis.", "IRN", "07", "YEM"),
    ("It is likely that Serbia sold artillery shells to Ukraine through intermediaries.",
     "SRB", "07", "UKR"),
    ("It is unclear whether Egypt sent weapons to Sudan.", "EGY", "07", "SDN"),
    ("It remains unclear whether Russia shelled the Ukrainian port.", "RUS", "19", "UKR"),
    ("There is a possibility that Belarus sent troops to Russia.", "BLR", "07", "RUS"),
    ("Officials could not rule out that Iran had supplied the missiles to the Houthis.",
     "IRN", "07", "YEM"),
    # evidence, signs, assessments
    ("Evidence suggests that Saudi Arabia bombed a Yemeni wedding party.", "SAU", "19", "YEM"),
    ("Evidence indicates the Emirati government shipped weapons to Sudan's Rapid Support "
     "Forces.", "ARE", "07", "SDN"),
    ("US intelligence assessments indicate that Iran supplied rockets to Hezbollah.",
     "IRN", "07", "LBN"),
    ("Some reports suggest Iran supplied missiles to Russia.", "IRN", "07", "RUS"),
    ("The evidence points to Russian hackers attacking Ukraine's power grid.",
     "RUS", "17", "UKR"),
    ("The evidence points to Chinese hackers attacking Taiwan.", "CHN", "17", "TWN"),
    ("The data point to Iran supplying missiles to the Houthis.", "IRN", "07", "YEM"),
    ("There are signs that China is supplying weapons to Russia.", "CHN", "07", "RUS"),
    ("There are indications that Iran transferred missiles to Russia.", "IRN", "07", "RUS"),
    ("There is no evidence that Iran supplied missiles to Russia.", "IRN", "07", "RUS"),
    ("Congo repeated its allegation that Rwanda supplied weapons to the M23 rebels.",
     "RWA", "07", "COD"),
    ("The panel of experts said it had found evidence that Eritrea trained Sudanese fighters.",
     "ERI", "07", "SDN"),
    ("US intelligence assessed that Iran had sent drones to Russia.", "IRN", "07", "RUS"),
    ("Britain published an assessment that Russia had sent troops to Belarus.",
     "RUS", "07", "BLR"),
    ("Canada cited an intelligence assessment that China had sent drones to Russia.",
     "CHN", "07", "RUS"),
    ("The Dutch assessment that Iran shipped drones to Russia angered Tehran.",
     "IRN", "07", "RUS"),
    # unconfirmed and unverified sources, verifications withheld
    ("Unconfirmed reports suggested that Egypt sent fighter jets to Sudan.", "EGY", "07", "SDN"),
    ("Unconfirmed reports said Egyptian jets had bombed Libyan militias.", "EGY", "19", "LBY"),
    ("An unconfirmed report said Iran had shipped missiles to Venezuela.", "IRN", "07", "VEN"),
    ("Egyptian jets bombed Libyan militias, unconfirmed reports said.", "EGY", "19", "LBY"),
    ("According to unconfirmed reports, Egyptian jets bombed Libyan militias.",
     "EGY", "19", "LBY"),
    ("An unverified video posted online showed that Egyptian jets bombed Libyan militias.",
     "EGY", "19", "LBY"),
    ("Reuters could not independently verify that Iranian drones had struck Erbil.",
     "IRN", "19", "IRQ"),
    ("Washington did not confirm that it had sent missiles to Ukraine.", "USA", "07", "UKR"),
    ("The Pentagon declined to confirm whether it had struck Houthi targets in Yemen.",
     "USA", "19", "YEM"),
    ("Moscow declined to confirm that it had deployed troops to Belarus.", "RUS", "15", "BLR"),
    ("The ministry declined to confirm that Ukrainian drones had attacked the Russian airbase.",
     "UKR", "19", "RUS"),
    # neither confirmed nor denied: open either way
    ("Israel neither confirmed nor denied striking the convoy in Sudan.", "ISR", "19", "SDN"),
    ("Israel neither confirmed nor denied carrying out the attack on Iran.", "ISR", "19", "IRN"),
    ("Israel neither confirmed nor denied that it had struck the Iranian embassy in Syria.",
     "ISR", "19", "IRN"),
    ("Israel would neither confirm nor deny that it had struck the Iranian consulate.",
     "ISR", "19", "IRN"),
    ("The Israeli military would not confirm or deny striking the convoy in Syria.",
     "ISR", "19", "SYR"),
    ("Washington refused to confirm or deny that it had sent missiles to Ukraine.",
     "USA", "07", "UKR"),
    ("The Kremlin neither confirmed nor denied sending troops to Libya.", "RUS", "07", "LBY"),
    ("Beijing would neither confirm nor deny that it had sold drones to Russia.",
     "CHN", "07", "RUS"),
    # a suspected or alleged act named by its noun
    ("A suspected Israeli strike killed two Iranian officers in Damascus.", "ISR", "19", "IRN"),
    ("A suspected Ukrainian drone attack hit an oil refinery in Russia.", "UKR", "19", "RUS"),
    ("The suspected Russian cyberattack hit German railways.", "RUS", "19", "DEU"),
    ("A suspected North Korean cyberattack hit South Korean banks.", "PRK", "19", "KOR"),
    ("The alleged Russian cyberattack on Estonia disrupted government websites.",
     "RUS", "17", "EST"),
    ("An alleged Israeli strike killed two Iranian officers in Damascus.", "ISR", "19", "IRN"),
    ("An apparent Kenyan airstrike hit al-Shabaab camps in Somalia.", "KEN", "19", "SOM"),
    ("An apparent drone attack by Ukraine hit a Russian oil depot.", "UKR", "19", "RUS"),
    ("A suspected US drone strike killed an al-Shabaab commander in Somalia.",
     "USA", "19", "SOM"),
    # funding, training, hosting, cyber
    ("Kuwaiti donors are believed to have funded Syrian rebel groups.", "KWT", "07", "SYR"),
    ("Chinese instructors reportedly trained Pakistani pilots.", "CHN", "07", "PAK"),
    ("Iranian advisers are said to be training Houthi fighters.", "IRN", "07", "YEM"),
    ("Russian instructors were reported to be training Malian soldiers.", "RUS", "07", "MLI"),
    ("Turkey is thought to be hosting Hamas leaders.", "TUR", "04", "PSE"),
    ("Hong Kong firms allegedly helped Iran evade US sanctions.", "HKG", "07", "IRN"),
    ("Iran may be supplying drones to Venezuela.", "IRN", "07", "VEN"),
    ("North Korea could be sending artillery shells to Russia.", "PRK", "07", "RUS"),
    ("Russia may have violated Finnish airspace, Helsinki said.", "RUS", "15", "FIN"),
    ("Russian hackers likely targeted Ukrainian banks.", "RUS", "17", "UKR"),
    ("Israel reportedly bombed an arms depot in Syria overnight.", "ISR", "19", "SYR"),
    ("Iraqi militias allegedly fired rockets at a US base in Syria.", "IRQ", "19", "USA"),
    ("Egypt was suspected of launching airstrikes against Libyan militias.", "EGY", "19", "LBY"),
    ("Analysts believe Algeria bought Chinese drones.", "DZA", "06", "CHN"),
    ("The satellite images appear to show that Ethiopia moved troops to the Eritrean border.",
     "ETH", "15", "ERI"),
    ("The photographs seem to indicate that Russia moved missiles to Belarus.",
     "RUS", "15", "BLR"),
    ("Iran did not deny sending drones to Russia.", "IRN", "07", "RUS"),
    # the act one is accused of (the accusation itself is done: see below)
    ("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.", "RUS", "19", "UKR"),
    ("Canada accused India of killing a Sikh activist on Canadian soil.", "IND", "19", "CAN"),
    ("Sudan accused the United Arab Emirates of arming the Rapid Support Forces.",
     "ARE", "07", "SDN"),
    ("Ukraine accused Belarus of allowing Russian troops to use its territory.",
     "BLR", "06", "RUS"),
    ("Belarus has been accused of helping Russia evade Western sanctions.", "BLR", "07", "RUS"),
    ("Russia stands accused of shelling Ukrainian nuclear plants.", "RUS", "19", "UKR"),
    ("Chad was reported to have closed its border with Sudan.", "TCD", "16", "SDN"),
    ("Egypt was reported to have expelled the Turkish ambassador.", "EGY", "16", "TUR"),
    ("Rwanda was said to be arming the M23 rebels.", "RWA", "07", "COD"),
    ("Diplomats said Iran was believed to have shipped drones to Sudan.", "IRN", "07", "SDN"),
]


@pytest.mark.parametrize("text,src,root,tgt", HEDGED)
def test_evidential_frame_hedges_the_act(coder, text, src, root, tgt):
    event_of(code(coder, text), src, root, tgt, "hedged")


# (sentence, source, root, target): no hedge, the act stands
OCCURRED = [
    # images that show, without "appear", are a finding
    ("New photographs show Iranian drones hitting Ukrainian power plants.", "IRN", "19", "UKR"),
    ("Satellite imagery shows Russian troops massing near the Estonian border.",
     "RUS", "15", "EST"),
    ("Images show Iranian drones striking Kyiv.", "IRN", "19", "UKR"),
    ("Video footage showed Azerbaijani artillery shelling Armenian villages.",
     "AZE", "19", "ARM"),
    ("Witnesses saw Russian soldiers shooting Ukrainian civilians.", "RUS", "19", "UKR"),
    ("Video footage showed that Egyptian jets bombed Libyan militias.", "EGY", "19", "LBY"),
    # troops seen massing: an observation, not hearsay
    ("Russian troops were seen massing near the Georgian border.", "RUS", "15", "GEO"),
    # a reporter's words are attribution, not a hedge
    ("Sources said Egypt had quietly shipped rockets to Ukraine.", "EGY", "07", "UKR"),
    ("According to Libyan officials, Egyptian jets bombed Libyan militias.", "EGY", "19", "LBY"),
    ("The EU confirmed that Iran had sent missiles to Russia.", "IRN", "07", "RUS"),
    # the accusation is made
    ("Hungary accused Ukraine of mistreating its ethnic minority.", "HUN", "11", "UKR"),
    ("Kosovo accused Serbia of arming the gunmen.", "XKX", "11", "SRB"),
    ("Mali accused Algeria of supporting rebels in the north.", "MLI", "11", "DZA"),
    # "suspected" on an actor, not an act
    ("Norway expelled a suspected Russian spy.", "NOR", "17", "RUS"),
    ("Kenyan police arrested suspected al-Shabaab militants near the Somali border.",
     "KEN", "17", "SOM"),
    # the object of a relative clause is not a "that" clause of report
    ("Ukraine shot down the drones that Iran sent to Russia.", "IRN", "07", "RUS"),
    # a speaker citing an act
    ("Moldova condemned the alleged Russian drone incursion.", "MDA", "11", "RUS"),
    # the act done for fear of another
    ("Finland joined NATO for fear of a Russian attack.", "FIN", "05", "NATO"),
    # "apparent" on what is not the act
    ("Iran seized a British tanker in apparent retaliation for the seizure of its own ship.",
     "IRN", "18", "GBR"),
    ("There was no apparent reason for Russia's expulsion of the Estonian diplomats.",
     "RUS", "16", "EST"),
    ("Turkey condemned the apparent Israeli attack on the aid convoy.", "TUR", "11", "ISR"),
    # a plain report with a verb of saying in the passive but no infinitive of an act
    ("Estonia expelled two Russian diplomats, it was reported.", "EST", "16", "RUS"),
]


@pytest.mark.parametrize("text,src,root,tgt", OCCURRED)
def test_plain_report_or_finding_stays_occurred(coder, text, src, root, tgt):
    event_of(code(coder, text), src, root, tgt, "occurred")


@pytest.mark.parametrize("text,src,root,tgt", [
    # "neither ... nor" on the verbs denies both
    ("Russia neither attacked nor threatened Ukraine.", "RUS", "13", "UKR"),
    ("Syria neither attacked Israel nor threatened it.", "SYR", "19", "ISR"),
    ("Syria neither attacked Israel nor threatened it.", "SYR", "13", "ISR"),
    # not denying is no denial
    ("Israel has neither confirmed nor denied striking Iranian air defences.",
     "ISR", "01", "IRN"),
    # a denied report stays denied
    ("Kenya rejected claims that it had sent troops to Somalia.", "KEN", "07", "SOM"),
])
def test_negations_around_evidential_frames(coder, text, src, root, tgt):
    event_of(code(coder, text), src, root, tgt, "negated")


@pytest.mark.parametrize("text", [
    "Canada suspects nothing about the Indian investment.",
    "The suspect was arrested by Kenyan police.",
    "The minister appeared at the summit with her Chinese counterpart.",
    "The foreign minister appeared at the summit with her Japanese counterpart.",
    "The ceasefire was said to be holding.",
    "Satellite images show Chinese warships near the Philippines.",
    "Kyiv pointed to Russia shelling Kharkiv.",
    "Inspectors assessed the damage caused by the Russian strikes on Kharkiv.",
    "It was feared that the talks would collapse.",
    "The report was understood to be final.",
    "Finland was reported to the European Commission by Russia.",
    "Ukraine was told to pull its soldiers out of Bakhmut.",
])
def test_frames_in_other_senses_code_no_hedged_act(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["status"] == "hedged"], triples(rows)


def test_the_hedger_is_attribution_not_source(coder):
    rows = code(coder, "Myanmar's junta probably received jets from Russia, the UN report said.")
    e = event_of(rows, "MMR", "06", "RUS", "hedged")
    assert e["attribution"] == "the UN report", e
    rows = code(coder, "The monitoring group said Turkish drones likely struck Kurdish "
                       "fighters in Iraq.")
    e = event_of(rows, "TUR", "19", "IRQ", "hedged")
    assert e["attribution"] == "The monitoring group", e
    assert not [r for r in rows if r["source_country"] is None and r["cameo"].startswith("19")]
