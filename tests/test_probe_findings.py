"""Regressions found by a probe of hand-written news sentences (session 7): each a general
construction that was coded wrong."""

import pytest
from tests.conftest import code, sides


@pytest.mark.parametrize("text", [
    "Iran is thought to have supplied drones to Russia.",
    "North Korea is believed to have sent troops to Russia.",
    "Iran is suspected of supplying drones to Russia.",
    "U.S. officials believe Russia launched the cyberattack on Estonia.",
])
def test_what_is_believed_thought_or_suspected_is_hedged(coder, text):
    rows = code(coder, text)
    assert rows and {r["status"] for r in rows} == {"hedged"}


def test_a_protest_lodged_with_a_state_is_an_official_complaint(coder):
    rows = code(coder, "The Philippines protested to China over the collision.")
    assert {(r["source_country"], r["cameo"], r["target_country"]) for r in rows} \
        == {("PHL", "114", "CHN")}


@pytest.mark.parametrize("text, status", [
    ("Ukraine rejected the Chinese plan.", "occurred"),
    ("Russia welcomed the Chinese peace plan.", "occurred"),
    # what a noun of intent promises is still intended
    ("Japan reaffirmed its commitment to the defence of the Philippines.", "intended"),
])
def test_a_plan_as_the_object_is_no_intent_unless_it_promises_an_act(coder, text, status):
    rows = code(coder, text)
    assert rows and {r["status"] for r in rows} == {status}


@pytest.mark.parametrize("text, expected", [
    ("The sanctions imposed by Washington on Caracas hurt the economy.",
     ("USAGOV", "16", "VENGOV")),
    ("Sanctions imposed on Russia by the EU remain in force.", ("EUR", "16", "RUS")),
])
def test_sanctions_in_a_reduced_relative_are_sanctions(coder, text, expected):
    rows = code(coder, text)
    assert sides(rows) == {expected}
    assert {r["cameo"] for r in rows} == {"163"}
