"""Ontology rows (verbs.tsv, nouns.tsv): each sentence is hand-written (none comes
from the codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code, triples


@pytest.mark.parametrize("text,src,root,tgt", [
    # cyber coercion and damage to property (17)
    ("Chinese hackers hacked into the Australian parliament's network.", "CHN", "17", "AUS"),
    ("Iranian hackers hacked the servers of the Saudi foreign ministry.", "IRN", "17", "SAU"),
    ("Russian militants defaced Estonian government websites.", "RUS", "17", "EST"),
    # mediation launched, a visitor welcomed (04)
    ("Norway launched mediation between Sudan and Chad.", "NOR", "04", "SDN"),
    ("Qatar gave the Iranian president a warm welcome.", "QAT", "04", "IRN"),
    ("Egypt extended a warm welcome to the Sudanese delegation.", "EGY", "04", "SDN"),
    # hearings opened into an act (09)
    ("The Kenyan parliament opened hearings into Somali piracy.", "KEN", "09", "SOM"),
    # an alert kept up (15)
    ("Ethiopian troops remained on alert along the border with Eritrea.", "ETH", "15", "ERI"),
    # a sworn vow to use force is a threat (13)
    ("Syrian rebels swore to fight Turkey until the end.", "SYR", "13", "TUR"),
    ("Hezbollah vowed to retaliate against Israel.", "LBN", "13", "ISR"),
    # an embassy evacuated is relations reduced (16)
    ("Britain evacuated its embassy in Sudan.", "GBR", "16", "SDN"),
    # event nouns with their agent: riots (14), a massacre (20), discussions (04)
    ("Palestinian riots against Israeli police continued on Friday.", "PSE", "14", "ISR"),
    ("Serbia's massacre of Bosnian civilians shocked the world.", "SRB", "20", "BIH"),
    ("Chinese and Indian officials held discussions on the border.", "CHN", "04", "IND"),
])
def test_ontology_rows(coder, text, src, root, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["target_country"] == tgt
               and r["cameo"].startswith(root) for r in rows), triples(rows)


def test_evacuating_settlements_is_an_intended_pullback(coder):
    rows = code(coder, "Israel will evacuate its settlements in Gaza.")
    hits = [r for r in rows if r["source_country"] == "ISR" and r["cameo"].startswith("087")]
    assert hits and hits[0]["status"] == "intended", triples(rows)


def test_sworn_allegiance_is_support_not_a_threat(coder):
    rows = code(coder, "Iraqi militants swore allegiance to Iran.")
    assert not any(r["cameo"].startswith("13") for r in rows), triples(rows)
    assert any(r["cameo"].startswith("03") for r in rows), triples(rows)
