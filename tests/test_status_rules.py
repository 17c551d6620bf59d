"""Status and background rules: perfects reported in the present or joined to a present,
agreements to act, support for an act to come. Hand-written sentences (none from the gold
sets), the real model."""

import pytest
from tests.conftest import code, event_of


@pytest.mark.parametrize("text,background", [
    # what a present report or finding says has happened is the news itself
    ("Japan has confirmed reports that Syria has shipped missiles to Iraq.", False),
    ("Canada says Syria has shipped missiles to Iraq.", False),
    ("We know that Syria has shipped missiles to Iraq.", False),
    # a past governor keeps the perfect an earlier act
    ("Canada was alarmed because Syria has shipped missiles to Iraq.", True),
])
def test_perfect_reported_in_the_present_is_the_news(coder, text, background):
    e = event_of(code(coder, text), "SYR", "07", "IRQ")
    assert e["status"] == "occurred" and e["background"] is background, e


def test_perfect_joined_to_a_present_shares_its_time(coder):
    e = event_of(code(coder, "Chile condemns Peru and has recalled its ambassador from Lima."),
            "CHL", "16", "PER")
    assert e["background"] is False, e


def test_agreeing_to_an_act_is_intended(coder):
    e = event_of(code(coder, "Syria has agreed to inspections by Jordan."), "SYR", "08", "JOR")
    assert e["status"] == "intended", e


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Peru and Chile welcomed expanding trade between their ports.", "PER", "05", "CHL"),
    ("Brazil supports strengthening military cooperation with Argentina.", "BRA", "06", "ARG"),
])
def test_support_for_a_bare_gerund_is_an_act_to_come(coder, text, src, root, tgt):
    assert event_of(code(coder, text), src, root, tgt)["status"] == "intended"


@pytest.mark.parametrize("text,src,tgt", [
    ("Chile welcomed the talks with Peru.", "CHL", "PER"),  # a noun object: done
    ("Chile welcomed Bolivia joining the trade pact.", "CHL", "BOL"),  # the gerund's own subject
])
def test_welcoming_a_thing_or_a_done_act_stays_occurred(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "05", tgt)["status"] == "occurred"


def test_perfect_after_a_vocative_shares_the_present_of_its_first_conjunct(coder):
    e = event_of(code(coder, "Delegates, Chile quietly courts Peru, and it has sent envoys to Lima "
                        "to press its case."), "CHL", "04", "PER")
    assert e["status"] == "occurred" and e["background"] is False


def test_bare_perfect_alone_stays_background(coder):
    assert event_of(code(coder, "Chile has sent envoys to Peru."), "CHL", "04", "PER")["background"]
