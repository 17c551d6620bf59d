"""Contacts told in passing: a call, talks, a meeting, a letter or a visit named in an adjunct
of the main clause ("In a phone call with Erdogan, Putin thanked Turkey", "told Putin in a
call that ...", "during his visit to Moscow"), and the addressee of what is told ("told Xi
that Russia would expand cooperation")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.events.aims import NounCode
from accord.events.frame import Frame
from accord.events.syntax import clause_subject, mentions_in, other_than, phrase
from accord.records import Mention

# the prepositions that place the main clause inside a contact ("before talks with" is not:
# the talks are still to come)
CONTACT_PREPS = {"in", "during", "at", "on", "over", "after", "following"}
# contacts are the event nouns of the table (patterns/nouns.tsv) coded 040 (consult), 041 (by
# telephone) or 042 (a visit): talks, meetings, visits, trips; and words that are a contact
# only in such an adjunct, no event on their own ("a call for restraint", "a message to the
# nation")
CONTACT_CODES = ("040", "041", "042")
ADJUNCT_CONTACTS = {"call": "041", "phonecall": "041", "conversation": "040", "letter": "040",
                    "message": "040"}
# a contact named as known ("his meeting with", "the call") refers back to one the story
# tells elsewhere; "a call with", "talks with" tell it here
DEFINITE = {"the", "this", "that", "these", "those"}
PHONE_WORDS = {"phone", "telephone", "video", "telephonic", "virtual"}
# the party a contact noun names: "talks with Xi", "a letter to Kishida", "a visit to Moscow"
PARTY_PREPS = {"041": ("with",), "040": ("with",), "042": ("to",)}
LETTER_NOUNS = {"letter", "message"}
# verbs whose object is the one spoken to ("told Putin in a call", "assured Zelensky that")
ADDRESS_VERBS = {"tell", "inform", "assure", "reassure", "warn", "brief", "promise", "remind"}
# what is told to someone: the addressee is its target only for an intent or an act of
# cooperation (03, 05-08); a threat, force or protest is never aimed at a mere listener, nor
# is a meeting ("told Putin that Turkey was ready to host peace talks" hosts no Putin)
ADDRESSED_ROOTS = ("03", "05", "06", "07", "08")


def _code(noun: Token, noun_code: NounCode) -> str | None:
    lemma = noun.lemma_.lower()
    code = ADJUNCT_CONTACTS.get(lemma) or ADJUNCT_CONTACTS.get(noun.lower_)
    if code is None:
        code = noun_code(lemma, set())
        return code if code in CONTACT_CODES else None
    if lemma == "conversation" and any(c.lower_ in PHONE_WORDS for c in noun.children):
        return "041"  # "a telephone conversation"
    return code


def _parties(noun: Token, code: str, mentions: list[Mention]) -> list[Mention]:
    preps = ("to", "with") if noun.lemma_.lower() in LETTER_NOUNS else PARTY_PREPS[code]
    tokens = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
    return mentions_in(tokens, mentions)


def contact_adjuncts(sent: Span, mentions: list[Mention], coded: dict[int, str],
                     noun_code: NounCode) -> list[Frame]:
    """ "In a phone call with Erdogan, Putin thanked Turkey", "During talks with Wang,
    Blinken raised concerns", "In a letter to Kishida, Yoon proposed": the main clause's
    subject had the contact with whom the adjunct names; with no one named there, the one a
    verb of telling addresses ("Macron told Putin in a call that ..."). `coded` maps the
    sentence's verbs coded with a target to their CAMEO codes (a contact the verb codes
    itself is not repeated: "discussed the war with Macron during a call")."""
    out: list[Frame] = []
    for noun in sent:
        if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        code = _code(noun, noun_code)
        prep = noun.head
        if code is None or prep.dep_ != "prep" or prep.lower_ not in CONTACT_PREPS:
            continue
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in
               noun.children):
            continue  # "during his first meeting with Dong", "in the call": told elsewhere
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or coded.get(verb.i, "")[:2] == "04":
            continue
        sources = mentions_in(clause_subject(verb), mentions)
        if not sources:
            continue
        targets = other_than(sources, _parties(noun, code, other_than(sources, mentions)))
        if not targets and code != "042" and verb.lemma_.lower() in ADDRESS_VERBS:
            targets = mentions_in([t for c in verb.children if c.dep_ in ("dobj", "dative")
                                   for t in phrase(c)], other_than(sources, mentions))
        if not targets:
            continue
        out.append(Frame(noun, code, sources, targets, None, True, False, verb))
    return out


def addressee(verb: Token, cameo: str, sources: list[Mention], mentions: list[Mention],
              noun_code: NounCode) -> list[Mention]:
    """ "Putin told Xi that Russia was ready to expand cooperation", "Sunak assured Zelensky
    that Britain would send more missiles": an act of cooperation with no target of its own,
    told to a named party, is aimed at that party ("told reporters" names none)."""
    if cameo[:2] not in ADDRESSED_ROOTS or not sources:
        return []
    cur = verb
    for _ in range(6):
        if cur.dep_ in ("xcomp", "conj", "acomp") and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ == "relcl" and cur.head.dep_ == "pobj" and \
                _code(cur.head, noun_code) is not None:
            cur = cur.head.head.head  # "told Putin in a call that France would": misparsed
            break
        else:
            break
    else:
        return []
    if cur.dep_ == "ccomp":
        cur = cur.head
    elif not (cur.lemma_.lower() in ADDRESS_VERBS and cur.i != verb.i):
        return []
    if cur.lemma_.lower() not in ADDRESS_VERBS:
        return []
    heard = [t for c in cur.children if c.dep_ in ("dobj", "dative") for t in phrase(c)]
    return [m for m in mentions_in(heard, other_than(sources, mentions))
            if m.actor.sector != "MED"]


VISIT_PREPS = ("in", "to")


def visited(verb: Token, sources: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """ "arrived in Cairo for talks on a Gaza ceasefire", "flew to Beijing for talks about
    Taiwan": the state arrived in is the one visited, not a party the talks are about."""
    places = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in VISIT_PREPS
              for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
    return [m for m in mentions_in(places, other_than(sources, mentions))
            if m.actor.kind == "state"]


