"""The state and the press: journalists, editors, bloggers and outlets acted on by a state's
organ at home are that state's press (MED, a side of its own: `Actor.party`), outlets named
after a press noun are the press even when no dictionary knows them, and the acts on the
press (closing, suspending, blocking, raiding, seizing, jailing, charging, designating) have
their CAMEO codes. A newspaper that reports, a paper's market close, a broadcast speech or
journalists asking questions are no acts on the press. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.conftest import code, mentions, sides

# a state's organ acting on its own press: (sentence, source, CAMEO root, target)
AT_HOME = [
    ("Turkish police detained the editor of the opposition newspaper Birgun on Tuesday.",
     "TURCOP", "17", "TURMED"),
    ("A Turkish court sentenced journalist Kemal Aydin to three years in prison.",
     "TURJUD", "11", "TURMED"),
    ("Turkish authorities shut down the pro-Kurdish broadcaster Sterk Haber.",
     "TURGOV", "17", "TURMED"),
    ("Police in Istanbul raided the offices of the leftist daily Yeni Gun.",
     "TURCOP", "17", "TURMED"),
    ("Turkish prosecutors charged a columnist with insulting the head of state.",
     "TURJUD", "17", "TURMED"),
    ("Turkish authorities seized the newspaper Gunes Postasi and appointed trustees.",
     "TURGOV", "17", "TURMED"),
    ("The Turkish government closed dozens of media outlets by emergency decree.",
     "TURGOV", "17", "TURMED"),
    ("Russian authorities blocked the independent news portal Novye Vesti.",
     "RUSGOV", "17", "RUSMED"),
    ("A Moscow court fined the radio station Volna Svobody for spreading falsehoods.",
     "RUSJUD", "17", "RUSMED"),
    ("Russia labelled the investigative news outlet a foreign agent.", "RUS", "17",
     "RUSMED"),
    ("The Russian justice ministry designated the television channel a foreign agent.",
     "RUSGOV", "17", "RUSMED"),
    ("Russian police beat a reporter who was filming the arrests.",
     "RUSCOP", "18", "RUSMED"),
    ("A court in Minsk jailed three reporters for covering an opposition march.",
     "BLRJUD", "17", "BLRMED"),
    ("Belarusian police raided the news portal's offices in Minsk.",
     "BLRCOP", "17", "BLRMED"),
    ("Iranian police detained four journalists covering the strike in Tehran.",
     "IRNCOP", "17", "IRNMED"),
    ("Iran's judiciary suspended the reformist daily Etemad Melli for a month.",
     "IRNJUD", "17", "IRNMED"),
    ("Iranian authorities arrested a photojournalist who had documented the protests.",
     "IRNGOV", "17", "IRNMED"),
    ("Egyptian security forces arrested the editor-in-chief of the news website Zawya.",
     "EGYCOP", "17", "EGYMED"),
    ("Egypt blocked scores of news websites over the weekend.", "EGY", "17", "EGYMED"),
    ("Hong Kong police arrested three senior editors of the pro-democracy newspaper.",
     "HKGCOP", "17", "HKGMED"),
    ("Indian police arrested a reporter in Srinagar under an anti-terror law.",
     "INDCOP", "17", "INDMED"),
    ("Pakistan's media regulator suspended the licence of a private news channel.",
     "PAKGOV", "17", "PAKMED"),
    ("Myanmar's military junta revoked the licences of six independent news outlets.",
     "MMRGOV", "17", "MMRMED"),
    ("Ethiopian authorities detained several journalists in Addis Ababa last week.",
     "ETHGOV", "17", "ETHMED"),
    ("The Nicaraguan government closed the daily El Nuevo Sol and seized its printing press.",
     "NICGOV", "17", "NICMED"),
    ("Nicaraguan police raided the offices of the news outlet Voz Libre.",
     "NICCOP", "17", "NICMED"),
    ("The Nicaraguan government stripped the broadcaster of its licence.",
     "NICGOV", "17", "NICMED"),
    ("The Venezuelan government took the private television channel off the air.",
     "VENGOV", "17", "VENMED"),
    ("Venezuela's telecommunications regulator shut down several radio stations.",
     "VEN", "17", "VENMED"),
    ("Azerbaijani police detained the director of the online outlet Toplum Xeber.",
     "AZECOP", "17", "AZEMED"),
    ("Three journalists were jailed by a court in Baku.", "AZEJUD", "17", "AZEMED"),
    ("Saudi authorities detained a blogger who had mocked the royal court.",
     "SAUGOV", "17", "SAUMED"),
    ("Saudi Arabia jailed a well-known columnist over his articles.", "SAU", "17", "SAUMED"),
    ("Tanzanian authorities banned the weekly newspaper Sauti Huru for ninety days.",
     "TZAGOV", "17", "TZAMED"),
    ("Ugandan security forces beat journalists covering the opposition rally.",
     "UGACOP", "18", "UGAMED"),
    ("A reporter was beaten by Ugandan police outside parliament.", "UGACOP", "18", "UGAMED"),
    ("Zimbabwean police arrested a reporter for the third time this year.",
     "ZWECOP", "17", "ZWEMED"),
    ("Vietnam sentenced a blogger to nine years in prison for anti-state propaganda.",
     "VNM", "11", "VNMMED"),
    ("Algerian authorities jailed a journalist for harming national unity.",
     "DZAGOV", "17", "DZAMED"),
    ("Moroccan police arrested an investigative reporter in Casablanca.",
     "MARCOP", "17", "MARMED"),
    ("Bangladesh arrested a photojournalist under the digital security law.",
     "BGD", "17", "BGDMED"),
    ("Police in Dhaka charged five journalists with sedition.", "BGDCOP", "17", "BGDMED"),
    ("Georgian police detained journalists covering the rally outside parliament.",
     "GEOCOP", "17", "GEOMED"),
    ("Kazakh authorities arrested a correspondent who had reported on the riots.",
     "KAZGOV", "17", "KAZMED"),
    ("Cuban state security detained an independent journalist in Havana.",
     "CUB", "17", "CUBMED"),
    ("The Kenyan government banned live coverage of the opposition march.",
     "KENGOV", "17", "KENMED"),
    ("Turkey's broadcasting watchdog fined four television channels.",
     "TURGOV", "17", "TURMED"),
    ("The Russian regulator blocked the website of the newspaper.", "RUS", "17", "RUSMED"),
    ("The broadcaster was fined by the Russian regulator for airing the documentary.",
     "RUS", "17", "RUSMED"),
    ("The editor of the daily was sentenced by a Turkish court to five years.",
     "TURJUD", "11", "TURMED"),
    ("Russian prosecutors opened a criminal case against the editor of the magazine.",
     "RUSJUD", "09", "RUSMED"),
    ("The Nicaraguan police released the detained reporter after two days.",
     "NICCOP", "08", "NICMED"),
    ("Tanzanian authorities lifted the ban on the newspaper Kesho Yetu.",
     "TZAGOV", "08", "TZAMED"),
    ("Cambodian police arrested a reporter who had written about land seizures.",
     "KHMCOP", "17", "KHMMED"),
    ("The Serbian government revoked the broadcasting licence of the television channel.",
     "SRBGOV", "17", "SRBMED"),
    ("Hungarian authorities fined the independent radio station Szabad Hang.",
     "HUNGOV", "17", "HUNMED"),
    ("Sri Lankan police arrested a newspaper columnist in Colombo.", "LKACOP", "17", "LKAMED"),
    ("Chinese police detained a citizen journalist who reported from Wuhan.",
     "CHNCOP", "17", "CHNMED"),
    ("Russian authorities designated the independent broadcaster an undesirable "
     "organisation.", "RUSGOV", "17", "RUSMED"),
    ("The Tunisian government suspended the radio station for a week.",
     "TUNGOV", "17", "TUNMED"),
    ("Chinese authorities censored coverage of the mine disaster.", "CHNGOV", "17", "CHNMED"),
    ("Iranian authorities jammed the broadcasts of the exiled television channel.",
     "IRNGOV", "17", "IRNMED"),
    ("The Turkish government took over the newspaper and dismissed its editors.",
     "TURGOV", "17", "TURMED"),
    ("The Egyptian government suspended the talk show of the satellite broadcaster.",
     "EGYGOV", "17", "EGYMED"),
]


@pytest.mark.parametrize("text,src,root,tgt", AT_HOME)
def test_state_acts_on_its_own_press(coder, text, src, root, tgt):
    assert (src, root, tgt) in sides(code(coder, text))


# foreign journalists: the country they are named with, or none
ABROAD = [
    ("Russia expelled a Swedish television correspondent on Monday.", "RUS", "17", "SWEMED"),
    ("Egyptian police detained a British reporter in Alexandria.", "EGYCOP", "17", "GBRMED"),
    ("Turkey deported a Norwegian journalist who had covered the vote.", "TUR", "17",
     "NORMED"),
    ("A Russian court sentenced an American reporter to twelve years for spying.", "RUSJUD",
     "11", "USAMED"),
    ("Soldiers in Myanmar detained a Thai journalist covering the march.", "MMRMIL", "17",
     "THAMED"),
]


@pytest.mark.parametrize("text,src,root,tgt", ABROAD)
def test_foreign_journalists_keep_their_country(coder, text, src, root, tgt):
    rows = code(coder, text)
    assert (src, root, tgt) in sides(rows)
    assert not any(r["target_code"] == src[:3] + "MED" for r in rows)


# a journalist of a named outlet or marked foreign: not the acting state's press
NOT_HOME_PRESS = [
    "Ethiopia suspended the accreditation of a Reuters correspondent.",
    "Indonesian police detained two foreign journalists in Papua.",
    "Saudi Arabia expelled a journalist.",
    "Chinese police detained a Bloomberg reporter in Shanghai.",
    "The Kremlin banned foreign media from the ceremony.",
]


@pytest.mark.parametrize("text", NOT_HOME_PRESS)
def test_no_home_press_for_foreign_or_named_outlets(coder, text):
    rows = code(coder, text)
    home = {r["source_code"][:3] for r in rows}
    assert not any(r["target_code"] in {h + "MED" for h in home} for r in rows), rows


# killings and abductions of journalists by no one named: the scene's unidentified force
UNNAMED = [
    ("Gunmen shot dead a radio journalist in the Mexican state of Sinaloa.",
     "MEXUAF", "19", "MEXMED"),
    ("Unidentified attackers killed a television reporter in Peshawar.",
     "PAKUAF", "19", "PAKMED"),
    ("A Kenyan journalist was shot dead by unidentified gunmen in Mombasa.",
     "KENUAF", "19", "KENMED"),
    ("Masked men abducted a blogger in Bangladesh.", "BGDUAF", "18", "BGDMED"),
    ("Two reporters were kidnapped by armed men in northern Niger.", "NERUAF", "18", "NERMED"),
]


@pytest.mark.parametrize("text,src,root,tgt", UNNAMED)
def test_killings_of_journalists_by_unnamed_attackers(coder, text, src, root, tgt):
    assert (src, root, tgt) in sides(code(coder, text))


# status and modality of acts on the press
STATUS = [
    ("The Serbian government threatened to close newspapers that printed the leaked memo.",
     "SRBGOV", "13", "SRBMED", "occurred"),
    ("The Venezuelan government threatened to shut down the broadcaster.",
     "VENGOV", "13", "VENMED", "occurred"),
    ("The Serbian government threatened to revoke the broadcaster's licence.",
     "SRBGOV", "13", "SRBMED", "occurred"),
    ("The Hungarian government did not close any newspaper, the spokesman insisted.",
     "HUNGOV", "17", "HUNMED", "negated"),
    ("Pakistani police did not arrest the reporter, officials said.",
     "PAKCOP", "17", "PAKMED", "negated"),
    ("The Turkish government denied jailing journalists for their work.",
     "TURGOV", "17", "TURMED", "negated"),
    ("The Egyptian government is expected to block more news websites.",
     "EGYGOV", "17", "EGYMED", "intended"),
    ("Belarusian authorities may shut down the last independent outlets.",
     "BLRGOV", "17", "BLRMED", "hedged"),
    ("Iranian authorities reportedly detained a journalist working for a reformist daily.",
     "IRNGOV", "17", "IRNMED", "hedged"),
    ("Iranian police will arrest reporters who cover the protests, the minister warned.",
     "IRNCOP", "17", "IRNMED", "intended"),
]


@pytest.mark.parametrize("text,src,root,tgt,status", STATUS)
def test_status_of_acts_on_the_press(coder, text, src, root, tgt, status):
    rows = code(coder, text)
    hits = [r for r in rows if (r["source_code"], r["cameo"][:2], r["target_code"])
            == (src, root, tgt)]
    assert hits, sides(rows)
    assert hits[0]["status"] == status


# the press that reports, trades, broadcasts or asks: no act on it
NO_ACT_ON_PRESS = [
    "The newspaper said Belarusian police arrested eleven protesters in the capital.",
    "The paper closed the week higher on the Istanbul stock exchange.",
    "Russian state television broadcast an address by the president.",
    "Journalists asked the Turkish minister about the budget cuts.",
    "The Egyptian president told reporters that the talks would go on.",
    "Indian police briefed journalists on the investigation.",
    "Chinese police told reporters to leave the area.",
    "Police in Nairobi escorted journalists to the scene of the crash.",
    "The team's press officer announced the signing of the striker.",
    "Iranian state television reported that security forces had arrested ten students.",
    "The Turkish government praised the national broadcaster for its coverage.",
    "The Belarusian president met editors of state newspapers.",
    "Journalists went on strike over unpaid wages.",
    "The newspaper closed its Moscow bureau after the new law.",
    "Turkish police detained the suspect, the opposition daily Karsi Gazete reported.",
    "The Nigerian government held a press conference in Abuja.",
    "The militant leader threatened Israel in an interview with a Lebanese daily.",
    "Chinese authorities closed hundreds of retail outlets in Shanghai during the lockdown.",
    "The Russian government blocked the sale of the company to a Chinese publisher.",
    "Hamas fired rockets at Israeli daily commuters.",
    "The Pakistani government blocked the daily allowance of soldiers.",
    "Russian police protected journalists from the angry crowd.",
    "The Indian government welcomed foreign correspondents to Kashmir.",
    "Iranian police arrested a man who had attacked a journalist.",
    "The Turkish government appointed a new editor at the state news agency.",
    "Protesters jammed the streets of the capital.",
    "The Turkish government took over the city of Afrin.",
]


@pytest.mark.parametrize("text", NO_ACT_ON_PRESS)
def test_no_act_on_the_press(coder, text):
    rows = code(coder, text)
    assert not any(r["target_code"].endswith("MED") for r in rows), sides(rows)


def test_reported_arrest_targets_the_arrested_not_the_paper(coder):
    rows = code(coder, "The newspaper reported that Belarusian police arrested an opposition "
                       "activist.")
    assert ("BLRCOP", "17", "BLROPP") in sides(rows)
    assert not any(r["target_code"].endswith("MED") for r in rows)


def test_press_noun_introduces_an_unknown_name(coder):
    found = mentions(coder, "The Nicaraguan government shut down the television channel "
                            "Canal Seis.")
    assert found.get("television channel Canal Seis") == ("NICMED", "domestic")


def test_titled_journalist_is_the_press(coder):
    found = mentions(coder, "A court in Moscow jailed the reporter Sergei Belov for six "
                            "years.")
    assert found.get("reporter Sergei Belov") == ("RUSMED", "domestic")


def test_opposition_daily_is_the_press_not_the_opposition(coder):
    found = mentions(coder, "Police in Ankara raided the offices of the opposition daily "
                            "Ozgur Ses.")
    assert found.get("daily Ozgur Ses") == ("TURMED", "domestic")


def test_media_regulator_is_a_government_organ(coder):
    found = mentions(coder, "Pakistan's media regulator fined two news channels.")
    assert found.get("Pakistan's media regulator", ("",))[0] == "PAKGOV"


def test_press_act_with_a_journalist_as_subject_is_not_resolved(coder):
    # journalists asking or criticising are not acted on: no state's press by that rule
    found = mentions(coder, "Journalists criticised the Turkish government over the new law.")
    assert not any(v[1] == "domestic" for v in found.values())


def test_bare_state_expelling_a_journalist_names_no_press(coder):
    found = mentions(coder, "China expelled two reporters over the article.")
    assert not any(v[0] == "CHNMED" for v in found.values())


# press words in other senses: an adjective ("daily life"), a shop ("retail outlets")
@pytest.mark.parametrize("text,phrase", [
    ("Israeli daily life was disrupted by the rocket fire.", "Israeli daily"),
    ("Russian daily gas exports to Europe fell sharply.", "Russian daily"),
])
def test_daily_as_an_adjective_is_not_the_press(coder, text, phrase):
    assert phrase not in mentions(coder, text)


def test_a_named_daily_is_the_press(coder):
    found = mentions(coder, "The Iranian daily Kayhan blamed Washington for the unrest.")
    assert any(text.startswith("Iranian daily") and c == "IRNMED"
               for text, (c, _) in found.items()), found


# a passive with no agent: the state of the place acts, on its own press
@pytest.mark.parametrize("text,src,root,tgt", [
    ("A reporter was arrested in Antalya on Saturday.", "TURGOV", "17", "TURMED"),
    ("Two cameramen were detained in Tehran after filming the funeral.", "IRNGOV", "17",
     "IRNMED"),
    ("The editor was charged with defamation in Ankara.", "TURGOV", "17", "TURMED"),
    ("A blogger was sentenced to eight years in Hanoi.", "VNMGOV", "11", "VNMMED"),
    # the state's own press named as such: a side of its own, not the state
    ("Three Iranian reporters were detained in Iran.", "IRNGOV", "17", "IRNMED"),
])
def test_unnamed_press_in_a_placed_passive(coder, text, src, root, tgt):
    assert (src, root, tgt) in sides(code(coder, text))


@pytest.mark.parametrize("text", [
    "Two foreign reporters were detained in Tehran.",
    "A journalist was deported from Turkey on Monday.",
    "A shopkeeper was arrested in Antalya on Saturday.",
])
def test_placed_passive_names_no_home_press(coder, text):
    assert not any(r["target_code"].endswith("MED") for r in code(coder, text))


def test_named_foreign_reporter_in_a_placed_passive_keeps_its_country(coder):
    rows = code(coder, "A Danish reporter was arrested in Diyarbakir on Saturday.")
    assert ("TURGOV", "17", "DNKMED") in sides(rows)


def test_outlet_reporter_is_not_placed_by_the_town(coder):
    found = mentions(coder, "The Russian foreign minister told a CNN reporter in Moscow that "
                            "talks were possible.")
    assert not any(c == "RUSMED" for c, _ in found.values()), found
