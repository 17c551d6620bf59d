"""Status (occurred / intended / negated / hedged), time, place and attribution of a predicate."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from accord.events import dates, places
from accord.events.forces import EDGE_NOUNS
from accord.events.quotes import quote_speaker
from accord.events.syntax import (
    CONTROL_NOUNS,
    MOTION_NOUNS,
    NEED_NOUNS,
    REPORT_VERBS,
    SAY_VERBS,
    loose_conjunct,
    particle_gerund,
    phrase,
    shown_doing,
    to_infinitive,
)
from accord.knowledge.patterns import Patterns
from accord.records import EventDate, Location, Mention, Status

HEDGING_SAY_VERBS = {"suggest", "claim", "allege", "indicate"}
THREAT_VERBS = {"threaten", "threatened", "threatens", "threatening"}
ATTEMPT_VERBS = {"try", "attempt", "seek", "strive", "endeavour", "endeavor"}
_RANK = {"occurred": 0, "intended": 1, "hedged": 2, "negated": 3}
_CUE_ROLE = {"aux": "aux", "neg": "adverb", "advmod": "adverb", "mark": "mark"}
# verbs of support whose bare gerund complement is an act to come: "both sides welcomed
# strengthening exchanges", "Chile supports expanding trade" (not "welcomed Sweden joining")
SUPPORT_VERBS = {"welcome", "support", "endorse", "favor", "favour", "back", "advocate"}


# nouns of announcing or promising whose "that" clause is reported speech ("the Pentagon's
# announcement that it would resequence deliveries")
REPORT_NOUNS = {"announcement", "statement", "assurance", "pledge", "promise", "declaration",
                "decision", "warning"}


def _reported_would(verb: Token) -> bool:
    """ "NATO confirmed it would tighten the blockade": "would" in the clause a verb of saying
    reports is the future seen from the saying, an intent like "will" (not a conditional)."""
    for _ in range(4):  # "said it would X and Y": a conjunct reports as its first
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "ccomp":
        return verb.head.lemma_.lower() in REPORT_VERBS
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" \
            and verb.head.head.head.lemma_.lower() in REPORT_VERBS and any(
                c.lower_ == "that" and c.i == verb.head.i + 1 for c in verb.children):
        # "told Putin in a call that France would keep supporting Ukraine": the "that"
        # clause is misparsed as a relative clause of the adjunct's noun
        return True
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in REPORT_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _aux_status(verb: Token, aux: Token, status: Status) -> Status:
    """A modal's status on its verb; a reported "would" is intended."""
    if aux.lower_ == "would" and status == "hedged" and _reported_would(verb):
        return "intended"
    return status


# motions put to a vote, whose content is done only if they pass (syntax.MOTION_NOUNS, and a
# parliament's motion)
VOTED_NOUNS = MOTION_NOUNS | {"motion"}


def _proposed_act(verb: Token) -> Token | None:
    """The bare gerund a verb of support takes as its complement, if any."""
    if verb.lemma_.lower() not in SUPPORT_VERBS or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                 and not any(d.dep_ in ("nsubj", "poss", "det") for d in c.children)), None)


# nouns of a chance: what they give a party ("for Moscow to collaborate") is to come
CHANCE_NOUNS = {"opportunity", "chance", "occasion", "window", "way"}


def _chance_for(verb: Token) -> bool:
    """ "an opportunity for Seoul and Tokyo to collaborate", "paved the way for Sweden
    to join": the act a chance opens to a party named with "for" is to come. Not a chance
    taken by the subject ("took the opportunity to thank": no "for")."""
    return verb.dep_ in ("advcl", "acl", "relcl") and verb.head.lemma_.lower() in \
        CHANCE_NOUNS and to_infinitive(verb) and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _chain(tok: Token, infinitives: bool = False) -> list[Token]:
    """The predicate and the words that govern it as a complement ("agreed to work toward");
    with `infinitives`, also through an infinitive parsed as a purpose clause ("committed to
    explore", whose governor's modality it shares but whose time may be later)."""
    out = [tok]
    cur, below = tok, None  # below: the word cur was reached from
    for _ in range(6):
        # "committed to explore opportunities to strengthen ...": the object noun an
        # infinitive describes leads on to its verb
        object_of_infinitive = cur.dep_ == "dobj" and below is not None and \
            below.dep_ == "acl" and to_infinitive(below)
        # "committed to explore", "vowed to retaliate" parsed as a purpose clause: an
        # infinitive without a subject of its own is its governor's complement
        infinitive = infinitives and cur.dep_ == "advcl" and to_infinitive(cur) and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in cur.children) or particle_gerund(cur)
        # "the need for Israel to allow aid in": a "for" clause on a noun of need is what
        # is needed, not done
        needed_act = cur.dep_ == "advcl" and cur.head.lemma_.lower() in NEED_NOUNS \
            or _chance_for(cur)
        that_clause = _that_complement(cur)
        # "vetoed a resolution condemning X", "failed to adopt a draft demanding ...": what
        # a motion says is done only as the motion is (vetoed, blocked: not at all)
        motion = cur.dep_ in ("dobj", "nsubjpass") and below is not None and \
            below.dep_ == "acl" and cur.lemma_.lower() in VOTED_NOUNS
        if (cur.dep_ in ("xcomp", "pcomp", "pobj", "prep", "acomp", "ccomp", "acl")
                or object_of_infinitive or infinitive or needed_act or that_clause
                or shown_doing(cur) or motion) and cur.head.i != cur.i:
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SAY_VERBS:
                # the reporting verb itself may hedge ("evidence suggests that ...")
                if cur.head.lemma_.lower() in HEDGING_SAY_VERBS:
                    out.append(cur.head)
                break
            if that_clause or cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in cur.children):
                # "declined to comment on reports that Russia had supplied missiles": what a
                # report or claim says takes the noun's modality ("claims that" hedge), not
                # that of the verbs above it (no comment is no denial), but a denial of it
                # denies what it says ("denied reports that its troops had ...")
                out.append(cur.head)
                if cur.head.dep_ == "dobj" and cur.head.head.lemma_.lower() in DENYING_VERBS:
                    out.append(cur.head.head)
                break
            cur, below = cur.head, cur
            out.append(cur)
        elif cur.dep_ == "conj" and cur.head.i != cur.i:
            cur, below = cur.head, cur
        else:
            break
    return out


