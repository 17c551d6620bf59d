"""Actors, round two: a bare "Kremlin", "the ministers" as the pair in focus, military
platforms that one state alone flies, and "Security Council resolutions" right after a state
name. Hand-written sentences, real model."""

import datetime as dt

from accord.actors import coref


def _found(coder, text, on="2025-08-21"):
    doc = coder.nlp(text)
    named = coder.matcher.find(doc, dt.date.fromisoformat(on))
    return [(m.text, m.actor.code) for m in named + coref.resolve(doc, named)]


def test_bare_kremlin_is_the_russian_government(coder):
    found = _found(coder, "Kremlin officials rejected the proposal on Friday.")
    assert any(t.startswith("Kremlin") and c == "RUSGOV" for t, c in found), found


def test_the_ministers_are_the_pair_named_before(coder):
    text = ("Japan and Australia signed a defence pact in Canberra on Tuesday. "
            "The ministers praised the agreement.")
    found = _found(coder, text)
    assert ("The ministers", "JPN") in found and ("The ministers", "AUS") in found, found
    # ministers with a qualifier of their own are someone else
    text = ("Japan and Australia signed a defence pact on Tuesday. "
            "The ministers of the opposition criticised the agreement.")
    assert not any(t.startswith("The ministers") for t, _ in _found(coder, text))


def test_a_platform_only_one_state_flies_is_its_military(coder):
    found = _found(coder, "Two B-52 bombers flew over the Baltic Sea, and later the B-52s "
                          "landed in Britain.")
    assert ("B-52 bombers", "USAMIL") in found and ("B-52s", "USAMIL") in found, found
    # a type many states fly names none
    assert not any(c.endswith("MIL") for _, c in _found(coder, "Two F-16 jets crashed."))


def test_security_council_resolutions_after_a_state_name_are_the_uns(coder):
    found = _found(coder, "We remind Iran Security Council resolutions bar such transfers.")
    assert ("Iran", "IRN") in found, found
    assert ("Security Council resolutions", "UNO") in found, found
