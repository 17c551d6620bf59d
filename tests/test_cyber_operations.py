"""Cyber operations between states: hacking, breaches, intrusions, defacements, ransomware and
DDoS attacks (cyber coercion, CAMEO 172; theft 171 and defacement 1712 keep their codes),
state-backed hackers and named state hacking units (SPY), attribution (112), sanctions (163)
and charges (173) in response, hedged and denied hacks, and cyber words used of sport, tax
policy or breaches with no state behind them. Every sentence is hand-written for this file
(none comes from the codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code

# (sentence, source code, exact CAMEO code, target code, status)
CASES = [
    # verbs of intrusion with a network object: cyber coercion (172)
    ("Russian hackers breached the computer networks of Ukraine's energy ministry.",
     "RUSCRM", "172", "UKRGOV", "occurred"),
    ("Russian hackers hacked the email accounts of Ukrainian diplomats.",
     "RUSCRM", "172", "UKRGOV", "occurred"),
    ("Russian hackers infiltrated the networks of the German defence ministry.",
     "RUSCRM", "172", "DEUMIL", "occurred"),
    ("Russian hackers compromised the servers of the Dutch foreign ministry.",
     "RUSCRM", "172", "NLDGOV", "occurred"),
    ("Russian hackers penetrated the computer systems of the Polish parliament.",
     "RUSCRM", "172", "POLLEG", "occurred"),
    ("Russian hackers attacked the websites of the Czech government.",
     "RUSCRM", "172", "CZEGOV", "occurred"),
    ("Chinese hackers attacked the websites of the Philippine presidential office.",
     "CHNCRM", "172", "PHLGOV", "occurred"),
    ("Iranian hackers hacked into Albanian government servers.",
     "IRNCRM", "172", "ALBGOV", "occurred"),
    ("Iranian hackers breached the email servers of the Saudi energy ministry.",
     "IRNCRM", "172", "SAUGOV", "occurred"),
    ("North Korean hackers breached the servers of the South Korean unification ministry.",
     "PRKCRM", "172", "KORGOV", "occurred"),
    ("North Korean hackers hacked into South Korean lawmakers' laptops.",
     "PRKCRM", "172", "KORLEG", "occurred"),
    ("Chinese hackers planted malware in Vietnamese government computers.",
     "CHNCRM", "172", "VNMGOV", "occurred"),
    ("Israeli hackers disrupted the websites of Iranian state television.",
     "ISRCRM", "172", "IRNMED", "occurred"),
    ("Pro-Kremlin hackers disrupted the websites of Finnish ministries.",
     "RUSCRM", "172", "FINGOV", "occurred"),
    # what hackers hit or target is a cyber act, not force (senses.tsv doer "hacker")
    ("Russian hackers hit the servers of the Moldovan electoral commission.",
     "RUSCRM", "172", "MDA", "occurred"),
    ("Russian hackers targeted the databases of the Estonian interior ministry.",
     "RUSCRM", "172", "ESTCOP", "occurred"),
    ("Chinese hackers hit the networks of the Japanese defence ministry.",
     "CHNCRM", "172", "JPNMIL", "occurred"),
    ("Iranian hackers targeted the servers of the Israeli health ministry.",
     "IRNCRM", "172", "ISRHLH", "occurred"),
    ("Israeli hackers hit the computer systems of Iranian state banks.",
     "ISRCRM", "172", "IRNBUS", "occurred"),
    ("North Korean hackers targeted South Korean defence networks.",
     "PRKCRM", "172", "KOR", "occurred"),
    # theft and defacement keep their own codes of the coercion root
    ("North Korean hackers stole bitcoin from a Japanese exchange.",
     "PRKCRM", "171", "JPN", "occurred"),
    ("Iranian hackers defaced the websites of the Israeli transport ministry.",
     "IRNCRM", "1712", "ISRGOV", "occurred"),
    # hackers a state backs are its intelligence (sectors.tsv: SPY)
    ("Chinese state-backed hackers breached the servers of the Taiwanese foreign ministry.",
     "CHNSPY", "172", "TWNGOV", "occurred"),
    ("Chinese state-sponsored hackers compromised the networks of the Philippine coast guard.",
     "CHNSPY", "172", "PHLMIL", "occurred"),
    ("Chinese military hackers infiltrated the networks of the Indian defence ministry.",
     "CHNSPY", "172", "INDMIL", "occurred"),
    ("Iranian government hackers compromised the networks of the Albanian police.",
     "IRNSPY", "172", "ALBCOP", "occurred"),
    ("North Korean state hackers infiltrated the networks of a South Korean shipbuilder.",
     "PRKSPY", "172", "KOR", "occurred"),
    ("Russian military hackers hit Polish government servers.",
     "RUSSPY", "172", "POLGOV", "occurred"),
    # named state hacking units (organisations.tsv)
    ("APT28 breached the email servers of the French foreign ministry.",
     "RUSSPY", "172", "FRAGOV", "occurred"),
    ("Fancy Bear hacked the email accounts of Danish officials.",
     "RUSSPY", "172", "DNKGOV", "occurred"),
    ("Cozy Bear infiltrated the networks of the US State Department.",
     "RUSSPY", "172", "USAGOV", "occurred"),
    ("Sandworm hit the computer networks of Ukrainian power companies.",
     "RUSSPY", "172", "UKRBUS", "occurred"),
    ("Volt Typhoon hacked into the networks of American ports.",
     "CHNSPY", "172", "USA", "occurred"),
    ("Salt Typhoon breached the servers of US telecom companies.",
     "CHNSPY", "172", "USABUS", "occurred"),
    ("The Lazarus Group stole cryptocurrency from a Vietnamese exchange.",
     "PRKSPY", "171", "VNM", "occurred"),
    ("Lazarus breached the servers of a South Korean bank.",
     "PRKSPY", "172", "KORBUS", "occurred"),
    # cyberattack nouns: ransomware, DDoS, hacking attacks, and what they did to whom
    ("A ransomware attack by Russian hackers shut down a German hospital chain.",
     "RUSCRM", "172", "DEUHLH", "occurred"),
    ("A DDoS attack by Russian hackers disabled Polish government websites.",
     "RUSCRM", "172", "POLGOV", "occurred"),
    ("A hacking attack by Iranian hackers crippled Israeli water utilities.",
     "IRNCRM", "172", "ISR", "occurred"),
    ("A cyber attack by North Korea paralysed South Korean banks.",
     "PRK", "172", "KORBUS", "occurred"),
    ("Russia's cyberattacks have left Ukrainian broadcasters off the air.",
     "RUS", "172", "UKRMED", "occurred"),
    ("The Russian cyberattack on Estonian banks lasted three days.",
     "RUS", "172", "ESTBUS", "occurred"),
    ("China's cyberattack on Taiwanese government websites drew protests.",
     "CHN", "172", "TWNGOV", "occurred"),
    ("Israel's cyberattack on Iranian ports disrupted shipping.",
     "ISR", "172", "IRN", "occurred"),
    # hedged and denied hacks
    ("The alleged Russian cyberattack on the Lithuanian railways angered Vilnius.",
     "RUS", "172", "LTU", "hedged"),
    ("Russian hackers allegedly breached the networks of the Slovak foreign ministry.",
     "RUSCRM", "172", "SVKGOV", "hedged"),
    ("Chinese hackers reportedly infiltrated the servers of the Australian parliament.",
     "CHNCRM", "172", "AUSLEG", "hedged"),
    ("Iranian hackers may have compromised the email servers of the Bahraini interior "
     "ministry.", "IRNCRM", "172", "BHRCOP", "hedged"),
    ("Moscow denied that Russian hackers had breached the networks of the Latvian government.",
     "RUSCRM", "172", "LVAGOV", "negated"),
    ("Beijing denied hacking into the computers of the Philippine navy.",
     "CHNGOV", "172", "PHLMIL", "negated"),
    ("Pyongyang denied that its hackers had stolen funds from Bangladeshi banks.",
     "PRKGOV", "171", "BGDBUS", "negated"),
    # attribution: the accusation by the speaker (112), the hack itself hedged
    ("Germany accused Russia of hacking the servers of the Social Democrats.",
     "DEU", "112", "RUS", "occurred"),
    ("Poland blamed Russian military intelligence for the cyberattack on its news agency.",
     "POL", "112", "RUSSPY", "occurred"),
    ("Britain accused the GRU of hacking the computer systems of its election watchdog.",
     "GBR", "112", "RUSSPY", "occurred"),
    ("Britain accused the GRU of hacking the computer systems of its election watchdog.",
     "RUSSPY", "172", "GBR", "hedged"),
    ("The Philippines accused China of breaching its coast guard's networks.",
     "CHN", "172", "PHL", "hedged"),
    ("Israel blamed Iran for the cyberattack on its hospitals.",
     "ISR", "112", "IRN", "occurred"),
    ("South Korea blamed North Korea for hacking its nuclear power operator.",
     "KOR", "112", "PRK", "occurred"),
    # responses: sanctions (163), charges and arrests (173)
    ("The United States sanctioned seven Chinese hackers.",
     "USA", "163", "CHNCRM", "occurred"),
    ("The European Union imposed sanctions on Russian military hackers.",
     "EUR", "163", "RUSSPY", "occurred"),
    ("Washington charged three Iranian hackers with hacking.",
     "USAGOV", "173", "IRNCRM", "occurred"),
    ("German prosecutors charged a Russian hacker with espionage.",
     "DEUJUD", "173", "RUSCRM", "occurred"),
    ("US prosecutors indicted four Russian hackers.",
     "USAJUD", "173", "RUSCRM", "occurred"),
    ("Ukraine arrested two Russian hackers.", "UKR", "173", "RUSCRM", "occurred"),
]


@pytest.mark.parametrize("text,src,cameo,tgt,status", CASES)
def test_cyber_operation_coded(coder, text, src, cameo, tgt, status):
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}
    assert (src, cameo, tgt, status) in got, got


# hackers with no state, hacks of private people or firms, and the sporting, policy and
# weather senses of "hit", "target", "breach" and "compromise": no coercion or force
NO_COERCION = [
    "Hackers hacked the Instagram account of a famous rapper.",
    "Hackers breached the servers of a local hospital.",
    "Unknown hackers compromised the email server of a regional newspaper.",
    "Hackers stole data from an online shop.",
    "The winger hit the target with a curling shot.",
    "The striker breached the defence in the second half.",
    "The finance minister unveiled targeted tax cuts.",
    "The programme targeted poor families in rural areas.",
    "The data breach at the insurer exposed customers' records.",
    "The airline disclosed a breach of its booking system.",
    "The two parties struck a compromise over the budget.",
    "A typhoon hit the Philippine coast.",
    "Ransomware gangs hit hundreds of companies last year.",
    "The firm suffered a ransomware attack.",
    "Security researchers said the intrusion began in March.",
    "The bank reported a cyberattack on its payment system.",
]


@pytest.mark.parametrize("text", NO_COERCION)
def test_no_cyber_event(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] in ("17", "18", "19", "20")], rows


# force stays force when soldiers, missiles or jets do it, even against "systems"
FORCE = [
    ("Russian troops attacked Ukrainian positions near Bakhmut.", "RUSMIL", "190", "UKR"),
    ("Russian missiles hit Ukraine's energy system.", "RUS", "195", "UKR"),
    ("Israeli jets targeted Iranian air defence systems.", "ISR", "195", "IRN"),
]


@pytest.mark.parametrize("text,src,cameo,tgt", FORCE)
def test_force_is_not_cyber(coder, text, src, cameo, tgt):
    rows = code(coder, text)
    got = {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}
    assert (src, cameo, tgt) in got, got
