"""Appeals, demands and accusations (CAMEO 02, 10, 112; PLOVER REQUEST, DEMAND, ACCUSE).

What the one asked is to do chooses the sub-code whatever the verb of asking ("called on",
"asked", "appealed to", "pressed"), the act named by its verb before its object; a "for X to
do Y" clause asks X; an organ named by its title alone ("the finance minister", "the army")
that a country's own side addresses is that country's; an accusation with no accuser named
codes no accusation."""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, sides, triples


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # the generic appeal of "called on", "asked", "appealed to" takes the urge table's row
    ("The EU called on Serbia and Kosovo to resume talks.", "EUR", "026", "SRB"),
    ("India asked Nepal to extradite the suspects.", "IND", "0213", "NPL"),
    ("Turkey called on Sweden to extradite Kurdish militants.", "TUR", "0213", "SWE"),
    ("Armenia asked Russia to deploy peacekeepers along its border.", "ARM", "0234", "RUS"),
    ("Egypt called on Ethiopia to sign a binding agreement on the dam.", "EGY", "027", "ETH"),
    ("The UN chief appealed to Russia to extend the grain deal.", "UNO", "027", "RUS"),
    ("Pakistan called on India to resume dialogue.", "PAK", "026", "IND"),
    ("The EU called on Israel to allow humanitarian access to Gaza.", "EUR", "0255", "ISR"),
    ("Ukraine asked Germany to supply Taurus missiles.", "UKR", "0232", "DEU"),
    ("Japan called on China to lift its ban on Japanese seafood.", "JPN", "0251", "CHN"),
    # the act asked for is named by its verb before its object
    ("France urged Russia to withdraw its troops from Moldova.", "FRA", "0256", "RUS"),
    ("The Iraqi government asked Turkey to withdraw its forces from northern Iraq.",
     "IRQ", "0256", "TUR"),
    ("Chad's president called on rebels to lay down their arms.", "TCD", "025", "TCD"),
    ("Britain urged Iran to free the detained sailors.", "GBR", "0253", "IRN"),
    # a verb of phase names no act: what is ended is
    ("Ireland called on Israel to end the siege of Gaza.", "IRL", "0256", "ISR"),
    ("The Philippines asked China to stop harassing its fishermen.", "PHL", "025", "CHN"),
    # demands: the same sub-codes in root 10
    ("France demanded that Russia withdraw its troops from Moldova.", "FRA", "1056", "RUS"),
    ("Greece pressured Egypt to send weapons to Cyprus.", "GRC", "1032", "EGY"),
    ("Colombian farmers demanded that the government provide subsidies.",
     "COL", "1031", "COL"),
    ("Peruvian lawmakers called for the impeachment of President Boluarte.",
     "PER", "0241", "PER"),
])
def test_what_is_asked_chooses_the_sub_code(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert event_of(rows, src, cameo[:2], tgt, "occurred")["cameo"] == cameo, triples(rows)


def test_an_appeal_for_ones_own_act_is_that_act(coder):
    """ "India wants to hold talks": a wish for one's own act is that act, intended."""
    rows = code(coder, "India wants to hold talks with Pakistan.")
    event_of(rows, "IND", "04", "PAK", "intended")
    assert not [r for r in rows if r["cameo"][:2] == "02"], triples(rows)
    rows = code(coder, "Tokyo wants Seoul to drop the claim.")
    assert event_of(rows, "JPN", "02", "KOR")["cameo"] == "020"


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    ("Chinese officials pressed Washington to lift tariffs on Chinese goods.",
     "CHN", "020", "USA"),
    ("The US pressed Israel to allow more humanitarian aid into Gaza.", "USA", "0233", "ISR"),
    ("The US pushed Israel to allow more humanitarian aid into Gaza.", "USA", "0233", "ISR"),
])
def test_pressing_another_to_act_is_an_appeal_to_it(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert event_of(rows, src, "02", tgt, "occurred")["cameo"] == cameo
    # what is asked is no act of its own
    assert len(rows) == 1, triples(rows)


@pytest.mark.parametrize("sentence", [
    "Israeli forces pressed their offensive in southern Gaza.",
    "The opposition pressed charges against the minister.",
    "Lawmakers pushed the bill through parliament.",
    "Putin left for China to attend the summit.",
    "Washington waited for Moscow to respond to the proposal.",
])
def test_pressing_and_for_clauses_that_ask_no_one(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] in ("02", "10")], triples(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # "for X to do Y": X is asked, not the place or the one it is to act on
    ("The EU called for Israel to withdraw from Rafah.", "EUR", "0256", "ISR"),
    ("Turkey is pressing for Sweden to extradite the militants.", "TUR", "0213", "SWE"),
    ("France appealed for Russia to release the journalist.", "FRA", "0253", "RUS"),
    ("Hungary pushed for the EU to drop sanctions on Russian oligarchs.", "HUN", "020", "EUR"),
])
def test_a_for_clause_asks_its_subject(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert event_of(rows, src, "02", tgt, "occurred")["cameo"] == cameo
    assert len(rows) == 1, triples(rows)


def test_lobbying_for_another_to_act_is_an_appeal(coder):
    """ "is lobbying for Germany to back a package against Russia": an appeal to Germany, and
    the backing it asks for is its content, not Germany's act."""
    rows = code(coder, "Poland is lobbying for Germany to back a tougher sanctions package "
                       "against Russia.")
    assert sides(rows) == {("POL", "02", "DEU")}, triples(rows)
    rows = code(coder, "Poland lobbied for Ukraine's membership.")
    assert not [r for r in rows if r["cameo"][:2] == "02"], triples(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # an organ by title alone that a country's own side addresses is that country's
    ("Kenya's main opposition party called on the finance minister to resign.",
     "KENOPP", "0241", "KENGOV"),
    ("Venezuela's opposition urged the army to abandon Maduro.", "VENOPP", "020", "VENMIL"),
    ("Colombian farmers demanded the resignation of the agriculture minister.",
     "COLAGR", "1041", "COLGOV"),
    ("The Georgian opposition accused the government of rigging the election.",
     "GEOOPP", "112", "GEOGOV"),
    ("Bangladeshi students accused the police of killing protesters.",
     "BGDEDU", "112", "BGDCOP"),
    ("Nigerian unions urged the government to reopen the closed textile factories.",
     "NGALAB", "020", "NGAGOV"),
    ("Thousands of Serbian students signed a petition demanding that the government call "
     "new elections.", "SRBEDU", "1041", "SRBGOV"),
    # a legislature is a side of its own
    ("Kenya's president urged parliament to pass the new law.", "KENGOV", "020", "KENLEG"),
])
def test_an_organ_named_by_its_title_is_the_addressers(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    hits = [r for r in rows if (r["source_code"], r["target_code"]) == (src, tgt)]
    assert hits and hits[0]["cameo"] == cameo, triples(rows)


@pytest.mark.parametrize("sentence", [
    # abroad, another state, no side of one state, or the state's own organ
    "Iranian students in London urged the government to release political prisoners.",
    "The United States urged the government to release political prisoners.",
    "The Afghan Taliban called on foreign governments to unfreeze the central bank's assets.",
    "The Egyptian army told the president to resign.",
    # not an address: a meeting
    "Indian farmers met the agriculture minister in New Delhi.",
])
def test_an_organ_by_title_is_placed_only_by_an_address_at_home(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["target_country"] and r["target_country"] ==
                r["source_country"] and r["cameo"][:2] in ("02", "10", "11")], triples(rows)
    assert not [r for r in rows if r["target_code"] and r["target_code"].endswith(
        ("GOV", "MIL", "LEG")) and r["cameo"][:2] in ("02", "10")], triples(rows)


@pytest.mark.parametrize("sentence,cameo", [
    ("Ukraine accused Russia of war crimes.", "1124"),
    ("Ukraine accused Russia of committing war crimes in Bucha.", "1124"),
    ("Kyiv blamed Moscow for war crimes in Mariupol.", "1124"),
    # a war alone is aggression
    ("North Korea accused the United States of preparing a war.", "1123"),
    ("Azerbaijan accused Armenia of violating the ceasefire.", "1123"),
    ("Beijing accused Washington of spying on Chinese companies.", "1125"),
])
def test_accusation_sub_codes(coder, sentence, cameo):
    rows = code(coder, sentence)
    assert [r["cameo"] for r in rows if r["cameo"].startswith("112")] == [cameo], triples(rows)


def test_a_passive_accusation_names_its_accuser_or_codes_none(coder):
    rows = code(coder, "Russia was accused by Ukraine of war crimes in Bucha.")
    assert event_of(rows, "UKR", "112", "RUS")["cameo"] == "1124"
    # no accuser: no accusation is invented; what is alleged stays, hedged
    for sentence in ("The Russian journalist was accused of treason.",
                     "A Chinese diplomat was accused of espionage in Belgium.",
                     "A former minister was accused of taking bribes from a Chinese "
                     "construction company."):
        rows = code(coder, sentence)
        assert not [r for r in rows if r["cameo"].startswith("11")], triples(rows)
    rows = code(coder, "Iran was accused of supplying drones to Russia.")
    assert triples(rows) == {("IRN", "07", "RUS", "hedged")}


@pytest.mark.parametrize("sentence,src,root,tgt,status", [
    ("Brazil's president is expected to call for a ceasefire in Gaza at the UN General "
     "Assembly.", "BRA", "02", "PSE", "intended"),
    ("Egypt did not call for sanctions against Israel.", "EGY", "02", "ISR", "negated"),
    ("Greece has repeatedly called on Turkey to stop violating its airspace.",
     "GRC", "02", "TUR", "occurred"),
    ("\u201cWe call on Iran to stop its nuclear escalation,\u201d the French foreign minister "
     "said.", "FRA", "02", "IRN", "occurred"),
    ("\u201cRussia must withdraw its troops,\u201d the Polish president said.",
     "POL", "10", "RUS", "occurred"),
    ("Protesters in Belgrade demanded the resignation of the government.",
     "SRB", "10", "SRB", "occurred"),
])
def test_tense_voice_and_reported_speech(coder, sentence, src, root, tgt, status):
    event_of(code(coder, sentence), src, root, tgt, status)


@pytest.mark.parametrize("sentence", [
    "He called on the phone to congratulate his friend.",
    "The president asked about his mother's health.",
    "Demand for oil rose sharply in China last month.",
    "Demand for Russian gas in Europe has fallen.",
    "The court called the next witness.",
    "Reporters asked the minister about the budget.",
    "The minister was asked how long the war would last.",
    "Analysts asked whether the Fed would cut rates.",
    "The meeting was called to order at noon.",
    "The president pleaded guilty to tax evasion.",
])
def test_must_not_fire(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] in ("02", "10", "11")], triples(rows)


