"""The event coder: who did what to whom, read off the dependency parse of one sentence.

For each predicate (a verb with a pattern, or an event noun with an explicit agent) the coder
finds its source (subject, passive agent, controller of an infinitive, antecedent of a
relative pronoun) and target (objects and prepositional objects), then reads modality,
time, place and attribution from the words around it. Conventions: ANNOTATION.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from accord.knowledge.patterns import Patterns
from accord.records import Mention

# dependents that start a clause of their own: their actors belong to another predicate
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
TARGET_PREPS = {"with", "to", "against", "on", "toward", "towards", "from", "at", "into",
                "around",
                "over", "for", "upon", "onto", "between", "among", "of", "about", "across",
                "inside", "within", "by"}
LOCATION_PREPS = {"in", "at", "near", "outside"}
SAY_VERBS = {"say", "tell", "report", "add", "note", "state", "announce", "claim", "write",
             "quote", "cite", "mention", "emphasize", "emphasise", "stress", "suggest",
             "insist", "assert", "declare", "explain", "confirm", "acknowledge", "argue",
             "describe", "indicate", "reveal", "disclose", "remark", "reiterate", "underline",
             "highlight", "point"}
REPORTER_NOUNS = {"media", "agency", "newspaper", "television", "tv", "outlet", "report",
                  "reports", "source", "sources", "official", "officials", "spokesman",
                  "spokesperson", "spokeswoman", "broadcaster", "daily", "press", "reporter",
                  "journalist", "analyst", "analysts", "observer", "observers", "diplomat",
                  "diplomats", "account"}
SUFFER_VERBS = {"face", "suffer", "endure", "fear", "condemn", "denounce", "criticize",
                "criticise", "oppose", "reject", "protest", "lift", "ease", "evade", "dodge",
                "neutralize", "neutralise", "circumvent", "escape", "survive", "be"}
# verbs whose object names the act their subject performs
NOMINAL_GOVERNORS = {"announce", "order", "launch", "begin", "start", "conduct", "carry",
                     "continue", "stage", "hold", "undertake", "resume", "complete",
                     "intensify", "escalate", "mount", "approve", "authorize", "authorise",
                     "unveil", "step", "expand", "execute", "perform"}
AGREEMENT_NOUNS = {"agreement", "treaty", "deal", "accord", "pact", "memorandum", "partnership",
                   "alliance", "arrangement", "declaration", "document", "contract"}


@dataclass(frozen=True, slots=True)
class Frame:
    """One coded predicate before actor pairing: where it is and what it means."""

    trigger: Token
    cameo: str
    sources: list[Mention]
    targets: list[Mention]
    object_text: str | None
    nominal: bool
    specific: bool  # matched an object-constrained pattern
    anchor: Token | None = None  # where modality, time and place are read (default: trigger)

    @property
    def clause(self) -> Token:
        return self.anchor if self.anchor is not None else self.trigger


# edges that stay inside one actor description ("Russia and Iran", "the DPRK's launch")
FREE_DEPS = {"conj", "cc", "compound", "amod", "poss", "appos", "det", "nmod", "nummod",
             "case", "punct", "preconj"}


def mentions_in(tokens: Iterable[Token], mentions: list[Mention]) -> list[Mention]:
    """The most prominent mentions in a phrase: those whose head lies in `tokens` at the
    smallest depth below the phrase's root ("condemned the DPRK's launch in violation of UN
    resolutions" targets the DPRK, not the UN)."""
    toks = {t.i: t for t in tokens}
    depth: dict[int, int] = {}
    for m in mentions:
        head = m.token_end - 1
        if head not in toks:
            continue
        d, tok = 0, toks[head]
        while tok.head.i in toks and tok.head.i != tok.i:
            d += tok.dep_ not in FREE_DEPS
            tok = tok.head
        depth[id(m)] = d
    if not depth:
        return []
    best = min(depth.values())
    return [m for m in mentions if depth.get(id(m)) == best]


