"""Discourse continuity in readouts and briefings: acts whose parties an earlier sentence of
the article named.

A government readout names its parties once ("The Secretary met with the Foreign Minister of
Kenya", "The Pentagon announced a $400 million package for Ukraine") and then goes on about
them without naming them again: "The package includes artillery rounds", "The capabilities
will be delivered in the coming weeks", "The Secretary underscored the need for a ceasefire".
Those sentences carry events of the same parties; the coder keeps the last aid and the last
meeting of the article (ArticleContext) and lends their parties to such sentences.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from accord.events.forces import ARMS_NOUNS, MILITARY_AID
from accord.events.frame import Frame
from accord.events.syntax import COMMITTED_AUX
from accord.records import Mention

# the things an aid announcement hands over, named back as a subject ("the package includes")
AID_NOUNS = {"package", "assistance", "aid", "equipment", "capabilities", "capability",
             "tranche", "shipment", "weapons", "munitions", "support", "funding"}
# what a package is said to hold: its contents are what is provided
CONTENT_VERBS = {"include", "contain", "comprise", "feature"}
# what is done to a package with no one named: the donor does it, for the recipient
# ("the equipment will be delivered to the front lines", "is authorized under the drawdown")
HANDLING_VERBS = {"deliver", "authorize", "authorise", "fund", "ship", "send", "transfer",
                  "provide", "supply", "draw", "finance"}
# words of arms among a package's contents: the aid is military (CAMEO 072). The arms nouns
# of forces.py, and what packages list beside them ("radars", "Javelins", "air defense")
PACKAGE_ARMS_WORDS = ARMS_NOUNS | {
    "vehicle", "radar", "aircraft", "mine", "javelin", "stinger", "patriot", "himars",
    "armor", "armored", "armoured", "anti-armor", "defense", "defence", "air"}
AID_ROOT = "07"
# an intent to give aid (CAMEO 033x) and the aid it promises (07x)
PROMISED_AID = {"033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074"}
# how far back an aid announcement or a meeting stays the one in focus, in sentences
AID_SENTENCES = 6
MEETING_SENTENCES = 6
# a meeting of the article (CAMEO 04: consult, visit, host, meet, negotiate)
MEETING_ROOT = "04"
# what a party says in a meeting with no one named is said to the others: its comments,
# appeals, expressed intents and diplomatic cooperation ("the Secretary underscored the need
# for open transit", "emphasized the importance of open channels")
ADDRESSED_ROOTS = ("01", "02", "03", "05")


def aid_parties(frame: Frame) -> tuple[list[Mention], list[Mention], str] | None:
    """The donors, recipients and code of an aid frame that names both: aid given (CAMEO 07)
    or promised (033x, "previewed a new military assistance package": the aid it promises),
    else None."""
    code = PROMISED_AID.get(frame.cameo, frame.cameo)
    if not code.startswith(AID_ROOT) or not frame.sources or not frame.targets:
        return None
    own = {m.actor.party for m in frame.sources}
    targets = [t for t in frame.targets if t.actor.party not in own]
    return (list(frame.sources), targets, code) if targets else None


def _definite_aid(subj: Token) -> bool:
    """ "the package", "the new equipment", "this assistance": a definite aid noun with no
    owner or recipient of its own (not "Russia's package", "a package", "the package for
    Egypt", which are another aid)."""
    if subj.lemma_.lower() not in AID_NOUNS and subj.lower_ not in AID_NOUNS:
        return False
    kids = list(subj.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in kids):
        return False
    if any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in kids):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("for", "to", "from") for c in kids)


def package_frame(verb: Token, mentions: list[Mention],
                  aid: tuple[list[Mention], list[Mention], str] | None) -> Frame | None:
    """ "The package includes additional artillery rounds", "The new equipment will be
    delivered under an accelerated timeline": a definite aid noun as the subject of a verb
    of content or of handling (with no agent of its own) is the aid announced last in the
    article, given by its donors to its recipients. The contents, when they are arms, make
    it military aid (072); else the announcement's own code stands. Nothing when the article
    announced no aid, or the sentence names other parties."""
    if aid is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or not _definite_aid(subj[0]):
        return None
    passive = subj[0].dep_ == "nsubjpass"
    if not ((lemma in CONTENT_VERBS and not passive) or (lemma in HANDLING_VERBS and passive)):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "delivered by Germany": another donor
    sent = verb.sent
    named = {m.actor.country for m in mentions if sent.start <= m.token_start < sent.end}
    sources, targets, cameo = aid
    if named - {m.actor.country for m in sources + targets}:
        return None  # another party named: not the announced aid alone
    contents = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    if lemma in CONTENT_VERBS and any(t.lower_ in PACKAGE_ARMS_WORDS or
                                      t.lemma_.lower() in PACKAGE_ARMS_WORDS for t in contents):
        cameo = MILITARY_AID
    return Frame(verb, cameo, [_implied(m, subj[0]) for m in sources],
                 [_implied(m, subj[0]) for m in targets], subj[0].text, False, False)


