"""Regression tests for the coder's round-2 rules (status of perfects, agreements to act);
each sentence is hand-written (none comes from the gold set)."""

import pytest
from tests.conftest import code, triples


def has(rows, src, root, tgt):
    hits = [r for r in rows if r["source_country"] == src and r["target_country"] == tgt
            and r["cameo"].startswith(root)]
    assert hits, f"no {src}-{root}-{tgt} event in {triples(rows)}"
    return hits[0]


@pytest.mark.parametrize("text,background", [
    # what a present report or finding says has happened is the news itself
    ("Japan has confirmed reports that Syria has shipped missiles to Iraq.", False),
    ("Canada says Syria has shipped missiles to Iraq.", False),
    ("We know that Syria has shipped missiles to Iraq.", False),
    # a past governor keeps the perfect an earlier act
    ("Canada was alarmed because Syria has shipped missiles to Iraq.", True),
])
def test_perfect_reported_in_the_present_is_the_news(coder, text, background):
    e = has(code(coder, text), "SYR", "07", "IRQ")
    assert e["status"] == "occurred" and e["background"] is background, e


def test_perfect_joined_to_a_present_shares_its_time(coder):
    e = has(code(coder, "Chile condemns Peru and has recalled its ambassador from Lima."),
            "CHL", "16", "PER")
    assert e["background"] is False, e


def test_agreeing_to_an_act_is_intended(coder):
    e = has(code(coder, "Syria has agreed to inspections by Jordan."), "SYR", "08", "JOR")
    assert e["status"] == "intended", e


def test_place_named_by_the_verbs_own_particle_is_its_target(coder):
    # the "fight in" row: the country fought in is where the force is aimed, not a venue
    e = has(code(coder, "The alliance said that Britain would never fight in Iraq."),
            "GBR", "19", "IRQ")
    assert e["status"] != "occurred", e
