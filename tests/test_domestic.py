"""Events within one state: a government and its own rebels, opposition or citizens are
two sides (Actor.party); a state's organs are never a side against the state itself.
Sentences are hand-written."""

from tests.conftest import code, triples


def _sides(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}


def test_government_and_its_citizens_are_two_sides(coder):
    rows = code(coder, "The Russian government thanked Russian citizens for their support.")
    assert ("RUSGOV", "05", "RUSCVL") in _sides(rows), triples(rows)


def test_a_state_and_its_own_organs_are_one_side(coder):
    rows = code(coder, "Iran's foreign minister said Iran will expand trade with Iraq.")
    assert all(r["source_country"] != r["target_country"] for r in rows), triples(rows)