def meeting_of(meetings: list[list[Mention]], sources: list[Mention]) -> list[Mention] | None:
    """The latest of the article's recent meetings that the sources took part in: a readout
    goes on about its own principal's meeting, whoever else it says met or will meet."""
    own = {m.actor.country for m in sources}
    for parties in reversed(meetings):
        if own and own <= {m.actor.country for m in parties}:
            return parties
    return None


def meeting_parties(frame: Frame) -> list[Mention] | None:
    """The parties of a meeting (CAMEO 04) of two or more states that the sentence says took
    place, else None: not one refused, planned or denied ("refused to meet", "will visit",
    "did not meet"), which has no talk of its own to report."""
    trig = frame.trigger
    if not frame.cameo.startswith(MEETING_ROOT) or trig.dep_ in ("xcomp", "ccomp", "advcl") \
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in trig.children):
        return None
    parties = frame.sources + frame.targets
    if len({m.side for m in parties}) < 2:
        return None
    return list(parties)


def said_in_meeting(frame: Frame, meetings: list[list[Mention]],
                    mentions: list[Mention]) -> Frame:
    """ "During their discussion, the Secretary underscored the need for open transit": what
    a party of the article's meeting says with no one named (a comment, an appeal, an intent,
    praise: ADDRESSED_ROOTS; talks it says it will hold) is said to the other parties of that
    meeting. Not a nominal
    (a topic), not a speaker who was no party to it, and not in a sentence that names
    another party ("underscored the need to hold Russia accountable": said of Russia, to
    whom the sentence does not say)."""
    meeting = meeting_of(meetings, frame.sources)
    if meeting is None or frame.targets or frame.nominal or not frame.sources or not (
            frame.cameo.startswith(ADDRESSED_ROOTS)
            or frame.cameo.startswith(MEETING_ROOT) and _promised(frame.trigger)):
        return frame
    own = {m.side for m in frame.sources}
    if len(own) > 1:
        return frame  # "both sides accepted a truce": a joint act, between themselves
    parties = {m.side for m in meeting}
    sent = frame.trigger.sent
    named = {m.side for m in mentions if sent.start <= m.token_start < sent.end}
    if not own <= parties or named - parties:
        return frame
    others: list[Mention] = []
    for m in meeting:
        if m.side not in own and all(o.side != m.side for o in others):
            others.append(m)
    if not others:
        return frame
    return replace(frame, targets=[_implied(m, frame.trigger, 0.6) for m in others])


# a denial (CAMEO 016) that names no one answers the latest accusation or criticism (11x)
# of the one who denies, within a few sentences
DENIAL = "016"
ACCUSING_ROOT = "11"
ANSWER_SENTENCES = 3


def accusation_parties(frame: Frame) -> tuple[list[Mention], list[Mention]] | None:
    """(accusers, accused) of an accusation or criticism with both named, else None."""
    if not frame.cameo.startswith(ACCUSING_ROOT) or not frame.sources or not frame.targets:
        return None
    return frame.sources, frame.targets


def answered(frame: Frame, accusations: list[tuple[list[Mention], list[Mention]]]) -> Frame:
    """ "For weeks Washington had warned of Moscow's coming invasion. Russia only denied
    it.": a denial that names no one is addressed to those who last accused or criticised
    the one who denies (the latest first)."""
    if frame.cameo != DENIAL or frame.targets or not frame.sources:
        return frame
    own = {m.side for m in frame.sources}
    for accusers, accused in reversed(accusations):
        if own <= {m.side for m in accused}:
            others = [_implied(m, frame.trigger, 0.6) for m in accusers if m.side not in own]
            return replace(frame, targets=others) if others else frame
    return frame


def _promised(verb: Token) -> bool:
    """Whether a future modal governs the verb, directly or through the verbs whose
    complement it is ("would continue to use diplomacy"): a consultation a party says it
    will hold is promised to the others, as an intent (03) is."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in COMMITTED_AUX for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
    return False


def _implied(m: Mention, word: Token, factor: float = 0.7) -> Mention:
    """A party the sentence does not name, placed on the words that imply it (the phrase
    "the package", or the trigger)."""
    span = word.doc[word.left_edge.i:word.i + 1] if word.pos_ == "NOUN" else word.doc[
        word.i:word.i + 1]
    return replace(m, text=span.text, start=span.start_char, end=span.end_char,
                   token_start=span.start, token_end=span.end,
                   confidence=round(m.confidence * factor, 3), via="implicit")
