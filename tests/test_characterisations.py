"""Characterisations, blame and "the need for" in official remarks.

A statement that calls another state's act something ("described the drills as a provocation",
"characterised the shelling as a war crime") is the speaker's criticism or accusation (111,
112, 1123, 1124), a kind word ("described Fiji as a close friend") its praise (051); a
blame laid with no verb of blaming ("X bears responsibility for the deaths", "X is to blame
for", "X was behind the attack", "the responsibility lies with X") its accusation (112). A
need stressed ("stressed the need for X to do Y", "the importance of X doing Y", "it is
essential that X do Y") is the speaker's appeal (02x) to X; what X is to do is its content,
not an act that occurred. Sentences are the author's own.
"""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, triples

# ------------------------------------------------------------------- characterisations

CHARACTERISED = [
    ("Tokyo described the Chinese coast guard manoeuvres near the Senkakus as a grave "
     "provocation.",
     "JPN", "111", "CHN"),
    ("Manila characterised Beijing's use of water cannon as reckless and unlawful.",
     "PHL", "11", "CHN"),
    ("The Polish foreign ministry described the Belarusian helicopter incursion as a "
     "deliberate provocation.",
     "POL", "111", "BLR"),
    ("Lithuania characterized Minsk's airspace violations as hostile.",
     "LTU", "111", "BLR"),
    ("Seoul portrayed the North Korean balloon campaign as a cowardly act of "
     "intimidation.",
     "KOR", "111", "PRK"),
    ("India described Pakistan's remarks at the UN as malicious propaganda.",
     "IND", "111", "PAK"),
    ("Greece described the Turkish survey mission as an unacceptable provocation.",
     "GRC", "111", "TUR"),
    ("Ukraine described the Russian shelling of Kherson as a war crime.",
     "UKR", "1124", "RUS"),
    ("Kyiv described Moscow's attack on the children's hospital as an atrocity.",
     "UKR", "1124", "RUS"),
    ("Armenia characterised Azerbaijan's offensive in Karabakh as ethnic cleansing.",
     "ARM", "1124", "AZE"),
    ("Guyana described the Venezuelan referendum on Essequibo as illegitimate.",
     "GUY", "112", "VEN"),
    ("Somalia described Ethiopia's port deal with Somaliland as an act of aggression.",
     "SOM", "1123", "ETH"),
    ("Kinshasa described the Rwandan troop presence in North Kivu as an invasion.",
     "COD", "1123", "RWA"),
    ("Iran characterized the seizure of its tanker by Britain as piracy.",
     "IRN", "112", "GBR"),
    ("Cuba described the American embargo as economic warfare.",
     "CUB", "111", "USA"),
    ("Beijing described the American chip restrictions as bullying.",
     "CHN", "111", "USA"),
    ("Moscow described the British sanctions as hostile and unfriendly.",
     "RUS", "111", "GBR"),
    ("The Foreign Ministry in Hanoi described Chinese survey ships in its waters as a "
     "violation of sovereignty.",
     "VNM", "112", "CHN"),
    ("Taipei described the Chinese drills around the island as irresponsible.",
     "TWN", "111", "CHN"),
    ("Algeria termed the French decision a provocation.",
     "DZA", "111", "FRA"),
    ("Serbia described Kosovo's police raid in the north as a reckless escalation.",
     "SRB", "111", "XKX"),
    ("The Colombian government described the Venezuelan troop buildup as a threat to "
     "regional peace.",
     "COL", "111", "VEN"),
    ("Estonia described Russian GPS jamming over the Baltic as hybrid harassment.",
     "EST", "111", "RUS"),
    ("Egypt described the Israeli operation in Rafah as a dangerous escalation.",
     "EGY", "111", "ISR"),
    ("The Danish government described the American pressure over Greenland as "
     "unacceptable.",
     "DNK", "111", "USA"),
    ("Morocco characterised Algeria's closure of its airspace as unjustified.",
     "MAR", "111", "DZA"),
    ("The Indonesian foreign minister described relations with Australia as excellent.",
     "IDN", "051", "AUS"),
    ("Chile described Argentina as a brotherly nation.",
     "CHL", "051", "ARG"),
    ("The Japanese prime minister characterized the Philippines as a trusted ally.",
     "JPN", "051", "PHL"),
    ("Kazakhstan described China as a reliable partner.",
     "KAZ", "051", "CHN"),
    ("Vietnam portrayed Laos as a loyal friend and neighbour.",
     "VNM", "051", "LAO"),
    ("The Chinese carrier drills were described by Tokyo as a serious provocation.",
     "JPN", "111", "CHN"),
    ("In a statement, Riyadh characterised the Houthi drone strikes as terrorism.",
     "SAU", "112", "YEM"),
    ("Speaking at the General Assembly, the Ukrainian foreign minister described "
     "Russia's annexation of four regions as a sham.",
     "UKR", "111", "RUS"),
    ("Addressing the Security Council, Brazil's ambassador described the Israeli "
     "settlement expansion as illegal.",
     "BRA", "112", "ISR"),
    ("The Kremlin has described NATO's eastward expansion as a threat to Russian "
     "security.",
     "RUS", "111", "NATO"),
    ("Poland's prime minister described Hungary's veto of the aid package as shameful.",
     "POL", "111", "HUN"),
    ("Mexico's president described the American tariffs as unjust.",
     "MEX", "111", "USA"),
    ("Nairobi described the Ugandan border closure as regrettable.",
     "KEN", "111", "UGA"),
    ("New Zealand described Fiji as a close friend.",
     "NZL", "051", "FJI"),
    ("Qatar described its relationship with Turkey as exemplary.",
     "QAT", "051", "TUR"),
]


