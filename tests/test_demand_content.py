"""The content of an appeal, demand or threat is no event of its own (ANNOTATION.md: code the
reported content, not the verb of saying; the content of a demand is the demand). CAMEO codes
the appeal (02), demand (10) or threat (13) alone, its content choosing the sub-code, its
target the one it names or, failing that, the content's. An accusation's content (11) is what
the accused did, and stays an event; an intent to act ("agreed to", "plans to") is that act,
intended."""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, triples


@pytest.mark.parametrize("sentence,demand,content", [
    # a "that" clause
    ("France demanded that Russia withdraw its troops from Moldova.",
     ("FRA", "10", "RUS"), ("RUS", "08", "MDA")),
    # a to-infinitive on the one addressed
    ("Germany told Poland to send tanks to Ukraine.", ("DEU", "10", "POL"), ("POL", "07", "UKR")),
    ("Greece pressured Egypt to send weapons to Cyprus.",
     ("GRC", "10", "EGY"), ("EGY", "07", "CYP")),
    ("France asked Italy to send weapons to Lebanon.", ("FRA", "02", "ITA"), ("ITA", "07", "LBN")),
    ("Austria requested Serbia to expel the Russian ambassador.",
     ("AUT", "02", "SRB"), ("SRB", "16", "RUS")),
    # an event noun
    ("France demanded Russia's withdrawal from Moldova.",
     ("FRA", "10", "RUS"), ("RUS", "08", "MDA")),
    # a threat: the threatened act is the threat's content; the threat takes its target
    ("China threatened to impose sanctions on Lithuania.", ("CHN", "13", "LTU"),
     ("CHN", "16", "LTU")),
    ("Russia threatened sanctions against Moldova.", ("RUS", "13", "MDA"), ("RUS", "16", "MDA")),
])
def test_the_demand_alone_is_coded(coder, sentence, demand, content):
    rows = code(coder, sentence)
    event_of(rows, *demand, "occurred")
    src, root, tgt = content
    assert not [r for r in rows if (r["source_country"], r["cameo"][:2], r["target_country"])
                == (src, root, tgt)], triples(rows)


def test_a_threat_keeps_its_sub_code(coder):
    rows = code(coder, "China threatened to impose sanctions on Lithuania.")
    assert event_of(rows, "CHN", "13", "LTU", "occurred")["cameo"] == "1312", triples(rows)


def test_the_demand_takes_the_contents_target(coder):
    """ "threatened to cut off electricity to Nakhichevan": the threat names no target of its
    own; the threatened act's is its."""
    rows = code(coder, "Iran threatened to cut off electricity to Azerbaijan.")
    event_of(rows, "IRN", "13", "AZE", "occurred")
    assert len(rows) == 1, triples(rows)


@pytest.mark.parametrize("sentence,event", [
    # an intent is that act, intended
    ("Vietnam agreed to sign a treaty with Laos.", ("VNM", "05", "LAO", "intended")),
    ("Kenya plans to send weapons to Somalia.", ("KEN", "07", "SOM", "intended")),
    # a proposal or a wish for one's own act is no appeal to another
    ("Thailand proposed to hold talks with Cambodia.", ("THA", "04", "KHM", "intended")),
    ("Georgia seeks to sign a trade treaty with Armenia.", ("GEO", "05", "ARM", "intended")),
    # an accusation's content is what the accused did
    ("Russia and Ukraine accused each other of violating the truce.", ("RUS", "11", "UKR", None)),
    # what no one named asks for keeps the cue's status
    ("Poland was told to send tanks to Ukraine.", ("POL", "07", "UKR", "hedged")),
])
def test_intents_accusations_and_unattributed_requests_keep_their_content(coder, sentence, event):
    event_of(code(coder, sentence), *event)


def test_an_act_in_another_clause_stays(coder):
    """Only what the threat names is its content: an act in another clause is coded."""
    rows = code(coder, "Iran threatened to attack Israel, and Israel attacked Syria.")
    event_of(rows, "IRN", "13", "ISR", "occurred")
    event_of(rows, "ISR", "19", "SYR", "occurred")
    assert not [r for r in rows if r["source_country"] == "IRN" and r["cameo"][:2] == "19"], \
        triples(rows)