def _that_complement(verb: Token) -> bool:
    """ "an intelligence assessment that China had sent drones": a noun's "that" clause the
    small parser made a relative clause; it has a subject and an object of its own, so the
    "that" is no relative pronoun (unlike "the drones that China had sent")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    that = next((c for c in verb.children if c.lower_ == "that" and c.i == verb.head.i + 1),
                None)
    return that is not None and any(
        c.dep_ == "nsubj" and c.i != that.i for c in verb.children) and (
        that.dep_ == "mark" or any(c.dep_ == "dobj" and c.i != that.i for c in verb.children))


def status_of(trigger: Token, patterns: Patterns) -> tuple[Status, list[str]]:
    """The strongest modality cue on the predicate or a governor; the cues found."""
    cues: list[tuple[Status, str]] = []
    mod = patterns.modality
    chain = _chain(trigger, infinitives=True)
    means = False
    # "threatened to cut ties unless Moscow closed its base", "warned it would strike if
    # attacked": the condition is the threat's own (CAMEO 13x: a threat names what is done
    # if a demand is not met); neither the threat nor the act it threatens is the less sure
    threat = any(t.lemma_.lower() in THREAT_VERBS or t.lower_ in THREAT_VERBS for t in chain)
    # "is willing to send arms if Saudi Arabia is attacked", "agreed to withdraw if the
    # rebels disarm": a condition on an offered act is the offer's terms, as with "will"
    offered = any(mod.get(("governor", t.lemma_.lower())) == "intended"
                  or mod.get(("governor", t.lower_)) == "intended" for t in chain[1:])
    for i, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        forms = {lemma, tok.lower_}  # "hopes" is lemmatised "hop" by the small model
        st = None
        if i > 0:
            st = next((mod[("governor", f)] for f in forms if ("governor", f) in mod), None)
            if st is None:
                st = patterns.governor_form(tok.lower_)
            if means and (lemma in ATTEMPT_VERBS or chain[i - 1].lower_ == "by"):
                # a means ("by vetoing the resolution") is done in the act it serves:
                # "pressured Morocco by imposing sanctions", "tried to shield itself by
                # vetoing" say that the sanctions and the veto happened
                st = None
        if tok.dep_ == "prep" and tok.lower_ == "by" and chain[i - 1].dep_ == "pcomp":
            means = True
        prevention = i > 1 and _prevention(tok, chain[i - 1])
        unprevented = prevention and _negated(tok)
        if unprevented:
            st = None  # "will not stop us from holding Russia accountable": the act stands
        elif prevention and st is None:
            st = "negated"  # "stopped Canada from imposing sanctions", "kept X from voting"
        if st is None:
            # "agreed to work toward", and the trigger itself: "is working toward a treaty"
            # (but a refusal is itself done: "ruled out talks")
            for c in tok.children:
                if c.dep_ in ("prep", "prt", "advmod") and (s2 := mod.get((
                        "governor", f"{lemma} {c.lower_}"))) and (i > 0 or s2 != "negated") \
                        and not any(p.dep_ == "pobj" and p.lemma_.lower() in EDGE_NOUNS
                                    for p in c.children):
                    # (not forces "moving toward the border": a way gone, no aim)
                    st = s2
        if st is None and i > 0 and _chance_for(chain[i - 1]) and chain[i - 1].head.i == tok.i:
            st = "intended"  # "an opportunity for Moscow to collaborate"
        if st is None and (act := _proposed_act(tok)) is not None and (
                i == 0 or chain[i - 1].i == act.i):
            st = "intended"  # the support, and the act it supports, are about what is to come
        if i > 1 and lemma in DENYING_VERBS and chain[i - 1].pos_ == "NOUN":
            st = "negated"  # "rejected claims that it had agreed to host a base"
        if i > 0 and st is None and chain[i - 1].dep_ == "xcomp" and any(
                c.dep_ == "auxpass" for c in tok.children):
            # "Iran is said to have sent drones", "troops were reported to be massing":
            # hearsay in the passive (the active "reported the strike" is attribution)
            st = next((mod[("passive", f)] for f in forms if ("passive", f) in mod), None)
        open_either_way = i > 0 and lemma in DENYING_VERBS | CONFIRMING_VERBS and \
            _confirm_or_deny(tok)
        if open_either_way:
            # "neither confirmed nor denied striking the convoy", "refused to confirm or
            # deny that": left open either way, whatever governs the pair
            cues.append(("hedged", lemma))
            break
        if st is None and i > 0 and tok.pos_ == "NOUN" and (
                lemma in RUMOUR_NOUNS or lemma in EVIDENCE_NOUNS) and \
                tok.head.lemma_.lower() not in CONFIRMING_VERBS:
            # "reports that Russia had supplied missiles", "signs that China is supplying":
            # not yet confirmed (but "has confirmed reports that Iran has transferred")
            st = "hedged"
        if st is None and i > 0 and lemma == "be" and chain[i - 1].dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in chain[i - 1].children):
            st = "intended"  # "India was to sign a trade deal", "is to visit Moscow"
        # "did not rule out sending troops", "did not deny supplying arms": a denial or
        # refusal that is itself negated leaves the act possible
        doubly = i > 0 and st == "negated" and not prevention and _negated(tok)
        if doubly:
            st = "hedged"
        if st is not None:
            cues.append((st, lemma))
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "advcl":
                # a condition on the event: "could extend sanctions if talks fail" is
                # possible; but "will impose sanctions unless Russia withdraws" commits to
                # the act on a condition (CAMEO's threat or promise): intended, as "will"
                committed = threat or offered or any(
                    a.dep_ == "aux" and a.lower_ in COMMITTING_AUX for a in tok.children)
                for m in c.children:
                    if m.dep_ == "mark" and (st := mod.get(("mark", m.lower_))) and not (
                            committed and m.lower_ in ("if", "unless")):
                        cues.append((st, m.lower_))
            if c.dep_ == "amod" and tok.pos_ == "NOUN" and (
                    st := mod.get(("adverb", c.lower_))):
                # "alleged evidence that the UAE is supplying arms", "the alleged strike"
                # (but "no apparent reason for the expulsion": only the act is apparent)
                if i == 0 or c.lower_ not in EVENT_ONLY_ADJECTIVES:
                    cues.append((st, c.lower_))
                continue
            role = _CUE_ROLE.get(c.dep_)  # aux, adverbs, and "if"/"unless" clauses
            if (unprevented or doubly) and c.dep_ == "neg":
                continue
            if i > 0 and c.dep_ == "neg" and lemma in CONFIRMING_VERBS:
                # "could not independently verify that drones had struck Erbil": not
                # known either way, not denied
                cues.append(("hedged", lemma))
                continue
            if role is not None and (st := mod.get((role, low))):
                cues.append((_aux_status(tok, c, st) if role == "aux" else st, low))
            elif c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                for d in c.children:
                    if d.dep_ == "det" and (st := mod.get(("det", d.lower_))):
                        cues.append((st, d.lower_))
                    elif d.dep_ == "amod" and d.lower_ in QUANTITY_ADJECTIVES:
                        # "will take in no more migrants": the determiner hangs on "more"
                        for g in d.children:
                            if g.dep_ in ("det", "neg") and (st := mod.get(("det", g.lower_))):
                                cues.append((st, g.lower_))
        held = tok.head.head if i == 0 and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and \
            tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in BATCH_NOUNS else tok
        if i == 0 and tok.pos_ == "NOUN" and held.dep_ == "dobj":
            # "demanded Russia's withdrawal", "plans an invasion", "plans a new round of
            # sanctions": an event noun as the object of a verb of appeal or intent is that
            # verb's complement; of a verb of blocking, it did not happen ("blocked a new
            # package of EU sanctions")
            gov = held.head
            st = mod.get(("governor", gov.lemma_.lower())) or patterns.governor_form(gov.lower_)
            if st in ("intended", "hedged") or st == "negated" and \
                    gov.lemma_.lower() in PREVENT_VERBS:
                cues.append((st, gov.lemma_.lower()))
        if i == 0:
            for c in tok.children:
                # "reaffirmed its commitment to the defence of Japan": a promise named as
                # the object is the governor of the act it promises
                # (only with what it promises: "rejected the Chinese plan" was done)
                # (not a need stressed: "stressed the need for a ceasefire" is an appeal made)
                if c.dep_ == "dobj" and c.pos_ == "NOUN" and not _answering(tok) and \
                        c.lemma_.lower() not in NEED_NOUNS and \
                        mod.get(("governor", c.lemma_.lower())) == "intended" and any(
                            g.dep_ == "acl" or g.dep_ == "prep" and g.lower_ in PROMISED_PREPS
                            for g in c.children):
                    cues.append(("intended", c.lemma_.lower()))
        # "will preserve security and defend every inch", "will take steps and do all it can
        # to help": a conjunct without an auxiliary or subject of its own shares those of
        # the first conjunct
        cur = tok
        for _ in range(4):
            # a loose conjunct shares "will" unless it has a tense of its own ("then
            # travel to" shares it, "then visited" does not)
            if not (cur.dep_ == "conj" or (loose_conjunct(cur) and cur.tag_ not in ("VBD",
                                                                                  "VBN"))) \
                    or cur.head.i == cur.i or any(
                    c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg")
                    for c in cur.children):
                break
            cur = cur.head
            for c in cur.children:
                if c.dep_ == "aux" and (st := mod.get(("aux", c.lower_))):
                    cues.append((_aux_status(cur, c, st), c.lower_))
        # "is prepared to", "is likely to": the adjective governs through the copula
        # (not the act itself as the complement: "all Russia did was deny" is a denial made)
        itself = {trigger.i, *(t.i for t in trigger.conjuncts)}
        if tok.pos_ == "AUX" or tok.lemma_ == "be":
            for c in tok.children:
                if c.dep_ == "acomp" and c.i not in itself and (
                        st := mod.get(("governor", c.lemma_.lower()))
                                          or patterns.governor_form(c.lower_)):
                    cues.append((st, c.lower_))
    if trigger.pos_ in ("VERB", "AUX"):
        for s in trigger.children:
            # "a suspected Israeli strike killed two officers", "the alleged Russian
            # cyberattack hit the railways": the act whose doer is suspected (not "expelled
            # a suspected spy": an actor, not an act)
            if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.lemma_.lower() in patterns.nouns:
                cues += [(st, a.lower_) for a in s.children if a.dep_ == "amod" and (
                    st := mod.get(("adverb", a.lower_))) == "hedged"]
        if _neither_nor(trigger):
            cues.append(("negated", "neither"))  # "Russia neither attacked nor threatened"
    if trigger.dep_ == "pobj" or trigger.pos_ == "NOUN":
        # nominal: "no sanctions were imposed" handled via det on the noun
        for d in trigger.children:
            if d.dep_ == "det" and (st := mod.get(("det", d.lower_))):
                cues.append((st, d.lower_))
    for src in _reporters(chain[-1]):
        # "unconfirmed reports said Egyptian jets had bombed ...", "according to unverified
        # accounts": the source itself is in doubt
        cues += [(st, a.lower_) for a in src.children if a.dep_ == "amod" and (
            st := mod.get(("adverb", a.lower_))) == "hedged"]
    if _pointed_to(trigger):
        cues.append(("hedged", "point"))
    if _unconfirmed(chain[-1]) or chain[-1].dep_ == "ccomp" and \
            chain[-1].head.lemma_.lower() in CONFIRMING_VERBS and _confirm_or_deny(chain[-1].head):
        cues.append(("hedged", chain[-1].head.lemma_.lower()))
    if not cues:
        return "occurred", []
    best = max(cues, key=lambda c: _RANK[c[0]])
    return best[0], [c[1] for c in cues]


# verbs that keep someone "from" an act: negated, they let it stand ("did not prevent Iran
# from enriching", "nothing will stop us from holding Russia accountable")
PREVENT_VERBS = {"prevent", "stop", "keep", "bar", "block", "deter", "hinder", "discourage",
                 "dissuade", "restrain", "prohibit", "veto"}
# nouns of a batch of measures: "a new package of sanctions" is the sanctions
BATCH_NOUNS = {"package", "round", "set", "raft", "batch", "wave", "series"}
NEGATIVE_SUBJECTS = {"nothing", "nobody", "none"}


def _prevention(gov: Token, below: Token) -> bool:
    """A verb of preventing that governs the event through its "from" ("stopped Canada
    from imposing sanctions"): the act did not happen. Negated, the two negatives cancel
    and the event keeps the modality of the governor's auxiliary ("would not stop us from
    holding X accountable" is a promise, not a denial)."""
    return gov.lemma_.lower() in PREVENT_VERBS and gov.pos_ in ("VERB", "AUX") and \
        below.dep_ == "prep" and below.lower_ == "from"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.dep_ == "nsubj" and c.lower_ in NEGATIVE_SUBJECTS
               for c in verb.children)


