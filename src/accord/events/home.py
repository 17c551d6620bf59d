"""Acts within one state: a state's organs acting on its own people where it rules (curfews,
emergency rule, arrests, releases: CAMEO's country people as the target), and its own
people's protests at home (aimed at its government; their purpose or demand choosing the
sub-code). Split from coder.py, which calls these while pairing a frame's actors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.events.frame import Frame
from accord.events.implicit import Places, implicit_on, place_state
from accord.events.syntax import FOREIGN_WORDS, LOCATION_PREPS, mentions_in, phrase, to_infinitive
from accord.records import NON_STATE_SECTORS, Actor, Mention

# appeals and demands (02, 10) and protests (14): what a protest demands is its aim
APPEAL_ROOTS = ("02", "10")
PROTEST_ROOT = "14"
COERCE_ROOT = "17"

# prepositions of where a group acts ("in Tehran", "across Kenya")
HOME_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "through", "throughout",
                    "around"}
# protests that CAMEO splits by what they are for (141-145: x1 leadership, x2 policy, x3
# rights, x4 institutions), and the appeals, demands and protests whose last digit says it
PROTEST_KINDS = ("141", "145")
AIM_CODES = ("024", "104", "141", "142", "143", "144", "145")
# acts a state does to its own people: a curfew, state of emergency or martial law (imposed,
# threatened, eased) is laid on the population of the place by its very name; easing
# restrictions, releasing, arrests, seizures and repression (CAMEO 081-084, 171-173, 175)
# are when the place they happen in is the state's own ("imposed a curfew in the town of
# Cizre in southeastern Turkey"). CAMEO codes the country's people as the target.
# acts on a population (curfews, emergency rule, martial law, and threats of them) and acts
# on people in a place (releases, arrests, repression): home_population
POPULATION_CODES = ("0813", "0814", "1723", "1724", "1323", "1324")
# rule laid on a whole country unless a place narrows it (a curfew is a town's): a state of
# emergency or martial law, imposed, threatened or eased
NATIONWIDE_CODES = frozenset({"0814", "1724", "1324"})
# people held or from abroad: a release or arrest of them is no act on the state's own people
CAPTIVE_WORDS = {"prisoner", "pow", "detainee", "hostage", "captive", "inmate"}
HOME_CODES = ("081", "082", "083", "084", "171", "172", "173", "175")
# a strike or protest called off: by who protested, not a state's act on its people
CALL_OFF = "082"
# who leads a state and how it is ruled: a leader's resigning (0831), promising to resign or
# to reform its institutions (034, 0341, 0344), refusing to go (1231). CAMEO codes the
# leader's own country as the target when no one else is named (its codebook: "because no
# specific group is mentioned, the country alone is coded")
OFFICE_CODES = frozenset({"034", "0341", "0344", "0831", "1231"})
# the sides that hold office in a state: its executive, the former rulers, courts, parliament
OFFICE_SECTORS = frozenset({"GOV", "ELI", "LEG", "JUD", "MIL", "COP"})


def home_population(verb: Token, comp: Token | None, cameo: str, sources: list[Mention],
                    mentions: list[Mention], placer: Places | None = None) -> list[Mention]:
    """ "Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey",
    "the government lifted the state of emergency in Lima", "threatened to institute a
    curfew in Algiers": a state's own organ (government, army, police) restricting or
    freeing people where it rules acts on its own civilians (POPULATION_CODES, HOME_CODES).
    The place is a state's mention, a town of the gazetteer (`placer`: "declared a state of
    emergency in Almaty"), or the organ's own town ("authorities in Dhaka lifted the
    curfew"); with none, whose people is not said (review: occupied or disputed land).
    The target is implicit, placed on the trigger, with a lower confidence.
    Not when the place is another state's (that place is the target), nor for a court or
    parliament (a side of its own), rebels, or an organisation, nor when who is acted on
    is named ("arrested former prime minister Imran Khan")."""
    if not cameo.startswith(POPULATION_CODES + HOME_CODES) or not sources or \
            cameo.startswith(CALL_OFF):
        return []  # a protest called off yields to the government (pipeline._at_home)
    if any(m.actor.party != m.actor.country or m.actor.kind not in ("state", "person")
           for m in sources):
        return []
    people = own_people(sources, mentions)
    if people is None:
        return []  # a person of an organisation, or of several states
    country = people.country
    # where the act happens: a place on the verb, on what it imposes or lifts, or on its
    # complement ("threatened to institute a curfew in Algiers")
    heads = [verb] + ([comp] if comp is not None else [])
    # what is lifted, also as a passive's subject ("the curfew in Kathmandu was lifted")
    heads += [c for h in list(heads) for c in h.children
              if c.dep_ in ("dobj", "xcomp", "nsubjpass")]
    # where what is eased was laid: "shortened the curfew imposed in Khartoum"
    heads += [c for h in heads[1:] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    objs = [p for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in LOCATION_PREPS for p in c.children if p.dep_ == "pobj"
            and p.ent_type_ not in ("DATE", "TIME")]  # "in 2018" is no place
    places = [t for p in objs for t in phrase(p)]
    named = mentions_in(places, mentions)
    towns: set[str] = {m.actor.country for m in named}
    if not named and objs and placer is not None:
        # "declared a state of emergency in Almaty", "in parts of Yangon": a town the
        # gazetteer places, in a state that holds it
        found = place_state(objs, placer, mentions)
        if found is not None and placer.holds(found[0], found[2]):
            towns = {found[0]}
    if not objs and any(t.dep_ == "pobj" and t.head.lower_ == "in" and
                        t.head.i > m.token_start for m in sources
                        for t in verb.doc[m.token_start:m.token_end]):
        # "authorities in Dhaka lifted the curfew": the organ's own town
        towns = {country}
    if not objs and not towns and cameo in NATIONWIDE_CODES:
        # "the army declared martial law", "the president lifted the state of emergency":
        # laid on the whole land when no place narrows it
        towns = {country}
    if towns != {country}:
        # "lifted the curfew in Kosovo": another state's place is the target; "imposed a
        # curfew in Hebron", "on the old city", "after the attack": a place of no known
        # state, or none, may be occupied or disputed land: whose people is not said
        return []
    acted_on = [t for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")
                for t in c.subtree]
    if any(t.lemma_.lower() in CAPTIVE_WORDS | FOREIGN_WORDS for t in acted_on):
        return []  # "released 30 prisoners", "detained two foreign journalists"
    acted = {t.i for t in acted_on}
    if any(m.actor.kind == "person" and m.token_end - 1 in acted for m in mentions) or any(
            t.ent_type_ == "PERSON" for t in acted_on):
        # "arrested former prime minister Imran Khan", "detained opposition leader Rahul
        # Gandhi": who, the text names
        return []
    return [implicit_on(people, verb, verb, min(m.confidence for m in sources))]


def own_people(sources: list[Mention], mentions: list[Mention],
               placer: Places | None = None) -> Actor | None:
    """The civilians (CVL) of the one state whose organs or office holders the sources are,
    when the sentence names that state (or, with `placer`, when it is a state the knowledge
    base knows: "President Shevardnadze resigned"); None for several states or none."""
    countries = {m.actor.country for m in sources}
    country = next(iter(countries))
    if len(countries) != 1:
        return None
    state = next((m.actor for m in mentions if m.actor.kind == "state"
                  and m.actor.country == country), None)
    if state is not None:
        return Actor(country + "CVL", country, "CVL", state.name, "state")
    try:
        return placer.actor(country, "CVL") if placer is not None else None
    except KeyError:
        return None  # an organisation's person: no state's people


def home_office(verb: Token, cameo: str, sources: list[Mention], mentions: list[Mention],
                placer: Places | None = None) -> list[Mention]:
    """ "the prime minister resigned", "the ousted president agreed to step down", "the
    vice-president declined to resign", "promised to democratize the country": a change (or
    a refusal of one) in who leads a state or how it is ruled is done to that state's
    people (CAMEO's country as the target; its civilians here, a side of their own). Only
    for holders of office of one state with no target named; not when an organisation is
    in the act ("resigned as head of the agency": a post abroad), nor for a group's
    leaders (an opposition party's chief resigning is the party's affair)."""
    if cameo not in OFFICE_CODES or not sources:
        return []
    if any(m.actor.kind not in ("state", "person") or m.actor.sector not in OFFICE_SECTORS
           for m in sources):
        return []
    people = own_people(sources, mentions, placer)
    if people is None:
        return []
    country = people.country
    doc = verb.doc
    inside = {t.i for t in verb.subtree} | {
        t.i for m in sources for t in doc[m.token_end - 1].subtree}
    if any(m.token_start in inside and (m.actor.kind in ("organisation", "bloc") or
                                        m.actor.country != country) for m in mentions):
        # "resigned as head of the UN agency", "the ambassador to Niger resigned", "quit
        # over the row with Moscow": a post or an affair abroad
        return []
    return [implicit_on(people, verb, verb, min(m.confidence for m in sources))]


def protest_organisers(verb: Token, cameo: str, sources: list[Mention],
                       mentions: list[Mention], noun_code: Callable[[str, set[str]], str | None]
                       ) -> list[Mention]:
    """ "police prevented the protest organised by students", "the authorities banned a
    rally by the opposition": coercion (CAMEO 17) of a protest is aimed at who holds it, when
    the protest's own phrase names them (a protest noun of the pattern tables: 14)."""
    if not cameo.startswith(COERCE_ROOT) or not sources:
        return []
    parties = {m.actor.party for m in sources}
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        code = noun_code(obj.lemma_.lower(), {c.lemma_.lower() for c in obj.children})
        if code is None or not code.startswith(PROTEST_ROOT):
            continue
        held_by = {t.i for t in holders(obj)}
        return [m for m in mentions if m.token_end - 1 in held_by
                and m.actor.party not in parties and m.actor.country]
    return []


def holders(noun: Token) -> list[Token]:
    """The words that say who holds a protest: its modifiers ("an opposition rally", "the
    students' march"), its "by" or "of" ("a rally of opposition supporters") and the agent of
    a participle on it ("a protest organised by students"); not what it is about ("a protest
    against sending troops to Iraq")."""
    out = [t for c in noun.children if c.dep_ in ("poss", "compound", "amod") for t in c.subtree]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "of"):
            out += [t for p in c.children if p.dep_ == "pobj" for t in p.subtree]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out += [t for a in c.children if a.dep_ == "agent" for p in a.children
                    if p.dep_ == "pobj" for t in p.subtree]
    return out