def test_troops_withdrawn_are_no_organ_addressed(coder):
    """A concession (08) places no organ by its title: "withdrawing troops" keeps the front
    the last act of force was aimed at."""
    rows = code(coder, "Russian forces shelled the Ukrainian city of Kharkiv on Monday.\n\n"
                       "Officials in Moscow say Russia will soon begin withdrawing troops from "
                       "the area.")
    event_of(rows, "RUS", "087", "UKR", "intended")


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # "return to" resumes what it goes back to; "return" alone gives back
    ("South Korea urged North Korea to return to denuclearization talks.", "KOR", "026", "PRK"),
    ("Iran urged the United States to return to the nuclear deal.", "IRN", "027", "USA"),
    ("Britain urged Russia to return the deported Ukrainian children.", "GBR", "0253", "RUS"),
    # a phrasal verb is one word: "step down" resigns, "lay the groundwork" yields nothing
    ("Thai protesters demanded that the prime minister step down.", "THA", "1041", "THA"),
    ("Japan asked Seoul to lay the groundwork for a summit.", "JPN", "020", "KOR"),
    # a demand or appeal noun: what it asks chooses the sub-code
    ("France reiterated its demand that Iran release the French nationals.",
     "FRA", "1053", "IRN"),
    ("The EU's appeal to Serbia to resume talks with Kosovo went unanswered.",
     "EUR", "026", "SRB"),
])
def test_more_sub_codes(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    hits = [r for r in rows if (r["source_country"], r["target_country"]) == (src, tgt)
            and r["cameo"][:2] == cameo[:2]]
    assert hits and hits[0]["cameo"] == cameo, triples(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    ("Algeria summoned the French ambassador and demanded an explanation.",
     "DZA", "1014", "FRA"),
    ("Iran accused Britain of piracy and demanded the release of the tanker.",
     "IRN", "1053", "GBR"),
    ("China criticized Japan and called for restraint.", "CHN", "0256", "JPN"),
])
def test_a_joined_demand_is_made_to_whom_the_censure_is(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert event_of(rows, src, cameo[:2], tgt)["cameo"] == cameo, triples(rows)


def test_a_joined_appeal_after_a_meeting_names_no_target(coder):
    rows = code(coder, "The Polish president met Zelensky and called for more aid.")
    assert not [r for r in rows if r["cameo"][:2] == "02"], triples(rows)


def test_an_infinitive_parsed_as_purpose_is_what_is_asked(coder):
    """ "called on Hamas to free the hostages": the parser makes "to free" a purpose clause;
    it is what the appeal asks, not an act of the one who appeals."""
    rows = code(coder, "The Palestinian president called on Hamas to free the Israeli hostages.")
    assert [(r["source_code"], r["cameo"], r["target_code"]) for r in rows] == [
        ("PSEGOV", "0253", "PSEHMS")], triples(rows)
    rows = code(coder, "Germany called on Russia to pull its troops out of Georgia.")
    assert event_of(rows, "DEU", "02", "RUS")["cameo"] == "0256"


@pytest.mark.parametrize("verb", ["called on", "urged"])
def test_what_is_to_stop_is_asked_too(coder, verb):
    rows = code(coder, f"The EU {verb} Iran to stop supplying drones to Russia.")
    assert sides(rows) == {("EUR", "02", "IRN")}, triples(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    ("Turkey's main opposition party demanded early elections.", "TUROPP", "1041", "TURGOV"),
    ("The Belarusian opposition called for new elections.", "BLROPP", "0241", "BLRGOV"),
    ("Venezuelan opposition leaders called for a transition to democracy.",
     "VENOPP", "024", "VENGOV"),
])
def test_a_civic_groups_demand_for_change_is_made_to_its_government(coder, sentence, src,
                                                                     cameo, tgt):
    rows = code(coder, sentence)
    assert [(r["source_code"], r["cameo"], r["target_code"]) for r in rows] == [
        (src, cameo, tgt)], triples(rows)