# comparatives of quantity a negative determiner may hang on ("no more", "no further")
QUANTITY_ADJECTIVES = {"more", "further", "additional", "other"}
# auxiliaries that commit the speaker to the act, also on a condition
COMMITTING_AUX = {"will", "shall", "'ll", "wo"}
BACKGROUND_ADVERBS = {"already", "previously", "earlier", "once", "formerly"}
BACKGROUND_MARKERS = {"when", "after", "since"}


def is_background(trigger: Token) -> bool:
    """Completed before the news, by its grammar: the perfect ("has agreed", "had
    abandoned"), adverbs ("already", "earlier"), a past "when/after" clause ("when Putin
    launched his war"), or a reference back to an earlier act ("as discussed by the
    presidents in Bali", "as agreed in Geneva")."""
    for tok in _chain(trigger):
        if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
                c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children):
            return True
        if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and (
                c.tag_ in ("VBZ", "VBP") or c.tag_ == "VBD" and not _backshifted(tok))
                for c in tok.children):
            return not _continuing(tok)
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and \
                not _backshifted(tok):
            return True  # past perfect, also progressive: "had been sounding the alarm"
        if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in tok.children):
            return True
        if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKERS
                for c in tok.children):  # the parser tags a clause-initial "When" advmod
            return True
    return False


