"""The event coder: who did what to whom, read off the dependency parse of one sentence.

For each predicate (a verb with a pattern, or an event noun with an explicit agent) the coder
finds its source (subject, passive agent, controller of an infinitive, antecedent of a
relative pronoun) and target (objects and prepositional objects), then reads modality,
time, place and attribution from the words around it. Conventions: ANNOTATION.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from accord.events.aims import (
    JUDGING_ROOTS,
    MEASURE_ROOTS,
    PEACEKEEPING,
    REJECTING_ROOT,
    mission_hosts,
    not_victims,
    refine_targets,
)
from accord.events.contacts import (
    addressee,
    by_phone,
    contact_adjuncts,
    received_guest,
    visited,
)
from accord.events.directives import MESSAGE_NOUNS, Directives, controlled_verbs, request_content
from accord.events.forces import (
    CEASEFIRE_BROKEN,
    JOINT_DRILL,
    JOINT_EXERCISE,
    MILITARY_AID,
    MUTUAL_FORCE_VERBS,
    POSTURE_ROOT,
    arms_makers,
    at_edge,
    border_whereabouts,
    deterred_by,
    facing_code,
    not_arms_makers,
    posture_frame,
    supplied_sides,
    used_sides,
)
from accord.events.frame import Frame
from accord.events.home import (
    APPEAL_ROOTS,
    PROTEST_ROOT,
    home_population,
    not_home_places,
    protest_aim,
    protest_causers,
    protest_demand,
    protest_organisers,
    protest_purpose,
)
from accord.events.implicit import (
    ARSON_CODES,
    EASED_RULE_CODES,
    WHEN_WORDS,
    Places,
    placed_victims,
    press_patient,
    state_agent,
)
from accord.events.implicit import FORCE_ROOTS as VIOLENT_ROOTS
from accord.events.judgements import Judgements, agent_slot, to_blame
from accord.events.nominal import (
    DEMAND_WORDS,
    DIED_OF_ASSAULT,
    FORCE_ROOTS,
    GROUP_BOMBINGS,
    ISSUE_VERBS,
    UNPAIRED_ROOTS,
    NominalCoder,
    no_air_force,
    victims_of,
)
from accord.events.places import KIND_WORDS
from accord.events.readouts import (
    AID_SENTENCES,
    ANSWER_SENTENCES,
    MEETING_SENTENCES,
    accusation_parties,
    aid_parties,
    answered,
    meeting_parties,
    package_frame,
    said_in_meeting,
)
from accord.events.rows import (
    ATTEMPT_VERBS,
    ATTEMPTED_CODES,
    CHARACTERISE_VERBS,
    HARMED_VERBS,
    MEANS_ROOTS,
    PERMIT_VERBS,
    Rows,
    addressed,
    called_as,
    pullout_threat,
    threat_code,
)
from accord.events.senses import (
    crude_force,
    doer_sense,
    forecast,
    official_protest,
    sporting,
    strike_sense,
    struck_nothing,
    verbal_attack,
)
from accord.events.syntax import (
    AGREEMENT_NOUNS,
    CLAUSE_DEPS,
    GATHERING_NOUNS,
    LOCATION_PREPS,
    MOTION_NOUNS,
    PLACE_NOUNS,
    SAY_VERBS,
    SUFFER_VERBS,
    THREAT_CONDITIONS,
    aimed_targets,
    clause_subject,
    complement_tokens,
    fled_from,
    for_clause,
    is_obligation,
    judged_subjects,
    mentions_in,
    misread_verb,
    needed,
    object_tokens,
    on_condition,
    open_question,
    other_than,
    passive_parts,
    phrase,
    purpose_objects,
    shipped_to,
    to_infinitive,
)
from accord.events.unnamed import attempted_by_noun, bombing_code, unnamed_force
from accord.knowledge.patterns import Patterns
from accord.records import REBEL_SECTORS, Mention

# acts a condition does not make threats: a threat, and a protest held until a demand is met
# ("will boycott the elections unless the president steps down" is CAMEO's boycott, 1431)
UNTHREATENED_ROOTS = ("13", "14")

# codes whose verb names an act aimed at what its complement does ("threatened to cut aid to
# Cuba", "refused to hand the suspects over to Britain")
AIMED_ROOTS = ("12", "13")
# codes whose verb judges what a "that" clause says of someone: the clause's subject is the
# target ("regretted that Russia continues to abuse its position")
JUDGED_ROOTS = ("11",)
# harm a verb tells (killing, wounding: 18, 19) whose subject is an act of force the noun
# table codes more narrowly (bombings, assassinations, massacres: 18, 20)
HARM_ROOTS = ("18", "19")
# coercion and force (17-20): done to who suffers it, never to what the agent's phrase names
COERCION_ROOTS = ("17", "18", "19", "20")
# destruction of property (sabotage of pipelines, railways, power lines) by armed groups at
# home is aimed at their state, as their force is
SABOTAGE_CODE = "1712"
# prepositions of where an agent is ("gunmen in Kabul")
WHEREABOUTS_PREPS = ("in", "inside", "near", "around", "at", "outside")
FRONT_SENTENCES = 5  # how far back that act may be
# a place a verb's own row names (arrived in, fight in, demonstrated in) is the target,
# unless the act names its own ("rallied in Warsaw against the war") or an ally ("fight in
# Mali alongside the army")
OWN_TARGET_PREPS = ("against", "alongside", "with", "beside")
# a pull-back (de-escalation: withdrawal, truce, demobilisation) with no target of its own
# leaves the front the same actor's last act of force was aimed at
FRONT_RETREATS = ("087",)
# verbs that appeal only when another party is to act ("Tokyo wants Seoul to drop the claim")
WISH_VERBS = {"want", "wish"}
# participles that are states of their subject, not passives: "Israel is opposed to French
# mediation" is Israel's rejection (its subject acts); "was opposed by Paris" stays passive
STATIVE_PARTICIPLES = {"oppose"}
# judgements and rejections whose object may follow an "as" phrase ("rejected as unacceptable
# the plan by ..."); investigations, whose target is who is suspected
SHIFTED_ROOTS = ("11", "12")
PROBE_ROOTS = ("09",)
# verbs of command with no row of their own for the object: "the court ordered Israel to
# halt the operation" is a demand on Israel, as "told ... to" is
ORDER_VERBS = {"order", "instruct"}
# verbs of pressing with no row for their object: "pressed Washington to lift tariffs",
# "pushed Israel to allow more aid", "lobbied Sweden to impose sanctions" appeal to the one
# pressed (with no infinitive on its object, nothing: "pressed the button", "pushed the bill
# through")
PRESS_VERBS = {"press", "push", "lobby"}
# acts whose target an appeal or demand joined to them with no target of its own is made to
ADDRESS_JOINED_ROOTS = ("02", "10", "11", "12", "13")
# bans and sanctions (16, 17) whose object is who is barred ("all states")
BARRING_ROOTS = ("16", "17")
# verbs of writing a document, which do not yet issue it
DRAFTING_VERBS = {"draft", "write"}
# a case referred to a court (115) is aimed at whom it concerns, not at the court
REFERRAL_VERBS, LAWSUIT = {"refer"}, "115"
# documents a group puts out: a participle on one speaks for whoever issues it ("the PKK
# issued a declaration demanding that ..."), not for who receives it
DOCUMENT_NOUNS = MESSAGE_NOUNS | {"communique", "communiqué", "resolution", "petition",
                                  "manifesto", "memorandum", "appeal", "call"}
# codes of a verb whose content (its "that" clause, its infinitive, the event noun it takes)
# is what it asks for or threatens, not an act of its own: CAMEO codes the appeal, demand or
# threat alone, the content choosing its sub-code ("demanded that Russia withdraw" is 1056,
# "threatened to impose sanctions" 1312); an accusation's content (11) is what the accused
# did, and stays an act
CONTENT_ROOTS = APPEAL_ROOTS + ("13",)
# force (19, 20) by two parties is a fight between them only by a verb of fighting each
# other (forces.MUTUAL_FORCE_VERBS); drills held together are cooperation (forces.JOINT_DRILL)
ONE_WAY_ROOTS = ("19", "20")
ATTEMPTED_ROOTS = ("17", "18", "19", "20")
# curbs on trade and their easing, aimed at where the goods curbed are sent
TRADE_CURB_ROOTS = ("16", "08")
NO_COMMENT = "011"  # "declined to confirm that ...": what is not commented on is no target
# verbs whose object is the one wronged, not the one a vow of revenge is aimed at
AVENGE_VERBS = {"avenge", "revenge"}
# a strike (143): workers, students, traders stop work, not a state named bare (whose
# boycott of a vote or a games is its own)
STRIKE_CODE, WORK_STOPPAGES = "143", {"strike", "walkout", "stoppage", "work", "job"}
# beating and torture (182: physical assault), and the killing by it (1823)
ASSAULT_CODES = ("182",)
# arrests and charges (173) whose charge of war crimes or spying (1124, 1125: the rows of
# "accuse") is an accusation too (a conviction, 116, is of the same root already)
CHARGED_CODES, ACCUSED_CHARGES, ACCUSE_VERB = ("173",), ("1124", "1125"), "accuse"
HELD_FOR_PREPS = {"for", "on", "with", "of"}  # "on charges of", "with treason", "of spying"
# charges the ordinary criminal law brings every day: "arrested on terrorism charges" is
# the arrest alone, though "accused Hamas of terrorism" is a grave accusation (1124)
COMMON_CHARGES = {"terrorism", "terrorist"}
# verbs of threatening whose code the threatened act may choose (coder._threatened)
ACT_THREAT_VERBS = {"threaten", "warn"}


# goods sent or received (aid 07, material cooperation 06) pass "through" or "via" a state
# that is no party to the transfer
ROUTED_ROOTS, ROUTE_PREPS = ("06", "07"), {"via", "through"}


# reduced relations and sanctions, imposed by whose instrument they are in a passive
SANCTION_ROOT = "16"
# acts two parties do together: consultation (04), diplomatic and material cooperation
# (05, 06), intents to cooperate (03)
JOINT_ROOTS = ("03", "04", "05", "06")
# truces and settlements: made with the party their noun names ("a ceasefire with Russia")
COUNTERPART_CODES = ("0356", "0871", "037")
SETTLED_NOUNS = {"ceasefire", "truce", "armistice", "dispute", "conflict", "row", "peace",
                 "settlement", "war", "feud"}


def _between_parties(frame: Frame, mentions: list[Mention]) -> Frame:
    """A joint act that names no one doing it but those it is "between" ("a commitment to
    increase direct flights between the two countries", "efforts to expand trade between
    India and Japan"): those parties do it together."""
    trig = frame.trigger
    if trig.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "agent")
                                  for c in trig.children):
        return frame  # "officials discussed the tension between X and Y": X and Y a topic
    parties = [m for t in _own_phrase(trig) if t.dep_ == "prep" and t.lower_ == "between"
               for p in t.children if p.dep_ == "pobj"
               for m in mentions_in([p, *p.conjuncts], mentions)]
    if len({m.side for m in parties}) < 2:
        return frame
    return replace(frame, sources=parties, targets=[])