# what a protest is over or against ("a strike over a bill signed by the minister"), and
# the conditions it is held until ("will boycott the vote unless the president resigns")
CAUSE_PREPS = {"over", "against", "at"}
UNTIL_MARKS = {"unless", "until", "till"}
# the links by which a cause's phrase hangs in the protest's own clause
CLAUSE_LINKS = {"prep", "pobj", "dobj"}
# verbs of pressing another to act, whose object a protest's purpose names ("collected
# signatures in a drive to force parliament to amend the constitution")
PRESSURE_VERBS = {"force", "compel", "pressure", "pressurise", "pressurize", "press", "push",
                  "convince", "persuade", "make", "urge", "oblige"}
# ... and the links by which that purpose hangs on the protest
PURPOSE_LINKS = CLAUSE_LINKS | {"advcl", "xcomp", "acl"}


def protest_causers(verb: Token) -> list[Token]:
    """Who a protest naming no target is aimed at: the agent of a participle on what it is
    over or against ("went on strike over a health bill signed by President Tinubu",
    "stopped work on the first day of a strike over a law drafted by the minister"), else
    the one its purpose presses to act ("collected signatures in a drive to force the
    parliament to hold a referendum"), else the one whose act it waits for ("will boycott
    the elections unless the president steps down")."""
    out: list[Token] = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
            continue
        link = prep
        while link.i != verb.i and link.dep_ in CLAUSE_LINKS:
            link = link.head
        if link.i != verb.i:
            continue  # in a clause of its own
        out += [t for n in prep.children if n.dep_ == "pobj" for c in n.children
                if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                for t in phrase(p)]
    if out:
        return out
    for press in verb.subtree:
        if press.lemma_.lower() not in PRESSURE_VERBS or press.pos_ != "VERB" or \
                not to_infinitive(press):
            continue
        link = press
        while link.i != verb.i and link.dep_ in PURPOSE_LINKS:
            link = link.head
        if link.i == verb.i:
            out += [t for o in press.children if o.dep_ == "dobj" for t in phrase(o)]
    if out:
        return out
    return [t for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in UNTIL_MARKS for m in c.children)
        for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in phrase(s)]