# the first stage of a span that reaches the news: "since the beginning of the invasion"
ONSET_NOUNS = {"beginning", "start", "outset", "onset", "launch", "dawn"}
# the time before an act that is looked back on: "the days leading up to the invasion"
RUN_UP_WORDS = {"lead", "run", "build"}


def looked_back_on(noun: Token) -> bool:
    """A nominal act the sentence measures time from or looks back to: the object of
    "since" ("since Russia's invasion", "since the beginning of the war") or of a run-up
    told in the past ("the days leading up to the invasion", "in the run-up to the coup"
    with a past verb). It was completed before the news (background)."""
    tok = noun
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in ONSET_NOUNS and \
            prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.lower_ == "since":
        return True
    if prep.lower_ != "to":
        return False
    run_up = prep.head.head if prep.head.lower_ == "up" else prep.head
    if run_up.lemma_.lower() not in RUN_UP_WORDS and not (
            run_up.lower_ == "run-up" or run_up.lemma_.lower() == "run-up"):
        return False
    verb = next((a for a in run_up.ancestors if a.pos_ in ("VERB", "AUX")
                 and a.dep_ not in ("acl", "amod")), None)
    return verb is not None and verb.tag_ == "VBD" and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


# a perfect that reaches up to the news is ongoing, not background ("have repeatedly
# shielded", "has provided $40 billion since 2022", "have made over the last months")
CONTINUING_ADVERBS = {"repeatedly", "continually", "constantly", "consistently", "increasingly",
                      "now", "still", "recently"}
