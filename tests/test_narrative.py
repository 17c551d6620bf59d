"""Flashbacks (events/narrative.py): the acts a story tells after it turns back to an
earlier time are background until it returns to its present. Hand-written stories, the
real model."""

import pytest
from tests.conftest import code, event_of, triples

FLASHBACK = (
    "As I prepared for this week's talks, I looked back on the weeks before the coup in "
    "Niger. For weeks, France had warned the junta in Niamey. Mali's foreign minister told "
    "France to stop its interference. Today, Mali calls on France to withdraw its troops.")


def test_acts_told_in_a_flashback_are_background_until_the_present_returns(coder):
    rows = code(coder, FLASHBACK)
    told = event_of(rows, "MLI", "10", "FRA", "occurred")
    assert told["background"] is True, triples(rows)
    today = [r for r in rows if r["source_country"] == "MLI" and not r["background"]
             and "Today" in r["sentence"]]
    assert today, triples(rows)


@pytest.mark.parametrize("text", [
    # no turn back: a past act is the news
    "Mali's foreign minister told France to stop its interference.",
    # a state that recalls its ambassador withdraws him; it remembers nothing
    "Russia recalled its ambassador from Tallinn. Mali's foreign minister told France to stop "
    "its interference.",
])
def test_without_a_turn_back_the_past_is_the_news(coder, text):
    rows = code(coder, text)
    assert not event_of(rows, "MLI", "10", "FRA")["background"], triples(rows)


def test_a_time_ago_opens_a_flashback(coder):
    rows = code(coder, "This was just over two years ago. Mali's foreign minister told France "
                       "to stop its interference.")
    assert event_of(rows, "MLI", "10", "FRA")["background"] is True, triples(rows)