@pytest.mark.parametrize("text,src,cameo,tgt", CHARACTERISED)
def test_characterisation_is_a_judgement(coder, text, src, cameo, tgt):
    assert event_of(code(coder, text), src, cameo, tgt, "occurred")


@pytest.mark.parametrize("text", [
    "Norway described the talks with Iceland on fishing quotas as productive.",
    "The Brazilian minister described the meeting with her Argentine counterpart as "
    "constructive.",
    "Kenya described the situation in Sudan as dangerous.",
    "The French president described the threat posed by Iran in detail.",
    "Spain described the visit of the Moroccan king as historic.",
    "The Irish government described the drought in Somalia as a catastrophe.",
    "Thailand characterized its ties with Cambodia as strategic.",
    "Peru described the new trade deal with China as balanced.",
    "The report described Nigeria as Africa's largest oil producer.",
    "Sweden described Russia's proposal as not hostile.",
    "The German chancellor described China as a partner, a competitor and a systemic "
    "rival.",
])
def test_characterisation_that_judges_no_state(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] in ("05", "11")], triples(rows)


@pytest.mark.parametrize("text", [
    "Officials described the damage to the Ukrainian power grid as extensive.",
    "The White House described the call between Biden and Xi as candid.",
    "The Polish prosecutor described the suspect as a Belarusian national.",
    "Analysts described the Turkish election as a referendum on Erdogan.",
    "The UN described the humanitarian situation in Gaza as catastrophic.",
    "The Iranian minister described the talks with the IAEA as difficult.",
    "Netanyahu described himself as a friend of India.",
])
def test_description_is_no_event(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["trigger_text"] == "described"], triples(rows)


def test_an_unsafe_intercept_is_criticised(coder):
    rows = code(coder, "The Pentagon described the Chinese jet's manoeuvre as unsafe and "
                       "unprofessional.")
    assert event_of(rows, "USA", "111", "CHN")


def test_what_the_object_is_called_names_no_target(coder):
    rows = code(coder, "Israel described Iran's missile launch as a threat to Jordan.")
    assert event_of(rows, "ISR", "111", "IRN")
    assert not [r for r in rows if r["target_country"] == "JOR"], triples(rows)


def test_the_called_word_alone_chooses(coder):
    # a word of judgement in the object is no characterisation
    rows = code(coder, "The minister described the provocation by North Korea in detail.")
    assert not [r for r in rows if r["cameo"][:2] == "11"], triples(rows)


# ----------------------------------------------------------------------------- blame

