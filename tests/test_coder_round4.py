"""Regression tests for the coder's round-4 rules (the reporter of an "it" clause, the role
an object is put to, the people a flight clause names, threats by nuclear words); each
sentence is hand-written (none comes from the gold set or the codebook)."""

import pytest
from tests.conftest import code, triples


def has(rows, src, code_prefix, tgt):
    hits = [r for r in rows if r["source_country"] == src and r["target_country"] == tgt
            and r["cameo"].startswith(code_prefix)]
    assert hits, f"no {src}-{code_prefix}-{tgt} event in {triples(rows)}"
    return hits[0]


@pytest.mark.parametrize("text,src,root,tgt", [
    # coreference gives "it" only states: an organisation that says it will act acts
    ("The African Union said it would impose sanctions on Mali.", "AU", "16", "MLI"),
    ("NATO announced that it will tighten its blockade of Libya.", "NATO", "19", "LBY"),
])
def test_it_in_a_reported_clause_is_the_reporter(coder, text, src, root, tgt):
    has(code(coder, text), src, root, tgt)


def test_it_in_a_clause_no_one_reports_is_left_alone(coder):
    rows = code(coder, "Officials fear that it will impose sanctions on Mali.")
    assert not [r for r in rows if r["source_country"] in ("AU", "NATO")], triples(rows)


@pytest.mark.parametrize("verb", ["used", "held"])
def test_the_role_after_as_names_the_act(coder, verb):
    rows = code(coder, f"Syria said Hamas {verb} Israeli hostages as human shields.")
    assert any(r["cameo"] == "184" for r in rows), triples(rows)


def test_an_as_phrase_is_no_target(coder):
    rows = code(coder, "Egypt hosted the talks as a mediator between Israel and Jordan.")
    assert not any(r["cameo"] == "184" for r in rows), triples(rows)


def test_people_fleeing_a_country_are_its_people(coder):
    has(code(coder, "Norway sent medical aid to families fleeing the fighting in Chad."),
        "NOR", "07", "TCD")


def test_nuclear_words_resorted_to_are_a_threat_on_the_front(coder):
    rows = code(coder, "Belarus launched an invasion of Lithuania on Monday. "
                       "On Tuesday Belarus resorted to reckless nuclear threats.")
    has(rows, "BLR", "138", "LTU")
