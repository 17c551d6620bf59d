"""Who an act is aimed at, when the words around a target say it is not.

GDELT-style coders take any state in a verb's object for its target; news is full of states
that are mentioned there without being aimed at:

- the victim of an act of force that is praised, blamed or sanctioned ("condemned the attack
  on Israel by Iran" is aimed at Iran), or that is given as the reason ("vowed to retaliate
  for the killing of its commander in Beirut" is not aimed at Lebanon): `not_victims`;
- the town a summit or conference is held in ("pledged aid at a summit in Ottawa");
- where parties named otherwise meet ("held talks at a summit in Washington");
- the state a threat shields ("will respond to any attack on Belarus");
- and forces sent "to deter Iran" are a show of force, not aid (`deterred_by`).

Each filter takes the coder's candidate targets and keeps those these words do not rule out.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from accord.events.syntax import (
    ON_PLACE_NOUNS,
    mentions_in,
    object_tokens,
    phrase,
    to_infinitive,
)
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
# purposes of forces sent that make them a show of force against someone (150), not aid
DETERRING_VERBS = {"deter", "intimidate", "threaten", "pressure", "warn", "counter",
                   "confront", "coerce", "menace", "signal"}
# verbs of equipping forces, whose "with" names the arms (aims.equipped)
EQUIP_VERBS = {"equip", "outfit", "arm", "rearm", "re-equip"}
# verbs whose object is the arms a force is used with ("used Iranian drones against Kyiv"),
# and the arms: the state that made or supplied them is no target (aims.arms_makers)
WIELD_VERBS = {"use", "employ", "fire", "launch", "deploy", "wield", "unleash", "lob", "hurl",
               "utilize", "utilise", "drop"}
# verbs of fighting each other, whose "with" is the foe, not the arms
FOE_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "engage", "spar", "duel",
             "trade"}
# verbs of sending goods (aims.delivered)
SENDING_VERBS = {"deliver", "send", "ship", "supply", "transfer", "smuggle", "funnel",
                 "channel", "ferry", "truck", "route", "traffic", "airlift", "export", "sell",
                 "provide", "donate", "dispatch", "give", "hand"}
# ... by what means ("shipped to Russia by rail"), and designs that may be built elsewhere
# ("Iranian-designed drones" made in Russia name no supplier)
CARRIER_NOUNS = {"rail", "sea", "air", "road", "land", "ship", "boat", "plane", "aircraft",
                 "truck", "lorry", "train", "vessel", "convoy", "ferry", "cargo", "tunnel"}
DESIGN_WORDS = {"design", "designed", "model", "modelled", "modeled", "base", "based",
                "inspire", "inspired", "copy", "copied"}
ARMS_NOUNS = {"weapon", "arms", "arm", "missile", "drone", "uav", "rocket", "munition",
              "ammunition", "shell", "bomb", "artillery", "tank", "jet", "fighter", "warplane",
              "helicopter", "howitzer", "launcher", "interceptor", "rifle", "gun", "firearm",
              "grenade", "mortar", "round", "projectile", "ordnance", "warhead", "system"}
# a show or build-up of force (15) is aimed at the state whose border, coast or land it
# faces ("massed along the frontier with Ukraine", "drills off the coast of Taiwan", "moved
# missiles closer to the Finnish border"); a state the forces are sent to or stand in is
# their host, the target only when nothing faced is named ("deployed battalions to Belarus
# near the Ukrainian border" faces Ukraine; "deployed troops to Poland" is aimed at Poland)
POSTURE_ROOT = "15"
FACING_PREPS = {"near", "along", "around", "off", "toward", "towards", "outside", "across",
                "surrounding", "encircling", "opposite", "against"}
HOST_PREPS = {"to", "in", "into", "on", "at", "inside", "within", "onto"}
EDGE_NOUNS = {"border", "frontier", "boundary", "coast", "coastline", "shore", "shores",
              "waters", "doorstep", "borderland", "borders", "frontiers", "airspace"}
# participles of what forces face: "drills encircling Taiwan", "its coast facing China"
FACING_VERBS = {"face", "encircle", "surround", "border", "overlook", "confront"}
# "moved units closer to Kosovo", "close to the border"
CLOSE_WORDS = {"close", "closer", "near", "nearer"}
# international bodies whose forces face an enemy: a build-up by others (the UN, the AU)
# along a border is peacekeeping
ALLIANCES = {"NATO", "CSTO"}
# exercises, and verbs of keeping forces somewhere (aims.facing_code)
DRILL_WORDS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "patrol"}
STATIONING_VERBS = {"station", "base", "position", "deploy", "keep", "host"}
# verbs that post forces somewhere: sent to a border they are a build-up (154), not aid
POSTING_VERBS = {"send", "dispatch", "move", "rush", "redeploy", "deploy", "transfer",
                 "order"}


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


def faced_places(verb: Token) -> tuple[list[Token], list[Token]]:
    """The words of the places a verb's forces face (a border, a coast, what they are near,
    along or around) and of those they are sent to or stand in (their host), from the
    prepositions on the verb, on its object and on a "close to" or "closer to"."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]
    # "the build-up of Russian forces near Ukraine": on what a noun is "of"
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                and verb.pos_ == "NOUN" for p in c.children if p.dep_ == "pobj"]
    facing: list[Token] = []
    hosted: list[Token] = []
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        # "condemned China's drills around Taiwan", the parser hanging "around Taiwan" on
        # the verb that governs the noun
        facing += [t for c in verb.head.children if c.dep_ == "prep" and c.i > verb.i
                   and c.lower_ in FACING_PREPS for p in c.children if p.dep_ == "pobj"
                   for t in phrase(p)]
    for h in holders:
        for c in h.children:
            if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in FACING_VERBS:
                # "exercises encircling Taiwan", "forces in Ladakh facing China"
                facing += [t for o in c.children if o.dep_ == "dobj" for t in phrase(o)]
                continue
            close = c.dep_ in ("advmod", "acomp", "prep") and c.lower_ in CLOSE_WORDS
            preps = [c] if c.dep_ in ("prep", "dative") else []
            if close:
                preps = [c] + [d for d in c.children if d.dep_ == "prep"]
            for prep in preps:
                for p in prep.children:
                    if p.dep_ != "pobj":
                        continue
                    words = phrase(p) + [t for a in p.children if a.dep_ == "acl"
                                         and a.lemma_.lower() in FACING_VERBS
                                         for o in a.children if o.dep_ == "dobj"
                                         for t in phrase(o)]
                    # "massing on the edge of Gaza", "on the outskirts of Kharkiv": the
                    # place's edge is faced (syntax.ON_PLACE_NOUNS: a scene, not a target,
                    # for other acts)
                    if close or prep.lower_ in FACING_PREPS or \
                            p.lemma_.lower() in EDGE_NOUNS | ON_PLACE_NOUNS or \
                            p.lower_ in EDGE_NOUNS | ON_PLACE_NOUNS:
                        facing.extend(words)
                    elif prep.lower_ in HOST_PREPS:
                        hosted.extend(words)
    return facing, hosted