@pytest.mark.parametrize("sentence", [
    "Iranian students in London demanded the resignation of the supreme leader.",
    "Kenyan farmers demanded higher maize prices.",
    "Tanzania's opposition demanded an independent investigation into the killings.",
])
def test_no_implicit_government_abroad_or_for_other_asks(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] in ("02", "10")], triples(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # a passive appeal with its maker named: the one asked is the subject, and what is asked
    # is no act of its own
    ("Iran was asked by the IAEA to grant inspectors access to the Fordow site.",
     "UNO", "0255", "IRN"),
    ("Turkey was urged by the EU to respect the rule of law.", "EUR", "020", "TUR"),
    # lobbying another to act is an appeal to it
    ("Norway lobbied Sweden to impose sanctions on Belarus.", "NOR", "020", "SWE"),
    # a demand to halt what is not force is a demand to yield
    ("The Arab League demanded an immediate halt to the arrests of activists in Tunisia.",
     "ARL", "105", "TUN"),
])
def test_passive_and_lobbying_appeals(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert [(r["source_country"], r["cameo"], r["target_country"]) for r in rows] == [
        (src, cameo, tgt)], triples(rows)


def test_a_passive_appeal_with_its_maker_codes_no_content(coder):
    rows = code(coder, "Serbia was called on by NATO to withdraw its troops from the Kosovo "
                       "border.")
    assert sides(rows) == {("NATO", "02", "SRB")}, triples(rows)


@pytest.mark.parametrize("sentence,tgt", [
    # an organ where the act happens is no one addressed
    ("Ugandan opposition supporters gathered outside the court.", "UGAGOV"),
    ("Kenyan opposition lawmakers walked out of parliament.", None),
])
def test_an_organ_named_as_a_place_is_not_addressed(coder, sentence, tgt):
    rows = code(coder, sentence)
    assert {r["target_code"] for r in rows} <= {tgt}, triples(rows)


@pytest.mark.parametrize("sentence", [
    "Firefighters pushed the crowd back from the burning building.",
    "Ukrainian troops pushed Russian forces back across the river.",
    "Nigerian students thanked the government for the new loans scheme.",
    "Ghanaian farmers praised the agriculture minister.",
])
def test_no_address_no_titled_organ(coder, sentence):
    rows = code(coder, sentence)
    assert not [r for r in rows if r["cameo"][:2] in ("02", "10", "11")], triples(rows)
