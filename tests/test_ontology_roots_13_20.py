"""Coverage of CAMEO roots 13-20 (threats, protest, posture, reduced relations, coercion,
assault, fighting, mass violence): each sentence is hand-written (none comes from the
codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code, event_of, triples

from accord.knowledge.cameo import cameo_era_code
from accord.knowledge.patterns import default_patterns


@pytest.mark.parametrize("text,src,code_prefix,tgt", [
    # an alert kept up where the forces stand aims the posture at that place (152)
    ("Chinese troops remained on alert in the disputed Bhutan border area on Monday to "
     "deter further incursions.", "CHN", "152", "BTN"),
    ("Russian units stayed on alert in Belarus this week to deter a NATO buildup.",
     "RUS", "152", "BLR"),
    # bombs set off in a place are aimed at it (183)
    ("Somali militants exploded a bomb in Nairobi on Friday.", "SOM", "183", "KEN"),
    # an aid agency forced out of a country is an agency expelled (1663), not a mass
    # expulsion of people (201), though its name says "refugee" or "aid"
    ("Eritrea forced the UN aid agency out of the country.", "ERI", "1663", None),
    # reprisals named by their means: economic (163) or by force (194, 195)
    ("Beijing retaliated with tariffs on American soybeans.", "CHN", "163", "USA"),
    ("The Indian army retaliated with artillery fire on Pakistani posts.", "IND", "194",
     "PAK"),
    ("The Turkish air force retaliated with airstrikes on Syrian army positions.", "TUR",
     "195", "SYR"),
    # event nouns with their agents: fighting and clashes between two parties (190), a
    # kidnapping (181), a siege (191)
    ("Chad sealed its frontier because of fighting between Sudanese troops and Libyan "
     "militias.", "SDN", "190", "LBY"),
    ("Clashes between Indian and Chinese soldiers left twenty dead in Ladakh.", "IND", "190",
     "CHN"),
    ("The kidnapping of two Italian engineers by Libyan militiamen angered Rome.", "LBY",
     "181", "ITA"),
    ("The Serb siege of Sarajevo lasted nearly four years.", "SRB", "191", "BIH"),
])
def test_roots_13_20_rows(coder, text, src, code_prefix, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(code_prefix)
               and (tgt is None or r["target_country"] == tgt) for r in rows), [
        (r["source_country"], r["cameo"], r["target_country"]) for r in rows]


def test_aid_agency_forced_out_is_not_a_mass_expulsion(coder):
    rows = code(coder, "Eritrea forced the UN refugee agency out of the country.")
    assert not any(r["cameo"].startswith("20") for r in rows), triples(rows)


def test_hunger_and_labour_strikes_are_protests():
    # the default "strike" noun is an air strike (195); its modifiers say otherwise
    pats = default_patterns()
    assert pats.noun_code("strike", {"hunger"}) == "142"
    assert pats.noun_code("strike", {"general"}) == "143"
    assert pats.noun_code("strike", {"missile"}) == "195"


def test_quantity_up_to_keeps_the_victims_as_target(coder):
    # "up to 9" is parsed as a particle with its preposition: the victims are still the
    # object of the abduction
    rows = code(coder, "Afghan militants abducted up to 9 Pakistani truck drivers from a "
                       "highway stop and burned their trucks.")
    event_of(rows, "AFG", "181", "PAK")


def test_reported_would_is_intended(coder):
    # "said it would": the future seen from the saying (ANNOTATION.md: "will sign" is
    # intended), so an announced act against a state is a threat in CAMEO-era terms
    rows = code(coder, "Japan said on Thursday it would impose fresh sanctions on North Korea.")
    ev = event_of(rows, "JPN", "163", "PRK", "intended")
    assert cameo_era_code(ev["cameo"], ev["status"], ev["quad_class"]).startswith("13")


def test_announcement_that_it_would_is_intended(coder):
    rows = code(coder, "Seoul's announcement that it would expel the North Korean "
                       "ambassador surprised observers.")
    hits = [r for r in rows if r["source_country"] == "KOR" and r["cameo"].startswith("16")]
    assert hits and all(r["status"] == "intended" for r in hits), triples(rows)


def test_conditional_would_stays_hedged(coder):
    # a conditional "would ... if", not reported by a verb of saying, is a possibility
    rows = code(coder, "Algeria would close its border with Mali if the fighting spread "
                       "north.")
    event_of(rows, "DZA", "16", "MLI", "hedged")


def test_may_if_stays_hedged(coder):
    rows = code(coder, "Ghana may suspend aid to Togo if the vote is delayed again.")
    event_of(rows, "GHA", "16", "TGO", "hedged")
