"""Acts within one state whose target the text leaves to CAMEO's convention.

A change in who leads a state, or a refusal of one (resigning 0831, promising to resign or to
reform 034x, refusing to go 1231), is done to that state's people: the CAMEO codebook codes
the leader's own country as the target when no one else is named, and so do the PLOVER
records. A post abroad or an affair with another state keeps the act to the source alone.

A state's coercion of a protest (root 17) is aimed at who holds it when the protest's own
phrase names them ("dispersed a rally organised by opposition activists"), ahead of the
people of the town it happens in. A state of emergency or martial law that no place narrows
is laid on the whole country (a curfew with no place is not: it may be an occupied town's).
A curfew eased where it was laid ("the curfew imposed in
Khartoum") is eased on that town's people."""

from __future__ import annotations

import pytest
from tests.conftest import code


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}


@pytest.mark.parametrize("sentence,src,cameo,tgt,status", [
    # leaders resigning, promising to, refusing to
    ("The Estonian prime minister resigned on Monday after a coalition row.",
     "ESTGOV", "0831", "ESTCVL", "occurred"),
    ("Malawi's finance minister resigned over the procurement scandal.",
     "MWIGOV", "0831", "MWICVL", "occurred"),
    ("The Moldovan president agreed to step down once a successor is elected.",
     "MDAGOV", "0831", "MDACVL", "intended"),
    ("Ghana's interior minister refused to resign despite the outcry.",
     "GHACOP", "1231", "GHACVL", "occurred"),
    ("The Slovak defence minister has ruled out stepping down.",
     "SVKMIL", "1231", "SVKCVL", "occurred"),
    ("Zambia's vice-president declined to resign after the audit.",
     "ZMBGOV", "1231", "ZMBCVL", "occurred"),
    # a leader named alone: the knowledge base knows whose
    ("Prime Minister Shehbaz Sharif refused to resign.",
     "PAKGOV", "1231", "PAKCVL", "occurred"),
    # reform at home promised
    ("The Bolivian president promised to reform the judiciary.",
     "BOLGOV", "034", "BOLCVL", "intended"),
    ("Senegal's president vowed to reform the constitution before the vote.",
     "SENGOV", "034", "SENCVL", "intended"),
    # a protest's holders, named in its phrase, are whom its coercion is aimed at
    ("Riot police in Yerevan dispersed a rally organised by opposition activists.",
     "ARMCOP", "175", "ARMOPP", "occurred"),
    ("Turkish police prevented a protest organised by students.",
     "TURCOP", "170", "TUREDU", "occurred"),
    ("Algerian authorities banned a protest called by teachers' unions.",
     "DZAGOV", "1721", "DZALAB", "occurred"),
    # emergency rule and martial law with no place: laid on the whole land
    ("The Burmese army declared martial law on Tuesday.",
     "MMRMIL", "1724", "MMRCVL", "occurred"),
    ("Guatemala's president declared a state of emergency after the prison riots.",
     "GTMGOV", "1724", "GTMCVL", "occurred"),
    ("Georgia's government threatened to impose martial law.",
     "GEOGOV", "1324", "GEOCVL", "occurred"),
    ("The Colombian government lifted the state of emergency.",
     "COLGOV", "0814", "COLCVL", "occurred"),
    # a curfew eased where it was laid
    ("Sudan's president shortened the curfew imposed in Khartoum by two hours.",
     "SDNGOV", "0813", "SDNCVL", "occurred"),
])
def test_home_targets(coder, sentence: str, src: str, cameo: str, tgt: str,
                      status: str) -> None:
    assert (src, cameo, tgt, status) in _codes(code(coder, sentence))


@pytest.mark.parametrize("sentence", [
    # a post abroad, or an organisation's
    "The Danish ambassador to Mali resigned on Thursday.",
    "The head of the UN refugee agency, a former Belgian minister, resigned.",
    "The Swedish foreign minister resigned over the row with Turkey.",
    # an organisation's office holder
    "UN Secretary-General Antonio Guterres resigned.",
    # not holders of office
    "The striker resigned himself to a season on the bench.",
    "The coach of the Brazilian team resigned after the defeat.",
    "The chief executive of the Dutch bank resigned.",
    # a group's own leader: the party's affair
    "The leader of the Kenyan opposition party resigned.",
])
def test_no_home_target(coder, sentence: str) -> None:
    rows = code(coder, sentence)
    assert not any(r["target_code"] and r["target_code"].endswith("CVL")
                   and r["cameo"] in ("0831", "1231", "034", "0341", "0344") for r in rows), rows


def test_what_a_protest_is_about_holds_no_protest(coder) -> None:
    """Regression: the state a protest is against is not who holds it."""
    rows = code(coder, "Greek police prevented a demonstration staged by teachers at a school "
                       "in Patras to protest the sending of soldiers to Libya.")
    assert not any(r["cameo"].startswith("17") and r["target_code"] == "LBY" for r in rows), rows


def test_a_curfew_with_no_place_names_no_people(coder) -> None:
    rows = code(coder, "The Moroccan army imposed a curfew on Tuesday night.")
    assert not any(r["target_code"] == "MARCVL" for r in rows), rows


def test_a_rally_abroad_keeps_its_place(coder) -> None:
    """Police of one state dispersing a rally of another's exiles: the exiles, not the
    police's own people."""
    rows = code(coder, "Police in Berlin dispersed a rally organised by Iranian exiles.")
    assert not any(r["target_code"] == "DEUCVL" for r in rows), rows