BLAMED = [
    ("Kyiv said Iran was to blame for the downing of the passenger jet.",
     "UKR", "112", "IRN"),
    ("Washington said Pyongyang was responsible for the theft of cryptocurrency worth "
     "billions.",
     "USA", "112", "PRK"),
    ("Finland said Russia was behind the damage to the Baltic gas pipeline.",
     "FIN", "112", "RUS"),
    ("Islamabad said Kabul bears full responsibility for the cross-border attacks.",
     "PAK", "112", "AFG"),
    ("The Lebanese government said Israel is responsible for the deaths of three "
     "journalists.",
     "LBN", "112", "ISR"),
    ("Manila said Beijing is to blame for the collision near the shoal.",
     "PHL", "112", "CHN"),
    ("Kyiv said the responsibility for the strike on the dam lies with Moscow.",
     "UKR", "112", "RUS"),
    ("Niger's junta said France was behind the unrest in the capital.",
     "NER", "112", "FRA"),
    ("The Sudanese army said the Rapid Support Forces bear responsibility for the "
     "massacre in El Fasher.",
     "SDN", "1124", "SDN"),
    ("Yemen's Houthis said the United States was responsible for the deaths of "
     "civilians in Sanaa.",
     "YEM", "112", "USA"),
    ("Hezbollah said Israel bore full responsibility for the assassination of its "
     "commander.",
     "LBN", "112", "ISR"),
    ("Venezuela said Washington was to blame for the blackout.",
     "VEN", "112", "USA"),
    ("Tehran said Israel was behind the explosion at the nuclear site.",
     "IRN", "112", "ISR"),
    ("Armenia said Baku was fully responsible for the escalation on the border.",
     "ARM", "112", "AZE"),
    ("South Korea said Pyongyang was responsible for the sinking of the warship.",
     "KOR", "112", "PRK"),
    ("The Ethiopian government said Eritrea bears responsibility for the collapse of "
     "the truce.",
     "ETH", "112", "ERI"),
    ("China said the Philippines bore full responsibility.",
     "CHN", "112", "PHL"),
    ("Germany said the responsibility lies with Moscow.",
     "DEU", "112", "RUS"),
    ("Britain said Russian military intelligence was behind the poisoning in Salisbury.",
     "GBR", "112", "RUS"),
    ("Bangladesh said Myanmar is responsible for the displacement of the Rohingya.",
     "BGD", "112", "MMR"),
    ("\"Moscow bears sole responsibility for this catastrophe,\" the Polish president "
     "said.",
     "POL", "112", "RUS"),
    ("Cambodia said Thailand bears full responsibility for the clashes on the border.",
     "KHM", "112", "THA"),
    ("The Malian junta said Algeria was behind the downing of its drone.",
     "MLI", "112", "DZA"),
    ("Tehran said Washington was responsible for the attack on its consulate in "
     "Damascus.",
     "IRN", "112", "USA"),
    ("Pakistan's army said India was responsible for the killing of two soldiers in "
     "Kashmir.",
     "PAK", "112", "IND"),
    ("The Chinese embassy said Ottawa was to blame for the diplomatic crisis.",
     "CHN", "112", "CAN"),
    ("Hamas said Israel was responsible for the killing of its commander.",
     "PSE", "112", "ISR"),
    ("The Taliban said Pakistan was behind the airstrikes in Khost.",
     "AFG", "112", "PAK"),
    ("Poland said Russian intelligence was behind the sabotage of the railway line.",
     "POL", "112", "RUS"),
    ("Israel holds Hamas fully responsible for the escalation.",
     "ISR", "112", "PSE"),
    ("Egypt said the Ethiopian government bears responsibility for any harm to its "
     "water security.",
     "EGY", "112", "ETH"),
    ("\"Tehran is fully responsible for this attack,\" the Israeli foreign minister "
     "said.",
     "ISR", "112", "IRN"),
    ("Tokyo said that China was responsible for the deterioration of relations.",
     "JPN", "112", "CHN"),
]