CONTINUING_PREPS = {"since", "over", "throughout"}
# nouns of what is said to have happened: the act in their "that" clause is unconfirmed (as
# "claims", "allegations"; the verb "report" is attribution, not a hedge)
RUMOUR_NOUNS = {"report", "rumour", "rumor", "speculation"}
CONFIRMING_VERBS = {"confirm", "verify", "corroborate", "substantiate"}
# adjectives that hedge the act they describe, not a noun that governs it ("an apparent
# airstrike", not "no apparent reason for the expulsion")
EVENT_ONLY_ADJECTIVES = {"apparent"}
# nouns of what suggests an act: the act in their "that" clause or "of" phrase is not
# established ("there are signs that China is supplying", "indications that Iran
# transferred", "arrested on suspicion of spying")
EVIDENCE_NOUNS = {"evidence", "sign", "indication", "suspicion", "allegation"}
# what may point to an act ("the evidence points to hackers attacking", "the data point to"):
# "images of the strike" do not hedge it, but "the images point to Russia striking" do
POINTING_NOUNS = EVIDENCE_NOUNS | {"data", "image", "imagery", "footage", "clue", "trace",
                                   "finding", "intelligence", "analysis", "debris"}


def _reporters(top: Token) -> list[Token]:
    """Who reports the clause: the subject of the verb of saying it is the complement of,
    and the object of an "according to" on it or on that verb."""
    heads = [top]
    if top.dep_ == "ccomp":
        heads.append(top.head)
    out = [c for h in heads if h.lemma_.lower() in SAY_VERBS | SHOW_VERBS
           for c in h.children if c.dep_ == "nsubj"]  # "unverified footage showed that ..."
    out += [p for h in heads for a in h.children if a.lower_ == "according"
            for t in a.children if t.lower_ == "to" for p in t.children if p.dep_ == "pobj"]
    return out


SHOW_VERBS = {"show"}
POINT_PREPS = {"to", "toward", "towards"}


def _pointed_to(trigger: Token) -> bool:
    """ "the evidence points to Chinese hackers attacking the commission", "forensic data
    pointed to Russia hacking the ministry": what a finding points to is suggested, not
    established (not a speaker's citing: "Kyiv pointed to the shelling of Kharkiv"). The
    small parser often makes "evidence points" a compound noun and hangs the act on it."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ not in ("acl", "advcl", "pobj", "prep", "pcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() == "point" or cur.lower_ == "points":
            return any(c.dep_ == "prep" and c.lower_ in POINT_PREPS for c in cur.children) \
                and any(c.dep_ in ("nsubj", "compound") and c.lemma_.lower() in POINTING_NOUNS
                        for c in cur.children)
    return False


def _confirm_or_deny(verb: Token) -> bool:
    """ "neither confirmed nor denied", "would not confirm or deny": a verb of confirming
    coordinated with one of denying (either first)."""
    pair = [verb.head] if verb.dep_ == "conj" and verb.head.i != verb.i else []
    pair += [c for c in verb.children if c.dep_ == "conj"]
    ends = {verb.lemma_.lower(), *(p.lemma_.lower() for p in pair)}
    return bool(ends & CONFIRMING_VERBS) and bool(ends & DENYING_VERBS)


def _neither_nor(verb: Token) -> bool:
    """ "Russia neither attacked nor threatened Ukraine": both conjuncts are negated."""
    first = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children) else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)


# governors whose infinitive is not done ("declined to confirm that ...")
UNDONE_GOVERNORS = {"refuse", "decline", "fail"}


def _unconfirmed(top: Token) -> bool:
    """ "declined to confirm that Israel had struck Iran", "did not confirm reports that
    ...": what a confirmation that was withheld would have confirmed is not known to be so."""
    say = top.head
    if top.dep_ not in ("ccomp", "dobj") or say.i == top.i or \
            say.lemma_.lower() not in CONFIRMING_VERBS:
        return False
    return _negated(say) or say.dep_ == "xcomp" and \
        say.head.lemma_.lower() in UNDONE_GOVERNORS


# verbs whose object report or claim is denied with what it says
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebut"}
# verbs that answer another's offer or plan: "rejected Seoul's offer of dialogue" is done,
# the offer is what it answers (no promise of the subject's own)
ANSWERING_VERBS = DENYING_VERBS | {"accept", "decline", "refuse", "spurn", "rebuff", "welcome",
                                   "ignore", "snub", "veto"}
# phrasal verbs that answer another's offer the same way: "turned down an offer of talks"
ANSWERING_PHRASALS = {"turn down", "rule out", "shoot down", "brush aside", "brush off"}


