"""Status round 4: support for an act to come, and a perfect coordinated with a present
after a leading vocative. Hand-written sentences, the real small model."""

import pytest
from tests.conftest import code, triples


def one(rows, src, root, tgt):
    hits = [r for r in rows if r["source_country"] == src and r["target_country"] == tgt
            and r["cameo"].startswith(root)]
    assert hits, f"no {src}-{root}-{tgt} event in {triples(rows)}"
    return hits[0]


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Peru and Chile welcomed expanding trade between their ports.", "PER", "05", "CHL"),
    ("Brazil supports strengthening military cooperation with Argentina.", "BRA", "06", "ARG"),
])
def test_support_for_a_bare_gerund_is_an_act_to_come(coder, text, src, root, tgt):
    assert one(code(coder, text), src, root, tgt)["status"] == "intended"


@pytest.mark.parametrize("text,src,tgt", [
    ("Chile welcomed the talks with Peru.", "CHL", "PER"),  # a noun object: done
    ("Chile welcomed Bolivia joining the trade pact.", "CHL", "BOL"),  # the gerund's own subject
])
def test_welcoming_a_thing_or_a_done_act_stays_occurred(coder, text, src, tgt):
    assert one(code(coder, text), src, "05", tgt)["status"] == "occurred"


def test_perfect_after_a_vocative_shares_the_present_of_its_first_conjunct(coder):
    e = one(code(coder, "Delegates, Chile quietly courts Peru, and it has sent envoys to Lima "
                        "to press its case."), "CHL", "04", "PER")
    assert e["status"] == "occurred" and e["background"] is False


def test_bare_perfect_alone_stays_background(coder):
    assert one(code(coder, "Chile has sent envoys to Peru."), "CHL", "04", "PER")["background"]
