"""Who an act is aimed at, when the words around a target say it is not.

GDELT-style coders take any state in a verb's object for its target; news is full of states
that are mentioned there without being aimed at:

- the victim of an act of force that is praised, blamed or sanctioned ("condemned the attack
  on Israel by Iran" is aimed at Iran), or that is given as the reason ("vowed to retaliate
  for the killing of its commander in Beirut" is not aimed at Lebanon): `not_victims`;
- the town a summit or conference is held in ("pledged aid at a summit in Ottawa");
- where parties named otherwise meet ("held talks at a summit in Washington");
- the state a threat shields ("will respond to any attack on Belarus");
- and forces sent "to deter Iran" are a show of force, not aid (`forces.deterred_by`).

Each filter takes the coder's candidate targets and keeps those these words do not rule out.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from accord.events.forces import FACING_PREPS, POSTURE_ROOT
from accord.events.syntax import mentions_in, phrase
from accord.records import Mention

# an event noun's code from its lemma and modifiers (Patterns.noun_code)
NounCode = Callable[[str, set[str]], str | None]

# codes that answer an act of force (praise, blame, sanctions) and are not aimed at its
# victims; "of" is the victim of an invasion or occupation. Not threats: the strikes a state
# threatens are its own, aimed at their victims
JUDGING_ROOTS = ("05", "11", "16")
# a veto or rejection of measures is aimed at who takes them, not at whom they would hit
# ("vetoed new EU sanctions on Russia" rejects the EU's act, not Russia)
REJECTING_ROOT, MEASURE_ROOTS = "12", ("16", "17")
VIOLENCE_ROOTS = ("17", "18", "19", "20")
VICTIM_PREPS = {"on", "against", "of", "at", "upon", "in"}
# an act of force given as the reason: "retaliate for the killing", "sanctions over the war"
REASON_PREPS = {"for", "over"}
# codes of force readied or used: "for a war against Iraq" is that war's, aimed where it is
FORCE_USE_ROOTS = ("15", "17", "18", "19", "20")
VENUE_PREPS = {"in", "at", "on", "during"}
GATHERING_NOUNS = {"summit", "conference", "session", "forum", "ceremony", "symposium",
                   "gathering", "ministerial", "convention"}
# acts of justice (verdicts, arrests, charges) and the words of their grounds
JUSTICE_ROOTS = ("116", "173")
GROUND_PREPS = {"on", "under"}
GROUND_NOUNS = {"warrant", "charge", "suspicion", "accusation", "allegation", "order",
                "request", "law", "indictment"}
# visits and hosting: the place is the party
PLACE_IS_PARTY = ("042", "043")
# cooperation: intents (03), diplomatic (05) and material (06) cooperation
COOPERATION_ROOTS = ("03", "05", "06")
# agreements of parties named together: a place they agree in is the venue (`_deal_venue`)
JOINT_VENUE_CODES = ("057", "0356", "0871")
# prepositions of such a venue
DEAL_VENUE_PREPS = {"in", "at"}


def refine_targets(verb: Token, cameo: str, sources: Collection[Mention],
                   targets: list[Mention], noun_code: NounCode) -> list[Mention]:
    """The targets a verb's act keeps once reasons, gatherings' towns and venues are out."""
    if not cameo.startswith(FORCE_USE_ROOTS):
        targets = not_victims([t for t in verb.subtree if t.dep_ == "pobj"
                               and t.head.lower_ in REASON_PREPS], targets, noun_code)
    if cameo[:2] == "13":
        # "will respond to any attack on Belarus": the state a threat shields is not
        # threatened; whoever would attack it is
        targets = not_victims([t for t in verb.subtree if any(
            d.dep_ == "det" and d.lower_ == "any" for d in t.children)],
            targets, noun_code)
    if cameo.startswith(JUSTICE_ROOTS):
        # "arrested its former president on an ICC warrant", "detained him under a court
        # order": the grounds of an arrest or a verdict are not who is arrested
        grounds = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS
                   for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in
                   GROUND_NOUNS for t in p.subtree}
        targets = [m for m in targets if not grounds.intersection(
            range(m.token_start, m.token_end))]
    if cameo[:2] in COOPERATION_ROOTS:
        # "Turkey and Iraq committed to cooperate against the PKK", "pledged to cooperate
        # with Pakistan against militants": whom partners act against is no partner
        against = {t.i for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ ==
                   "against" for t in phrase(t)}
        targets = [m for m in targets if not against.intersection(
            range(m.token_start, m.token_end))]
    if cameo in PLACE_IS_PARTY or not targets:
        return targets
    doc = verb.doc
    targets = [m for m in targets if not _gathering_town(doc[m.token_start:m.token_end].root)]
    if (cameo.startswith(JOINT_VENUE_CODES) or cameo[:2] == "03") and targets and len(
            {m.actor.party for m in sources}) > 1 and any(
            doc[m.token_start:m.token_end].root.dep_ == "conj" for m in sources):
        # "Armenia and Azerbaijan signed a peace deal in Washington", "Israel and Hamas
        # agreed to a ceasefire in Gaza": where parties named together (joined by "and",
        # not "pro-Iranian Hezbollah") agree is no third party (not "invest in Kenya",
        # whose "in" is the verb's own)
        targets = [m for m in targets if not _deal_venue(doc[m.token_start:m.token_end].root,
                                                        verb)]
    if cameo[:2] == "04" and targets:
        venues = [m for m in targets if _at_venue(doc[m.token_start], verb)]
        parties = {m.actor.party for m in sources} | {
            m.actor.party for m in targets if m not in venues}
        if venues and len(parties) > 1:
            targets = [m for m in targets if m not in venues]
    return targets


def not_victims(obj: list[Token], targets: list[Mention], noun_code: NounCode,
                acts: tuple[str, ...] = VIOLENCE_ROOTS + ("15",)) -> list[Mention]:
    """Who is praised, condemned or sanctioned over an act of force (or, with `acts`, another
    kind of act) is its agent, not its victim: "condemned the attack on Israel by Iran" is
    aimed at Iran, "imposed sanctions over the invasion of Ukraine" at no one named; so is a
    show of force and whom it faces ("condemned China's drills around Taiwan")."""
    victims: set[int] = set()
    for noun in obj:
        # a gerund the parser tags as a verb is a noun here: "for the killing of"
        gerund = noun.tag_ == "VBG" and noun.dep_ in ("pobj", "dobj")
        if noun.pos_ != "NOUN" and not gerund:
            continue
        modifiers = {c.lemma_.lower() for c in noun.children
                     if c.dep_ in ("amod", "compound", "nmod")}
        # what it is "of" chooses as in the coder ("the execution of a French citizen")
        modifiers |= {p.lemma_.lower() for c in noun.children if c.dep_ == "prep"
                      and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
        cameo = noun_code(noun.lower_ if gerund else noun.lemma_.lower(), modifiers)
        if cameo is None or cameo[:2] not in acts:
            continue
        aimed = VICTIM_PREPS | FACING_PREPS if cameo[:2] == POSTURE_ROOT else VICTIM_PREPS
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in aimed]
        if noun.dep_ == "dobj":
            # "praised the strikes on Iran", the parser hanging "on Iran" on the verb; "drills
            # around Taiwan"
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i
                      and (c.lower_ in ("on", "against", "upon") or
                           cameo[:2] == POSTURE_ROOT and c.lower_ in FACING_PREPS)]
        for p in (p for c in preps for p in c.children if p.dep_ == "pobj"):
            # "the strikes on its sites by Israel": the agent may hang on the victim
            agent = {d.i for t in phrase(p) if t.dep_ in ("prep", "agent")
                     and t.lower_ == "by" for d in t.subtree}
            victims.update(t.i for t in phrase(p) if t.i not in agent)
    return [m for m in targets
            if not victims.intersection(range(m.token_start, m.token_end))]


def _gathering_town(tok: Token) -> bool:
    """The town of a gathering that is the setting of an act: "at a summit in Ottawa",
    "during its summit in Addis Ababa" (not the gathering acted on: "boycotted the ceremony
    in Beijing" is aimed at its host)."""
    gathering = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and \
        gathering.lemma_.lower() in GATHERING_NOUNS and gathering.dep_ == "pobj" and \
        gathering.head.lower_ in ("at", "during", "on", "in")


def _deal_venue(tok: Token, verb: Token) -> bool:
    """A place named with "in" or "at" on an agreement's verb or on the noun of what is
    agreed ("signed a deal in Washington", "agreed to a ceasefire in Gaza"), not on a verb
    of its content ("agreed to invest in Kenya")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in DEAL_VENUE_PREPS:
        return False
    held = tok.head.head
    return held.i == verb.i or held.pos_ in ("NOUN", "PROPN") and held.dep_ in (
        "dobj", "pobj") and held.head.i in (verb.i, *(c.i for c in verb.children))


def _at_venue(tok: Token, verb: Token) -> bool:
    """Whether a word hangs, below the verb, on a preposition of place ("at a summit in
    Washington", "on the sidelines of the ASEAN meeting")."""
    cur = tok
    for _ in range(8):
        if cur.i == verb.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in VENUE_PREPS:
            return True
        cur = cur.head
    return False


# peacekeeping kept or sent (074) by the UN through a mission it names ("renewed the mandate
# of the UN Mission in South Sudan"): the mission is the UN's own, the state it serves in is
# the one protected
PEACEKEEPING = "074"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from accord.actors.kb import default_kb

    return {n.lower(): c.iso3 for c in default_kb().countries.values()
            for n in (c.name, *c.names)}


def mission_hosts(obj: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The host states of the missions named in `obj`, read from each mission's own name
    ("United Nations Mission in South Sudan": South Sudan); a mission whose name names no
    state (UNDOF) has none here."""
    from accord.actors.kb import default_kb

    out: list[Mention] = []
    for m in mentions_in(obj, mentions):
        if m.actor.kind != "organisation" or " in " not in m.actor.name:
            continue
        tail = m.actor.name.rsplit(" in ", 1)[1].lower().removeprefix("the ")
        iso3 = _country_names().get(tail)
        if iso3 is not None:
            out.append(replace(m, actor=default_kb().country_actor(iso3)))
    return out

