"""Event nouns: "Russia's invasion of Ukraine", "the supply of Iranian drones to Russia",
"sanctions from Western countries". The noun's row (patterns/nouns.tsv) and its modifiers
give the code; its possessor, "by" phrase or the verb it is the object of give the agent;
its prepositions the target."""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.forces import POSTURE_ROOT, posture_targets
from accord.events.frame import Frame
from accord.events.home import (
    APPEAL_ROOTS,
)
from accord.events.implicit import FORCE_ROOTS as VIOLENT_ROOTS
from accord.events.rows import ASK_TABLES, ATTEMPTED_CODES, HARMED_VERBS, INVESTIGATE, Rows
from accord.events.syntax import (
    LOCATION_PREPS,
    NOMINAL_GOVERNORS,
    SUFFER_VERBS,
    clause_subject,
    complement_tokens,
    mentions_in,
    np_text,
    object_tokens,
    other_than,
    passive_parts,
    phrase,
    to_infinitive,
)
from accord.knowledge.patterns import NO_EVENT, Patterns
from accord.records import NON_STATE_SECTORS, Mention

# "complicit in", "responsible for", "guilty of" an act, or "behind" it: the subject is the
# act's agent
# the code of a cyberattack noun ("cyberattack", "a ransomware attack": nouns.tsv); no other
# event noun takes it, so what such an attack did ("crippled a pipeline") names its victim
CYBER_CODE = "172"
RESPONSIBLE_WORDS = {"complicit", "responsible", "involved", "culpable", "guilty", "behind"}

RESPONSIBLE_PREPS = {"in", "for", "of", "behind"}

# "the Taliban claimed responsibility for the bombing", "Islamic State claimed the attack":
# who claims an act of force is its agent (CAMEO codes the act as well as the claim, 015)
CLAIM_VERBS = {"claim", "take", "accept", "admit", "bear"}

CREDIT_NOUNS = {"responsibility", "credit"}

# a bombing by an armed group with no air force is a non-military bombing (183), not an
# air raid (195)
GROUP_BOMBINGS = {"bombing": "183", "bomb": "183"}

# ... and the prepositions of the act they were harmed in or by
HARMED_PREPS = ("in", "by")
# investigations: a "by" phrase inside what is looked into names the suspects, not the
# investigator
INVESTIGATE_ROOT = "09"
# the prepositions of what an investigation looks into
INQUIRY_PREPS = ("into", "over", "on", "of")

# nouns of handing goods over: the goods' origin supplies them ("the supply of Iranian
# missiles")
TRANSFER_NOUNS = {"supply", "delivery", "transfer", "shipment", "sale", "provision", "export"}

# verbs of which an aid nominal's object is the recipient ("Iranian drones help Russia")
BENEFIT_VERBS = {"enable", "help", "allow", "let", "boost", "bolster", "strengthen",
                 "sustain", "support"}

# acts of force and threats: aimed at a front that an article keeps to ("Russia's attacks
# on Ukraine ... Russia launched its war")
FORCE_ROOTS = ("13", "15", "18", "19", "20")

ISSUE_VERBS = {"issue", "publish", "release", "send", "adopt", "approve", "sign", "deliver",
               "submit", "present", "circulate", "pass", "make", "put", "write", "draft"}

# nouns of demanding or appealing whose "that" clause names who is to act ("insisted on its
# demand that the government grant ...")
DEMAND_WORDS = {"demand", "call", "appeal", "request", "insistence", "plea", "ultimatum"}

# nouns of pulling out: what they are "from" is the place left, not who acts ("Syria's
# withdrawal from Lebanon")
LEAVE_NOUNS = {"withdrawal", "pullout", "pullback", "retreat", "redeployment", "departure"}

# ... and the forces pulled out, whose state pulls them ("the withdrawal of Russian troops")
TROOP_WORDS = {"troop", "force", "soldier", "army", "military", "unit", "contingent",
               "personnel", "fighter", "peacekeeper", "battalion", "brigade"}

# ... and what a build-up or show of force is made of ("the massing of Turkish tanks")
POSTED_WORDS = TROOP_WORDS | {"tank", "armour", "armor", "warship", "missile", "artillery",
                              "weapon", "reservist", "jet", "aircraft", "ship"}

# codes whose act by two parties is not one between them ("Russia and China condemned the
# sanctions" is no censure of China, "Egyptian and Qatari mediators proposed a truce" no
# appeal to Qatar); meetings, agreements, fights and cutting ties are
UNPAIRED_ROOTS = ("02", "10", "11", "12", "13", "14", "15", "17", "18")