def _own_phrase(verb: Token) -> list[Token]:
    """The verb's own objects and adjuncts, not the clauses below it."""
    out, todo = [], [c for c in verb.children if c.i > verb.i]
    while todo:
        t = todo.pop()
        if t.dep_ in CLAUSE_DEPS:
            continue
        out.append(t)
        todo.extend(t.children)
    return out


# verbs of agreeing whose "with" names a partner in the act agreed ("agreed with Iran to")
JOINT_GOVERNORS = {"agree", "arrange", "decide"}
# yielding (CAMEO 08) under pressure: the adjuncts that name who pressed ("under pressure
# from the military", "after mass protests by students", "following weeks of protests")
YIELD_ROOT = "08"
PRESSURE_PREPS = {"under", "after", "following", "amid"}
# ... and refusing (CAMEO 12) in the face of it: "declined to quit despite calls from"
DEFIANCE_PREPS = {"despite", "under", "amid"}
PRESSURE_NOUNS = {"pressure", "demand", "protest", "ultimatum", "call", "request",
                  "campaign", "opposition", "strike", "threat"}
QUANTITY_OF = {"weeks", "months", "days", "years", "wave", "waves", "series"}
# an appeal for policy support (022) to back a party named is support rallied on its behalf
# (053), by the verbs of backing
POLICY_SUPPORT_APPEAL, RALLY_SUPPORT = "022", "053"
BACKING_VERBS = {"support", "back", "endorse"}
# property released or returned (0842) goes back to who owns or runs it; the participles
# that name them ("a tanker operated by a Greek firm", "the ship owned by Maersk")
RELEASED_PROPERTY = "0842"
OWNING_PARTICIPLES = {"operate", "own", "charter", "flag", "register", "crew", "belong"}
# a protest called off (082) after talks or a deal with a party is called off toward it ("the
# union called off its strike after talks with the government"); the words of those talks
CALL_OFF_CODE = "082"
SETTLING_PREPS = {"after", "following", "upon"}
TALK_NOUNS = {"talk", "talks", "deliberation", "negotiation", "agreement", "deal", "meeting",
              "consultation", "discussion", "dialogue", "accord"}
# verbs of holding captives: who holds them releases them ("the hostages held by Hamas")
HOLD_VERBS = {"hold", "detain", "kidnap", "abduct", "seize", "capture", "jail", "imprison"}
# sectors of a state's armed forces and police: those moved or readied in a show of force
FORCE_SECTORS = {"MIL", "COP"}
# pull-backs: troops withdrawn (087), armed men demobilised (0873), peacekeepers and
# observers withdrawn (166)
PULLBACK_CODES = ("087", "166")
# international involvement let in (CAMEO 086: peacekeepers, inspectors, aid): aimed at who
# comes in, else where they go
ADMITTED_CODES = ("086",)
# bans, permits and eased bans (172, 081, 0833): saying so does not tell that the gathering
# they are about was held
UNHELD_CODES = ("172", "081", "0833")
# verbs that voice, repeat or stress a stance: the noun they take is the stance of its owner,
# whoever speaks it ("the minister reaffirmed Japan's support for Manila", "the Secretary
# emphasized the U.S. commitment to Japan's defence", "reiterated China's opposition")
VOICING_VERBS = {"reaffirm", "reiterate", "renew", "restate", "repeat", "express", "voice",
                 "convey", "underscore", "emphasize", "emphasise", "stress", "affirm"}


@dataclass


class ArticleContext:
    """What coding a sentence leaves for the later sentences of the same article: the
    pipeline makes one per article and passes it with each sentence."""

    # the parties of the last agreement named ("the agreement does not include ...")
    parties: list[Mention] = field(default_factory=list)
    # per source country: the sentence and the targets of its last act of force
    fronts: dict[str, tuple[int, list[Mention]]] = field(default_factory=dict)
    # the article's own voice when its outlet is a government body ("U.S. Department of
    # State"): the speaker of its unquoted sentences; None for a news agency
    voice: Mention | None = None
    # the sentence, donors, recipients and code of the last aid announced ("the package
    # includes ...": readouts.py)
    aid: tuple[int, list[Mention], list[Mention], str] | None = None
    # the sentence and parties of each meeting so far ("the Secretary underscored ...")
    meetings: list[tuple[int, list[Mention]]] = field(default_factory=list)
    # the sentence, accusers and accused of each accusation or criticism so far ("Russia
    # denied it": readouts.answered)
    accusations: list[tuple[int, list[Mention], list[Mention]]] = field(
        default_factory=list)


