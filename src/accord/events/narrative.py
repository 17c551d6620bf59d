"""Flashbacks: a story that turns back to an earlier time ("Before this week's talks I looked
back on the weeks before the coup. That was two years ago.") goes on to tell what happened
then in the simple past ("Mali's foreign minister told France to stop its interference").
Those acts were completed before the news: they are background (ANNOTATION.md), although no
date of their own says so, until the story returns to its present ("Today, Mali calls ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from accord.actors.coref import FIRST_PERSON

# verbs that, with "back", turn a story to an earlier time ("I looked back on the weeks")
LOOKING_BACK = {"think", "look", "cast", "go", "flash", "harken", "hark"}
# verbs of remembering, when the speaker remembers ("we recall the night"); a state that
# "recalled its ambassador" withdraws him
REMEMBERING = {"remember", "recall", "recollect"}
PAST_TAGS = {"VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}
PRESENT_AUX = {"will", "shall", "'ll", "wo", "can", "must", "may", "has", "have", "is", "are",
               "am", "'s", "'re", "'ve"}


def _looks_back(sent: Span) -> bool:
    """The sentence turns the story back: "I looked back on ...", "we remember the day
    ...", or a copula that places a time "ago" ("That was two years ago")."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma in LOOKING_BACK and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod")
                                     for c in root.children):
        return True
    if lemma in REMEMBERING and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON
                                    for c in root.children):
        return True
    return lemma == "be" and root.tag_ in PAST_TAGS and any(t.lower_ == "ago" for t in sent)


def _told_in_the_past(sent: Span) -> bool | None:
    """True for a main clause in the simple or pluperfect past, False for one in the
    present, perfect or future, None when the sentence has no finite main verb."""
    root = sent.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in PRESENT_AUX or a.tag_ in PRESENT_TAGS for a in aux):
        return False
    if root.tag_ in PAST_TAGS or any(a.lower_ == "had" or a.tag_ in PAST_TAGS for a in aux):
        return True
    if root.tag_ in PRESENT_TAGS:
        return False
    return None


def recalled(sents: Sequence[Span]) -> set[int]:
    """The indexes of the sentences a flashback tells: those after a sentence that looks
    back, while their main clauses stay in the past (a sentence with no finite verb, a
    heading or a quote fragment, leaves the flashback open)."""
    out: set[int] = set()
    back = False
    for i, sent in enumerate(sents):
        if _looks_back(sent):
            back = True
            continue
        if not back:
            continue
        past = _told_in_the_past(sent)
        if past is False:
            back = False
        elif past:
            out.add(i)
    return out