def by_phone(verb: Token, noun_code: NounCode) -> bool:
    """ "In a phone call on Tuesday, Erdogan and Putin discussed the grain deal", "the two
    held talks over the phone": a consultation held in a call is one by telephone (041)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in CONTACT_PREPS | {"by"}:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and (_code(p, noun_code) == "041"
                                     or p.lower_ in PHONE_WORDS - {"virtual"}):
                return True
    return False


RECEIVING_VERBS = {"receive", "welcome"}
GUEST_SECTORS = {"GOV", "ELI", "MIL"}
WELCOME_PREPS = {"to", "in", "at"}


def received_guest(verb: Token, mentions: list[Mention]) -> Frame | None:
    """ "Erdogan received Zelensky at the presidential palace", "Starmer welcomed Modi to
    Downing Street": a leader or official received by name is a visit hosted (043); a
    welcome needs the place welcomed to ("welcomed Sweden into the alliance", "welcomed
    Macron's remarks" are endorsements)."""
    lemma = verb.lemma_.lower()
    if lemma not in RECEIVING_VERBS or verb.pos_ != "VERB":
        return None
    if lemma == "welcome" and not any(c.dep_ == "prep" and c.lower_ in WELCOME_PREPS and any(
            p.dep_ == "pobj" for p in c.children) for c in verb.children):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Zelensky was received by Erdogan in Istanbul"
        hosts = [t for c in verb.children if c.dep_ == "agent" for p in c.children
                 if p.dep_ == "pobj" for t in phrase(p)]
        guest_slot = ("nsubjpass",)
    else:
        hosts, guest_slot = clause_subject(verb), ("dobj",)
    sources = mentions_in(hosts, mentions)
    if not sources:
        return None
    guests = [t for c in verb.children if c.dep_ in guest_slot and c.pos_ == "PROPN"
              for t in phrase(c)]
    targets = [m for m in mentions_in(guests, other_than(sources, mentions))
               if m.actor.kind == "person" and m.actor.sector in GUEST_SECTORS]
    if not targets:
        return None
    return Frame(verb, "043", sources, targets, None, False, False)
