"""Investigations, inquiries and inspections (CAMEO 09, PLOVER INVESTIGATE).

The investigator is the source (a court, parliament, prosecutor, UN body, rights group); the
target is who is investigated or whose act is (the suspects' state: "into abuses by Ethiopian
troops" is ETHMIL), or the state of the place looked into where no one is named. An
investigation opened, launched, held, set up, established, appointed or concluded takes its
sub-code from what is looked into, by the rows of "investigate" (091 crime, 092 rights
abuses, 093 military action, 094 war crimes); so does the event noun. A rights group's
documenting abuses is an investigation of them. A trade investigation (anti-dumping,
anti-subsidy) is an investigation (090): the codebook's 16x rows are acts that reduce
relations (an embargo, boycott or sanctions imposed, 163), which duties imposed after one are,
the inquiry itself is not. A call for an inquiry is an appeal (0213), a refusal to hold one a
refusal of judicial cooperation (1213), the counterpart of that appeal. Science, medicine
and ordinary police work are no events."""

from __future__ import annotations

import pytest
from tests.conftest import code, sides, triples


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    # the light verbs of an investigation, the sub-code from what is looked into
    ("The Colombian senate held hearings on the abuses by Colombian police.",
     "COLLEG", "092", "COLCOP"),
    ("The Ghanaian parliament has concluded its inquiry into corruption by the army chief "
     "of Nigeria.", "GHALEG", "091", "NGAMIL"),
    ("The UN Human Rights Council set up a commission of inquiry into abuses in Eritrea.",
     "UNO", "092", "ERI"),
    ("The UN Human Rights Council established a fact-finding mission on Belarus.",
     "UNO", "090", "BLR"),
    ("The African Union set up an inquiry into the killings by Sudanese troops.",
     "AU", "091", "SDNMIL"),
    ("Chile's supreme court appointed a commission of inquiry into the attack by "
     "Argentine soldiers.", "CHLJUD", "093", "ARGMIL"),
    # the light verbs of old rows take the sub-code too
    ("The ICC prosecutor opened an investigation into war crimes by Russian soldiers.",
     "ICC", "094", "RUSMIL"),
    ("Turkish prosecutors launched a probe into the bombing in northern Syria.",
     "TURJUD", "093", "SYR"),
    ("Lebanon's judiciary opened an inquiry into the killing by Israeli troops.",
     "LBNJUD", "091", "ISRMIL"),
    # passive: "a commission of inquiry was set up by ...": the body's kind is its "of"
    ("A commission of inquiry was established by the Malian government into the abuses "
     "by Wagner fighters.", "MLIGOV", "092", "RUS"),
    # documenting abuses
    ("Human Rights Watch documented abuses by Burundian soldiers.", "HRW", "092", "BDIMIL"),
    ("The UN mission has documented torture by Venezuelan security forces.",
     "UNO", "092", "VENCOP"),
    ("Human Rights Watch documented war crimes by Sudan's Rapid Support Forces.",
     "HRW", "094", "SDN"),
    # reviewing a strike
    ("The Pentagon is reviewing the drone strike in Yemen.", "USAMIL", "093", "YEM"),
    # a criminal case or probe investigates a crime
    ("Belarusian investigators opened a criminal case against the Lithuanian pilot.",
     "BLR", "091", "LTU"),
    ("Canada's justice ministry is investigating North Korean hackers.",
     "CANGOV", "091", "PRK"),
    ("The US Justice Department opened a criminal investigation into Iranian hackers.",
     "USAGOV", "091", "IRN"),
    # a visit whose purpose is an inspection
    ("IAEA inspectors visited the Kursk nuclear plant in Russia to check its safety.",
     "UNO", "090", "RUS"),
    # the event noun
    ("The ICC's investigation into war crimes in Myanmar angered the junta.",
     "ICC", "094", "MMR"),
])
def test_an_investigation_and_what_it_looks_into(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    hits = [r for r in rows if r["source_code"] == src and r["target_code"].startswith(tgt)
            and r["cameo"].startswith("09")]
    assert hits, _codes(rows)
    assert hits[0]["cameo"] == cameo, _codes(rows)


def test_anti_corruption_bodies_are_the_judiciary(coder):
    """An anti-graft agency investigates like a prosecutor: a branch of its own, so that its
    probe of a former leader (the state's elite) is an event within one state."""
    rows = code(coder, "Malawi's anti-corruption bureau is investigating former president "
                       "Peter Mutharika.")
    assert ("MWIJUD", "09", "MWIELI") in sides(rows), sides(rows)
    rows = code(coder, "Russia's Investigative Committee opened a criminal case against the "
                       "ICC prosecutor.")
    assert ("RUSJUD", "09", "ICC") in sides(rows), sides(rows)


def test_the_suspects_named_by_by_are_not_the_investigator(coder):
    """ "an investigation into crimes by Israeli forces": the "by" phrase inside what is
    looked into names the suspects, never the investigator of the event noun."""
    rows = code(coder, "The ICC prosecutor has opened an investigation into suspected abuses by "
                       "Israeli forces in Gaza.")
    assert not any(r["source_country"] == "ISR" for r in rows), _codes(rows)
    assert ("ICC", "09", "ISRMIL") in sides(rows), sides(rows)


def test_trade_investigations_are_investigations(coder):
    """Anti-dumping and anti-subsidy probes are 090, not sanctions (163)."""
    rows = code(coder, "The European Commission launched an anti-dumping investigation into "
                       "Indonesian steel.")
    assert ("EUR", "090", "IDN", "occurred") in _codes(rows), _codes(rows)
    rows = code(coder, "India opened an anti-subsidy probe into Chinese solar glass.")
    assert ("IND", "090", "CHN", "occurred") in _codes(rows), _codes(rows)


@pytest.mark.parametrize("sentence,src,cameo,tgt", [
    ("Moscow refused to investigate the poisoning of a Georgian journalist.",
     "RUSGOV", "1213", "GEOMED"),
    ("Beijing rejected calls for an international inquiry into abuses by Chinese police.",
     "CHNGOV", "1213", None),
    ("Israel rejected the UN inquiry into the raid.", "ISR", "1213", "UNO"),
])
def test_refusing_an_investigation_is_refusing_judicial_cooperation(
        one_sided, sentence, src, cameo, tgt):
    rows = code(one_sided, sentence)
    assert any(r["source_code"] == src and r["cameo"] == cameo and r["target_code"] == tgt
               for r in rows), _codes(rows)


def test_status_of_an_investigation(coder):
    rows = code(coder, "The UN Security Council will investigate the attack on Irish "
                       "peacekeepers.")
    assert ("UNO", "093", "IRLMIL", "intended") in _codes(rows), _codes(rows)
    rows = code(coder, "Ukraine called for an investigation into the shelling by Russian "
                       "forces.")
    assert ("UKR", "0213", "RUSMIL", "occurred") in _codes(rows), _codes(rows)
    assert not any(r["cameo"].startswith("09") for r in rows), _codes(rows)


@pytest.mark.parametrize("sentence", [
    "Scientists in China investigated the virus.",
    "Doctors in Cuba examined the patient.",
    "Researchers in Brazil probed the causes of the disease.",
    "Astronomers in Chile are probing the atmosphere of a distant planet.",
    "The photographer documented the festival in Mexico.",
    "The film documents the life of a Kenyan runner.",
    "Germany set up a commission on energy prices.",
    "The president of Peru appointed a new finance minister.",
    "The Turkish president visited Qatar to discuss gas supplies.",
])
def test_no_investigation(one_sided, sentence):
    rows = code(one_sided, sentence)
    assert not any(r["cameo"].startswith("09") for r in rows), _codes(rows)


def test_light_verbs_keep_their_other_senses(coder):
    rows = code(coder, "France and Germany established a joint commission.")
    assert ("FRA", "05", "DEU") in sides(rows), sides(rows)
    rows = code(coder, "Italy concluded an agreement with Libya.")
    assert any(r["cameo"] == "057" for r in rows), triples(rows)
    rows = code(coder, "Russia and Belarus held talks in Minsk.")
    assert not any(r["cameo"].startswith("09") for r in rows), triples(rows)
    rows = code(coder, "The Indian prime minister visited Japan to discuss trade.")
    assert ("INDGOV", "04", "JPN") in sides(rows), sides(rows)


@pytest.mark.parametrize("sentence,side", [
    ("Zambia's parliament is investigating the police over the deaths of two students.",
     ("ZMBLEG", "09", "ZMBCOP")),
    ("Thailand's constitutional court opened an inquiry into the prime minister.",
     ("THAJUD", "09", "THAGOV")),
    ("Colombia's supreme court is investigating the army over the killings of civilians.",
     ("COLJUD", "09", "COLMIL")),
])
def test_an_organ_named_by_title_alone_is_the_investigators_own(coder, sentence, side):
    """A court or parliament looking into "the police", "the army", "the prime minister":
    its own state's organ, as for an appeal or accusation."""
    rows = code(coder, sentence)
    assert side in sides(rows), sides(rows)


def test_a_state_organ_on_another_of_its_organs_is_no_event(coder):
    rows = code(coder, "Ugandan police are investigating the army over the shooting.")
    assert not any(r["cameo"].startswith("09") for r in rows), sides(rows)


def test_the_investigation_opened_is_the_act_not_a_word_of_what_it_looks_into(coder):
    """ "opened an inquiry into the attack on the consulate" is no consulate opened (054)."""
    rows = code(coder, "Kazakhstan opened an inquiry into the attack on the Chinese consulate.")
    assert ("KAZ", "093", "CHNGOV", "occurred") in _codes(rows), _codes(rows)
    assert not any(r["cameo"].startswith("05") for r in rows), _codes(rows)
    rows = code(coder, "Qatar opened a consulate in Basra.")
    assert not any(r["cameo"].startswith("09") for r in rows), _codes(rows)


def test_a_royal_commission_is_an_inquiry(coder):
    rows = code(coder, "The Australian government launched a royal commission into the abuse "
                       "of refugees on Nauru.")
    assert ("AUSGOV", "092", "NRU", "occurred") in _codes(rows), _codes(rows)


@pytest.mark.parametrize("sentence,expected", [
    ("The French government said it would open an inquiry into the shooting in Niger.",
     ("FRAGOV", "093", "NER", "intended")),
    ("Prosecutors in Greece may open an investigation into the Turkish coast guard.",
     ("GRCJUD", "090", "TURMIL", "hedged")),
    ("Spanish prosecutors have not investigated the Moroccan spy agency.",
     ("ESPJUD", "090", "MARSPY", "negated")),
    ("An investigation was opened by Belgian prosecutors into the Qatari lobbyists.",
     ("BELJUD", "090", "QAT", "occurred")),
])
def test_status_and_voice(coder, sentence, expected):
    rows = code(coder, sentence)
    assert expected in _codes(rows), _codes(rows)