def _answering(verb: Token) -> bool:
    """Whether a verb answers another's offer or plan (its object is not its own promise)."""
    lemma = verb.lemma_.lower()
    return lemma in ANSWERING_VERBS or any(
        c.dep_ in ("prt", "advmod", "prep") and f"{lemma} {c.lower_}" in ANSWERING_PHRASALS
        for c in verb.children)


# what a noun of intent promises hangs on these: "its commitment to the defence of Japan", "a
# plan for an offensive", "the promise of aid"
PROMISED_PREPS = {"to", "for", "of"}


def _backshifted(verb: Token) -> bool:
    """ "The army said on Sunday it had recaptured the town": a past perfect reported by a
    verb of saying in the past is the reported act's simple past, shifted back; its
    report is the news, so its tense alone does not make it background; so is one joined to
    such a clause ("said it was monitoring the drills and had lodged a protest")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS and \
        verb.head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.head.children)


def _continuing(verb: Token) -> bool:
    """A present perfect with a cue that it goes on up to the news; not "had"."""
    if not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if verb.dep_ == "relcl" and any(c.dep_ == "amod" and c.lower_ in ("recent", "latest")
                                    for c in verb.head.children):
        return True  # "the recent progress the two countries have made"
    if verb.dep_ == "conj" and any(t.tag_ in ("VBZ", "VBP") for t in _first_conjuncts(verb)):
        return True  # "Moscow feigns concern and has called meetings": the present's time
    if _reported_now(verb):
        return True  # "has confirmed reports that Iran has shipped": the news reported
    if _result_state(verb):
        return True  # "the strikes have left thousands without power": a state that holds
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in CONTINUING_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in CONTINUING_PREPS:
            return True
        if c.dep_ in ("prep", "npadvmod") and any(t.lower_ == "recent" for t in c.subtree):
            return True  # "in recent weeks"
    return False


# verbs whose perfect, with an object and what it is left in, states a result that holds at
# the news ("have left millions without heat", "has left thousands homeless")
RESULT_VERBS = {"leave"}
RESULT_PREPS = {"without"}


def _result_state(verb: Token) -> bool:
    """ "Russia's attacks have left millions of homes without light": a resultative
    perfect: the object's state is the present, not an earlier act ("has left the talks",
    with no state, stays background)."""
    if verb.lemma_.lower() not in RESULT_VERBS or not any(
            c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in RESULT_PREPS and c.i > verb.i
               or c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ"
               for c in verb.children)


def _first_conjuncts(verb: Token) -> list[Token]:
    """The clause a conjoined verb is coordinated with: its head, or where the parser made a
    leading vocative the root ("Colleagues, Moscow feigns concern, and they have called"),
    the finite clauses that noun heads before the verb."""
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT":
        return [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i < verb.i]
    return [head]


def _reported_now(verb: Token) -> bool:
    """A perfect that is the content of a report or finding in the present ("we know Iran
    has shipped", "confirmed reports that", "the announcement that it has agreed"): what is
    reported is the news itself, not an earlier act it recalls ("was complicit because it
    has funded" keeps the past of its governor)."""
    gov = verb.head
    if verb.dep_ == "acl" and gov.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        gov = gov.head  # "reports that ...": the verb the report noun is an object of
        if gov.pos_ not in ("VERB", "AUX"):
            return False
    elif verb.dep_ != "ccomp":
        return False
    return gov.tag_ in ("VBZ", "VBP") or gov.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in gov.children)


def is_future(trigger: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for t in _chain(trigger)
               for c in t.children)


# adverbial clauses that happen at the time of the clause they modify ("previewed the
# package today as he met the minister")
SIMULTANEOUS_MARKERS = {"as", "while", "whilst"}
# prepositions that date a change from a point on: "make them members from January 1"
START_PREPS = {"from", "starting", "beginning", "effective"}
# date words the small model does not always tag as a DATE entity ("moments ago")
_DATE_WORDS = re.compile(r"\b(ago|today|tonight|yesterday|tomorrow|overnight)\b")
# a recent past that is still the story's news: "moments ago", "earlier today"
_RECENT = re.compile(r"\b(moments?|minutes?|hours?|seconds?) ago\b|\bearlier (today|this "
                     r"(morning|afternoon|evening))\b")


def _date_chain(trigger: Token) -> list[tuple[Token, Token | None]]:
    """The predicate and the clauses whose time it shares, each with the "when" clause it
    was reached through (None otherwise; the token itself for the first conjunct of a
    coordination, whose fronted date only is shared). Beyond `_chain`: a non-finite adverbial clause
    ("stood with them to call out Russia", "by vetoing"), a clause of the same time ("as he
    met"), a "when" clause (kept only when it spells out its governor's time expression:
    "75 years ago, when ..."), and a participle describing an object ("vetoed a
    resolution condemning X"). A finite reported clause keeps its own time: the chain
    stops at a verb of saying."""
    out: list[tuple[Token, Token | None]] = [(trigger, None)]
    cur = trigger
    via: Token | None = None
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            break
        dep = cur.dep_
        if any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having", "'ve")
               for c in cur.children):
            break  # a perfect is earlier than its governor: "stood with Peru, having signed"
        if dep in ("xcomp", "pcomp", "pobj", "prep", "acomp", "acl") or \
                dep == "ccomp" and head.lemma_.lower() not in SAY_VERBS:
            pass
        elif dep == "conj":
            # "Last May, Finland abandoned its policy and applied to join NATO": a date
            # fronted before the first conjunct dates the second too (marked: via is itself)
            cur = head
            out.append((cur, cur))
            continue
        elif dep == "advcl":
            marks = {c.lower_ for c in cur.children if c.dep_ in ("mark", "advmod")}
            if marks & {"when", "whenever"}:
                via = cur
            elif not (marks & SIMULTANEOUS_MARKERS) and _finite(cur) or \
                    _present(cur) and not _present(head):
                # "handed it the gift in March as the DPRK supplies missiles": a present
                # under a past goes on up to the news
                break
        elif dep in ("dobj", "nsubjpass") and cur.pos_ in ("NOUN", "PROPN") and \
                len(out) > 1 and out[-2][0].dep_ == "acl" and out[-2][0].tag_ in ("VBG", "VBN"):
            pass  # the described object of "vetoed a resolution condemning X"
        elif dep == "dobj" and cur.lemma_.lower() in CONTROL_NOUNS and len(out) > 1 and \
                out[-2][0].dep_ == "acl" and any(c.lower_ == "to" for c in out[-2][0].children):
            pass  # "in May made the decision to apply": the decision's time is the act's
        else:
            break
        cur = head
        out.append((cur, via))
    return out