@pytest.mark.parametrize("text,src,cameo,tgt", BLAMED)
def test_blame_laid_is_an_accusation(coder, text, src, cameo, tgt):
    rows = code(coder, text)
    assert event_of(rows, src, cameo, tgt)
    # the blamed party blames no one
    assert src == tgt or not [r for r in rows if r["source_country"] == tgt
                              and r["cameo"][:2] == "11" and r["target_country"] == src], \
        triples(rows)


@pytest.mark.parametrize("text", [
    "The ministry is responsible for trade policy toward Japan.",
    "The minister responsible for defence met his Polish counterpart in Vilnius.",
    "Canada's foreign ministry is responsible for consular relations with India.",
    "The Indian navy is responsible for the security of the shipping lane.",
    "Azerbaijan said Armenia was not responsible for the shelling.",
    "Japan did not say whether China was behind the hacking.",
    "Pakistan said it bears responsibility for the security of Chinese workers.",
    "Al-Shabaab said it was responsible for the bombing in Mogadishu.",
    "The responsibility for security in Basra lies with the Iraqi government.",
    "Responsibility for the negotiations with Tehran rests with the Omani mediators.",
    "The United Nations is responsible for the delivery of aid to Afghanistan.",
    "Seoul did not say that Pyongyang was responsible for the hacking.",
    "Who is responsible for the attack on the convoy?",
    "Officials said the pilot was responsible for the crash.",
    "The Kremlin said Kyiv would not bear responsibility for the attack.",
    "Nobody is to blame for the storm.",
    "The Indian government is responsible for protecting its citizens abroad.",
    "Russia is responsible for about a fifth of global wheat exports.",
    "Who was behind the attack on the Russian convoy remains unknown.",
    "China was behind only the United States in the medal table.",
    "The Ukrainian navy is responsible for demining the Black Sea corridor.",
    "Iran's foreign ministry said it bore no responsibility for the attack.",
    "The Philippine coast guard said it was not to blame for the collision with a Chinese "
    "vessel.",
])
def test_responsibility_that_is_no_blame(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] == "11"], triples(rows)


def test_a_blame_warned_of_is_not_occurred(coder):
    rows = code(coder, "Seoul said Pyongyang would bear full responsibility for any "
                       "provocation.")
    assert event_of(rows, "KOR", "112", "PRK")["status"] != "occurred"


@pytest.mark.parametrize("text", [
    "Russia called the Security Council meeting for Monday.",
    "Turkey called the meeting with Greece for next week.",
])
def test_calling_a_meeting_is_no_judgement(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] in ("05", "11")], triples(rows)


# ------------------------------------------------------------- needs, musts, shoulds

NEEDS = [
    ("Lavrov stressed the need for Kyiv to return to the negotiating table.",
     "RUS", "02", "UKR"),
    ("Wang Yi emphasized the need for Manila to stop provocations at sea.",
     "CHN", "025", "PHL"),
    ("The Turkish foreign minister underlined the need for Israel to allow humanitarian"
     " aid into Gaza.",
     "TUR", "0233", "ISR"),
    ("Macron highlighted the need for Tehran to release the detained French citizens.",
     "FRA", "0253", "IRN"),
    ("Scholz stressed the importance of Serbia recognising Kosovo.",
     "DEU", "02", "SRB"),
    ("The Saudi foreign minister emphasised the importance of Iran respecting the "
     "sovereignty of its neighbours.",
     "SAU", "02", "IRN"),
    ("Sanchez underscored the necessity of Morocco and Algeria resuming dialogue.",
     "ESP", "026", "DZA"),
    ("Modi stressed the need for Nepal to hold talks on the border dispute.",
     "IND", "026", "NPL"),
    ("The Egyptian foreign minister stressed the need for Ethiopia to sign a binding "
     "agreement on the dam.",
     "EGY", "027", "ETH"),
    ("Borrell underlined the need for Belgrade and Pristina to normalise their "
     "relations.",
     "ESP", "02", "XKX"),
    ("Blinken stressed the need for a ceasefire in Sudan.",
     "USA", "02", "SDN"),
    ("Guterres said it was essential that Russia and Ukraine return to talks.",
     "UNO", "026", "RUS"),
    ("The Canadian foreign minister said it is important that India cooperate with the "
     "investigation.",
     "CAN", "0213", "IND"),
    ("Erdogan said Stockholm should extradite the wanted suspects.",
     "TUR", "0213", "SWE"),
    ("Meloni said Tunisia should accept more help to stop migrant boats.",
     "ITA", "02", "TUN"),
    ("Scholz said Moscow must pull its forces out of Ukraine.",
     "DEU", "10", "RUS"),
]