def phrase(tok: Token) -> list[Token]:
    """A noun phrase without its own clauses (relative clauses, appositions)."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ == "punct":
            continue
        out.extend(phrase(child))
    return out


def _clause_subject(verb: Token) -> list[Token]:
    """Subject tokens of a verb, following control, coordination and relative clauses."""
    seen = 0
    v = verb
    while seen < 8:
        seen += 1
        # above the event verb, a passive governor's subject controls it ("is set to sign")
        deps = ("nsubj", "csubj", "expl") + (("nsubjpass",) if v is not verb else ())
        subs = [c for c in v.children if c.dep_ in deps]
        if subs:
            subj = subs[0]
            if subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                return phrase(v.head)
            return phrase(subj)
        if v.dep_ == "relcl":
            return phrase(v.head)
        if v.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or (
                v.dep_ == "pobj" and v.pos_ == "VERB"):
            nxt = v.head
            if nxt.dep_ == "prep":
                if nxt.lower_ == "for" and v.dep_ == "pcomp":
                    # "condemn X for providing ...": X does the providing
                    objs = [c for c in nxt.head.children if c.dep_ == "dobj"]
                    if objs:
                        return phrase(objs[0])
                nxt = nxt.head
            if nxt.i == v.i:
                break
            v = nxt
            continue
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return phrase(v.head)
        if v.pos_ == "NOUN" and v is not verb:
            # "its commitment to sending aid": the noun's possessor, else its verb's subject
            poss = [c for c in v.children if c.dep_ == "poss"]
            if poss:
                return phrase(poss[0])
            if v.dep_ in ("dobj", "pobj", "nsubj") and v.head.i != v.i:
                v = v.head if v.head.dep_ != "prep" else v.head.head
                continue
        break
    return []


def _passive_parts(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(agent tokens, patient tokens) of a passive verb, or None when active."""
    patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not patient and verb.dep_ != "acl":
        return None
    agent: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent = phrase(p)
    pat = phrase(patient[0]) if patient else (phrase(verb.head) if verb.dep_ == "acl" and
                                                   verb.tag_ == "VBN" else [])
    if not patient and not pat:
        return None
    return agent, pat


def _object_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Direct objects, datives, prepositional objects (not places) and particles' objects."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            out.extend(phrase(c))
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for p in c.children:
                # "condemn X for providing Russia with ...": a clause, not the target
                if p.dep_ == "pobj" or (p.dep_ == "pcomp" and p.pos_ != "VERB"):
                    out.extend(phrase(p))
        elif c.dep_ in ("prt", "agent"):
            # "is concerned by X" (an adjectival "by"); in a passive the agent is the source
            # and is left out of the targets by the caller
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(phrase(p))
        elif c.dep_ == "xcomp" and depth < 2 and c.pos_ in ("NOUN", "ADJ"):
            out.extend(phrase(c))
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB":
            # "help Belarus neutralize", "allowed Russian forces to use": the object of the
            # matrix verb is the subject of its complement
            out.extend(t for s in c.children if s.dep_ == "nsubj" for t in phrase(s))
    return out