def _present(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _finite(verb: Token) -> bool:
    """A clause with a tense of its own: a finite verb or auxiliary, or a subject."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
               or c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _expression_date(span: Span, published: dt.date | None, future: bool) -> EventDate:
    """One temporal expression resolved; the year a "that year" refers back to is the last
    one named before it, in its sentence or the two before."""
    doc = span.doc
    sent = span.sent
    first = sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    context = None
    for t in reversed(doc[first: span.start]):
        if t.ent_type_ == "DATE" and (m := dates.YEAR.fullmatch(t.text)):
            context = int(m[0])
            break
    d = dates.resolve(span.text, published, future=future, context_year=context)
    text = span.text.lower()
    if d.value is not None and re.search(r"\b(earlier|ago|last|previous)\b", text) and \
            not _RECENT.search(text):
        d = EventDate(d.value, d.precision, before_news=True)
    return d


def _modifier_date(tok: Token, published: dt.date | None, future: bool,
                   deps: tuple[str, ...] = ("prep", "advmod", "tmod", "npadvmod"),
                   preps: set[str] | None = None) -> tuple[EventDate, Span] | None:
    """The date of a temporal modifier under `tok`, with its span."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in deps and not (c.lower_ in START_PREPS and c.dep_ in (
                "advcl", "advmod", "amod", "acomp", "xcomp", "acl")):
            continue  # "will impose tariffs effective January 1": a start date
        if c.dep_ == "prep" and (c.lower_ == "since" or preps is not None
                                 and c.lower_ not in preps):
            continue  # "since": the start of a period that lasts up to the news
        if c.dep_ in ("npadvmod", "nmod", "compound", "amod", "nummod"):
            # a bare noun phrase: its date words only ("Earlier this month", "last week")
            sub = [t for t in c.subtree if t.ent_type_ in ("DATE", "TIME")] or [c]
        elif c.dep_ == "prep" and not list(c.children) and c.i + 1 < len(doc) and \
                doc[c.i + 1].ent_iob_ == "B" and doc[c.i + 1].ent_type_ in ("DATE", "TIME"):
            # "On Monday Germany condemned …": the parser made the day a compound of the
            # subject and left the preposition bare; the date is the entity after it
            end = c.i + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1  # the entity's tokens, by their tags (doc.ents rebuilds every span)
            sub = [c, *doc[c.i + 1:end]]
        else:
            sub = list(c.subtree)
            if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in
                                        INSTRUMENT_NOUNS for p in c.children):
                # "under a 1951 treaty", "despite a warrant issued in 2023": the date of the
                # instrument the phrase names, not of the act
                continue
        if not any(t.ent_type_ in ("DATE", "TIME") for t in sub) and not any(
                _DATE_WORDS.fullmatch(t.lower_) for t in sub):
            continue
        span = doc[min(t.i for t in sub): max(t.i for t in sub) + 1]
        d = _expression_date(span, published, future)
        if d.value is not None or d.precision != "unknown":
            return d, span
    return None


