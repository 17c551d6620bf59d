"""Actors a sentence implies by the place it names rather than by a word for them.

- "Two British journalists were detained in Iran": an act only a state does (arrest, trial,
  charge, sentence, expulsion, deportation, ban, investigation), told in the passive with no
  agent, in a place of one state, is that state's (`state_agent`).
- "Gunmen from Gaza killed 23 people in Tel Aviv", "Israeli tanks fired at targets in
  Jericho": force on unnamed people or on generic targets in a named place is aimed at that
  place's state: its people, or the state itself (`placed_victims`).

- "A car bomb killed six people in Mogadishu", "a judge was shot dead in Peshawar": violence
  with no named agent in a place of one state is that state's unidentified armed force
  (UAF, as CAMEO codes gunmen: `unnamed.unnamed_force`), and its unnamed victims the scene's.

Each such actor is implicit: placed on the trigger (the agent) or on the victims' words, with
a lower confidence, as the coder's other implicit actors (`_home_population`). The place's
state comes from the sentence's state mentions, else the gazetteer (`Places`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from accord.events.places import KIND_WORDS
from accord.events.syntax import COMPASS_POINTS, FOREIGN_WORDS, PLACE_NOUNS, phrase
from accord.records import Actor, Mention

# the state a place token lies in (a state mention covering it, else the gazetteer's town;
# with True, a token military force strikes, whatever the parser's entity tag)
PlaceCountry = Callable[[Token, Sequence[Mention], bool], str | None]
# a state's actor for a sector (None: the bare state)
CountryActor = Callable[[str, str | None], Actor]
# whether a state holds a place unchallenged, given the actor names of the place's mentions
Holds = Callable[[str, tuple[str, ...]], bool]
# where a place lies: its state, the confidence of what names it, its mentions' actor names
Where = tuple[str, float, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Places:
    """What the coder needs to place an act: the state of a place token, that state's actor,
    and whether it holds the place unchallenged (the pipeline gives
    `GroupPlaces.place_country`, `KnowledgeBase.country_actor` and `KnowledgeBase.holds`)."""

    country_of: PlaceCountry
    actor: CountryActor
    holds: Holds


# verbs of acts only a state's organs do: police, courts, ministries (not "killed",
# "attacked", "captured", "held": rebels and gangs do those too); "put" and "place" with the
# rows that make them such acts ("put under investigation", "put on trial", "placed under
# arrest")
STATE_ACT_VERBS = {"arrest", "rearrest", "detain", "jail", "imprison", "incarcerate", "intern",
                   "indict", "prosecute", "charge", "sentence", "convict", "deport", "expel",
                   "banish", "exile", "ban", "outlaw", "execute", "put", "place"}
# ... with the codes of those acts: investigation (09), conviction (116), expulsion of
# diplomats or missions (161, 166), bans (172), arrest and charge (173), deportation (174),
# execution (180); "charged that" (112) is an accusation, not a charge
STATE_ACT_CODES = ("09", "116", "161", "166", "172", "173", "174", "180")
# a curfew or emergency rule lifted or eased: only a state does that to a place ("the curfew
# was lifted in Kampala"), and what is lifted names no one
EASED_RULE_VERBS = {"lift", "ease", "relax", "end", "shorten"}
EASED_RULE_CODES = ("0813", "0814")
# expulsions: the state is where they are sent "from" ("expelled from France")
LEAVE_CODES = ("161", "166", "174")
# prepositions of the place an act happens in, and those through which a place is reached
# from what is done there ("put under investigation in Italy", "in a raid in Tehran")
IN_PREPS = ("in", "inside")
THROUGH_PREPS = ("under", "on", "at")
# people with no name of their own whose home is where violence strikes them
VICTIM_WORDS = {"people", "person", "civilian", "resident", "villager", "inhabitant",
                "bystander", "passerby", "worshipper", "worshiper", "pedestrian", "shopper",
                "child", "woman", "family",
                # people of the place that armed groups abduct and kill
                "student", "schoolgirl", "schoolboy", "schoolchild", "pupil", "farmer",
                "herder", "fisherman", "teacher", "miner",
                # people a state holds, whom its own guards torture and kill
                "detainee", "prisoner", "inmate"}
# a state's forces struck with no country word: whoever holds the place ("killed 12 soldiers
# in Mogadishu" are Somalia's); "police officers" too (`_forces`)
FORCE_WORDS = {"soldier": "MIL", "troop": "MIL", "serviceman": "MIL", "servicemen": "MIL",
               "policeman": "COP", "policemen": "COP", "gendarme": "COP",
               "policewoman": "COP"}
# generic things force is aimed at: "struck targets in Gaza", "shelled positions near Idlib"
TARGET_NOUNS = {"target", "position", "site", "installation", "facility", "stronghold",
                "hideout", "outpost", "depot", "base", "area", "building", "home", "house",
                "neighbourhood", "neighborhood", "camp", "village", "town", "city",
                "refinery", "plant", "port", "airfield", "bridge", "hospital", "school",
                "market", "station", "warehouse", "factory", "infrastructure", "grid",
                # places where people gather, struck by bombings and raids
                "hotel", "mosque", "church", "temple", "synagogue", "shrine", "bus",
                "restaurant", "cafe", "bazaar", "stadium", "checkpoint", "university",
                "convoy", "patrol",
                # land a front runs through: "pushed into the Kharkiv region", "advanced
                # into the outskirts of Toretsk"
                "region", "province", "district", "oblast", "outskirt", "outskirts", "suburb"}
# prepositions by which force reaches its object ("fired at targets", "strikes on sites",
# "advanced toward Pokrovsk")
AT_PREPS = ("at", "on", "against", "into", "toward", "towards")
# ... and where a bomb goes off is what it strikes ("detonated a car bomb outside a hotel")
BOMB_PREPS = ("outside", "near", "inside", "in")
# prepositions of the place of force: in it, or beside it ("positions near Idlib")
WHERE_PREPS = ("in", "inside", "near", "around")
# mass expulsions (201): the place people are driven from is theirs
EXPULSION_CODES = ("201",)
# clauses that tell the same act's circumstances ("killed 23 people when they blew themselves
# up in Tel Aviv")
WHEN_WORDS = {"when", "as", "while"}
FORCE_ROOTS = ("18", "19", "20")
# counts whose "of" names who is counted ("hundreds of women")
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                  "scores", "million", "millions"}
# violence that is no combat, which a state's forces may turn on their own people
HOME_VIOLENCE = ("18", "20")
# sites named by the town or state before them ("at Dubai airport", "an Israeli checkpoint")
SITE_NOUNS = {"airport", "prison", "jail", "checkpoint"}
# words of a part of a place named after "of" ("in parts of Yangon", "the outskirts of Lima")
# (and "in the north of Burkina Faso", "the restive east of Congo")
PARTS = {"part", "parts", "outskirts", "centre", "center", "streets", "rest", "heart",
         "edge", "fringes", "periphery"} | COMPASS_POINTS
GAZETTEER_CONFIDENCE = 0.8  # a town the gazetteer places, not a name the dictionary knows
# property destroyed (1712: "masked assailants set fire to a church in Minya"): by attackers
# who name no one, an attack as well
ARSON_CODES = ("1712",)
IMPLICIT_SHARE = 0.6  # an implicit actor's confidence, of the words it rests on


def state_agent(verb: Token, cameo: str, agent: list[Token], places: Places,
                mentions: Sequence[Mention]) -> list[Mention]:
    """ "Two British journalists were detained in Iran", "three Iranian diplomats were
    expelled from France", "a US national was put under investigation in Italy": a state's
    act (STATE_ACT_VERBS with STATE_ACT_CODES) in the passive with no "by" agent, where the
    clause names one place of a state, is that state's (its government, implicit, on the
    trigger). None with an agent, with no place or a place no state is known to hold, or for
    acts others do as well ("were killed in Iran", "were captured in Syria"); nor in a place
    another state may hold (`Places.holds`: "were detained in Crimea", "in the West Bank")."""
    eased = verb.lemma_.lower() in EASED_RULE_VERBS and cameo.startswith(EASED_RULE_CODES)
    if agent or not eased and (verb.lemma_.lower() not in STATE_ACT_VERBS or
                               not cameo.startswith(STATE_ACT_CODES)):
        return []
    preps = IN_PREPS + THROUGH_PREPS + (("from",) if cameo.startswith(LEAVE_CODES) else ())
    # "the curfew in Kathmandu was lifted": the place may hang on what is lifted
    heads = [verb] + ([c for c in verb.children if c.dep_ == "nsubjpass"] if eased else [])
    starts = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    found = place_state(starts, places, mentions)
    if found is None or not places.holds(found[0], found[2]):
        return []
    country, conf, _ = found
    return [implicit_on(places.actor(country, "GOV"), verb, verb, conf)]


def placed_victims(verb: Token, cameo: str, sources: list[Mention], places: Places,
                   mentions: Sequence[Mention]) -> list[Mention]:
    """ "Syrian gunmen killed 12 civilians in a Lebanese village" (LBN civilians), "Israeli
    tanks fired shells at targets in Jericho" (PSE): force (CAMEO 18-20) by a named side on
    unnamed people (VICTIM_WORDS, or a bare number: "killed 23") or on generic targets
    (TARGET_NOUNS) is aimed at the state of the place it strikes: the place on the victims,
    on the verb, or in a clause of the same act ("when they blew themselves up in Tel
    Aviv"). People become that state's civilians, a target the state itself, implicit on
    their own words. Not for foreigners ("foreign tourists"), nor where no state is known
    to hold the place, nor in the attacking state's own land, nor in the land of one of
    several sides that fought there; a group's force at home is ("Boko Haram fighters
    killed 30 villagers in Borno": Nigeria's)."""
    # a group word no rule placed beside a named side is that side's ("Al-Shabaab
    # militants"); alone, it tells no one
    sources = [m for m in sources if m.actor.country]
    # an unidentified armed force (`unnamed_force`) strikes where it is: unnamed people,
    # forces and officials there are the scene's ("a judge was shot dead in Peshawar"),
    # also through an attempt ("tried to assassinate the mayor of Cali"), and so is what it
    # sets on fire ("set fire to a church in Minya")
    unnamed = {s.actor.country for s in sources if s.actor.sector == "UAF"}
    uaf = len(unnamed) == 1 and all(s.actor.sector == "UAF" for s in sources)
    arson = uaf and cameo.startswith(ARSON_CODES)
    if not (cameo.startswith(FORCE_ROOTS) or arson) or not sources:
        return []
    acts = [verb] + ([c for c in verb.children if c.dep_ == "xcomp"] if uaf else [])
    struck = [c for v in acts for c in v.children if c.dep_ in ("dobj", "nsubjpass")
              and not (arson and c.lemma_.lower() in ("fire", "ablaze"))]
    struck += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in (
               AT_PREPS + BOMB_PREPS if cameo.startswith("183") else
               AT_PREPS + ("to",) if arson else AT_PREPS)
               for p in c.children if p.dep_ == "pobj"]
    # "raped hundreds of women", "killed dozens of civilians": the people counted
    struck = [next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), v)
              if v.lemma_.lower() in QUANTITY_NOUNS else v for v in struck]
    victims = [v for v in struck if _victim(v) or uaf and _role(v) is not None]
    if not victims:
        return _struck_town(struck, cameo, sources, places, mentions)
    head = victims[0]
    if uaf:
        first = min(t.i for t in phrase(head) if t.i <= head.i)
        sector = _forces(head) or ("CVL" if _people(head) else _role(head))
        actor = places.actor(next(iter(unnamed)), sector)
        return [implicit_on(actor, head.doc[first], head, min(m.confidence for m in sources)
                            / IMPLICIT_SHARE)]
    counted = head.head.head if head.dep_ == "pobj" and \
        head.head.head.lemma_.lower() in QUANTITY_NOUNS else head
    starts = [p for h in dict.fromkeys((head, counted)) for c in h.children
              if c.dep_ == "prep" and c.lower_ in WHERE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    if head.lemma_.lower() in PLACE_NOUNS or head.lower_ in PARTS:
        starts.insert(0, head)  # "the city of Kharkiv", "the outskirts of Toretsk"
    # "expelled residents from their villages in Darfur": whence people are driven is
    # where they live
    preps = WHERE_PREPS + (("from",) if cameo.startswith(EXPULSION_CODES) else ())
    for v in [verb] + [c for c in verb.children if c.dep_ == "advcl" and any(
            w.lower_ in WHEN_WORDS for w in c.children if w.dep_ in ("advmod", "mark"))]:
        starts += [p for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                   for p in c.children if p.dep_ == "pobj"]
    found = place_state(starts, places, mentions)
    if found is None:
        return []
    country, conf, names = found
    sides = {s.actor.party for s in sources}
    if any(m.actor.country == country and (m.actor.party == country or len(sides) > 1)
           for m in sources) and not (
            cameo.startswith(HOME_VIOLENCE) and len(sides) == 1 and _people(head)
            and places.holds(country, names)):
        # "Ukrainian shelling killed three people in Donetsk": a state's force in its own
        # land strikes where others hold or fight, and "clashes between Armenian and
        # Azerbaijani troops killed 5 people in Karabakh" do not say which side struck the
        # place's people; the text does not tell whose people they are. But violence that
        # is no combat (rape, torture, massacre: 18, 20) by one state's forces on people
        # in land it holds unchallenged is on its own people ("Ethiopian troops raped
        # hundreds of women in Tigray")
        return []
    conf = min([conf] + [m.confidence for m in sources])
    if (sector := _forces(head)) is not None:
        # "al-Shabaab killed 12 soldiers in Mogadishu": the place's state's forces
        first = min(t.i for t in phrase(head) if t.i <= head.i)
        return [implicit_on(places.actor(country, sector), head.doc[first], head, conf)]
    if _people(head):
        first = min(t.i for t in phrase(head) if t.i <= head.i)
        return [implicit_on(places.actor(country, "CVL"), head.doc[first], head, conf)]
    return [implicit_on(places.actor(country, None), head, head, conf)]


def _struck_town(struck: list[Token], cameo: str, sources: list[Mention], places: Places,
                 mentions: Sequence[Mention]) -> list[Mention]:
    """ "Russian forces shelled Kharkiv", "jets bombed Rafah": military force (19, 20) on a
    town only the gazetteer knows (the parser often tags such a name a person) is aimed at
    the state that holds it; not in the attacking state's own land (an armed group's at
    home is: "M23 rebels captured Goma"), nor where several states may hold it."""
    if not cameo.startswith(("19", "20")):
        return []
    for town in struck:
        if town.pos_ != "PROPN" or any(m.token_start <= town.i < m.token_end
                                       for m in mentions):
            continue
        country = places.country_of(town, mentions, True)
        sides = {m.actor.party for m in sources}
        # the attacker's own land, as for unnamed victims: a group's force at home strikes
        # its state's town ("M23 rebels captured Goma"), a state's own forces do not
        if country is None or not places.holds(country, ()) or any(
                m.actor.country == country and (m.actor.party == country or len(sides) > 1)
                for m in sources):
            continue
        conf = min([GAZETTEER_CONFIDENCE] + [m.confidence for m in sources])
        return [implicit_on(places.actor(country, None), town, town, conf)]
    return []


def implicit_on(actor: Actor, first: Token, last: Token, confidence: float) -> Mention:
    """An implicit actor resting on the words first..last (a trigger, the victims' words),
    at IMPLICIT_SHARE of the confidence of what names it."""
    span = first.doc[first.i:last.i + 1]
    return Mention(actor, span.text, span.start_char, span.end_char, first.i, last.i + 1,
                   round(confidence * IMPLICIT_SHARE, 3), "implicit")


# the press named by its kind alone that a state's act of justice or ban falls on where it
# rules ("two journalists were detained in Tehran": Iran's press, CAMEO's MED); not an
# expulsion or deportation (an expelled correspondent is most often a foreigner)
PRESS_PATIENTS = {"journalist", "reporter", "editor", "blogger", "columnist", "correspondent",
                  "photojournalist", "cameraman", "newspaper", "daily", "broadcaster"}
PRESS_CODES = ("09", "116", "172", "173")


def press_patient(verb: Token, cameo: str, patient: list[Token], implied: list[Mention],
                  mentions: Sequence[Mention], places: Places) -> list[Mention]:
    """The press acted on in a passive whose agent the place implies (`state_agent`): "a
    reporter was arrested in Istanbul" is Turkey's press (implicit, on the press word).
    None when the press is named ("a French reporter": a mention) or marked foreign."""
    if not implied or not cameo.startswith(PRESS_CODES):
        return []
    heads = [p for p in patient if p.dep_ == "nsubjpass" and p.head.i == verb.i]
    if len(heads) != 1 or heads[0].lemma_.lower() not in PRESS_PATIENTS:
        return []
    head = heads[0]
    own = {t.i for t in head.subtree}
    if any(t.lower_ in FOREIGN_WORDS for t in head.subtree) or any(
            m.token_end - 1 in own for m in mentions):
        return []
    state = implied[0]
    return [implicit_on(places.actor(state.actor.country, "MED"), head, head,
                        state.confidence / IMPLICIT_SHARE)]


# officials and professionals an unidentified armed force strikes, by role alone: the scene's
ROLE_VICTIMS = {"judge": "JUD", "magistrate": "JUD", "prosecutor": "JUD", "lawyer": "JUD",
                "journalist": "MED", "reporter": "MED", "photographer": "MED",
                "priest": "REL", "pastor": "REL", "imam": "REL", "cleric": "REL",
                "official": "GOV", "mayor": "GOV", "governor": "GOV", "councillor": "GOV",
                "councilor": "GOV", "politician": "ELI", "lawmaker": "LEG",
                "legislator": "LEG", "candidate": "ELI", "activist": "NGO",
                "worker": "CVL", "man": "CVL", "traveller": "CVL", "traveler": "CVL",
                "passenger": "CVL", "guard": "COP", "deminer": "CVL", "doctor": "HLH",
                "trader": "CVL", "vendor": "CVL", "shopkeeper": "CVL", "driver": "CVL",
                "engineer": "CVL", "chief": "GOV", "commander": "MIL"}


def _role(tok: Token) -> str | None:
    """The sector of an official or professional named by role alone ("a judge", "a local
    politician"), or None; not foreigners."""
    sector = ROLE_VICTIMS.get(tok.lemma_.lower()) or ROLE_VICTIMS.get(tok.lower_)
    if sector is None or any(t.lower_ in FOREIGN_WORDS for t in tok.subtree):
        return None
    return sector


def _people(tok: Token) -> bool:
    """Unnamed people: a word for them, or a bare count ("killed 23")."""
    return tok.lemma_.lower() in VICTIM_WORDS or tok.lower_ in VICTIM_WORDS or \
        tok.pos_ == "NUM"


def _forces(tok: Token) -> str | None:
    """The sector of a word for a state's forces with no country word ("soldiers",
    "policemen", "police officers"), or None."""
    lemma = tok.lemma_.lower()
    if lemma in FORCE_WORDS:
        return FORCE_WORDS[lemma]
    if lemma in ("officer", "officers") and any(
            c.dep_ == "compound" and c.lower_ == "police" for c in tok.children):
        return "COP"
    return None


def _victim(tok: Token) -> bool:
    """An object of force that names no one: people with no country word, a state's
    forces, or a generic target; not foreigners ("foreign tourists")."""
    if not (_people(tok) or _forces(tok) or tok.lemma_.lower() in TARGET_NOUNS):
        return False
    return not any(t.lower_ in FOREIGN_WORDS for t in tok.subtree)


def place_state(starts: list[Token], places: Places, mentions: Sequence[Mention],
                loose: bool = False) -> Where | None:
    """The one state the nearest places name, with the confidence of what names it: a place
    (`Places.country_of`: a state mention over it, or a town of the gazetteer), a place noun
    told by its state's word or name ("a Lebanese village", "the town of Gulu"), reached
    through what is done there ("in a raid in Tehran"). None when no place tells a state, or
    the nearest tell several. `loose`: a town whatever the parser's entity tag (the scene of
    an attack: "in Culiacan"), and a place told by the state named beside it ("in Cauca,
    Colombia")."""
    level = starts
    for _ in range(4):
        found: dict[str, Where] = {}
        nxt: list[Token] = []
        for p in level:
            got = _state_of(p, places, mentions, loose)
            if got is None and loose:
                # "in Cauca, Colombia", "in Mindanao, the Philippines"
                got = next((g for c in p.children if c.dep_ == "appos"
                            and (g := _state_of(c, places, mentions, loose)) is not None), None)
            if got is not None:
                seen = found.get(got[0], got)
                found[got[0]] = (got[0], max(seen[1], got[1]), seen[2] + got[2])
                continue
            nxt += [g for c in p.children if c.dep_ == "prep" and (
                c.lower_ in IN_PREPS or c.lower_ == "of" and p.lower_ in PLACE_NOUNS | PARTS)
                for g in c.children if g.dep_ == "pobj"]
        if len(found) == 1:
            return next(iter(found.values()))
        if found or not nxt:
            return None
        level = nxt
    return None


def _state_of(place: Token, places: Places, mentions: Sequence[Mention], loose: bool = False
              ) -> Where | None:
    """Where a place token lies, with its mention's confidence (GAZETTEER_CONFIDENCE for a
    town only the gazetteer knows); a place noun or a site by the state word or name before
    it ("a Lebanese village", "Dubai airport", "Tehran's Evin prison")."""
    over = [m for m in mentions if m.token_start <= place.i < m.token_end]
    if any(m.actor.kind != "state" for m in over):
        return None  # an organisation's or a person's name, no place
    country = places.country_of(place, mentions, loose and place.pos_ == "PROPN")
    if country is not None:
        return (country, max([m.confidence for m in over] or [GAZETTEER_CONFIDENCE]),
                tuple(m.actor.name for m in over))
    if place.lemma_.lower() not in PLACE_NOUNS | SITE_NOUNS | KIND_WORDS:
        return None
    found: dict[str, Where] = {}
    for c in place.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < place.i and \
                (got := _state_of(c, places, mentions, loose)) is not None:
            found[got[0]] = got
    return next(iter(found.values())) if len(found) == 1 else None


def faced_town(facing: list[Token], sources: list[Mention], places: Places,
               mentions: Sequence[Mention]) -> list[Mention]:
    """The state of a town or region a show or build-up of force faces with no state named
    ("massed troops near Kharkiv", "concentrated forces outside Kupiansk"): the state the
    gazetteer gives it, implicit on the place's words; none in the source's own land."""
    starts = [t for t in facing if t.dep_ == "pobj"]
    found = place_state(starts, places, mentions) if starts else None
    if found is None:
        return []
    country, conf, _ = found
    if any(m.actor.country == country for m in sources):
        return []
    place = next(t for t in starts if _state_of(t, places, mentions, False) is not None) \
        if any(_state_of(t, places, mentions, False) is not None for t in starts) else starts[0]
    conf = min([conf] + [m.confidence for m in sources])
    return [implicit_on(places.actor(country, None), place, place, conf)]