def _other_than(sources: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Candidate targets: the source's own country ("launched his war") is never its target."""
    own = {m.actor.country for m in sources}
    return [m for m in mentions if m.actor.country not in own]


def _open_question(verb: Token) -> bool:
    """ "watching how this relationship develops": an open question asserts no event."""
    return verb.dep_ in ("ccomp", "advcl", "csubj") and any(
        c.lower_ in ("how", "what", "why") and c.i < verb.i for c in verb.children)


def _particles(verb: Token) -> set[str]:
    """Particles and prepositions of the verb, except those that only carry a time
    ("called his counterpart on Tuesday" is not "call on")."""
    out = set()
    for c in verb.children:
        if c.dep_ not in ("prt", "prep", "agent"):
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"]
        if objs and all(p.ent_type_ in ("DATE", "TIME") for p in objs):
            continue
        out.add(c.lower_)
    return out


class SentenceCoder:
    """Codes the predicates of one sentence; `frames` lists them with their actors."""

    def __init__(self, patterns: Patterns) -> None:
        self.patterns = patterns
        self._parties: list[Mention] = []

    # -------------------------------------------------------------- verbal predicates
    def verb_pattern(self, verb: Token) -> tuple[str, bool, str | None] | None:
        """(cameo, object-specific?, object text) for a verb, or None."""
        obj = _object_tokens(verb)
        lemmas = {t.lemma_.lower() for t in obj} | {t.lower_ for t in obj}
        # intransitive predicates of relational nouns: "cooperation could extend to ...",
        # passives: "sanctions were imposed"
        if not any(c.dep_ == "dobj" for c in verb.children):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
                    lemmas.add(c.lemma_.lower())
        pat, _ = self.patterns.verb_code(verb.lemma_.lower(), _particles(verb), lemmas)
        if pat is None and verb.dep_ == "acomp":
            # a participle used as an adjective: "is concerned by", not "concern"
            pat, _ = self.patterns.verb_code(verb.lower_, _particles(verb), lemmas)
        if pat is None:
            return None
        head_obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if head_obj is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            head_obj = verb.head  # "the treaty they aim to sign"
        if head_obj is None:
            head_obj = next((p for c in verb.children
                             if c.dep_ == "prep" and c.lower_ not in LOCATION_PREPS
                             for p in c.children
                             if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")),
                            None)
        text = _np_text(head_obj) if head_obj is not None else None
        return pat.cameo, bool(pat.objects), text

    def frames(self, sent: Span, mentions: list[Mention],
               agreement_parties: list[Mention] | None = None) -> list[Frame]:
        """Coded predicates of a sentence. `agreement_parties` are the parties of the last
        agreement the article named, for "the agreement does not include ..."."""
        self._parties = agreement_parties or []
        found: list[Frame] = []
        consumed: set[int] = set()
        for tok in sent:
            if tok.i in consumed:
                continue
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ in (
                    "ROOT", "acomp")):
                frame = self._verbal(tok, mentions, consumed)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.patterns.nouns:
                frame = self._nominal(tok, mentions)
            else:
                frame = None
            if frame is not None:
                found.append(frame)
                parties = frame.sources + frame.targets
                if frame.cameo.startswith("057") and len({m.actor.country for m in parties}) > 1:
                    self._parties = parties
        return found

    @property
    def agreement_parties(self) -> list[Mention]:
        """Parties of the last agreement coded (carried to the next sentence)."""
        return self._parties

    def _verbal(self, verb: Token, mentions: list[Mention], consumed: set[int]) -> Frame | None:
        if verb.lemma_.lower() in SAY_VERBS and verb.lemma_.lower() not in self.patterns.verbs:
            return None
        if _open_question(verb):
            return None
        coded = self.verb_pattern(verb)
        if coded is None:
            return None
        cameo, specific, obj_text = coded
        trigger = verb
        # means clause: "supported Russia by providing drones" codes the specific act
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pcomp" and p.pos_ == "VERB":
                        sub = self.verb_pattern(p)
                        if sub is not None and sub[1]:
                            cameo, specific, obj_text = sub
                            trigger = p
                            consumed.add(p.i)
        passive = _passive_parts(verb)
        if passive is not None:
            agent, patient = passive
            sources = mentions_in(agent, mentions)
            others = _other_than(sources, mentions)
            targets = mentions_in(patient, others) + mentions_in(_object_tokens(verb), others)
        else:
            sources = mentions_in(_clause_subject(verb), mentions)
            if not sources:
                sources = self._agreement_parties(verb, mentions)
            obj = _object_tokens(verb) + (_object_tokens(trigger) if trigger is not verb else [])
            targets = mentions_in(obj, _other_than(sources, mentions))
        return Frame(trigger, cameo, sources, targets, obj_text, False, specific)

    def _agreement_parties(self, verb: Token, mentions: list[Mention]) -> list[Mention]:
        """ "the agreement does not include ...": a definite agreement noun as subject stands
        for the parties of the agreement named last."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in AGREEMENT_NOUNS and any(
                d.lower_ in ("the", "this", "that") for d in subj[0].children):
            return list(self._parties)
        return []

    # -------------------------------------------------------------- nominal predicates
    def _nominal(self, noun: Token, mentions: list[Mention]) -> Frame | None:
        # what kind of act: its modifiers and what it is "of" ("military aid", "supply of arms")
        modifiers = {c.lemma_.lower() for c in noun.children
                     if c.dep_ in ("amod", "compound", "nmod")}
        modifiers |= {p.lemma_.lower() for c in noun.children if c.dep_ == "prep"
                      and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
        cameo = self.patterns.noun_code(noun.lemma_.lower(), modifiers)
        if cameo is None:
            return None
        sources: list[Mention] = []
        target_tokens: list[Token] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                # "the partnership between Iran and Russia": a joint act of both parties
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources += mentions_in(phrase(p), mentions)
                continue
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
                sources += mentions_in(phrase(c), mentions)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources += mentions_in(phrase(p), mentions)
            elif c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                # "claims by Russia that the U.S. is acting ...": what the claim is about
                target_tokens += [t for sub in c.children if sub.dep_ in ("nsubj", "nsubjpass")
                                  for t in phrase(sub)]
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "to", "with", "toward",
                                                   "towards", "into", "in"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        target_tokens += phrase(p)
        # a nominal event needs a named agent: "their talks" only refers back to an event
        sources = [m for m in sources if m.via != "coref"]
        anchor = None
        if not sources and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in NOMINAL_GOVERNORS:
            # "Russia announced the stationing of nuclear weapons in Belarus",
            # "China carried out exercises around Taiwan": the governor's subject acts, and
            # the governor carries modality and time; a governor coded itself wins
            if self.verb_pattern(noun.head) is not None:
                return None
            sources = mentions_in(_clause_subject(noun.head), mentions)
            anchor = noun.head
        if not sources:
            return None
        targets = mentions_in(target_tokens, _other_than(sources, mentions))
        if not targets:
            # "Both Iran and Belarus face (what X described as) sanctions from the West"
            gov = noun
            for _ in range(4):
                if gov.head.i == gov.i:
                    break
                gov = gov.head
                if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in SUFFER_VERBS:
                    targets = mentions_in(_clause_subject(gov), _other_than(sources, mentions))
                    break
                if gov.dep_ not in ("prep", "pobj", "ccomp", "dobj", "conj", "relcl"):
                    break
        if anchor is None and noun.dep_ in ("nsubj", "nsubjpass") and \
                noun.head.pos_ in ("VERB", "AUX"):
            anchor = noun.head  # "another invasion could happen": the predicate's modality
        return Frame(noun, cameo, sources, targets, _np_text(noun), True, False, anchor)


def _np_text(tok: Token) -> str:
    toks = sorted(phrase(tok), key=lambda t: t.i)
    # drop a leading determiner-less punctuation and trailing punctuation
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return tok.text
    return tok.doc[toks[0].i: toks[-1].i + 1].text