def own_date(trigger: Token, published: dt.date | None) -> EventDate | None:
    """An event noun's own date words: "the October 7 attack", "the overnight strike"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    found = _modifier_date(trigger, published, is_future(trigger),
                           ("nmod", "compound", "amod", "npadvmod", "prep"))
    return found[0] if found else None


def date_of(trigger: Token, published: dt.date | None) -> EventDate:
    """The temporal expression attached to the predicate (or its governors), resolved."""
    future = is_future(trigger)
    if (own := own_date(trigger, published)) is not None:
        return own
    # the predicate, its governors, then its own complement clause ("allowed X to use Y in 2022")
    comps = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    for n, (tok, via) in enumerate(_date_chain(trigger) + [(c, None) for c in comps]):
        if found := _modifier_date(tok, published, future):
            d, span = found
            if via is tok:  # a first conjunct: only its fronted date is shared
                if span.end <= tok.i:
                    return d
            elif via is None or 0 <= via.left_edge.i - span.end <= 1:
                return d
            continue
        if n == 0:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in REACTION_VERBS:
                # "vetoed Friday's resolution": an act on a dated thing is done at its time
                # (not a reaction to it: "condemned Friday's attack")
                for obj in tok.children:
                    if obj.dep_ == "dobj" and (found := _modifier_date(
                            obj, published, future, ("poss",))):
                        return found[0]
            for obj in _objects(tok):
                # "make them members from January 1": a start date under the object
                if found := _modifier_date(obj, published, future, ("prep",), START_PREPS):
                    return found[0]
        if tok.lemma_ == "be":
            # "was complicit in the October 7 attack": a part in an event takes its time
            for noun in _predicate_nouns(tok):
                if found := _modifier_date(noun, published, future,
                                           ("nmod", "compound", "amod")):
                    return found[0]
    return EventDate(None, "unknown")


# instruments made at another time than the act that invokes them ("under a 1951 treaty")
INSTRUMENT_NOUNS = {"treaty", "agreement", "accord", "pact", "deal", "warrant", "resolution",
                    "law", "convention", "charter", "mandate", "ruling", "memorandum",
                    "protocol", "constitution", "framework", "arrangement"}
# verbs that answer an act rather than take part in it: their time is not the object's
REACTION_VERBS = SAY_VERBS | {
    "condemn", "welcome", "praise", "criticize", "criticise", "denounce", "deplore", "applaud",
    "commend", "reject", "protest", "mourn", "regret", "note", "acknowledge", "discuss",
    "review", "recall", "remember", "investigate", "blame", "celebrate", "mark"}


def _objects(verb: Token) -> list[Token]:
    """The objects of a verb and their conjuncts."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "oprd") or c.dep_ in (
        "ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN")]  # "make Kenya a member"
    for o in out:  # grows while it is read: conjuncts of conjuncts
        out += [c for c in o.children if c.dep_ == "conj"]
    return out


def _predicate_nouns(copula: Token) -> list[Token]:
    """ "was complicit in the attack", "was behind the attack": the event nouns a copula's
    predicate is about."""
    preps = [c for c in copula.children if c.dep_ == "prep"]
    preps += [p for a in copula.children if a.dep_ == "acomp" for p in a.children
              if p.dep_ == "prep"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"
            and o.pos_ == "NOUN"]


def location_of(trigger: Token, mentions: list[Mention],
                capitals: dict[str, str] | None = None) -> Location | None:
    """ "met in Minsk": a place under the predicate, looked up in the gazetteer."""
    for tok in _chain(trigger)[:2]:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC", "") and \
                            p.pos_ == "PROPN":
                        name = tok.doc[p.left_edge.i: p.i + 1].text
                        name = re.sub(r"^the ", "", name)
                        here = [m for m in mentions if m.token_start <= p.i < m.token_end
                                and m.actor.kind == "state"]
                        for m in here:
                            if m.actor.sector is not None:
                                # a capital or seat the dictionary resolved: its own town,
                                # under this spelling or the gazetteer's ("Kiev")
                                cap = (capitals or {}).get(m.actor.country)
                                city = places.lookup_city(name, country=m.actor.country) or (
                                    places.lookup_city(cap, country=m.actor.country)
                                    if cap else None)
                                if city is not None:
                                    return city
                        named = frozenset(m.actor.country for m in mentions
                                          if m.actor.kind == "state")
                        loc = places.lookup_city(name, named)
                        if loc is not None:
                            return loc
                        for m in here:
                            if m.actor.sector is None:
                                return Location(m.text, m.actor.country, None, None)
    return None


def attribution_of(trigger: Token, mentions: list[Mention]) -> str | None:
    """Who reported it: "according to X", or a reporting subject ("state media reported")."""
    sent = trigger.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and \
                tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                toks = sorted(phrase(objs[0]), key=lambda t: t.i)
                return tok.doc[toks[0].i: toks[-1].i + 1].text
    cur = trigger
    for _ in range(8):
        if cur.dep_ == "ccomp" or (cur.dep_ in ("conj",) and cur.head.i != cur.i):
            head = cur.head
            if head.lemma_.lower() in SAY_VERBS:
                subj = [c for c in head.children if c.dep_ == "nsubj"]
                if subj and (who := _speaker(subj[0], mentions)):
                    return who
            cur = head
            continue
        if cur.head.i == cur.i:
            break
        cur = cur.head
    # "As President Biden said tonight, “Russia alone is responsible ...”": the speaker of
    # an "as" clause on the sentence's main verb
    for c in cur.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in SAY_VERBS and any(
                m.lower_ == "as" for m in c.children if m.dep_ in ("mark", "advmod")):
            subj = [s for s in c.children if s.dep_ == "nsubj"]
            if subj and (who := _speaker(subj[0], mentions)):
                return who
    # words inside a quotation whose speaker is named outside it, or in the quotation
    # they carry on
    return quote_speaker(trigger, lambda subj: _speaker(subj, mentions))


NO_SPEAKERS = {"evidence", "data", "analysis", "information", "this", "that", "it", "which"}


def _speaker(subj: Token, mentions: list[Mention]) -> str | None:
    """Who a reporting verb's subject names: the reporter's words, or for a pronoun the
    person or body it refers to ("he said" after "Austin"); None for an unresolved
    pronoun."""
    if subj.lemma_.lower() in NO_SPEAKERS:
        return None  # "evidence suggests that ...": no one reports it
    if subj.pos_ == "PRON":
        named = [m for m in mentions if m.token_start <= subj.i < m.token_end]
        return named[0].actor.name if named and named[0].actor.name else None
    toks = sorted(phrase(subj), key=lambda t: t.i)
    return subj.doc[toks[0].i: toks[-1].i + 1].text


