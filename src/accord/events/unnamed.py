"""Violence by no one named: an attack told by its weapon ("a car bomb killed six people in
Mogadishu"), its victims ("a judge was shot dead in Peshawar") or attackers' words that name
no one ("unidentified gunmen"), in a place one state holds, is that state's unidentified
armed force's (ISO3 + UAF, CAMEO's sector for them), an implicit actor; a group the sentence
says claimed or is suspected of it is the agent instead. Accidents, no place, or a contested
place give no agent."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from accord.events.implicit import (
    ARSON_CODES,
    FORCE_ROOTS,
    WHEN_WORDS,
    Places,
    implicit_on,
    place_state,
)
from accord.events.senses import SenseWords
from accord.events.syntax import phrase, prep_objects, to_infinitive
from accord.records import Mention

# the words of attacks and attackers are data (patterns/senses.tsv, uses "attacker" to
# "bomb_kind"): gunmen and assailants name no one; a car bomb, an IED or a suicide bombing
# strikes with no one named, but not air strikes, drones or shelling, which only armies use,
# nor a bare explosion, which may be an accident ("a gas explosion"); a heart attack or a
# police shooting is no one's violence or a state's; "shot dead" is an attack by itself,
# "killed" only with an attack or weapon named
# prepositions of the place an attack happens ("ripped through a market in Mogadishu")
SCENE_PREPS = ("in", "inside", "near", "at", "outside", "around", "on", "through")
# verbs of an attempt whose subject is the attacker ("tried to assassinate")
TRY_VERBS = {"try", "attempt", "manage"}


def unnamed_force(verb: Token, cameo: str, passive: tuple[list[Token], list[Token]] | None,
                  places: Places, mentions: Sequence[Mention], words: SenseWords
                  ) -> tuple[list[Mention], Token | None]:
    """ "A car bomb killed six people in Mogadishu", "unidentified gunmen shot dead a judge in
    Peshawar", "seven people were killed in a suicide bombing in Baghdad", "a journalist was
    shot dead in Culiacan": violence (CAMEO 18-20) told with no named agent (a weapon or
    attack as subject, agent words that name no one, a passive with no agent whose verb or
    act is an attack) in a place of one state that holds it unchallenged is that state's
    unidentified armed force (UAF, as CAMEO codes gunmen), implicit on the agent's words or
    the trigger; with the doer's word (for `bombing_code`). A group the sentence tells
    claimed, was blamed for or is suspected of the act ("in an attack claimed by
    al-Shabaab") is its agent instead, implicit on its own name; with any other named armed
    group or organisation, none. None when the weapon or attack is some state's ("an Israeli
    attack", "a police shooting"), for accidents ("a gas explosion", "a fire"), with no
    place, or where one state does not hold it unchallenged (`Places.holds`)."""
    if not cameo.startswith(FORCE_ROOTS + ARSON_CODES):
        return [], None
    doer: Token | None = None
    if passive is None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in subjects):
            subjects = [verb.head]  # "a suicide bombing that killed 25 people"
        if not subjects and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
            # "a roadside bomb exploded in Kandahar, killing four civilians"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects and (verb.dep_ == "conj" or verb.dep_ == "xcomp" and
                             verb.head.lemma_.lower() in TRY_VERBS):
            # "shot and killed", "tried to assassinate" (not "threatened to kill": a threat)
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        doer = next((s for s in subjects if _unnamed(s, words)), None)
        if not subjects and attempted_by_noun(verb):
            # "an attempt to assassinate the governor was foiled": the attempt is the doer's
            # word, and names no one unless its own words do ("the rebels' attempt")
            doer = verb.head
    else:
        agent, _ = passive
        if agent:
            doer = agent[0] if _unnamed(agent[0], words) else None
        elif verb.lemma_.lower() in words["attack_verb"]:
            doer = verb
        else:
            # "were killed in a suicide bombing", "were killed when a roadside bomb hit"
            doer = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ in (
                "in", "by") for p in c.children if p.dep_ == "pobj" and _unnamed(p, words)), None)
            doer = doer or next((s for c in verb.children if c.dep_ == "advcl" and any(
                w.lower_ in WHEN_WORDS for w in c.children if w.dep_ in ("advmod", "mark"))
                for s in c.children if s.dep_ == "nsubj" and _unnamed(s, words)), None)
    if doer is None:
        return [], None
    groups = [m for m in mentions if m.via != "implicit" and (
        m.actor.kind not in ("state", "person") or m.actor.sector in ARMED_GROUPS)]
    if groups:
        # "in an attack claimed by al-Shabaab", "police blamed the bombing on Boko Haram":
        # a group that claims the act or is blamed or suspected is its agent; any other
        # named group may be, and the unnamed agent is left uncoded
        cues = [t for t in verb.doc if t.lemma_.lower() in words["claim_cue"]]
        claimed = {m.actor.party: m for m in groups if any(
            m.token_end - 1 in {t.i for t in c.subtree} or m.token_start <= c.i < m.token_end
            for c in cues)}
        if len(claimed) != 1 or len({m.actor.party for m in groups}) != 1:
            return [], None
        m = next(iter(claimed.values()))
        return [implicit_on(m.actor, verb.doc[m.token_start], verb.doc[m.token_end - 1],
                            m.confidence)], doer
    # the doer's own words, not where it struck ("a bombing in Baghdad", "an attack on a
    # village")
    where = {t.i for c in doer.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS
             for t in c.subtree}
    if doer.i == verb.head.i and attempted_by_noun(verb):
        where |= {t.i for t in verb.subtree}  # what is attempted names the target
    if doer is not verb and any(m.token_start <= t.i < m.token_end for t in doer.subtree
                                if t.i not in where for m in mentions):
        return [], None  # named ("an Israeli attack", "a roadside bomb planted by the Taliban")
    # what is struck, also through an attempt ("tried to assassinate the mayor of Cali")
    acts = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    struck = [c for v in acts for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    struck += [c for h in struck for c in h.children if c.dep_ == "conj"]  # "and his driver"
    if cameo.startswith(ARSON_CODES):
        # "set fire to a church in Minya"
        struck += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   for p in c.children if p.dep_ == "pobj"]
    heads = [verb, doer] + struck
    if doer.i == verb.head.i and attempted_by_noun(verb):
        heads.append(doer.head)  # "an attempt to kill the mayor was foiled in Cali"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        heads.append(verb.head)  # "exploded in Kandahar, killing four"
    heads += [c for c in verb.children if c.dep_ == "advcl"]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
              for p in c.children if p.dep_ == "pobj" and _unnamed(p, words)]
    starts = [p for h in dict.fromkeys(heads) for p in prep_objects(h, SCENE_PREPS)
              if p.ent_type_ not in ("DATE", "TIME") or any(
                  m.token_start <= p.i < m.token_end for m in mentions)]  # "in Niger"
    # "ambushed the convoy of a governor in Kandahar", "the mayor of Cali": through whose
    starts += [p for h in struck for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    found = place_state(starts, places, mentions, True)
    if found is None or not places.holds(found[0], found[2]):
        return [], None
    country, conf, _ = found
    first = min(t.i for t in phrase(doer) if t.i <= doer.i)
    return [implicit_on(places.actor(country, "UAF"), doer.doc[first], doer, conf)], doer


# nouns of an attempt whose infinitive is the act attempted ("an attempt to assassinate")
ATTEMPT_NOUNS = {"attempt", "bid"}


def attempted_by_noun(verb: Token) -> bool:
    """Whether a verb is the act an attempt noun names ("an attempt to assassinate the
    governor", "a bid to kill the mayor")."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in ATTEMPT_NOUNS and \
        to_infinitive(verb)


# sectors of armed groups: one named in the sentence may be who struck
ARMED_GROUPS = {"REB", "INS", "RAD", "CRM", "UAF"}


def _unnamed(tok: Token, words: SenseWords) -> bool:
    """An agent that names no one: attackers' words, a weapon or attack, a bomb's blast."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}

    def said(use: str) -> bool:
        return lemma in words[use] or low in words[use]

    if said("attacker"):
        return True
    if said("armed_person") and mods & words["armed_word"].keys():
        return True
    if mods & words["not_attack"].keys():
        return False  # "a heart attack", "a police shooting", "an army ambush"
    if said("weapon"):
        return lemma != "mine" or not mods or bool(mods & {"land", "anti", "personnel"})
    return said("blast") and bool(mods & words["bomb_word"].keys())


BOMBING = "183"  # a bombing of no named kind


def bombing_code(cameo: str, doer: Token, words: SenseWords) -> str:
    """ "A car bomb killed six people" (1832), "a suicide bomber killed 20" (1831), "a
    grenade attack wounded five" (183): harm (18, 19) done by an unnamed agent that is a
    bomb is a bombing; other codes stay."""
    if cameo[:2] not in ("18", "19") or cameo.startswith("181") or (
            cameo.startswith("183") and cameo != BOMBING):
        return cameo
    lemma = doer.lemma_.lower()
    mods = {t.lemma_.lower() for t in doer.subtree if t.i < doer.i}
    # "wounded in a truck bomb blast": a blast the noun table already codes a bombing
    # (183) takes its kind from the words before it as a bomb does
    if cameo != BOMBING and lemma not in words["bomb"] and doer.lower_ not in words["bomb"] \
            and not (lemma in ("attack", "assault") and mods & words["bomb_word"].keys()):
        return cameo
    return next((code for word, code in words["bomb_kind"].items() if word in mods), BOMBING)
