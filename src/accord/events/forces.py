"""Forces and arms: whom a show of force faces, and who supplies and uses weapons.

- A show or build-up of force (CAMEO 15) is aimed at the state whose border, coast or land
  it faces, not at its host ("deployed battalions to Belarus near the Ukrainian border"
  faces Ukraine): `faced_places`, `posture_targets`, `posture_frame`; forces posted at a
  border are a build-up (154), not aid (`at_edge`); exercises facing a state with no partner
  are a show of force (`facing_code`); peacekeepers face no enemy.
- Arms have a supplier and a user: "the brigade was equipped with German tanks", "Iranian
  rockets were shipped to Hezbollah" (the arms' state supplies: `equipped`, `delivered`);
  the state that made or supplied weapons is never the target of their use ("used North
  Korean missiles against Ukraine": `arms_makers`); "the drones Iran sold to Russia are
  hitting power stations" is Russia's use (`supplied_arms`); missiles "provided by" a state
  are its aid to their user (`arms_user`). `arms_sides` applies these to a frame's sides.
- Forces sent "to deter Iran" are a show of force, not aid (`deterred_by`).

Split from aims.py and coder.py (session 10), which call these while pairing a frame's actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.implicit import Places, faced_town
from accord.events.syntax import (
    ON_PLACE_NOUNS,
    mentions_in,
    object_tokens,
    other_than,
    phrase,
    to_infinitive,
)
from accord.records import Mention

# military aid, and a build-up of forces (`at_edge`: troops sent to a border)
MILITARY_AID, BUILD_UP = "072", "154"
FIGHT_ROOT = "19"
# a show of force by drills (150) that several states hold together is military cooperation
JOINT_DRILL, JOINT_EXERCISE = "150", "062"
# force (19, 20) by two parties is a fight between them only by a verb of fighting each
# other ("Indian and Pakistani troops exchanged fire"); "Russian and Syrian jets bombed
# Idlib", "Malian soldiers and Russian mercenaries retook Kidal" are allies
MUTUAL_FORCE_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "trade", "engage",
                      "spar", "duel"}
# a ceasefire is between its parties: two that break it ("both the army and the rebels
# violated the truce") break it towards each other
CEASEFIRE_BROKEN = "196"


# purposes of forces sent that make them a show of force against someone (150), not aid
DETERRING_VERBS = {"deter", "intimidate", "threaten", "pressure", "warn", "counter",
                   "confront", "coerce", "menace", "signal"}
# verbs of equipping forces, whose "with" names the arms (`equipped`)
EQUIP_VERBS = {"equip", "outfit", "arm", "rearm", "re-equip"}
# verbs whose object is the arms a force is used with ("used Iranian drones against Kyiv"),
# and the arms: the state that made or supplied them is no target (`arms_makers`)
WIELD_VERBS = {"use", "employ", "fire", "launch", "deploy", "wield", "unleash", "lob", "hurl",
               "utilize", "utilise", "drop"}
# verbs of fighting each other, whose "with" is the foe, not the arms
FOE_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "engage", "spar", "duel",
             "trade"}
# verbs of sending goods (`delivered`)
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
# exercises, and verbs of keeping forces somewhere (`facing_code`)
DRILL_WORDS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "patrol"}
STATIONING_VERBS = {"station", "base", "position", "deploy", "keep", "host"}
# verbs that post forces somewhere: sent to a border they are a build-up (154), not aid
POSTING_VERBS = {"send", "dispatch", "move", "rush", "redeploy", "deploy", "transfer",
                 "order"}


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


# where along a border an object of force was: not the state beyond it
BORDER_PLACE_PREPS = {"near", "along", "at", "on", "by", "beside", "outside", "close"}


def border_whereabouts(obj: list[Token]) -> set[int]:
    """Indices of the words that only say where along a border the object of a use of force
    was ("clashed with rebels near the border with Venezuela", "killed militants along the
    Afghan border"): the state the border names is no party to the act. Not "across the
    border into Israel", which names where fire went, nor a border phrase on the verb."""
    out: set[int] = set()
    words = {t.i for t in obj}
    for t in obj:
        if t.dep_ != "prep" or t.lower_ not in BORDER_PLACE_PREPS or t.head.i not in words:
            continue
        pobjs = [p for p in t.children if p.dep_ == "pobj"] + [
            p for q in t.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in EDGE_NOUNS or p.lower_ in EDGE_NOUNS for p in pobjs):
            out.update(x.i for x in t.subtree)
    return out


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


def fought_for(verb: Token, m: Mention) -> bool:
    """Whether a mention is the state a verb of fighting is "for" ("fighting for Russia",
    not "fighting for the independence of ...")."""
    return any(m.token_start <= p.i < m.token_end for c in verb.children
               if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
               if p.dep_ == "pobj")


def supplied_sides(verb: Token, sources: list[Mention], targets: list[Mention],
                   mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The sides of military aid (072) its arms tell: "the brigade was equipped with German
    tanks", "Iranian rockets were shipped to Hezbollah" (the arms' maker supplies whom they
    equip or are sent to); "Russia used missiles provided by the DPRK against Ukraine"
    (provided to their user)."""
    if (arms := equipped(verb) or delivered(verb)) is not None and (
            suppliers := mentions_in(arms[0], mentions)):
        sources = suppliers
        targets = mentions_in(arms[1], other_than(sources, mentions))
    if (user := arms_user(verb)) is not None:
        targets = mentions_in(user, other_than(sources, mentions))
    return sources, targets


def used_sides(verb: Token, sources: list[Mention], targets: list[Mention],
               mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The sides of coercion or force (17-20) done with arms: their maker or supplier is not
    attacked ("used Turkish-supplied drones against the RSF"), and who sold them does not
    use them ("the drones Iran sold to Russia are hitting power stations": Russia does)."""
    targets = not_arms_makers(verb, targets)
    if (supplied := supplied_arms(verb)) is not None and any(
            m.token_start in supplied[0] for m in sources):
        sources = mentions_in(supplied[1], mentions)
    return sources, targets


def not_arms_makers(verb: Token, targets: list[Mention]) -> list[Mention]:
    """The targets less the makers or suppliers of the arms a verb is done with ("attacked
    ships with Iranian missiles": Iran is no victim)."""
    if not (makers := arms_makers(verb)):
        return targets
    return [m for m in targets if not makers.intersection(range(m.token_start, m.token_end))]


def posture_frame(verb: Token, cameo: str, sources: list[Mention], targets: list[Mention],
                  mentions: list[Mention], places: Places | None
                  ) -> tuple[str, list[Mention]]:
    """The code and targets of forces shown, moved or sent: "sent 10,000 soldiers to the
    Belarusian border" is a build-up facing the state beyond it, not aid to it (154);
    "North Korean troops are fighting for Russia" is military aid to it, no fight with it
    (072); "held exercises around Taiwan" is force shown, with no partner (150); a show or
    build-up of force is aimed at the state it faces, else at the town it faces ("massed
    troops near Kharkiv")."""
    if cameo == MILITARY_AID and at_edge(verb):
        cameo = BUILD_UP
    if cameo[:2] == FIGHT_ROOT and verb.lemma_.lower() in MUTUAL_FORCE_VERBS and \
            targets and all(m.actor.kind == "state" and fought_for(verb, m) for m in targets):
        cameo = MILITARY_AID
    if cameo == JOINT_EXERCISE and (
            faced := facing_code(verb, other_than(sources, mentions))) is not None:
        cameo = faced
    if cameo[:2] == POSTURE_ROOT:
        targets = posture_targets(verb, sources, targets, other_than(sources, mentions))
        if not targets and places is not None and sources and not peacekeepers(sources):
            targets = faced_town(faced_places(verb)[0], sources, places, mentions)
    return cameo, targets