# prepositions that name what an event noun is aimed at ("Russia's invasion of Ukraine")
TARGET_NOUN_PREPS = ("on", "against", "of", "to", "with", "toward", "towards", "into", "in")

ATTEMPT_NOUNS = {"attempt", "bid"}

# verbs that bring about a meeting or talks of others, whose modality those share
CONVENING_VERBS = {"host", "organise", "organize", "convene", "arrange", "broker", "sponsor",
                   "schedule", "propose", "facilitate"}

MEDIATION = "045"

# nouns of asking or offering (a request, a demand, a proposal) that another act answers:
# "Yemen rejected a U.S. request to interrogate detainees", "accepted demands from the rebels",
# "agreed to the proposal": the answer is the news, what it answers was put before and is
# its topic (CAMEO codes the rejection or acceptance alone); a charge that is rejected stays
# a charge ("rejected the claims by Russia that ..." is Russia's accusation too)
ANSWERED_NOUNS = DEMAND_WORDS | {"offer", "proposal", "invitation", "suggestion"}

ANSWER_PREPS = ("to", "with")


def _harmed(noun: Token) -> list[Token]:
    """Who was killed or wounded in the act a noun names: the subject of a verb of harm
    (HARMED_VERBS) in whose "in" or "by" phrase the noun stands ("three Syrian soldiers were
    killed in an Israeli airstrike", "six soldiers died in a Taliban raid"); else none."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in HARMED_PREPS or \
            prep.dep_ not in ("prep", "agent"):
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARMED_VERBS:
        return []
    victims = victims_of(verb)
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in HARMED_VERBS:
        # "two soldiers were killed and five wounded in a Boko Haram ambush": the first
        # verb's victims are the act's too
        victims += victims_of(verb.head)
    return victims


# an assault its victim died of: "died under torture", "died of his beatings", "died as a
# result of torture"; CAMEO's killing by physical assault (1823)
DIED_OF_PREPS = {"under", "of", "from", "after"}
ASSAULT_ROOT, DIED_OF_ASSAULT = "18", "1823"


def died_of(noun: Token) -> Token | None:
    """The verb "die" of whose cause a noun stands ("a detainee died under torture", "died
    as a result of torture"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in DIED_OF_PREPS:
        return None
    head = prep.head
    if prep.lower_ == "of" and head.lemma_.lower() == "result" and head.dep_ == "pobj":
        head = head.head.head  # "as a result of"
    return head if head.pos_ == "VERB" and head.lemma_.lower() == "die" else None


def custodians(verb: Token) -> list[Token]:
    """Who held the one who died ("in Iranian police custody", "in the custody of the
    army", "while held in army custody"): the words of the custody's owner in the verb's
    clause."""
    out: list[Token] = []
    held_by = [verb] + [c for c in verb.children if c.dep_ == "advcl"]
    for prep in (c for h in held_by for c in h.children):
        if prep.lower_ != "in" or prep.dep_ not in ("prep", "advcl"):
            continue
        for held in prep.children:
            if held.dep_ != "pobj" or held.lemma_.lower() != "custody":
                continue
            out += [t for c in held.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                    for t in c.subtree]
            out += [t for c in held.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
    return out


def victims_of(verb: Token) -> list[Token]:
    """Who a verb of harm tells was harmed: a passive's subject, or the subject of "die"
    (an active verb's subject harms)."""
    deps = ("nsubjpass", "nsubj") if verb.lemma_.lower() == "die" else ("nsubjpass",)
    return [t for c in verb.children if c.dep_ in deps for t in phrase(c)]


def no_air_force(m: Mention) -> bool:
    """An armed group or a state's non-state side (rebels, insurgents): its bombings are
    no air raids."""
    return m.actor.kind == "group" or m.actor.sector in NON_STATE_SECTORS


def _claimed_by(noun: Token) -> Token | None:
    """The verb by which a group claims the act a noun names: "claimed responsibility for
    the bombing", "took responsibility for the attack", "claimed the attack"; else None."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() == "claim":
        return noun.head  # "claimed the attack", "the attack was claimed by ..."
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    owner = noun.head.head
    if owner.lemma_.lower() in CREDIT_NOUNS and owner.dep_ == "dobj" and \
            owner.head.lemma_.lower() in CLAIM_VERBS:
        return owner.head
    if owner.lemma_.lower() in CLAIM_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CREDIT_NOUNS for c in owner.children):
        return owner  # the parser hangs "for the bombing" on the verb
    return None


def _dyad(noun: Token, mentions: list[Mention]) -> bool:
    """Two parties joined by a hyphen before the noun ("the Israel-Hamas war"): a pair named
    as a label, not an agent."""
    doc = noun.doc
    ordered = sorted(mentions, key=lambda m: m.token_start)
    return any(b.token_start == a.token_end + 1 and doc[a.token_end].text in ("-", "–")
               and a.actor.party != b.actor.party
               for a, b in zip(ordered, ordered[1:], strict=False))


class NominalCoder:
    """Codes an event noun with its actors, reading verb rows through `rows`."""

    def __init__(self, patterns: Patterns, rows: Rows) -> None:
        self.patterns = patterns
        self.rows = rows

    def answered(self, noun: Token) -> bool:
        """ "rejected a U.S. request", "accepted demands from the rebels", "agreed to the
        proposal": a noun of something said that is the object of a verb coding an act of its
        own (not one that issues or repeats it: "renewed its demand") is what that act
        answers."""
        if noun.lemma_.lower() not in ANSWERED_NOUNS:
            return False
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ANSWER_PREPS:
            head = head.head
        elif noun.dep_ != "dobj":
            return False
        lemma = head.lemma_.lower()
        return head.pos_ == "VERB" and lemma not in NOMINAL_GOVERNORS | ISSUE_VERBS and \
            self.rows.verb_pattern(head) is not None

    def frame(self, noun: Token, mentions: list[Mention]) -> Frame | None:
        # what kind of act: its modifiers and what it is "of" ("military aid", "supply of arms")
        modifiers = {c.lemma_.lower() for c in noun.children
                     if c.dep_ in ("amod", "compound", "nmod")}
        modifiers |= {p.lemma_.lower() for c in noun.children if c.dep_ == "prep"
                      and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
        attempted = [c for c in noun.children if c.dep_ == "acl" and to_infinitive(c)] \
            if noun.lemma_.lower() in ATTEMPT_NOUNS else []
        # "Iran's attempt to assassinate the ambassador": what is attempted names the act
        modifiers |= {c.lemma_.lower() for c in attempted}
        cameo = self.patterns.noun_code(noun.lemma_.lower(), modifiers)
        if cameo is None or self.answered(noun):
            return None
        if cameo in ASK_TABLES:
            # "its demand that Iran release the French nationals", "Ukraine's request to
            # Berlin to send Taurus missiles": what is asked chooses the sub-code, as for
            # the verb
            asked = [c for c in noun.children if c.dep_ in ("acl", "advcl", "ccomp")
                     and c.pos_ == "VERB" and c.i > noun.i and (to_infinitive(c) or any(
                         m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children))]
            found = self.rows.ask_row(ASK_TABLES[cameo], complement_tokens(asked[0])) \
                if asked else None
            if found is not None and found.objects and found.cameo != NO_EVENT and \
                    found.cameo[:2] in APPEAL_ROOTS:
                cameo = cameo[:2] + found.cameo[2:]
        if cameo == INVESTIGATE:
            # "the ICC's investigation into war crimes": what is looked into (its "into",
            # "over", "on" or "of" phrase) chooses the sub-code, as for the verb
            cameo = self.rows.investigated(modifiers | {
                t.lemma_.lower() for c in noun.children if c.dep_ == "prep"
                and c.lower_ in INQUIRY_PREPS for p in c.children if p.dep_ == "pobj"
                for t in p.subtree})
        sources: list[Mention] = []
        target_tokens: list[Token] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among") and \
                    cameo.startswith(MEDIATION):
                # "its mediation between Israel and Hamas": the parties are mediated between,
                # the mediator is another
                target_tokens += [t for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
                continue
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                # "the partnership between Iran and Russia": a joint act of both parties
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources += mentions_in(phrase(p), mentions)
                continue
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
                sources += mentions_in(phrase(c), mentions)
            elif c.dep_ == "prep" and c.lower_ == "from" and \
                    noun.lemma_.lower() in LEAVE_NOUNS:
                # "completed their withdrawal from Lebanon": the place left
                target_tokens += [t for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
            elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources += mentions_in(phrase(p), mentions)
            elif c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                # "claims by Russia that the U.S. is acting ...": what the claim is about
                target_tokens += [t for sub in c.children if sub.dep_ in ("nsubj", "nsubjpass")
                                  for t in phrase(sub)]
            elif c.dep_ == "prep" and c.lower_ in TARGET_NOUN_PREPS and not (
                    cameo[:2] == "04" and c.lower_ in LOCATION_PREPS):
                # "talks in Brussels": where a meeting is held is no party to it
                for p in c.children:
                    if p.dep_ == "pobj":
                        target_tokens += phrase(p)
        if not sources and cameo[:2] != INVESTIGATE_ROOT:
            # "the bombing of the Turkish embassy by the PKK": the parser hangs the agent on
            # the victim (not an investigation's: "an inquiry into abuses by the army" names
            # the suspects)
            agent = [b for c in noun.children if c.dep_ == "prep" and c.lower_ in
                     TARGET_NOUN_PREPS for p in c.children if p.dep_ == "pobj"
                     for b in p.children if b.dep_ == "prep" and b.lower_ == "by"]
            cut = {t.i for b in agent for t in b.subtree}
            sources = mentions_in([t for b in agent for q in b.children if q.dep_ == "pobj"
                                   for t in phrase(q)], mentions)
            target_tokens = [t for t in target_tokens if t.i not in cut]
        if not target_tokens and cameo in ATTEMPTED_CODES.values():
            # ... and its object the target
            target_tokens = [t for c in attempted for t in object_tokens(c)]
        if not target_tokens:
            # "military activities and rhetoric toward Taiwan": a conjunct's preposition
            # is shared
            target_tokens = [t for conj in noun.children if conj.dep_ == "conj"
                             and conj.pos_ == "NOUN" for c in conj.children
                             if c.dep_ == "prep" and c.lower_ in TARGET_NOUN_PREPS
                             for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
        if not sources and noun.lemma_.lower() in LEAVE_NOUNS:
            # "the withdrawal of Russian troops": whose troops they are withdraws them
            sources = mentions_in([t for c in noun.children if c.dep_ == "prep"
                                   and c.lower_ == "of" for p in c.children
                                   if p.dep_ == "pobj" and p.lemma_.lower() in TROOP_WORDS
                                   for t in phrase(p)], mentions)
        if not sources and cameo[:2] == POSTURE_ROOT:
            # "the build-up of Russian forces", "the concentration of Chinese troops": whose
            # forces they are builds them up
            sources = mentions_in([t for c in noun.children if c.dep_ == "prep"
                                   and c.lower_ == "of" for p in c.children
                                   if p.dep_ == "pobj" and p.lemma_.lower() in POSTED_WORDS
                                   for t in phrase(p)], mentions)
        if not sources and noun.lemma_.lower() in TRANSFER_NOUNS:
            # "the supply of Iranian missiles": whose goods they are supplies them
            sources = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"
                       for m in mentions_in([t for a in p.children
                                             if a.dep_ in ("amod", "compound", "nmod")
                                             and a.i < p.i for t in phrase(a)], mentions)]
        # a nominal event needs a named agent: "their talks" only refers back to an event
        sources = [m for m in sources if m.via != "coref"]
        if cameo[:2] in UNPAIRED_ROOTS + FORCE_ROOTS and _dyad(noun, sources):
            return None  # "the Russia-Ukraine war": the name of a conflict is a topic
        anchor = None
        claim = _claimed_by(noun) if cameo[:2] in VIOLENT_ROOTS else None
        if not sources and claim is not None:
            claimant = passive_parts(claim)
            sources = mentions_in(claimant[0] if claimant is not None else
                                  clause_subject(claim), mentions)
            anchor = claim
        if not sources and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in NOMINAL_GOVERNORS:
            # "Russia announced the stationing of nuclear weapons in Belarus",
            # "China carried out exercises around Taiwan": the governor's subject acts, and
            # the governor carries modality and time; a governor coded itself wins
            if self.rows.verb_pattern(noun.head) is not None:
                return None
            upper = self.rows.pattern(noun.head.head) if noun.head.dep_ == "xcomp" else None
            if upper is not None and upper[3] is not None and upper[3].i == noun.head.i:
                # "agreed to undertake joint military exercises": the intent's code (0312)
                # was chosen by these words; no second act
                return None
            sources = mentions_in(clause_subject(noun.head), mentions)
            anchor = noun.head
            if not mentions_in(target_tokens, mentions):
                # "reiterated its demand that Israel ease restrictions": the parser hangs the
                # noun's "that" clause on the governor; its subject is who the demand is on
                target_tokens = [t for c in noun.head.children if c.dep_ == "ccomp"
                                 and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                          for m in c.children)
                                 for sub in c.children if sub.dep_ in ("nsubj", "nsubjpass")
                                 for t in phrase(sub)]
        elif not sources and noun.dep_ == "pobj" and noun.head.lower_ in RESPONSIBLE_PREPS:
            # "Iran was complicit in the attack on Israel", "Iran was behind the attack":
            # who is held to have taken part is its agent
            word = noun.head.head  # the adjective, or the copula the phrase hangs from
            if word.lemma_.lower() in RESPONSIBLE_WORDS and word.dep_ in ("acomp", "attr") \
                    or word.lemma_ == "be" and (noun.head.lower_ == "behind" or any(
                        c.dep_ == "acomp" and c.lemma_.lower() in RESPONSIBLE_WORDS
                        for c in word.children)):
                sources = mentions_in(clause_subject(word), mentions)
                anchor = word.head if word.dep_ in ("acomp", "attr") else word
        if not sources and cameo[:2] == ASSAULT_ROOT and (died := died_of(noun)) is not None:
            # "a detainee died under torture in Iranian police custody": who held the
            # victim killed them by assault (1823)
            sources = mentions_in(custodians(died) + custodians(noun), mentions)
            target_tokens = victims_of(died)
            cameo = DIED_OF_ASSAULT
            anchor = died
        if not sources:
            return None
        if cameo == "195" and noun.lemma_.lower() in GROUP_BOMBINGS and all(
                no_air_force(m) for m in sources):
            cameo = GROUP_BOMBINGS[noun.lemma_.lower()]  # "the PKK's bombing of a bus"
        targets = mentions_in(target_tokens, other_than(sources, mentions))
        if cameo[:2] == POSTURE_ROOT:
            # "Russia's build-up along Ukraine's border", "drills off the coast of Taiwan":
            # the state faced, not where the forces are sent (forces.posture_targets)
            targets = posture_targets(noun, sources, targets, other_than(sources, mentions))
        if cameo[:2] in VIOLENT_ROOTS and (victims := mentions_in(
                _harmed(noun), other_than(sources, mentions))):
            # "two Turkish soldiers were killed in a PKK attack in northern Iraq": who the act
            # killed or wounded is its target, not the place it struck
            targets = victims
        if not targets and cameo[:2] >= "10" and not (
                target_tokens and cameo[:2] in VIOLENT_ROOTS):
            # "Both Iran and Belarus face (what X described as) sanctions from the West";
            # but force whose victims are named, if not placed ("condemned Russia's shelling
            # of civilians"), is not aimed at who condemns it, and cooperation is never aimed
            # at who condemns or opposes it ("France condemned the talks between Russia and
            # Iran": talks between the two)
            gov = noun
            for _ in range(4):
                if gov.head.i == gov.i:
                    break
                gov = gov.head
                if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in SUFFER_VERBS:
                    targets = mentions_in(clause_subject(gov), other_than(sources, mentions))
                    if cameo[:2] in VIOLENT_ROOTS:
                        # "the UN condemned the bombing by Boko Haram": an organisation
                        # that condemns force is not its victim (a state may be)
                        targets = [m for m in targets if m.actor.kind == "state"]
                    break
                if gov.dep_ not in ("prep", "pobj", "ccomp", "dobj", "conj", "relcl"):
                    break
        if not targets and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and (
                cameo[:2] in VIOLENT_ROOTS or cameo == CYBER_CODE or cameo[:2] == "07"
                and noun.head.lemma_.lower() in BENEFIT_VERBS):
            # "Russia's attacks have left homes in Ukraine without power": who suffers what
            # the violence did (or a cyberattack: "a hacking attack by X crippled Y"); "the
            # supply of Iranian missiles enables Russia to ...": who
            # the aid serves
            # the verb's direct object only: "drew condemnation from France" names no victim
            objs = [t for c in noun.head.children if c.dep_ == "dobj" for t in phrase(c)]
            targets = mentions_in(objs, other_than(sources, mentions))
        if anchor is None and noun.dep_ in ("nsubj", "nsubjpass") and \
                noun.head.pos_ in ("VERB", "AUX"):
            anchor = noun.head  # "another invasion could happen": the predicate's modality
        if anchor is None and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in CONVENING_VERBS:
            # "offered to host talks between Russia and Ukraine": talks one may host are as
            # sure as the hosting (not "condemned the invasion": what is judged happened)
            anchor = noun.head
        return Frame(noun, cameo, sources, targets, np_text(noun), True, False, anchor)