def not_home_places(doc: Doc, sources: list[Mention], targets: list[Mention]
                    ) -> list[Mention]:
    """The targets less the places (a capital or state named as the object of a
    preposition of place: "in Tehran", "across Kenya") of the one state whose own people
    (its non-state groups) act."""
    countries = {m.actor.country for m in sources}
    if not sources or len(countries) != 1 or any(
            m.actor.sector not in NON_STATE_SECTORS for m in sources):
        return targets
    return [m for m in targets if not (
        m.actor.kind == "state" and m.actor.sector in (None, "GOV")
        and m.actor.country in countries and doc[m.token_end - 1].dep_ == "pobj"
        and doc[m.token_end - 1].head.lower_ in HOME_PLACE_PREPS)]


def protest_aim(frame: Frame, found: list[Frame], aims: dict[int, Frame]) -> Frame:
    """A protest (14) whose demand or purpose is its content takes the sub-code of the
    change it is for (CAMEO 1411-1454: leadership, policy, rights, institutions) from that
    content's code ("marched ... demanding the prime minister's resignation" 1041: 1411;
    "blocked roads to protest the new tax" 1412: 1442), and, naming no target itself, the
    content's ("went on hunger strike to protest Israel's detention policy": at Israel)."""
    if not frame.cameo.startswith(PROTEST_ROOT):
        return frame
    kinded = len(frame.cameo) == 3 and PROTEST_KINDS[0] <= frame.cameo <= PROTEST_KINDS[1]
    for aim in aims.values():
        tok = aim.trigger
        for _ in range(4):
            if tok.head.i == tok.i or tok.i == frame.trigger.i:
                break
            tok = tok.head
        if tok.i != frame.trigger.i:
            continue
        if not frame.targets and aim.targets:
            frame = replace(frame, targets=aim.targets)
        if kinded and len(aim.cameo) == 4 and aim.cameo[:3] in AIM_CODES:
            return replace(frame, cameo=frame.cameo + aim.cameo[3])
    return frame