class SentenceCoder:
    """Codes the predicates of one sentence; `frames` lists them with their actors."""

    def __init__(self, patterns: Patterns, places: Places | None = None) -> None:
        self.patterns = patterns
        # the state of a place the sentence names: implicit agents and victims (implicit.py)
        self.places = places
        self.rows = Rows(patterns, places)  # which pattern row a predicate matches
        self.nominals = NominalCoder(patterns, self.rows)
        self.directives = Directives(patterns, self.rows)
        self.judgements = Judgements(patterns)
        self._context = ArticleContext()  # the article of the sentence being coded
        self._index = 0  # that sentence's number in it

    # -------------------------------------------------------------- verbal predicates


    def verb_pattern(self, verb: Token) -> tuple[str, bool, str | None] | None:
        """(cameo, object-specific?, object text) for a verb, or None."""
        return self.rows.verb_pattern(verb)

    def frames(self, sent: Span, mentions: list[Mention],
               context: ArticleContext | None = None, index: int = 0) -> list[Frame]:
        """Coded predicates of a sentence, the `index`-th of its article; `context` carries
        what earlier sentences of the article left (updated here for the later ones)."""
        self._context = context if context is not None else ArticleContext()
        self._index = index
        found: list[Frame] = []
        consumed: set[int] = set()
        for tok in sent:
            if tok.i in consumed:
                continue
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ in (
                    "ROOT", "acomp")) or misread_verb(tok):
                frame = self._verbal(tok, mentions, consumed)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.patterns.nouns:
                frame = self.nominals.frame(tok, mentions)
            else:
                frame = None
            if (frame is None or not frame.sources) and (aid := self._recent_aid()) is not None:
                # "the package includes ...", "the equipment will be delivered to Ukraine"
                frame = package_frame(tok, mentions, aid) or frame
            if frame is not None and not frame.sources and frame.cameo.startswith(JOINT_ROOTS):
                frame = _between_parties(frame, mentions)
            if (frame is None or frame.cameo == "051") and \
                    (guest := received_guest(tok, mentions)) is not None:
                frame = guest  # "received Zelensky in Ankara", "welcomed Modi to London"
            if frame is not None:
                frame = self._front(frame)
                frame = said_in_meeting(frame, self._recent_meetings(), mentions)
                frame = answered(frame, self._recent_accusations())
                self._remember(frame)
                if frame.cameo == "040" and not frame.nominal and \
                        by_phone(frame.trigger, self.patterns.noun_code):
                    frame = replace(frame, cameo="041")  # "discussed it in a phone call"
                found.append(frame)
                if (charge := self._charge_accusation(frame)) is not None:
                    found.append(charge)
                if frame.nominal and frame.cameo in ATTEMPTED_CODES.values():
                    # the attempt is the act: no intended assassination besides it
                    consumed.update(c.i for c in tok.children if c.dep_ == "acl")
                parties = frame.sources + frame.targets
                if frame.cameo.startswith("057") and len({m.actor.party for m in parties}) > 1:
                    self._context.parties = parties
        adjuncts = contact_adjuncts(sent, mentions, {
            f.trigger.i: f.cameo for f in found if not f.nominal and f.targets},
            self.patterns.noun_code)
        for frame in adjuncts:
            self._remember(frame)
        found.extend(adjuncts)
        found.extend(self.judgements.frames(sent, mentions, self._context.voice))
        found.extend(self.judgements.blames(sent, mentions, self._context.voice))
        found.extend(self.judgements.findings(sent, mentions, found))
        aims = {f.trigger.i: f for f in found if protest_demand(f, found)
                or protest_purpose(f, found)}
        return [protest_aim(f, found, aims) for f in found if f.trigger.i not in aims]

    def _remember(self, frame: Frame) -> None:
        """Keep the article's last aid announcement and last meeting for the sentences that
        speak of them without naming their parties (readouts.py)."""
        if (aid := aid_parties(frame)) is not None:
            self._context.aid = (self._index, *aid)
        if (parties := meeting_parties(frame)) is not None:
            self._context.meetings.append((self._index, parties))
        if (accused := accusation_parties(frame)) is not None:
            self._context.accusations.append((self._index, *accused))

    def _recent_aid(self) -> tuple[list[Mention], list[Mention], str] | None:
        aid = self._context.aid
        if aid is None or self._index - aid[0] > AID_SENTENCES:
            return None
        return aid[1], aid[2], aid[3]

    def _recent_accusations(self) -> list[tuple[list[Mention], list[Mention]]]:
        # this sentence's too: "Poland accused Minsk, which denied it"
        return [(by, of) for at, by, of in self._context.accusations
                if self._index - at <= ANSWER_SENTENCES]

    def _recent_meetings(self) -> list[list[Mention]]:
        # an earlier sentence's: what a party says as it meets is coded with the meeting
        return [parties for at, parties in self._context.meetings
                if 0 < self._index - at <= MEETING_SENTENCES]

    # -------------------------------------------------------------- judgements

    def _charge_accusation(self, frame: Frame) -> Frame | None:
        """ "was detained in Minsk for working with Polish intelligence", "jailed on charges
        of spying for the CIA", "the court indicted two generals for war crimes": an
        arrest, charge or jail term for spying or treason (CAMEO 1125) or for war crimes
        (1124) also accuses the one held of it; the charge chooses by the rows of "accuse".
        Other charges ("arrested for fraud") stay the legal act alone."""
        if frame.nominal or not frame.sources or not frame.cameo.startswith(CHARGED_CODES):
            return None
        verb = frame.trigger
        # the charge hung on the verb, on whom it holds ("jailed a reporter for espionage"),
        # on the term ("jailed him for ten years for spying") or the agent ("indicted by
        # the tribunal for genocide")
        heads = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")] + [
            p for c in verb.children if c.dep_ == "agent" or (
                c.dep_ == "prep" and c.lower_ in ("to", "for")) for p in c.children
            if p.dep_ == "pobj"]
        charges = [g for h in heads for c in h.children if c.dep_ == "prep"
                   and c.lower_ in HELD_FOR_PREPS for g in c.children
                   if g.dep_ in ("pcomp", "pobj")]
        said = [t for g in charges for t in g.subtree]
        lemmas = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
        lemmas |= {c.lower_ + t.lemma_.lower() for t in said for c in t.children
                   if c.dep_ == "compound" and c.i == t.i - 1}  # "war crimes": "warcrime"
        pat, _ = self.patterns.verb_code(ACCUSE_VERB, set(), lemmas - COMMON_CHARGES)
        if pat is None or not pat.objects or pat.cameo not in ACCUSED_CHARGES:
            return None
        return replace(frame, cameo=pat.cameo, specific=True)


    def _front(self, frame: Frame) -> Frame:
        """ "Russia launched its war" after "Russia's attacks on Ukraine": an act of force or
        a threat with no target of its own is aimed where the same actor's last one in the
        article was (the front the story is about); so is a pull-back from it ("Armenia will
        begin withdrawing troops from the area")."""
        if frame.cameo[:2] not in FORCE_ROOTS and not frame.cameo.startswith(FRONT_RETREATS):
            return frame
        sides = {m.actor.party for m in frame.sources}
        # a front is a state: a resolution or body is no place an army is sent
        targets = [t for t in frame.targets if t.actor.party not in sides
                   and t.actor.kind == "state"]
        if targets and frame.cameo[:2] in FORCE_ROOTS:
            for c in sides:
                self._context.fronts[c] = (self._index, targets)
            return frame
        if len(sides) != 1 or frame.targets or frame.nominal:
            return frame
        trig = frame.trigger
        at, earlier = self._context.fronts.get(next(iter(sides)), (0, []))
        if self._index - at > FRONT_SENTENCES:
            return frame  # a new paragraph's act may be aimed anywhere
        implied = [replace(t, text=trig.text, start=trig.idx, end=trig.idx + len(trig),
                           token_start=trig.i, token_end=trig.i + 1,
                           confidence=round(t.confidence * 0.6, 3), via="implicit")
                   for t in earlier]
        return replace(frame, targets=implied) if implied else frame

    def _verbal(self, verb: Token, mentions: list[Mention], consumed: set[int]) -> Frame | None:
        if _demanded(verb) or to_blame(verb):
            return None  # "Kosovo is to blame": a blame laid on it (judgements.py)
        if verb.pos_ == "ADJ" and (needs := self.directives.necessity(
                verb, mentions, consumed)) is not None:
            return needs  # "said it was vital that Belgrade and Pristina resume dialogue"
        if is_obligation(verb):
            return self.directives.obligation(verb, mentions)
        if (need := self.directives.need(verb, mentions, consumed)) is not None:
            return need  # "will tell Modi that India needs to cut its oil imports"
        if (warned := self.directives.barred_arms(verb, mentions)) is not None:
            return warned  # "said Iran would never have a nuclear weapon"
        if (rejected := self.directives.denied_right(verb, mentions)) is not None:
            return rejected  # "said that Beijing has no right to fish there"
        if self.directives.laid_on_other(verb, mentions):
            return None
        if verb.lemma_.lower() in SAY_VERBS and (
                verb.lemma_.lower() not in self.patterns.verbs or all(
                    p.particle for p in self.patterns.verbs[verb.lemma_.lower()])
                and self.rows.pattern(verb) is None):
            # a verb of saying whose only rows are another sense with a particle ("added
            # the firms to its entity list") still says what it does not code ("added that
            # Russia must withdraw")
            return self.directives.asked(self.directives.directive(verb, mentions), consumed)
        if open_question(verb):
            return None
        coded = self.rows.pattern(verb)
        if coded is None and (placed := self.rows.place_row(verb, mentions)) is not None:
            coded = (placed, True, None, None)  # "advanced into Rafah": only a place row
        if coded is None:
            if verb.lemma_.lower() in ORDER_VERBS:
                # "ordered Menem to appear"
                return self.directives.asked(self.directives.directive(verb, mentions), consumed)
            if verb.lemma_.lower() in PRESS_VERBS:
                # "pressed Washington to lift tariffs": an appeal to the one pressed
                return self.directives.asked(
                    self.directives.directive(verb, mentions, "urge"), consumed)
            return None
        cameo, specific, obj_text, comp = coded
        if not specific and (placed := self.rows.place_row(verb, mentions)) is not None:
            cameo, specific = placed, True  # "captured Kyiv", "seized Kherson": territory
        if cameo[:2] in HARM_ROOTS and (means := self.rows.means_code(verb)) is not None:
            cameo = means  # "a suicide attack by al-Shabaab killed 12 soldiers": 1831
        if comp is not None and cameo in ATTEMPTED_CODES.values() and \
                verb.lemma_.lower() in ATTEMPT_VERBS:
            consumed.add(comp.i)  # the attempt is the act: no intended assassination
        if specific and cameo[:2] not in AIMED_ROOTS + APPEAL_ROOTS:
            # "allowed Ouattara to run", "allowed the candidate to participate in the
            # elections": a clause verb whose word chose the row is that act's content, not a
            # second act (no visit by the candidate); what an appeal, demand, refusal or
            # threat is about stays an act of its own, with the governor's modality
            rows = [p for p in self.patterns.verbs.get(verb.lemma_.lower(), ())
                    if p.cameo == cameo and p.objects]
            for c in controlled_verbs(verb):
                # "allowed the opposition to hold a rally": the rally the row names
                let = {c.lemma_.lower()} | {o.lemma_.lower() for o in c.children
                                            if o.dep_ == "dobj"}
                if any(let & p.objects for p in rows):
                    consumed.add(c.i)
        if cameo.startswith(UNHELD_CODES):
            # "banned opposition rallies", "allowed the opposition rally": a gathering banned
            # or allowed is not told to have been held
            held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            held += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                     and to_infinitive(c) for s in c.children if s.dep_ == "nsubj"]
            held += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                     for p in c.children if p.dep_ == "pobj"]
            # "lifted the ban on opposition rallies": through what is lifted
            consumed.update(t.i for c in held for t in c.subtree
                            if t.lemma_.lower() in GATHERING_NOUNS)
        trigger = verb
        # means clause: "supported Russia by providing drones" codes the specific act
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pcomp" and p.pos_ == "VERB":
                        sub = self.rows.verb_pattern(p)
                        if sub is not None and sub[1]:
                            cameo, specific, obj_text = sub
                            trigger = p
                            consumed.add(p.i)
        passive = passive_parts(verb)
        # "the storm hit Cuba", "Western sanctions hit the Russian economy": what does it,
        # and what it is done to, choose the verb's sense (accord.events.senses)
        sensed = doer_sense(cameo, passive[0] if passive is not None else clause_subject(verb),
                            self.patterns.senses)
        struck = [t for c in verb.children if c.dep_ == "dobj" for t in phrase(c)] or [
            # "shot at the Argentine goal": what force is aimed at
            t for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
            for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
        if sensed is None or struck_nothing(sensed, passive[1] if passive is not None
                                            else struck, self.patterns.senses):
            return None
        cameo = sensed
        stative: list[Token] = []
        if (passive is None or not passive[0]) and verb.lemma_.lower() in \
                STATIVE_PARTICIPLES and any(c.dep_ == "prep" and c.lower_ == "to"
                                            for c in verb.children):
            # the subject, or one the parser hung on the auxiliary ("Chile is opposed to")
            held = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
                g for a in verb.children if a.dep_ == "auxpass" for g in a.children
                if g.dep_ == "nsubj"]
            if held:
                stative, passive = phrase(held[0]), None
        if passive is not None:
            sources, targets, cameo = self._passive_sides(verb, cameo, passive, mentions,
                                                          consumed)
        else:
            sources, targets, cameo = self._active_sides(verb, cameo, comp, trigger, stative,
                                                         mentions)
        if (cameo[:2] in VIOLENT_ROOTS or cameo.startswith(ARSON_CODES)) and \
                self.places is not None and \
                not _not_whereabouts(verb.doc, sources, mentions):
            # "a car bomb killed six people in Mogadishu", "a judge was shot dead in
            # Peshawar", "was killed by a roadside bomb in Iraq" (where the bomb was is no
            # agent): the unidentified armed force of the scene's state
            unnamed, doer = unnamed_force(verb, cameo, passive, self.places, mentions,
                                             self.patterns.senses)
            if unnamed and doer is not None:
                sources, cameo = unnamed, bombing_code(cameo, doer, self.patterns.senses)
        if attempted_by_noun(verb) and cameo in ATTEMPTED_CODES:
            cameo = ATTEMPTED_CODES[cameo]  # "an attempt to assassinate the governor" (185)
        return self._finish(verb, cameo, sources, targets, comp, trigger, obj_text, specific,
                            mentions, consumed)

    def _finish(self, verb: Token, cameo: str, sources: list[Mention], targets: list[Mention],
                comp: Token | None, trigger: Token, obj_text: str | None, specific: bool,
                mentions: list[Mention], consumed: set[int]) -> Frame | None:
        """The frame of a coded predicate whose sides are read: what is asked or threatened
        is its content and names its target; targets are refined (home places, victims,
        addressees, the place of harm); a sense of the verb that is no event, or an act in
        words, is settled last."""
        if cameo == MILITARY_AID:
            # "the brigade was equipped with German tanks": the arms tell who supplies whom
            sources, targets = supplied_sides(verb, sources, targets, mentions)
        if cameo[:2] in COERCION_ROOTS:
            # "was shot dead by gunmen in Kabul": where an unnamed agent is, is not who acts
            sources = _not_whereabouts(verb.doc, sources, mentions)
            # "used Turkish-supplied drones against the RSF": the arms' maker is no victim
            sources, targets = used_sides(verb, sources, targets, mentions)
        if cameo[:2] in CONTENT_ROOTS and sources:
            # no one named makes it ("Poland was asked to send tanks"): its content stays
            # coded, with the governor's modality
            content = request_content(verb, self.patterns.nouns, cameo[:2] == "13")
            consumed.update(t.i for t in content)
            backed = mentions_in([t for c in content if c.lemma_.lower() in BACKING_VERBS
                                  for o in c.children if o.dep_ == "dobj"
                                  for t in _backed_party(o)],
                                 other_than(sources + targets, mentions)) \
                if cameo == POLICY_SUPPORT_APPEAL else []
            if backed:
                # "urged the EU to support the Palestinian Authority": support rallied on
                # behalf of the party to be backed (053), its target
                cameo, targets = RALLY_SUPPORT, backed
            if cameo[:2] == "13" and verb.lemma_.lower() in ACT_THREAT_VERBS:
                cameo = self.rows.threatened(cameo, verb, content, sources, mentions)
            need = needed(verb) if cameo[:2] in APPEAL_ROOTS else None
            if need is not None:
                # "stressed the need for Serbia to recognise Kosovo": the party that is to
                # act is asked, not a party its act names
                targets = mentions_in(need[1], other_than(sources, mentions)) or targets
            asked_for = for_clause(verb) if cameo[:2] in APPEAL_ROOTS and \
                cameo != RALLY_SUPPORT and not addressed(verb) else None
            if asked_for is not None:
                # "lobbying for Germany to back a sanctions package against Russia": the one
                # asked, not a party the act asked of it names
                targets = mentions_in(asked_for[1], other_than(sources, mentions)) or targets
            if not targets and not addressed(verb):
                # "threatened to cut aid to Cuba", "demanded that Russia withdraw": who the
                # content is aimed at (or laid on) is the target of the demand or threat; one
                # addressed to someone unnamed has none ("urged regional powers to end arms
                # supplies to Sudan")
                asked = for_clause(verb)
                if asked is not None:
                    # "called for Israel to withdraw from Rafah": the one asked, not where
                    # or to whom it is to act
                    targets = mentions_in(asked[1], other_than(sources, mentions))
                if not targets:
                    words = [t for c in content for t in (
                        phrase(c) if c.pos_ in ("NOUN", "PROPN")
                        else clause_subject(c) + object_tokens(c))]
                    targets = mentions_in(words, other_than(sources, mentions))
                if not targets:
                    targets = _passive_content(content, other_than(sources, mentions))
        if not targets and cameo[:2] == REJECTING_ROOT:
            # "rejected the peace plan put forward by Brazil": who made what is rejected
            heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            targets = mentions_in(_proposers(heads), other_than(sources, mentions))
        if not targets and cameo[:2] == PROTEST_ROOT:
            # "went on strike over a bill signed by the president", "will boycott the
            # elections unless the president steps down": who the protest is against
            targets = mentions_in(protest_causers(verb), other_than(sources, mentions))
        if cameo[:2] == "13" and comp is not None and comp.lemma_.lower() in AVENGE_VERBS:
            # "vowed to avenge the killing of Haniyeh": the one avenged is no target
            avenged = mentions_in([t for o in comp.children if o.dep_ == "dobj"
                                   for t in o.subtree], mentions)
            targets = [m for m in targets if m not in avenged or m.actor.party in {
                a.actor.party for a in mentions_in(_agents_in(comp), mentions)}]
        if cameo[:2] != PROTEST_ROOT and cameo[:2] not in FORCE_ROOTS and not (
                cameo.startswith(SABOTAGE_CODE) and sources
                and all(m.actor.sector in REBEL_SECTORS for m in sources)):
            # "hundreds of people attended the funeral in Tehran", "activists collected
            # signatures in Kampala": a country's own people acting in its capital or land
            # do nothing to its government by being there (a protest there is aimed at it,
            # as CAMEO codes one at home, and so is force: "the PKK bombed Ankara", and so
            # is rebels' sabotage: "militants blew up a pipeline in Turkey")
            targets = not_home_places(verb.doc, sources, targets)
        if cameo == "195" and trigger.lemma_.lower() in GROUP_BOMBINGS and sources and all(
                no_air_force(m) for m in sources):
            cameo = GROUP_BOMBINGS[trigger.lemma_.lower()]  # "the PKK bombed a police station"
        # "the unions suspended the strike" (082), "Israel halted its strikes" (087)
        cameo = strike_sense(cameo, verb, sources, self.patterns.senses)
        # forces posted at a border, fighting for a state, drilling facing one, massed
        # facing one ("sent 10,000 soldiers to the Belarusian border": a build-up)
        cameo, targets = posture_frame(verb, cameo, sources, targets, mentions, self.places)
        targets = refine_targets(verb, cameo, sources, targets, self.patterns.noun_code)
        if not targets:
            targets = addressee(verb, cameo, sources, mentions,
                                 self.patterns.noun_code)  # "told Xi that Russia would"
        elif cameo == "042" and (arrived := visited(verb, sources, mentions)) and not {
                m.actor.country for m in arrived} & {m.actor.country for m in targets}:
            targets = arrived  # "arrived in Cairo for talks on Gaza": Egypt is visited
        if cameo.startswith(STRIKE_CODE) and sources and all(
                m.actor.kind == "state" and m.actor.sector is None for m in sources) and \
                {t.lemma_.lower() for t in object_tokens(verb)} & WORK_STOPPAGES:
            return None  # "the Chinese factory stopped work": a state named bare strikes not
        if not targets and verb.lemma_.lower() in WISH_VERBS:
            return None  # "they want to expand cooperation": their own aim, no appeal
        if verb.lemma_.lower() == "warn" and _own_people(verb, sources, mentions):
            return None  # "warned Americans not to travel to Haiti": advice, not a threat
        if verb.lemma_.lower() == "warn" and forecast(verb, self.patterns.senses) and not any(
                self.rows.pattern(c) for c in verb.children if c.dep_ == "ccomp"):
            return None  # "the minister warned that prices would rise": no threat
        if not targets and cameo[:2] in VIOLENT_ROOTS:
            # "two Israeli soldiers were killed when Hamas fighters attacked their post"
            targets = mentions_in(_harmed_when(verb), other_than(sources, mentions))
        if targets and self.places is not None and sources and all(
                m.actor.sector == "UAF" for m in sources) and all(
                _scene_of(verb.doc, t, sources) for t in targets):
            # "gunmen killed 11 people at a party in Guanajuato, Mexico": the scene of an
            # unidentified armed force's act is where it struck, its people whom
            targets = placed_victims(verb, cameo, sources, self.places, mentions) or targets
        if not targets and self.places is not None:
            # "killed 12 civilians in a Lebanese village", "fired at targets in Jericho"
            targets = placed_victims(verb, cameo, sources, self.places, mentions)
        if not targets:
            # "police dispersed a rally by opposition supporters": who held it
            targets = protest_organisers(verb, cameo, sources, mentions,
                                         self.patterns.noun_code)
        if not targets:
            targets = home_population(verb, comp, cameo, sources, mentions, self.places)
        if targets and cameo[:2] in COERCION_ROOTS:
            # "attacked ships with Iranian missiles": the victims placed by the words of the
            # arms are none
            targets = not_arms_makers(verb, targets)
        if cameo == JOINT_DRILL and not targets and len({m.actor.party for m in sources}) > 1:
            # "French and Egyptian warships launched war games": exercises held together are
            # military cooperation between the parties
            cameo = JOINT_EXERCISE
        if not targets and (cameo[:2] in UNPAIRED_ROOTS or cameo[:2] in ONE_WAY_ROOTS and
                            verb.lemma_.lower() not in MUTUAL_FORCE_VERBS
                            and cameo != CEASEFIRE_BROKEN) and len(
                {m.actor.party for m in sources if m.actor.country}) > 1 and not any(
                t.lower_ in ("other", "another") for t in object_tokens(verb)):
            # "Russia and China condemned the sanctions": a censure, threat or attack by two
            # parties with no target named is not one aimed at the other ("accused each
            # other" is); a group word no rule placed is no second party ("Al-Shabaab
            # militants detonated a bomb": the name and its "militants")
            return None
        if sporting(verb, self.patterns.senses) and all(
                m.actor.kind == "state" and not m.actor.sector for m in sources + targets):
            # "Morocco hosted Portugal in a friendly": states named bare in a game are its
            # teams (not "the emir hosted the French president at the World Cup final")
            return None
        cameo = crude_force(cameo, verb, self.patterns.senses)
        if verbal_attack(cameo, verb, sources, self.patterns.senses):
            cameo = "111"  # "Erdogan attacked Israel over its war in Gaza": in words
        if official_protest(cameo, verb, sources):
            cameo = "114"  # "the Chinese embassy protested against Manila": a complaint
        if cameo.startswith(ASSAULT_CODES) and _died_of(verb):
            # "died after being tortured by the police": the assault killed (1823)
            cameo = DIED_OF_ASSAULT
        if cameo[:2] not in UNTHREATENED_ROOTS and (mark := on_condition(verb)) is not None and (
                (threat := threat_code(cameo)) is not None
                or mark in THREAT_CONDITIONS and (threat := pullout_threat(cameo, verb))):
            # "will cut military aid to Egypt unless Cairo frees the activists", "would
            # expel its diplomats if Tallinn seized Russian assets": a hostile act promised
            # on a condition is the threat of it (1311, 1313), made when it is told; troops
            # pulled out only "unless" (syntax.on_condition, rows.pullout_threat)
            cameo = threat
        # an intent (03) chosen by its complement is that act, with its modality ("agreed to
        # continue talks" is intended); a refusal or threat itself occurred
        anchor = comp if comp is not None and cameo.startswith("03") else None
        if cameo[:2] in ATTEMPTED_ROOTS and verb.dep_ == "xcomp" and \
                verb.head.lemma_.lower() in ATTEMPT_VERBS:
            # "has tried to hack into the army's computers": an attempt at force or coercion
            # was made (CAMEO codes the attempt as the act: 185 is an attempted
            # assassination); its status is the attempt's
            anchor = verb.head
        if cameo[:2] in ATTEMPTED_ROOTS and attempted_by_noun(verb):
            # "an attempt to assassinate the governor was foiled": the attempt was made
            anchor = verb.head
        return Frame(trigger, cameo, sources, targets, obj_text, False, specific, anchor)

    def _passive_sides(self, verb: Token, cameo: str, passive: tuple[list[Token], list[Token]],
                       mentions: list[Mention], consumed: set[int]
                       ) -> tuple[list[Mention], list[Mention], str]:
        """Source, targets and code of a passive: the agent ("by") acts on the patient, else
        an agent implied by the place, the captors or the sanctions' owner; harm told by its
        victims takes the act that did it as its code."""
        agent, patient = passive
        sources = mentions_in(agent, mentions)
        pressed: list[Mention] = []  # the press the place implies (`press_patient`)
        left_from: list[Mention] = []  # where armed men withdrawn leave
        if sources and cameo[:2] in HARM_ROOTS and (
                act := self.rows.harming_act(verb, agent)) is not None:
            # "two Syrian civilians were wounded by Turkish shelling": the act that
            # wounded them is the event (194), not a second one beside the wounding
            cameo = act[1]
            consumed.add(act[0].i)
        if not sources and (cameo[:2] == POSTURE_ROOT or cameo == MILITARY_AID and at_edge(
                verb) or cameo == JOINT_EXERCISE and facing_code(verb, mentions) is not None):
            # "Russian troops were deployed along the border", "Serbian forces were put on
            # alert": forces moved or readied with no one named moving them are their
            # state's (the patient's own words, not where they stand)
            sources = [m for m in mentions_in(
                [t for p in patient if p.dep_ == "nsubjpass" for t in phrase(p)], mentions)
                if m.actor.kind == "state" and m.actor.sector in FORCE_SECTORS]
        if not sources and cameo.startswith(PULLBACK_CODES):
            # "two rebel battalions have been demobilised", "Indian peacekeepers were
            # pulled out of Lebanon": armed men withdrawn or stood down with no one named
            # doing it are their own side's pull-back
            sources = [m for m in mentions_in(
                [t for p in patient if p.dep_ == "nsubjpass" for t in phrase(p)], mentions)
                if m.actor.kind != "person" and m.actor.sector in FORCE_SECTORS | REBEL_SECTORS]
            left = [t for c in verb.children if c.dep_ == "prep" for p in (
                [c] if c.lower_ == "from" else [o for o in c.children if o.dep_ == "prep"
                                                and o.lower_ == "of"] if c.lower_ == "out"
                else []) for q in p.children if q.dep_ == "pobj" for t in phrase(q)]
            # ... from where they leave ("were pulled out of southern Lebanon")
            left_from = mentions_in(left, other_than(sources, mentions)) if sources else []
        if not sources and self.places is not None:
            # "two British journalists were detained in Iran": the state where it
            # happened, when those it was done to are named ("a man was arrested in
            # Paris" names no one: no event)
            implied = state_agent(verb, cameo, agent, self.places, mentions)
            if mentions_in(patient, other_than(implied, mentions)) or \
                    cameo.startswith(EASED_RULE_CODES):
                # a curfew lifted needs no one named: it is laid on the place's people
                sources = implied
            elif pressed := press_patient(verb, cameo, patient, implied, mentions,
                                          self.places):
                # "a reporter was arrested in Istanbul": the state's own press
                sources = implied
        if not sources and verb.lemma_.lower() == "release" and cameo.startswith("084"):
            # "the hostages held by Hamas were released": who held them lets them go
            holders = [t for h in patient if h.dep_ == "nsubjpass" or h.head.i == verb.i
                       for c in h.children if c.dep_ == "acl"
                       and c.lemma_.lower() in HOLD_VERBS for a in c.children
                       if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       for t in phrase(p)]
            sources = mentions_in(holders, mentions)
        if not sources and cameo[:2] in JOINT_ROOTS:
            # "an agreement was reached between Ethiopia and Eritrea", "talks were held
            # between Kyiv and Moscow": the parties it is between make it together
            between = [t for h in [verb, *(p for p in patient if p.dep_ == "nsubjpass")]
                       for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in c.children if p.dep_ == "pobj" for t in phrase(p)]
            parties = mentions_in(between, mentions)
            if len({m.actor.party for m in parties}) > 1:
                sources = parties
        if not sources and cameo[:2] == SANCTION_ROOT:
            # "Iranian banks were hit with new U.S. sanctions", "were slapped with EU
            # duties": whose the sanctions are imposes them
            owners = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj" for m in p.children
                      if m.dep_ in ("compound", "amod", "poss") for t in phrase(m)]
            sources = mentions_in(owners, mentions)
        others = other_than(sources, mentions)
        # "were taken hostage by Boko Haram in Cameroon": what the agent's phrase holds
        # is no one force or coercion is done to
        by = {t.i for t in agent} if cameo[:2] in COERCION_ROOTS else set()
        targets = mentions_in(patient, others) + mentions_in(
            [t for t in object_tokens(verb) if t.i not in by], others) or pressed or left_from
        if not targets and cameo[:2] in MEANS_ROOTS and verb.dep_ == "acl" and \
                verb.head.dep_ == "nsubj" and verb.head.head.pos_ == "VERB":
            # "a roadside bomb planted by the Taliban killed four soldiers": who the
            # weapon struck
            targets = mentions_in([t for c in verb.head.head.children if c.dep_ == "dobj"
                                   for t in phrase(c)], others)
        if not targets and cameo[:2] in MEANS_ROOTS and verb.dep_ == "acl" and \
                verb.head.dep_ == "pobj" and verb.head.head.dep_ == "agent" and \
                verb.head.head.head.lemma_.lower() in HARMED_VERBS:
            # "three soldiers were killed by a roadside bomb planted by the PKK"
            targets = mentions_in(victims_of(verb.head.head.head), others)
        if not targets and "10" <= cameo[:2] < "18" and verb.dep_ == "acl" and \
                verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in SUFFER_VERBS:
            # "Iran condemned the sanctions imposed by Washington", "faces tariffs
            # imposed by Beijing": who suffers, condemns or evades it is its target
            targets = mentions_in(clause_subject(verb.head.head), others)
        return sources, targets, cameo

    def _active_sides(self, verb: Token, cameo: str, comp: Token | None, trigger: Token,
                      stative: list[Token], mentions: list[Mention]
                      ) -> tuple[list[Mention], list[Mention], str]:
        """Source, targets and code of an active predicate: its subject (or reporter, or the
        parties of the agreement last named) acts on its objects, else on whom the first
        of the fallbacks below names, in order (what is aimed at, shipped to, detailed,
        pressed by, fled from, deterred, demanded of, investigated)."""
        sources = _document_voice(verb, mentions_in(stative or clause_subject(verb), mentions))
        if not sources:
            sources = _reporter(verb, mentions)
        if sources and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in JOINT_GOVERNORS:
            # "Oman agreed with Iran to hold naval drills": the one agreed with acts too
            # (the one named right after "with", not "with strings attached, Cuba")
            partners = [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj"]
            sources = sources + [m for m in mentions_in([t for p in partners for t in phrase(p)],
                                                        other_than(sources, mentions))
                                 if any(m.token_start <= p.i < m.token_end for p in partners)]
        if not sources:
            sources = _said_parties(verb, mentions)
        if not sources:
            sources = self._agreement_parties(verb, mentions)
        if not sources and verb.lemma_.lower() in VOICING_VERBS:
            sources = self._voiced_for(verb, cameo, mentions)
        if not sources and verb.dep_ == "acl" and verb.head.lemma_.lower() in \
                DOCUMENT_NOUNS and verb.head.dep_ == "dobj" and \
                verb.head.head.lemma_.lower() in ISSUE_VERBS:
            # "the PKK issued a declaration demanding that ...", "Hamas released a
            # statement calling on ...": who issues the document says it
            sources = mentions_in(clause_subject(verb.head.head), mentions)
        if not sources:
            sources = _issued_by(verb, mentions)
        obj = object_tokens(verb) + (object_tokens(trigger) if trigger is not verb else [])
        if comp is not None and not obj and cameo != NO_COMMENT:
            # "promised to continue military aid to Mozambique"; but "urged regional
            # powers to end arms supplies to Sudan" is addressed to the powers
            obj = complement_tokens(comp)
        if cameo[:2] in ROUTED_ROOTS:
            # "airlifted mortar rounds to the RSF via eastern Libya", the route hung on the
            # goods: the state they pass through is no party to the transfer
            route = {t.i for o in obj for c in o.children if c.dep_ == "prep"
                     and c.lower_ in ROUTE_PREPS for t in c.subtree}
            obj = [t for t in obj if t.i not in route]
        if cameo[:2] in COERCION_ROOTS and (makers := arms_makers(verb)):
            # "used North Korean missiles against Kyiv": the arms' maker is no target, and
            # leaves the one they are used against
            obj = [t for t in obj if t.i not in makers]
        if cameo[:2] in COERCION_ROOTS and (edge := border_whereabouts(obj)):
            # "clashed with rebels near the border with Venezuela": where the rebels were
            obj = [t for t in obj if t.i not in edge]
        targets = mentions_in(obj, other_than(sources, mentions))
        if verb.lemma_.lower() in REFERRAL_VERBS and cameo.startswith(LAWSUIT):
            # "referred the situation in Libya to the ICC": the court it goes to is the
            # venue; the case is against the state or party it concerns
            venue = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for t in c.subtree}
            targets = mentions_in([t for t in obj if t.i not in venue],
                                  other_than(sources, mentions))
        if not targets and cameo.startswith(BARRING_ROOTS):
            # "prohibits all states from selling weapons to Eritrea": those barred name no
            # party, the act they are kept from names whom the ban is aimed at
            kept = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
            targets = mentions_in([t for k in kept for t in object_tokens(k)],
                                  other_than(sources, mentions))
        if not targets and cameo.startswith(PEACEKEEPING):
            # "extended the mandate of the UN Mission in South Sudan": where it serves
            targets = mission_hosts(obj, mentions)
        if verb.lemma_.lower() in CHARACTERISE_VERBS:
            # "described Iran's launch as a threat to Israel": what the object is called
            # names no one it is aimed at
            called = {t.i for t in called_as(verb)}
            targets = [m for m in targets if m.token_start not in called]
        if not targets and (cameo.startswith(ADMITTED_CODES) or cameo[:2] == YIELD_ROOT) \
                and verb.lemma_.lower() in PERMIT_VERBS:
            # "let UN inspectors in", "let aid trucks cross into Gaza", "let the opposition
            # parties contest the vote": who is let in or act (the subject of a bare
            # clause), else where they go
            let_in = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
            targets = mentions_in([t for c in let_in for s in c.children
                                   if s.dep_ == "nsubj" for t in phrase(s)],
                                  other_than(sources, mentions))
            if not targets and cameo.startswith(ADMITTED_CODES):
                targets = mentions_in(
                    [t for c in let_in for r in c.children if r.dep_ == "prep" and r.lower_ in
                     ("into", "to") for p in r.children if p.dep_ == "pobj"
                     for t in phrase(p)], other_than(sources, mentions))
        if cameo[:2] in JUDGING_ROOTS:
            targets = not_victims(obj, targets, self.patterns.noun_code)
        elif cameo[:2] == REJECTING_ROOT:
            targets = not_victims(obj, targets, self.patterns.noun_code, MEASURE_ROOTS)
        if not targets and cameo[:2] in AIMED_ROOTS:
            targets = aimed_targets(verb, other_than(sources, mentions))
        if not targets and cameo[:2] in TRADE_CURB_ROOTS:
            # "imposed export controls on gallium shipped to the United States", "eased
            # curbs on chips bound for China": where the goods go is who is curbed
            targets = mentions_in(shipped_to(verb, obj), other_than(sources, mentions))
        if not targets:
            # "carried out exercises, including flying jets around Taiwan": the
            # clause that details the act names where it is aimed
            detail = [t for c in verb.children if c.dep_ == "prep"
                      and c.lower_ == "including" for p in c.children
                      if p.dep_ == "pcomp" and p.pos_ == "VERB" for t in object_tokens(p)]
            targets = mentions_in(detail, other_than(sources, mentions))
        if not targets and not any(c.dep_ == "prep" and c.lower_ in OWN_TARGET_PREPS
                                   for c in verb.children):
            # "will not fight in Ukraine", "arrived in Ankara", "participated in the
            # alliance's meetings": the object of a place word the verb's own row names
            # is what the act is aimed at, but not what hangs on that object
            # ("participated in exercises near Russia")
            lemma = verb.lemma_.lower()
            own = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in
                   LOCATION_PREPS and any(p.particle == c.lower_ and p.cameo == cameo
                                          for p in self.patterns.verbs.get(lemma, ()))
                   for p in c.children if p.dep_ == "pobj" for t in agent_slot(phrase(p))]
            targets = mentions_in(own, other_than(sources, mentions))
        if not targets and cameo[:2] == YIELD_ROOT:
            # "resigned under pressure from the military", "stepped down after weeks of
            # protests by students", "freed them under Western pressure": who pressed
            targets = mentions_in(pressed_by(verb), other_than(sources, mentions))
        if not targets and cameo == RELEASED_PROPERTY:
            # "released a seized tanker operated by a Greek firm": the ship's owner gets it
            targets = mentions_in(owners_of(obj), other_than(sources, mentions))
        if not targets and cameo == CALL_OFF_CODE:
            # "suspended the strike after talks with the government", "called off the
            # protests after the president agreed to their demands"
            targets = mentions_in(settled_with(verb), other_than(sources, mentions))
        if not targets and cameo[:2] == REJECTING_ROOT:
            # "refused to step down despite growing pressure from South Africa", "rejected
            # the plan amid calls by Paris": who pressed for what is refused
            pressing = [t for v in (verb, comp) if v is not None
                        for t in pressed_by(v, DEFIANCE_PREPS)]
            targets = mentions_in(pressing, other_than(sources, mentions))
        if not targets and cameo[:2] in JUDGED_ROOTS:
            targets = mentions_in(judged_subjects(verb), other_than(sources, mentions))
        if not targets:
            targets = mentions_in(fled_from(obj), other_than(sources, mentions))
        if not targets:
            # "opened fire to disperse demonstrators": the purpose clause's object
            targets = mentions_in(purpose_objects(obj), other_than(sources, mentions))
        if cameo[:2] == "07" and (deterred := deterred_by(verb)) is not None:
            # "sent warships to the Gulf to deter Iran", "sent warships to the Strait to
            # intimidate Taipei": forces sent against someone are a show of force, aimed
            # at whom they deter, not aid to where they go
            cameo = "150"
            targets = mentions_in(deterred, other_than(sources, mentions)) or targets
        if not targets and cameo[:2] in SHIFTED_ROOTS and not any(
                c.dep_ == "dobj" for c in verb.children):
            # "denounced as an ugly crime Serbia's suppression of the unrest", "condemned
            # as reckless Uganda's decision": the object moved behind the "as" phrase is
            # parsed into it (as its apposition, or its head)
            shifted = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                       for p in c.children if p.dep_ == "pobj"
                       for t in agent_slot(phrase(p))]
            targets = mentions_in(shifted, other_than(sources, mentions))
        if not targets and cameo[:2] in APPEAL_ROOTS:
            # "insisted on its demand that the government grant ...": the demand's "that"
            # clause names who is to act
            held = [t for c in verb.children if c.dep_ == "prep" for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in DEMAND_WORDS
                    for cl in p.children if cl.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
                    for sub in cl.children if sub.dep_ in ("nsubj", "nsubjpass")
                    for t in phrase(sub)]
            targets = mentions_in(held, other_than(sources, mentions))
        if not targets and cameo[:2] in APPEAL_ROOTS and verb.dep_ == "conj" and \
                verb.head.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                (joined := self.rows.verb_pattern(verb.head)) is not None
                and joined[0][:2] in ADDRESS_JOINED_ROOTS):
            # "summoned the French ambassador and demanded an explanation": an appeal
            # or demand that names no one is made to whom the censure, demand or appeal
            # it is joined to is (not "met Zelensky and called for more aid")
            targets = mentions_in([t for c in verb.head.children
                                   if c.dep_ in ("dobj", "dative") for t in phrase(c)],
                                  other_than(sources, mentions))
        if not targets and cameo[:2] in PROBE_ROOTS and verb.dep_ == "advcl" and \
                to_infinitive(verb):
            # "sent a team to Bosnia to investigate the killings": where the
            # investigators are sent is what is investigated
            sent_to = [t for c in verb.head.children if c.dep_ in ("prep", "dative")
                       and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                       for t in phrase(p)]
            targets = mentions_in(sent_to, other_than(sources, mentions))
        if not targets and cameo[:2] in PROBE_ROOTS:
            # "an investigation into crimes committed by Croat forces": who is suspected
            # of the act investigated
            suspects = [t for o in obj for c in o.children if c.dep_ == "acl"
                        for a in c.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj" for t in phrase(p)]
            targets = mentions_in(suspects, other_than(sources, mentions))
        if cameo.startswith(COUNTERPART_CODES) and targets:
            # "agreed to the US proposal for a ceasefire with Russia": a truce or settlement
            # is made with the party named "with" its noun, not with whoever proposed it
            counterparts = mentions_in([t for o in obj if o.lemma_.lower() in SETTLED_NOUNS
                                        for c in o.children if c.dep_ == "prep"
                                        and c.lower_ == "with" for p in c.children
                                        if p.dep_ == "pobj" for t in phrase(p)],
                                       other_than(sources, mentions))
            targets = counterparts or targets
        return sources, targets, cameo


    def _voiced_for(self, verb: Token, cameo: str, mentions: list[Mention]) -> list[Mention]:
        """ "The minister reaffirmed Japan's support for Manila", "the Foreign Secretary
        reiterated French backing for Beirut": a speaker no actor names voices the stance of
        the state that owns the object noun whose word chose the verb's row (its possessor,
        or a named modifier before it)."""
        words = {w for p in self.patterns.verbs.get(verb.lemma_.lower(), ())
                 if p.cameo == cameo for w in p.objects}
        owners = [t for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in words
                  for c in o.children if c.dep_ == "poss" or (
                      c.dep_ in ("compound", "nmod", "amod") and c.i < o.i
                      and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG")))
                  for t in phrase(c)]
        return [m for m in mentions_in(owners, mentions) if m.actor.kind != "person"]

    def _agreement_parties(self, verb: Token, mentions: list[Mention]) -> list[Mention]:
        """ "the agreement does not include ...": a definite agreement noun as subject stands
        for the parties of the agreement named last."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in AGREEMENT_NOUNS and any(
                d.lower_ in ("the", "this", "that") for d in subj[0].children):
            return list(self._context.parties)
        return []

    # -------------------------------------------------------------- nominal predicates


def _passive_content(content: list[Token], others: list[Mention]) -> list[Mention]:
    """Whom a passive clause asked for or threatened names: who is to lose what is taken
    ("demanded that the port be taken away from the militia"), else who is to be moved or
    made to act ("demanded that Kosovo police be withdrawn")."""
    passives = [c for c in content if c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "auxpass" for a in c.children)]
    # "from" on the verb, or on its "away"
    froms = [p for c in passives for h in [c, *(a for a in c.children if a.dep_ == "advmod")]
             for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    losers = [t for p in froms for o in p.children if o.dep_ == "pobj" for t in phrase(o)]
    moved = [t for c in passives for s in c.children if s.dep_ == "nsubjpass"
             for t in phrase(s)]
    return mentions_in(losers, others) or mentions_in(moved, others)


def _died_of(verb: Token) -> bool:
    """Whether a verb tells what its victim died of: "died after being beaten by police",
    "died from being tortured in custody" (a clause of "after" or "from" on "die")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("after", "from"):
        head = head.head
    elif verb.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "after"
                                         for m in verb.children):
        return False
    return head.i != verb.i and head.lemma_.lower() == "die"


def _harmed_when(verb: Token) -> list[Token]:
    """Who was killed or wounded in the act of a "when" (or "after") clause ("two soldiers
    were killed when Hamas fighters attacked their post", "five policemen died as militants
    stormed the checkpoint"): the victims of the verb of harm (HARMED_VERBS) it hangs on;
    else none."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or \
            head.lemma_.lower() not in HARMED_VERBS or not any(
            w.lower_ in WHEN_WORDS or w.lower_ == "after"
            for w in verb.children if w.dep_ in ("advmod", "mark")):
        return []
    return victims_of(head)


def _scene_of(doc: Doc, target: Mention, sources: list[Mention]) -> bool:
    """Whether a target is only the place where an unidentified armed force struck: its
    state's name or capital (the bare state or its government) in a phrase of place ("at a
    party in Guanajuato, Mexico", "in a market in Mogadishu")."""
    if target.actor.kind != "state" or target.actor.sector not in (None, "GOV") or \
            target.actor.country not in {m.actor.country for m in sources}:
        return False
    return any(t.dep_ == "prep" and t.lower_ in WHEREABOUTS_PREPS + ("at",)
               for t in doc[target.token_end - 1].ancestors)


def _not_whereabouts(doc: Doc, sources: list[Mention], mentions: list[Mention]
                     ) -> list[Mention]:
    """Sources less the places where an unnamed agent is ("gunmen in Kabul", "militants
    near the Kenyan border"): a mention whose phrase is the object of a preposition of place
    on a word no mention covers."""
    out = []
    for m in sources:
        root = doc[m.token_start:m.token_end].root
        for _ in range(3):
            # "in the Iraqi city of Kirkuk", "in Iraq's Anbar province": a state's word
            # that tells a place is where the agent is, not who acts
            if root.dep_ in ("amod", "compound", "nmod", "poss") and \
                    root.head.lemma_.lower() in PLACE_NOUNS | KIND_WORDS:
                root = root.head
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and \
                    root.head.head.lemma_.lower() in PLACE_NOUNS | KIND_WORDS:
                root = root.head.head
            else:
                break
        prep = root.head
        if m.via != "implicit" and root.dep_ == "pobj" and \
                prep.lower_ in WHEREABOUTS_PREPS and not any(
                    n.token_start <= prep.head.i < n.token_end for n in mentions):
            continue
        out.append(m)
    return out


def pressed_by(verb: Token, preps: set[str] = PRESSURE_PREPS) -> list[Token]:
    """Who presses a party to yield, by the pressure, demands or protests an adjunct of
    its verb names ("under pressure from the military", "after demands by the unions",
    "under Western pressure", "bowing to protests by farmers"): their owner's words."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if p.lower_ in QUANTITY_OF:  # "after weeks of protests"
                p = next((q for f in p.children if f.dep_ == "prep" and f.lower_ == "of"
                          for q in f.children if q.dep_ == "pobj"), p)
            if p.lemma_.lower() not in PRESSURE_NOUNS:
                continue
            out += [t for m in p.children if m.dep_ in ("poss", "amod", "compound")
                    and m.i < p.i for t in phrase(m)]
            out += [t for f in p.children if f.dep_ == "prep" and f.lower_ in ("from", "by")
                    for q in f.children if q.dep_ == "pobj" for t in phrase(q)]
    return out


def _backed_party(obj: Token) -> list[Token]:
    """Whom backing an object backs: its owner where it names one ("to endorse Sweden's NATO
    bid": Sweden, not NATO), else the object's own name ("to back Azerbaijan", "to support
    the Palestinian Authority")."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    if owners:
        return [t for o in owners for t in phrase(o)]
    # the name itself, not what hangs on it ("to back a sanctions package against Russia")
    return [obj] + [t for c in obj.children if c.dep_ in ("compound", "amod")
                    for t in c.subtree]


def owners_of(obj: list[Token]) -> list[Token]:
    """Who owns or runs the things an object names, by a participle on them ("a trawler
    operated by a Spanish fishing firm", "a vessel owned by a Turkish company") or "belonging
    to" ("a plane belonging to Air Zimbabwe")."""
    heads = [t for t in obj if t.pos_ == "NOUN"]
    return [t for h in heads for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in
            OWNING_PARTICIPLES for a in c.children if a.dep_ == "agent" or (
                a.dep_ == "prep" and a.lower_ == "to")
            for p in a.children if p.dep_ == "pobj" for t in phrase(p)]


def settled_with(verb: Token) -> list[Token]:
    """Who a protest was settled with, by an adjunct of the verb that calls it off: the
    party of talks or a deal it followed ("after talks with the government", "following an
    agreement with the employers"), or the subject of a clause that tells it yielded first
    ("after the government agreed to raise pay")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in SETTLING_PREPS:
            out += [t for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in TALK_NOUNS
                    for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                    for q in w.children if q.dep_ == "pobj" for t in phrase(q)]
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SETTLING_PREPS
                                     for m in c.children):
            out += [t for s in c.children if s.dep_ == "nsubj" for t in phrase(s)]
    return out


def _proposers(nouns: list[Token]) -> list[Token]:
    """Who made an offer, plan or demand, named as the agent of a participle on it ("the
    peace plan put forward by Brazil", "an offer of talks made by Armenia")."""
    nouns = nouns + [o for n in nouns for c in n.children if c.dep_ == "prep"
                     and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [t for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for p in a.children
            if p.dep_ == "pobj" for t in phrase(p)]


def _agents_in(verb: Token) -> list[Token]:
    """Who did the wrong a verb of revenge avenges ("the killing of its commander by
    Israel")."""
    return [t for o in verb.children if o.dep_ == "dobj" for d in o.subtree
            if d.dep_ == "agent" or d.dep_ == "prep" and d.lower_ == "by"
            for p in d.children if p.dep_ == "pobj" for t in phrase(p)]


def _own_people(verb: Token, sources: list[Mention], mentions: list[Mention]) -> bool:
    """A warning addressed to the warner's own people ("warned its citizens to leave
    Lebanon", "warned Americans not to travel to Haiti"): travel advice."""
    own = {m.actor.country for m in sources}
    for o in verb.children:
        if o.dep_ not in ("dobj", "dative"):
            continue
        if o.lemma_.lower() in CITIZEN_NOUNS and not any(
                m.actor.country not in own for m in mentions_in(phrase(o), mentions)):
            return True  # "its citizens", "British nationals"
        said = mentions_in(phrase(o), mentions)
        if said and all(m.actor.country in own and m.actor.sector in ("", None, "CVL")
                        for m in said):
            return True  # "Americans"
    return False


# the people of a state as travellers and residents abroad
CITIZEN_NOUNS = {"citizen", "national", "traveller", "traveler", "tourist", "expatriate",
                 "resident"}


def _demanded(verb: Token) -> bool:
    """ "reiterated its demand that Israel ease restrictions", "issued an ultimatum to Ecuador
    to halt attacks", "renewed its call for Serbia to free the prisoners": the act a demand
    (or appeal, ultimatum) asks for is what the demand is about, not an act that happened; the
    demand alone is coded (its "that" clause names who it is on). The parser hangs the clause
    on the noun, or on the verb that has the noun as its object."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "that Israel ease restrictions and lift the blockade"
    # ("calls from the opposition to resign" parsed with the infinitive a relative clause)
    if verb.dep_ not in ("acl", "advcl", "ccomp", "relcl") or not (to_infinitive(verb) or any(
            c.dep_ == "mark" and c.lower_ in ("that", "for") for c in verb.children)):
        return False
    head = verb.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in DEMAND_WORDS and head.i < verb.i
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in DEMAND_WORDS
        and c.i < verb.i for c in head.children)


# words for the parties themselves as a subject: "their countries", "both governments"
PARTY_NOUNS = {"country", "government", "nation", "state", "side"}
PARTY_DETS = {"their", "both", "two"}
# ... or agreed by them: "Polish and Czech officials agreed that their countries should
# cooperate on energy"
AGREE_VERBS = {"agree"}


def _said_parties(verb: Token, mentions: list[Mention]) -> list[Mention]:
    """ "India and Bangladesh said their countries would expand energy trade", "the leaders of
    Japan and Australia said both governments would deepen ties": the parties named in a
    clause reported (or agreed) by several parties' speakers are those speakers (a joint act
    of theirs)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lemma_.lower() not in PARTY_NOUNS or subj[0].tag_ != "NNS" or \
            not any(d.lower_ in PARTY_DETS for d in subj[0].children):
        return []
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SAY_VERBS | AGREE_VERBS:
        return []
    said = mentions_in(clause_subject(v.head), mentions)
    return said if len({m.actor.party for m in said}) > 1 else []


def _document_voice(verb: Token, sources: list[Mention]) -> list[Mention]:
    """ "Security Council resolutions prohibit ...": a document named as a body's own (its
    name covers the subject's head noun) speaks for that body alone, not for a word stuck
    before it by the parser."""
    if len(sources) < 2:
        return sources
    heads = [c.i for c in verb.children if c.dep_ == "nsubj"
             and c.lemma_.lower() in DOCUMENT_NOUNS]
    own = [m for m in sources if m.actor.kind == "organisation"
           and any(m.token_start <= h < m.token_end for h in heads)]
    return own or sources


def _issued_by(verb: Token, mentions: list[Mention]) -> list[Mention]:
    """ "A resolution that condemns X was adopted by the Security Council", "the resolution,
    adopted by the Council on Monday, demands that ...": a document whose issuing is told in
    the passive with its agent speaks for that agent; "the Council adopted a resolution that
    bans ..." for the subject that issues it (not one only drafted)."""
    doc_noun: Token | None
    issued: Token | None
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and \
            verb.head.lemma_.lower() in DOCUMENT_NOUNS and \
            verb.head.head.lemma_.lower() in ISSUE_VERBS - DRAFTING_VERBS:
        # "the Council adopted a resolution that bans ...": who adopts it
        return mentions_in(clause_subject(verb.head.head), mentions)
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and \
            verb.head.lemma_.lower() in DOCUMENT_NOUNS | MOTION_NOUNS and \
            verb.head.head.lower_ == "on" and \
            verb.head.head.head.lemma_.lower() == "vote":
        # "the Council will vote on a resolution that would hold Russia to account": the
        # body that votes on it (its status is the resolution's: "would" hold)
        return mentions_in(clause_subject(verb.head.head.head), mentions)
    if verb.dep_ == "relcl" and verb.head.dep_ == "nsubjpass":
        doc_noun, issued = verb.head, verb.head.head  # "a resolution that ... was adopted by"
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        issued = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"),
                      None) if subj is not None else None  # "the resolution, adopted by"
        doc_noun = subj
    if doc_noun is None or issued is None or doc_noun.lemma_.lower() not in DOCUMENT_NOUNS \
            or issued.lemma_.lower() not in ISSUE_VERBS - DRAFTING_VERBS:
        return []  # "the resolution, drafted by Britain": not yet anyone's act
    return mentions_in([t for c in issued.children if c.dep_ == "agent" for p in c.children
                        if p.dep_ == "pobj" for t in phrase(p)], mentions)


def _reporter(verb: Token, mentions: list[Mention]) -> list[Mention]:
    """ "NATO said it would tighten the blockade": a subject "it" left unresolved (coreference
    takes only states for "it") in the clause a verb of saying reports is who says it: a
    state, an organisation, a bloc or a group ("Hamas said it would free ten hostages"),
    never a person."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children):
        return []
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head  # "it would tighten the blockade and step up strikes"
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SAY_VERBS:
        return []
    said = mentions_in(clause_subject(v.head), mentions)
    return [m for m in said if m.actor.kind != "person"]


