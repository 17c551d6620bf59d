"""Judgements with no verb of criticism: a word of condemnation (patterns/judgements.tsv)
that is a main clause's predicate or qualifies its subject is its speaker's disapproval
(111) or accusation (112) of the state whose act the subject names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from accord.events.frame import Frame
from accord.events.syntax import (
    PLACE_NOUNS,
    SAY_VERBS,
    clause_subject,
    in_quotes,
    mentions_in,
    np_text,
    other_than,
    phrase,
)
from accord.knowledge.patterns import Patterns
from accord.records import REBEL_SECTORS, Mention

# nouns of conduct whose "of" names who acts ("the reckless behaviour of North Korea")
CONDUCT_NOUNS = {"action", "actions", "behavior", "behaviour", "conduct", "aggression",
                 "policy", "policies", "activity", "activities", "regime", "force", "forces",
                 "provocation", "provocations", "rhetoric"}


def _judged(tok: Token, table: dict[tuple[str, str], str]
            ) -> tuple[str, Token, list[Token]] | None:
    """(code, clause verb, the judged act's phrase) when `tok` is a word of condemnation in a
    judging place: the predicate ("X is unwarranted", "X is a ploy", "X undermines ..."), or
    a qualifier of the subject ("X's reckless actions posed ...", "X's hypocrisy is ...")."""
    lemma = tok.lemma_.lower()
    word = tok
    if tok.pos_ in ("ADJ", "VERB") and (("adjective", lemma) in table
                                        or ("adjective", tok.lower_) in table):
        cameo = table.get(("adjective", lemma)) or table[("adjective", tok.lower_)]
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head  # "brazen and reckless"
        if word.dep_ == "acomp":
            verb = word.head
            return cameo, verb, clause_subject(verb)
        if word.dep_ not in ("amod", "nmod"):
            # "Iran's proxies are destabilizing the region": the verb row, if any
            return (table[("verb", lemma)], tok, clause_subject(tok)) \
                if tok.pos_ == "VERB" and ("verb", lemma) in table else None
        noun = word.head
    elif tok.pos_ == "NOUN" and ("noun", lemma) in table:
        cameo, noun = table[("noun", lemma)], tok
    elif tok.pos_ == "VERB" and ("verb", lemma) in table:
        return table[("verb", lemma)], tok, clause_subject(tok)
    else:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return cameo, noun.head, phrase(noun)
    if noun.dep_ == "attr":
        return cameo, noun.head, clause_subject(noun.head)
    return None


# "X is responsible for ...", "X is to blame for ...", "X bears responsibility for ...", "the
# responsibility lies with X", "X was behind the attack": words that lay blame on a party
BLAME_ADJECTIVES = {"responsible", "culpable", "accountable"}
BEAR_VERBS = {"bear", "carry", "shoulder"}
LIE_VERBS = {"lie", "rest"}
# "bears full responsibility" blames with no "for" phrase
FULL_WORDS = {"full", "sole", "entire", "complete", "total", "whole", "primary"}
# the roots of acts of force one is blamed for with no harm word (nouns.tsv)
BLAMED_ROOTS = ("17", "18", "19", "20")
# the verb whose rows give a blame its sub-code ("responsible for the massacre": 1124)
BLAME_VERB = "blame"
# who can judge another's act, and who can lay blame
JUDGE_KINDS = ("state", "person", "organisation")
BLAMER_KINDS = JUDGE_KINDS + ("group", "bloc")


# "the panel found that Rwanda had supported the rebels", "the OPCW concluded that the air
# force used chlorine": an international body's finding is its accusation of whom it names
FINDING_VERBS = {"find", "conclude", "determine", "establish", "document"}
# acts found that accuse: force, coercion, demands and blame (10-20) ...
FOUND_ROOTS = ("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
# ... and help given (05-07) only when it goes to an armed group ("supported the M23")
HELP_ROOTS = ("05", "06", "07")
# the verb whose rows give a finding its sub-code ("found that ... war crimes": 1124)
ACCUSE_VERB = "accuse"


def to_blame(tok: Token) -> bool:
    """ "Kosovo is to blame": the subject is blamed (by the speaker), it blames no one."""
    return tok.lemma_.lower() == BLAME_VERB and tok.pos_ == "VERB" and tok.dep_ == "xcomp" \
        and tok.head.lemma_ == "be" and any(a.lower_ == "to" for a in tok.children)


def _speakers(said: list[Mention], kinds: tuple[str, ...] = JUDGE_KINDS) -> list[Mention]:
    """Who can judge: a state, its officials ("Blinken said ..."), an organisation (and, for
    blame, an armed group: "Hamas said Israel was responsible for ...")."""
    return [m for m in said if m.actor.kind in kinds]


def agent_slot(act: list[Token]) -> list[Token]:
    """The judged act's own agent words: the phrase without what hangs on its prepositions
    (other than "by", "of" after a word of conduct: "the actions of Iran", and "of" after a
    place word: "the capital city of Algiers") or clauses,
    so that "the situation for civilians in Ukraine" judges no one and "Iran's reckless
    actions against Israel" judges Iran (but "the invasion of Ukraine" names a victim)."""
    inside = {t.i for t in act}
    cut = {d.i for t in act if t.dep_ in ("prep", "relcl", "acl") and t.head.i in inside
           and not (t.lower_ == "by" or t.lower_ == "of" and t.head.lemma_.lower() in
                    CONDUCT_NOUNS | PLACE_NOUNS) for d in t.subtree}
    return [t for t in act if t.i not in cut]


class Judgements:
    """Words of condemnation as events of their speaker."""

    def __init__(self, patterns: Patterns) -> None:
        self.patterns = patterns

    def frames(self, sent: Span, mentions: list[Mention], voice: Mention | None
               ) -> list[Frame]:
        """ "Russia's hypocrisy is on full display", "China's aggressive activities only serve
        to exacerbate tensions": a word of condemnation (patterns/judgements.tsv) that is the
        main clause's predicate, or qualifies its subject, judges the state whose act the
        subject names; the judgement is the speaker's disapproval or accusation (11x). The
        speaker is the subject of the verb of saying that reports the clause, else, for an
        unquoted sentence, the article's own voice (a government's release); an epithet on
        an object ("launched its brutal war") is description, not judgement."""
        table = self.patterns.judgements
        if not table:
            return []
        out: list[Frame] = []
        for tok in sent:
            placed = _judged(tok, table)
            if placed is None:
                continue
            cameo, clause, act = placed
            if any(c.dep_ == "neg" for c in (*clause.children, *tok.children)):
                continue  # "is not unwarranted"
            speaker = self.speaker_of(clause, tok, mentions, voice)
            if not speaker:
                continue
            targets = [m for m in mentions_in(agent_slot(act), other_than(speaker, mentions))
                       if m.actor.kind == "state"]
            if not targets:
                continue
            out.append(Frame(tok, cameo, speaker, targets, np_text(act[0]), False, False,
                             clause))
            break  # one judgement a sentence: its words often come in pairs
        return out

    def blames(self, sent: Span, mentions: list[Mention], voice: Mention | None
               ) -> list[Frame]:
        """ "Ottawa said Tehran bears full responsibility for the crash", "London said Beijing
        is responsible for the hacking", "Belgrade said Pristina is to blame for the
        tensions", "the responsibility lies with Moscow", "Washington said Russia was behind
        the cyberattacks": the speaker accuses (112, as "blamed"; the sub-code from what the
        blame is for) the party blamed. What it is blamed for must be a harm (senses.tsv) or
        an act of force: "is responsible for trade policy" is no accusation; a negated clause
        blames no one, nor does one who takes the blame himself."""
        out: list[Frame] = []
        for tok in sent:
            placed = self._blamed(tok)
            if placed is None:
                continue
            clause, blamed, why = placed
            if any(c.dep_ == "neg" for c in (*clause.children, *tok.children)) or any(
                    c.dep_ == "neg" for a in clause.ancestors for c in a.children) or any(
                    c.dep_ == "mark" and c.lower_ in ("whether", "if")
                    for c in clause.children):
                continue  # "is not responsible", "did not say whether X was behind ..."
            speaker = self.speaker_of(clause, tok, mentions, voice, BLAMER_KINDS)
            targets = mentions_in(blamed, other_than(speaker, mentions))
            if not speaker or not targets:
                continue
            sub, _ = self.patterns.verb_code(BLAME_VERB, set(),
                                             {t.lemma_.lower() for t in why})
            cameo = sub.cameo if sub is not None and sub.cameo[:2] == "11" else "112"
            out.append(Frame(tok, cameo, speaker, targets, np_text(why[0]) if why else None,
                             False, bool(why), clause))
        return out

    def findings(self, sent: Span, mentions: list[Mention], found: list[Frame]
                 ) -> list[Frame]:
        """ "The UN panel of experts found that Rwanda had supported the M23", "the OPCW
        concluded that the Syrian air force had used chlorine": what an international body
        (an organisation, its panel, commission or inspectors) finds a party did is its
        accusation (112; the sub-code from what it found: war crimes 1124) of that party.
        What is found must be a harm or a hostile act (a frame coded in the clause, or a
        word of harm); a negated finding or finding accuses no one, nor does a body's
        finding about itself."""
        out: list[Frame] = []
        harms = self.patterns.senses.get("harm", {})
        for tok in sent:
            if tok.lemma_.lower() not in FINDING_VERBS or tok.pos_ != "VERB" or \
                    any(c.dep_ == "neg" for c in tok.children):
                continue
            bodies = [m for m in mentions_in(clause_subject(tok), mentions)
                      if m.actor.kind == "organisation"]
            if not bodies:
                continue
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                if any(c.dep_ == "neg" for c in comp.children) or any(
                        c.dep_ == "mark" and c.lower_ in ("whether", "if")
                        for c in comp.children):
                    continue  # "found that Iran had not diverted", "whether"
                inside = {t.i for t in comp.subtree}
                accused = [m for m in mentions_in(clause_subject(comp),
                                                   other_than(bodies, mentions))
                           if m.actor.kind in ("state", "group", "person")]
                if not accused:
                    continue
                acts = [f for f in found if f.trigger.i in inside and not f.nominal]
                hostile = any(f.cameo.startswith(FOUND_ROOTS) or (
                    f.cameo.startswith(HELP_ROOTS)
                    and any(m.actor.sector in REBEL_SECTORS for m in f.targets))
                    for f in acts)
                words = {t.lemma_.lower() for t in comp.subtree} | {
                    t.lower_ for t in comp.subtree}
                if not hostile and not (words & set(harms)):
                    continue
                words |= {c.lower_ + t.lemma_.lower() for t in comp.subtree
                          for c in t.children if c.dep_ == "compound" and c.i == t.i - 1}
                sub, _ = self.patterns.verb_code(ACCUSE_VERB, set(), words)
                cameo = sub.cameo if sub is not None and sub.cameo[:2] == "11" else "112"
                out.append(Frame(tok, cameo, bodies, accused, np_text(comp), False, False,
                                 tok))
        return out

    def _blamed(self, tok: Token) -> tuple[Token, list[Token], list[Token]] | None:
        """(the clause's verb, the blamed party's words, what it is blamed for) when `tok` lays
        blame; None when the blame is for no harm."""
        lemma = tok.lemma_.lower()
        fors = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj"]
        if lemma in BLAME_ADJECTIVES and tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            # "Iran is responsible for the attacks"
            clause, blamed, why = tok.head, clause_subject(tok.head), fors
        elif to_blame(tok):
            # "Kosovo is to blame for the tensions"
            clause, blamed, why = tok.head, clause_subject(tok.head), fors
            if not why:
                return clause, blamed, []
        elif lemma == "responsibility" and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in BEAR_VERBS:
            # "Russia bears (full) responsibility for the sabotage"
            clause, blamed, why = tok.head, clause_subject(tok.head), fors
            if not why and any(c.lemma_.lower() in FULL_WORDS for c in tok.children):
                return clause, blamed, []
        elif lemma == "responsibility" and tok.dep_ == "nsubj" and \
                tok.head.lemma_.lower() in LIE_VERBS:
            # "the responsibility lies with Moscow"
            clause = tok.head
            blamed = [t for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
            why = fors
            if not why:
                return (clause, blamed, []) if blamed else None
        elif lemma == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
            # "Russia was behind the cyberattacks"
            clause, blamed = tok.head, clause_subject(tok.head)
            why = [p for p in tok.children if p.dep_ == "pobj"]
        else:
            return None
        harms = self.patterns.senses.get("harm", {})
        for p in why:
            words = [p, *(c for c in p.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in harms or w.lower_ in harms or any(
                    (code := self.patterns.noun_code(f, set())) is not None
                    and code.startswith(BLAMED_ROOTS) for f in (w.lemma_.lower(), w.lower_))
                    for w in words):
                return clause, blamed, phrase(p)
        return None

    def speaker_of(self, clause: Token, word: Token, mentions: list[Mention],
                   voice: Mention | None, kinds: tuple[str, ...] = JUDGE_KINDS
                   ) -> list[Mention]:
        """Who asserts a main clause: the subject of the verb of saying it is the complement
        of ("He said that ..."), else the article's voice when the clause is not quoted; no
        one for a subordinate clause (a relative clause, a condition, a purpose)."""
        v = clause
        for _ in range(8):
            if v.dep_ == "ROOT":
                break
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS:
                return _speakers(mentions_in(clause_subject(v.head), mentions), kinds)
            if v.dep_ in ("conj", "ccomp", "xcomp"):
                v = v.head  # "it's clear that ...", "... and risks escalation"
                continue
            return []
        if v.lemma_.lower() in SAY_VERBS:
            # "..., said Ambassador Wood": the parser makes the verb of saying the root
            said = mentions_in(clause_subject(v), mentions) if v is not clause else []
            return _speakers(said, kinds)
        according = [p for t in clause.sent if t.lower_ == "according" for c in t.children
                     if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if according:  # "According to Beijing, ...": Beijing's judgement, not the voice's
            return _speakers(mentions_in(phrase(according[0]), mentions), kinds)
        if voice is None or in_quotes(word):
            return []  # a news agency's own sentence, or a quotation of someone unnamed
        return [replace(voice, text=word.text, start=word.idx, end=word.idx + len(word),
                        token_start=word.i, token_end=word.i + 1,
                        confidence=round(voice.confidence * 0.7, 3), via="speaker")]
