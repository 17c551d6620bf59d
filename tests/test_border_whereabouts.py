"""A border where the object of a use of force was is no party to the act.

"Clashed with rebels near the border with Venezuela" says where the rebels were; the state
the border names is neither side of the clash (the rebels are unplaced, so the event has no
target rather than a wrong one). Fire sent "across the border into" a state is aimed at it,
a named object keeps its own state, and a build-up along a border still faces the state
beyond it (root 15 is not a use of force)."""

from __future__ import annotations

import pytest
from tests.conftest import code


def _pairs(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}


@pytest.mark.parametrize("sentence,wrong", [
    ("Peruvian soldiers clashed with rebels near the border with Ecuador.", "ECU"),
    ("Peruvian soldiers clashed with rebels near the Ecuadorian border.", "ECU"),
    ("Nigerian troops fought insurgents along the border with Cameroon.", "CMR"),
    ("Thai soldiers exchanged fire with smugglers along the Malaysian border on Friday.", "MYS"),
    ("The Algerian army clashed with militants on the border with Mali.", "MLI"),
    ("The Algerian army ambushed traffickers on the border with Mali.", "MLI"),
])
def test_border_of_an_unplaced_object_is_no_target(coder, sentence: str, wrong: str) -> None:
    assert not any(r["target_code"][:3] == wrong for r in code(coder, sentence))


@pytest.mark.parametrize("sentence,src,root,tgt", [
    # a placed object keeps its own state, wherever it was
    ("Peruvian soldiers clashed with Ecuadorian troops near the border.",
     "PERMIL", "19", "ECUMIL"),
    ("Israeli troops shot two Palestinians near the border fence with Gaza.",
     "ISRMIL", "19", "PSECVL"),
    # fire sent across a border into a state is aimed at it
    ("Hezbollah fired rockets across the border into Israel.", "LBNHEZ", "19", "ISR"),
])
def test_named_sides_stay(coder, sentence: str, src: str, root: str, tgt: str) -> None:
    pairs = {(s, r, t[:len(tgt)]) for s, r, t in _pairs(code(coder, sentence))}
    assert (src, root, tgt) in pairs


def test_build_up_along_a_border_still_faces_its_state(coder) -> None:
    rows = code(coder, "Russia massed troops along the border with Ukraine.")
    assert any(r["cameo"][:2] == "15" and r["target_code"][:3] == "UKR" for r in rows)
