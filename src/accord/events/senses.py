"""Words with another sense than the political act their row codes: "the storm hit Cuba",
"Western sanctions hit the Russian economy", "Brazil beat Argentina 2-1", "state media
attacked the film". What does the act, what it is done to, and the game or words it is told
of choose the sense; the coder asks here before it pairs actors. The words are data
(patterns/senses.tsv), the rules that read them code."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from accord.events.implicit import FORCE_ROOTS
from accord.events.syntax import clause_subject
from accord.knowledge.patterns import NO_EVENT
from accord.records import Mention

# codes whose verbs have other senses when what acts is no agent: force, coercion, sanctions
# and hosting ("the storm hit Cuba", "shares plunged", "the Ukrainian singer stormed the
# charts", "the Chinese firm captured 30 percent of the market")
SENSED_ROOTS = ("17", "18", "19", "20")

# use -> word -> code: the words of patterns/senses.tsv (Patterns.senses)
SenseWords = Mapping[str, Mapping[str, str]]


def doer_sense(cameo: str, doer: list[Token], words: SenseWords) -> str | None:
    """The code of an act of force or coercion told of what its doer is (its subject, or a
    passive's agent): None (no event) for weather, a disease, a market, a team or a firm;
    the measure's code for sanctions or tariffs that "hit" or "target" someone (163); else
    the code unchanged."""
    if cameo[:2] not in SENSED_ROOTS:
        return cameo
    head = _head_noun(doer)
    sense = words["doer"].get(head.lemma_.lower()) if head is not None else None
    if head is None or sense is None:
        return cameo
    if sense == NO_EVENT:
        if any(m.lemma_.lower() in words["armed"] for m in head.children):
            return cameo  # "a private military company attacked ...": armed, whatever its head
        return None
    # "hackers attacked the ministry's servers": a cyber doer's force is its coercion (172),
    # but coercion of its own root keeps its code ("hackers stole cryptocurrency": 171)
    return cameo if cameo[:2] == sense[:2] else sense


# military force (190 any, 193 small arms) recoded as unconventional violence (180) when its
# doers bear crude arms
ARMY_FORCE, UNCONVENTIONAL = ("190", "193"), "180"
ARMED_WITH = {"arm", "armed"}


def crude_force(cameo: str, verb: Token, words: SenseWords) -> str:
    """ "a camp was attacked by militiamen armed with machetes", "villagers attacked the
    police post with sticks and stones": force done with weapons of no army
    (patterns/senses.tsv crude_arm) is unconventional violence (CAMEO 180), not military
    force (190); a "with" on the attack verb or on "armed" in its clause tells them."""
    if cameo not in ARMY_FORCE:
        return cameo
    arms = words["crude_arm"]
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.lemma_.lower() in arms and (
                t.head.head.i == verb.i or t.head.head.lemma_.lower() in ARMED_WITH
                or t.head.head.lower_ in ARMED_WITH):
            return UNCONVENTIONAL
    return cameo


# ending or suspending a strike: a workers' or protesters' (082: easing dissent) or a military
# one (087: de-escalation); the strike's own words, else who ends it, tell which (and who
# ends a boycott: civil groups, dissent; states, an eased sanction 085)
STRIKE_CODES = ("082", "087", "0871", "085")
# sectors of armed or governing sides, whose strikes are attacks
ARMED_SECTORS = {None, "GOV", "MIL", "COP", "REB", "INS", "UAF", "SPY"}


def strike_sense(cameo: str, verb: Token, sources: list[Mention], words: SenseWords) -> str:
    """ "the unions suspended the general strike", "the rail workers ended their strike" call
    off dissent (082); "Israel suspended its strikes on Gaza" de-escalates (087), and a
    civil group's boycott ended is dissent too, a state's an eased sanction (085). The
    strike's modifiers choose ("hunger", "general"; "air", "missile": patterns/senses.tsv),
    else its enders:
    workers, students, doctors or other civil groups end a strike of dissent, a state, its
    forces or armed groups a military one."""
    if not cameo.startswith(STRIKE_CODES) or not sources:
        return cameo
    if cameo.startswith("085"):
        # "students ended their boycott of classes": dissent; a state's boycott is a sanction
        ended = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() == "boycott"]
        return "082" if ended and all(m.actor.sector not in ARMED_SECTORS
                                      for m in sources) else cameo
    struck = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              and c.lemma_.lower() == "strike"]
    if not struck:
        return cameo
    said = {t.lemma_.lower() for s in struck for t in s.subtree if t.i < s.i}
    # who ends it: "the teachers' union called off its strike"
    said |= {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    if said & words["strike_dissent"].keys():
        return "082"
    if said & words["strike_force"].keys():
        return "087" if cameo == "082" else cameo
    if all(m.actor.sector not in ARMED_SECTORS for m in sources):
        return "082"
    return "087" if cameo == "082" else cameo


def struck_nothing(cameo: str, hit: list[Token], words: SenseWords) -> bool:
    """Force aimed at an economy, a market, a price or a firm strikes no one ("Israel's
    economy was hit by the war", "seized control of the British steelmaker")."""
    if cameo[:2] not in FORCE_ROOTS:
        return False
    head = _head_noun(hit)
    if head is not None and head.lemma_.lower() == "control":
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), head)
    return head is not None and head.lemma_.lower() in words["struck"]


