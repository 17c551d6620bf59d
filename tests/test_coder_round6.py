"""Coder round 6: a condition on a threat is the threat's own ("threatened to cut ties unless
..."): neither the threat nor the act it threatens is hedged by it. Sentences are hand-written."""

from tests.conftest import code, event_of, triples


def test_condition_of_a_threat_does_not_hedge_the_threat(coder):
    rows = code(coder, "North Korea threatened to attack South Korea if Seoul continued the "
                       "drills.")
    event_of(rows, "PRK", "13", "KOR", "occurred")
    # the attack threatened is an intended act, not a hedged one
    event_of(rows, "PRK", "19", "KOR", "intended")
    assert not [r for r in rows if r["status"] == "hedged"], triples(rows)


def test_act_threatened_unless_a_demand_is_met_is_intended(coder):
    rows = code(coder, "Turkey threatened to cut diplomatic ties with Sweden unless Stockholm "
                       "extradited the suspects.")
    event_of(rows, "TUR", "16", "SWE", "intended")


def test_condition_without_a_threat_still_hedges(coder):
    # negative: a modal act on a condition, no threat, stays hedged
    rows = code(coder, "The European Union may suspend aid to Niger if the junta does not "
                       "release the president.")
    event_of(rows, "EUR", "16", "NER", "hedged")
    rows = code(coder, "Russia could impose sanctions on Georgia if talks fail.")
    event_of(rows, "RUS", "16", "GEO", "hedged")