def protest_purpose(frame: Frame, found: list[Frame]) -> bool:
    """ "workers went on strike to protest the fuel price rise", "farmers blocked highways
    to protest the new tax": a protest that is the purpose of another protest by the same
    side is what that protest is for, not a second one."""
    tok = frame.trigger
    if not frame.cameo.startswith(PROTEST_ROOT) or tok.dep_ not in ("advcl", "xcomp") or \
            not to_infinitive(tok):
        return False
    sides = {m.actor.party for m in frame.sources}
    return any(f.trigger.i == tok.head.i and f.cameo.startswith(PROTEST_ROOT)
               and sides & {m.actor.party for m in f.sources} for f in found)


def protest_demand(frame: Frame, found: list[Frame]) -> bool:
    """ "students staged demonstrations to demand reforms", "continued their hunger strike to
    demand the resignation of ...", "staged rallies against Abbas, saying he must resign": a
    demand or appeal that says what a protest by the same side is for is the protest's
    content (CAMEO 1411-1414, 1421-1424: demonstrating or striking for a change), not an act
    of its own."""
    if not frame.cameo.startswith(APPEAL_ROOTS):
        return False
    sides = {m.actor.party for m in frame.sources}
    aimed = {m.actor.country for m in frame.targets}
    # a demand on the protest's own target, or on the protesters' own state (the implicit
    # target of a protest at home), is its content; one aimed elsewhere is an act of its own
    # ("demonstrated in Nairobi, demanding the release of leaders held by Uganda")
    protests = {f.trigger.i for f in found if f.cameo.startswith(PROTEST_ROOT)
                and sides & {m.actor.party for m in f.sources}
                and aimed <= {m.actor.country for m in f.targets + f.sources}}
    tok = frame.trigger
    for _ in range(4):
        if tok.dep_ not in ("aux", "advcl", "ccomp", "xcomp", "acl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in protests:
            return True
    return False