def verbal_attack(cameo: str, verb: Token, sources: list[Mention], words: SenseWords
                  ) -> bool:
    """ "State media attacked the Japanese film", "Erdogan attacked Israel over its war in
    Gaza": media, and a leader attacking someone over something, attack in words (111); so
    does a state's embassy, consulate or mission whatever its verb of force ("the Chinese
    embassy fired back at Washington")."""
    if cameo[:2] not in FORCE_ROOTS or not sources:
        return False
    if all(mission(m, words) for m in sources):
        return True
    return verb.lemma_.lower() in words["verbal"] and (
        all(m.actor.sector == "MED" for m in sources) or all(
            m.actor.kind == "person" for m in sources) and any(
            c.dep_ == "prep" and c.lower_ == "over" for c in verb.children))


# states whose names end in "s" like a people's plural ("the Palestinians" protesting are
# people in the street)
_PLURAL_STATES = ("united states", "philippines", "netherlands", "bahamas", "emirates",
                  "comoros", "maldives", "seychelles", "islands")


def official_protest(cameo: str, verb: Token, sources: list[Mention]) -> bool:
    """ "The Chinese embassy protested against the Philippines", "Japan's foreign ministry
    protested the incursion", "Japan protested Chinese incursions": a state, its government or
    its mission protesting complains officially (114), it does not demonstrate (141)."""
    if not cameo.startswith("14") or verb.lemma_.lower() != "protest" or not sources:
        return False
    return all(m.actor.kind in ("state", "person") and m.actor.sector in (None, "GOV") and (
        m.actor.sector == "GOV" or not m.text.lower().endswith("s")
        or m.text.lower().endswith(_PLURAL_STATES)) for m in sources)


def mission(m: Mention, words: SenseWords) -> bool:
    """Whether a mention names a state's diplomatic mission ("the Russian embassy in London",
    "Iran's mission to the UN")."""
    said = m.text.lower().split()
    return m.actor.kind == "state" and m.actor.sector == "GOV" and any(
        w in words["mission"] for w in said + [" ".join(said[i:i + 2])
                                               for i in range(len(said))])


def _head_noun(tokens: list[Token]) -> Token | None:
    """The head of a noun phrase given as its tokens: the one whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN") and (
        t.head.i not in inside or t.head is t)), None)


def sporting(verb: Token, words: SenseWords) -> bool:
    """A verb told of a game: a game's word after "in" or "at" in its clause ("in a friendly",
    "in the Copa America final", the parser hanging the word anywhere), or a score ("beat
    Argentina 2-1")."""
    if verb.lemma_.lower() not in words["game_verb"]:
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    seen_prep = False
    for t in after:
        if t.lower_ in ("in", "at") and t.dep_ == "prep":
            seen_prep = True
        if seen_prep and t.lemma_.lower() in words["game_noun"] and t.dep_ != "amod":
            return True
        doc = t.doc
        if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and \
                doc[t.i + 2].like_num and t.i + 2 <= after[-1].i:
            return True  # a score: "2-1"
    return False


def forecast(verb: Token, words: SenseWords) -> bool:
    """A warning addressed to no one whose "that" clauses all tell what a thing, not an
    actor, will do ("warned that prices would rise sharply", "warned that the virus would
    spread": the words of patterns/senses.tsv): a forecast, not a threat."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return False
    for c in clauses:
        subj = clause_subject(c)
        heads = [t for t in subj if t.dep_ in ("nsubj", "nsubjpass")]
        if not heads or not all(t.lemma_.lower() in words["forecast"] for t in heads):
            return False
    return True
