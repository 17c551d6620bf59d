"""Coder round 6: a condition on a threat is the threat's own ("threatened to cut ties unless
..."): neither the threat nor the act it threatens is hedged by it. Sentences are hand-written."""

from tests.conftest import code, event_of, triples


def test_condition_of_a_threat_does_not_hedge_the_threat(coder):
    rows = code(coder, "North Korea threatened to attack South Korea if Seoul continued the "
                       "drills.")
    event_of(rows, "PRK", "13", "KOR", "occurred")
    # the attack threatened is the threat's content, no act of its own
    # (tests/test_demand_content.py)
    assert not [r for r in rows if r["cameo"][:2] == "19"], triples(rows)
    assert not [r for r in rows if r["status"] == "hedged"], triples(rows)


def test_act_threatened_unless_a_demand_is_met_is_the_threat(coder):
    rows = code(coder, "Turkey threatened to cut diplomatic ties with Sweden unless Stockholm "
                       "extradited the suspects.")
    # the threat alone, its content choosing the sub-code (tests/test_demand_content.py)
    event_of(rows, "TUR", "13", "SWE", "occurred")
    assert not [r for r in rows if r["cameo"][:2] == "16"], triples(rows)


def test_condition_without_a_threat_still_hedges(coder):
    # negative: a modal act on a condition, no threat, stays hedged
    rows = code(coder, "The European Union may suspend aid to Niger if the junta does not "
                       "release the president.")
    event_of(rows, "EUR", "16", "NER", "hedged")
    rows = code(coder, "Russia could impose sanctions on Georgia if talks fail.")
    event_of(rows, "RUS", "16", "GEO", "hedged")