def at_edge(verb: Token) -> bool:
    """Whether forces a verb posts are sent to a border or coast, or toward, near or around
    a place ("sent 10,000 soldiers to the Belarusian border", "rushed reinforcements to its
    frontier with Syria", "sent warships toward Taiwan")."""
    return verb.lemma_.lower() in POSTING_VERBS and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in EDGE_NOUNS or c.lower_ in FACING_PREPS)
        for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for c in h.children if c.dep_ in ("prep", "dative") for p in c.children)


def facing_code(verb: Token, others: list[Mention]) -> str | None:
    """The code of military cooperation (062) that faces a state with no partner named:
    exercises held near or around it are a show of force (150: "held exercises around
    Taiwan", not "held exercises with the ROK"); forces stationed facing it a build-up (154:
    "stationed missiles in Belarus near the Polish border", not "on an ally's soil")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside", "between")
           for h in holders for c in h.children):
        return None
    facing, _ = faced_places(verb)
    if not facing or not mentions_in(facing, others):
        return None
    words = {h.lemma_.lower() for h in holders[1:]} | {
        c.lower_ + h.lemma_.lower() for h in holders[1:] for c in h.children
        if c.dep_ == "compound"}
    if words & DRILL_WORDS:
        return "150"
    if verb.lemma_.lower() in STATIONING_VERBS:
        return "154"
    return None


def peacekeepers(sources: list[Mention]) -> bool:
    """Whether the forces are an international body's other than an alliance's (the UN's,
    the AU's): what they face along a border is no state they threaten."""
    return bool(sources) and all(m.actor.sector == "IGO" and m.actor.country not in ALLIANCES
                                 for m in sources)


def posture_targets(verb: Token, sources: list[Mention], targets: list[Mention],
                    others: list[Mention]) -> list[Mention]:
    """Whom a show or build-up of force is aimed at: the state it faces, else the targets
    read so far (a host named "to": "deployed troops to Poland"; not where drills are held:
    "exercises in the Sea of Japan"). Forces an international body other than an alliance
    deploys along a state's border keep the peace there (no build-up facing it)."""
    if peacekeepers(sources):
        return targets
    facing, _ = faced_places(verb)
    faced = mentions_in(facing, others) if facing else []
    return faced or targets


def equipped(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The supplier and the recipient of arms a verb of equipping tells with no one named
    doing it: "the brigade was equipped with German tanks", "soldiers outfitted with
    American rifles" (the goods' state supplies them, whoever holds them receives them);
    None when the verb names its own equipper ("Britain equipped the brigade with ...")."""
    if verb.lemma_.lower() not in EQUIP_VERBS or any(
            c.dep_ in ("dobj", "agent") for c in verb.children):
        return None
    goods = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    makers = [t for p in goods for m in p.children if m.dep_ in ("amod", "compound", "poss")
              and m.i < p.i for t in phrase(m)]
    if not makers:
        return None
    held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not held and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        held = [verb.head]  # "troops equipped with British anti-tank weapons"
    return makers, [t for h in held for t in phrase(h)]


def delivered(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The supplier and the recipient of arms a passive verb of sending tells with no one
    named sending them: "North Korean shells were shipped to Russia", "Iranian-made drones
    were delivered to Russian units" (the arms' state supplies them, as in `equipped`; the
    route, "through Syria", is no party); None when an agent is named or the goods are no
    arms or carry no state."""
    if verb.lemma_.lower() not in SENDING_VERBS or any(
            c.dep_ == "agent" and not any(p.lemma_.lower() in CARRIER_NOUNS
                                          for p in c.children) for c in verb.children):
        return None  # "by rail", "by sea" is no agent
    if any(c.dep_ == "auxpass" for c in verb.children):
        goods = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        goods = [verb.head]  # "Iranian drones delivered to Russia"
    else:
        return None
    goods = [g for g in goods + [c for g in goods for c in g.conjuncts]
             if g.lemma_.lower() in ARMS_NOUNS or g.lower_ in ARMS_NOUNS]
    makers = [t for g in goods for m in g.children if m.i < g.i and m.dep_ in (
        "amod", "compound", "poss", "npadvmod", "nmod")
              and m.lemma_.lower() not in DESIGN_WORDS for t in m.subtree]
    held = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
    return (makers, held) if makers and held else None


def arms_makers(verb: Token) -> set[int]:
    """The words naming who made, supplied or owns the arms an act of force is done with:
    the object of a verb of use or fire ("used Iranian drones against Kyiv", "fired North
    Korean-made missiles at Kharkiv", "Chinese rockets were launched by the militia") or its
    "with" ("attacked the ships with Iranian missiles"; not a verb of fighting each other:
    "clashed with Russian tanks" names the foe). Their state is not the one the force is
    aimed at: the origin of arms is no victim."""
    arms: list[Token] = []
    if verb.lemma_.lower() in WIELD_VERBS:
        deps = ("dobj", "nsubjpass") if any(c.dep_ == "auxpass" for c in verb.children) \
            else ("dobj",)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "Iranian drones used against ships"
            arms = [verb.head]
        else:
            arms = [c for c in verb.children if c.dep_ in deps]
    if verb.lemma_.lower() not in FOE_VERBS:
        # the "with" of the verb, or of its object where the parser hangs it there
        arms += [p for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
                 for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj"]
    arms += [c for a in arms for c in a.conjuncts]
    return {t.i for a in arms if a.lemma_.lower() in ARMS_NOUNS or a.lower_ in ARMS_NOUNS
            for m in a.children if m.i < a.i and m.dep_ in (
                "amod", "compound", "poss", "npadvmod", "nmod") for t in m.subtree}


def supplied_arms(verb: Token) -> tuple[set[int], list[Token]] | None:
    """Arms that do an act of force with a clause that tells who supplied them: "the drones
    Iran sold to Russia are hitting power stations", "missiles North Korea sent to Moscow
    struck Kharkiv". The supplier (the words of that clause) does not use them; whom they
    were sent to does. Returns the supplier's token indices and the recipient's tokens (none
    when the clause names none), or None."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() not in ARMS_NOUNS and subj.lower_ not in ARMS_NOUNS:
            continue
        for cl in subj.children:
            if cl.dep_ in ("acl", "relcl") and cl.lemma_.lower() in SENDING_VERBS:
                told = {t.i for t in cl.subtree} | {t.i for a in subj.children
                                                    if a.dep_ == "appos" for t in a.subtree}
                to = [t for c in cl.children if c.dep_ in ("prep", "dative")
                      and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                      for t in phrase(p)]
                return told, to
    return None


def arms_user(verb: Token) -> list[Token] | None:
    """Who uses arms a participle of supply tells on the object of a verb of use: "Russia
    has used missiles provided by the DPRK against Ukraine" (Russia was provided with them,
    not Ukraine, whatever the "against" hangs on); None elsewhere."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ != "dobj" or \
            verb.head.head.lemma_.lower() not in WIELD_VERBS:
        return None
    return [t for c in verb.head.head.children if c.dep_ == "nsubj" for t in phrase(c)]


def deterred_by(verb: Token) -> list[Token] | None:
    """The object of a purpose clause that turns forces sent into a show of force ("to deter
    Iran", "to intimidate Taipei"), or None when there is no such clause."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.pos_ == "VERB" and to_infinitive(c) and \
                c.lemma_.lower() in DETERRING_VERBS:
            return object_tokens(c)
    return None


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