@pytest.mark.parametrize("text,src,cameo,tgt", NEEDS)
def test_a_need_stressed_is_an_appeal(coder, text, src, cameo, tgt):
    assert event_of(code(coder, text), src, cameo, tgt, "occurred")


READOUTS = [
    ("Secretary Antony Blinken spoke with Egyptian Foreign Minister Sameh "
     "Shoukry on Tuesday. The Secretary stressed the need for Hamas to release all "
     "remaining hostages.",
     "USA", "0253", "PSE"),
    ("Secretary Marco Rubio met Indian External Affairs Minister S. Jaishankar"
     " in Washington. The Secretary underscored the importance of India reducing its "
     "purchases of Russian oil.",
     "USA", "02", "IND"),
    ("Foreign Secretary David Lammy spoke with the Israeli foreign minister. The "
     "Foreign Secretary emphasised the need for Israel to let aid trucks into northern "
     "Gaza.",
     "GBR", "023", "ISR"),
    ("German Foreign Minister Annalena Baerbock met her Serbian counterpart in Berlin. "
     "The minister said Serbia should align with EU sanctions on Russia.",
     "DEU", "02", "SRB"),
    ("Secretary Antony Blinken met Azerbaijani President Ilham Aliyev in "
     "Munich. The Secretary said Azerbaijan must refrain from any military action "
     "against Armenia.",
     "USA", "10", "AZE"),
    ("Secretary Antony Blinken spoke with Serbian President Aleksandar Vucic. "
     "The Secretary highlighted the need for Serbia and Kosovo to implement their "
     "agreement.",
     "USA", "02", "XKX"),
]


@pytest.mark.parametrize("text,src,cameo,tgt", READOUTS)
def test_a_title_only_speaker_appeals_for_its_state(coder, text, src, cameo, tgt):
    assert event_of(code(coder, text), src, cameo, tgt, "occurred")


@pytest.mark.parametrize("text,asked", [
    ("Wang Yi emphasized the need for Manila to stop provocations at sea.",
     "PHL"),
    ("The Turkish foreign minister underlined the need for Israel to allow humanitarian"
     " aid into Gaza.",
     "ISR"),
    ("Macron highlighted the need for Tehran to release the detained French citizens.",
     "IRN"),
    ("Sanchez underscored the necessity of Morocco and Algeria resuming dialogue.",
     "MAR"),
    ("Borrell underlined the need for Belgrade and Pristina to normalise their "
     "relations.",
     "SRB"),
    ("The Egyptian foreign minister stressed the need for Ethiopia to sign a binding "
     "agreement on the dam.",
     "ETH"),
    ("Analysts stressed the need for Ghana to send troops to Mali.",
     "GHA"),
    ("Commentators underlined the importance of Peru sending aid to Bolivia.",
     "PER"),
    ("Guterres said it was essential that Russia and Ukraine return to talks.",
     "RUS"),
])
def test_the_act_asked_for_did_not_occur(coder, text, asked):
    rows = code(coder, text)
    assert not [r for r in rows if r["source_country"] == asked
                and r["status"] == "occurred"], triples(rows)


@pytest.mark.parametrize("text", [
    "The coach stressed the need for his players to defend better.",
    "The report highlighted the need for more investment in Kenya.",
    "Economists stressed the importance of Brazil cutting its deficit.",
    "Germany said it was not essential that Poland join the euro.",
    "Beijing stressed the need for calm in the Middle East.",
])
def test_a_need_of_no_party_is_no_appeal(coder, text):
    rows = code(coder, text)
    assert not [r for r in rows if r["cameo"][:2] == "02"], triples(rows)
