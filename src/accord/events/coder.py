"""The event coder: who did what to whom, read off the dependency parse of one sentence.

For each predicate (a verb with a pattern, or an event noun with an explicit agent) the coder
finds its source (subject, passive agent, controller of an infinitive, antecedent of a
relative pronoun) and target (objects and prepositional objects), then reads modality,
time, place and attribution from the words around it. Conventions: ANNOTATION.md.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from accord.events.aims import (
    JUDGING_ROOTS,
    MEASURE_ROOTS,
    REJECTING_ROOT,
    deterred_by,
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
from accord.events.frame import Frame
from accord.events.home import (
    APPEAL_ROOTS,
    PROTEST_ROOT,
    home_population,
    not_home_places,
    protest_aim,
    protest_demand,
    protest_purpose,
)
from accord.events.implicit import (
    EASED_RULE_CODES,
    WHEN_WORDS,
    Places,
    placed_victims,
    state_agent,
)
from accord.events.implicit import FORCE_ROOTS as VIOLENT_ROOTS
from accord.events.senses import (
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
    GATHERING_NOUNS,
    LOCATION_PREPS,
    NOMINAL_GOVERNORS,
    OBJECT_CONTROL,
    PLACE_NOUNS,
    SAY_VERBS,
    SUFFER_VERBS,
    aimed_targets,
    clause_subject,
    complement,
    complement_tokens,
    fled_from,
    for_clause,
    in_quotes,
    is_obligation,
    judged_subjects,
    mentions_in,
    misread_predicate,
    misread_verb,
    np_text,
    object_tokens,
    open_question,
    other_than,
    particles,
    passive_parts,
    phrase,
    purpose_objects,
    reporting_verb,
    shipped_to,
    to_infinitive,
)
from accord.knowledge.patterns import NO_EVENT, Patterns, VerbPattern
from accord.records import NON_STATE_SECTORS, Mention

# codes whose verb names an act aimed at what its complement does ("threatened to cut aid to
# Cuba", "refused to hand the suspects over to Britain")
AIMED_ROOTS = ("12", "13")
# codes whose verb judges what a "that" clause says of someone: the clause's subject is the
# target ("regretted that Russia continues to abuse its position")
JUDGED_ROOTS = ("11",)
# "complicit in", "responsible for", "guilty of" an act, or "behind" it: the subject is the
# act's agent
RESPONSIBLE_WORDS = {"complicit", "responsible", "involved", "culpable", "guilty", "behind"}
RESPONSIBLE_PREPS = {"in", "for", "of", "behind"}
# "the Taliban claimed responsibility for the bombing", "Islamic State claimed the attack":
# who claims an act of force is its agent (CAMEO codes the act as well as the claim, 015)
CLAIM_VERBS = {"claim", "take", "accept", "admit", "bear"}
CREDIT_NOUNS = {"responsibility", "credit"}
# a bombing by an armed group with no air force is a non-military bombing (183), not an
# air raid (195)
GROUP_BOMBINGS = {"bombing": "183", "bomb": "183"}
# prepositions whose clause names the act a verb's row is chosen by: "from" for any verb
# ("barred Iran from buying arms"), the charge of a verb of charging or accusing
CLAUSE_PREPS = {"charge": ("from", "with"), "accuse": ("from", "of"),
                "indict": ("from", "for"), "arrest": ("from", "for")}
# harm a verb tells (killing, wounding: 18, 19) whose subject is an act of force the noun
# table codes more narrowly (bombings, assassinations, massacres: 18, 20)
HARM_ROOTS = ("18", "19")
MEANS_ROOTS = ("18", "20")
# coercion and force (17-20): done to who suffers it, never to what the agent's phrase names
COERCION_ROOTS = ("17", "18", "19", "20")
# destruction of property (sabotage of pipelines, railways, power lines) by armed groups at
# home is aimed at their state, as their force is
SABOTAGE_CODE, REBEL_SECTORS = "1712", frozenset({"REB", "INS"})
# prepositions of where an agent is ("gunmen in Kabul")
WHEREABOUTS_PREPS = ("in", "inside", "near", "around", "at", "outside")
# verbs that tell harm by its victims: "two Turkish soldiers were killed in a PKK attack",
# "six policemen died in a Taliban raid" (who the act named by the noun struck)
HARMED_VERBS = {"kill", "wound", "injure", "hurt", "maim", "die"}
# ... and the prepositions of the act they were harmed in or by
HARMED_PREPS = ("in", "by")
# nouns of handing goods over: the goods' origin supplies them ("the supply of Iranian
# missiles")
TRANSFER_NOUNS = {"supply", "delivery", "transfer", "shipment", "sale", "provision", "export"}
# verbs of which an aid nominal's object is the recipient ("Iranian drones help Russia")
BENEFIT_VERBS = {"enable", "help", "allow", "let", "boost", "bolster", "strengthen",
                 "sustain", "support"}
# acts of force and threats: aimed at a front that an article keeps to ("Russia's attacks
# on Ukraine ... Russia launched its war")
FORCE_ROOTS = ("13", "15", "18", "19", "20")
FRONT_SENTENCES = 5  # how far back that act may be
# a place a verb's own row names (arrived in, fight in, demonstrated in) is the target,
# unless the act names its own ("rallied in Warsaw against the war") or an ally ("fight in
# Mali alongside the army")
OWN_TARGET_PREPS = ("against", "alongside", "with", "beside")
# nouns of conduct whose "of" names who acts ("the reckless behaviour of North Korea")
CONDUCT_NOUNS = {"action", "actions", "behavior", "behaviour", "conduct", "aggression",
                 "policy", "policies", "activity", "activities", "regime", "force", "forces",
                 "provocation", "provocations", "rhetoric"}
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
# the generic appeal and demand (020, 100) of a verb with no row for what it asks: the verb
# whose rows list what appeals and demands ask for ("called on Belgrade to resume talks" is
# 026 as "urged Belgrade to resume talks" is)
ASK_TABLES = {"020": "urge", "100": "demand"}
# acts whose target an appeal or demand joined to them with no target of its own is made to
ADDRESS_JOINED_ROOTS = ("02", "10", "11", "12", "13")
# verbs that, with "to", resume what they go back to ("return to the negotiating table")
RETURN_VERBS = {"return"}
# rallying support ("lobbied for Ukraine's membership", 053): with a "for X to do Y" clause,
# an appeal to X
RALLY_ROOT = "05"
# nouns of a message whose "that ... must" clause is its sender's demand
MESSAGE_NOUNS = {"reminder", "warning", "message", "statement", "declaration", "notice",
                 "note", "letter", "signal"}
# documents a group puts out: a participle on one speaks for whoever issues it ("the PKK
# issued a declaration demanding that ..."), not for who receives it
DOCUMENT_NOUNS = MESSAGE_NOUNS | {"communique", "communiqué", "resolution", "petition",
                                  "manifesto", "memorandum", "appeal", "call"}
ISSUE_VERBS = {"issue", "publish", "release", "send", "adopt", "sign", "deliver", "submit",
               "present", "circulate", "pass", "make", "put", "write", "draft"}
# nouns of demanding or appealing whose "that" clause names who is to act ("insisted on its
# demand that the government grant ...")
DEMAND_WORDS = {"demand", "call", "appeal", "request", "insistence", "plea", "ultimatum"}
# codes of a verb whose content (its "that" clause, its infinitive, the event noun it takes)
# is what it asks for or threatens, not an act of its own: CAMEO codes the appeal, demand or
# threat alone, the content choosing its sub-code ("demanded that Russia withdraw" is 1056,
# "threatened to impose sanctions" 1312); an accusation's content (11) is what the accused
# did, and stays an act
CONTENT_ROOTS = APPEAL_ROOTS + ("13",)
# nouns of pulling out: what they are "from" is the place left, not who acts ("Syria's
# withdrawal from Lebanon")
LEAVE_NOUNS = {"withdrawal", "pullout", "pullback", "retreat", "redeployment", "departure"}
# ... and the forces pulled out, whose state pulls them ("the withdrawal of Russian troops")
TROOP_WORDS = {"troop", "force", "soldier", "army", "military", "unit", "contingent",
               "personnel", "fighter", "peacekeeper", "battalion", "brigade"}
# a show of force by drills (150) that several states hold together is military cooperation
JOINT_DRILL, JOINT_EXERCISE = "150", "062"
# codes whose act by two parties is not one between them ("Russia and China condemned the
# sanctions" is no censure of China, "Egyptian and Qatari mediators proposed a truce" no
# appeal to Qatar); meetings, agreements, fights and cutting ties are
UNPAIRED_ROOTS = ("02", "10", "11", "12", "13", "14", "15", "17", "18")
# ... and force (19, 20) by two parties is a fight between them only by a verb of fighting
# each other ("Indian and Pakistani troops exchanged fire"); "Russian and Syrian jets bombed
# Idlib", "Malian soldiers and Russian mercenaries retook Kidal" are allies
ONE_WAY_ROOTS = ("19", "20")
MUTUAL_FORCE_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "trade", "engage",
                      "spar", "duel"}
# an object constraint that matches a named place ("captured Kyiv": territory, not an arrest)
PLACE_OBJECT = "@place"
# prepositions that name what an event noun is aimed at ("Russia's invasion of Ukraine")
TARGET_NOUN_PREPS = ("on", "against", "of", "to", "with", "toward", "towards", "into", "in")
# an attempt at force or coercion was made: CAMEO codes the attempt as the act, and names
# an attempted assassination apart (185)
ATTEMPT_VERBS = {"attempt", "try"}
ATTEMPTED_CODES = {"186": "185"}
ATTEMPTED_ROOTS = ("17", "18", "19", "20")
ATTEMPT_NOUNS = {"attempt", "bid"}
# verbs that bring about a meeting or talks of others, whose modality those share
CONVENING_VERBS = {"host", "organise", "organize", "convene", "arrange", "broker", "sponsor",
                   "schedule", "propose", "facilitate"}
# curbs on trade and their easing, aimed at where the goods curbed are sent
TRADE_CURB_ROOTS = ("16", "08")
# verbs of beginning, resuming or going on with an act named by their complement
PHASE_VERBS = {"resume", "begin", "start", "continue", "restart", "renew", "keep"}
# verbs whose subject may be the instrument that chooses the row ("the sanctions target")
INSTRUMENT_VERBS = {"target", "hit"}
MEDIATION = "045"
NO_COMMENT = "011"  # "declined to confirm that ...": what is not commented on is no target
READY_WORDS = {"ready", "prepared", "willing", "poised"}
# verbs whose object is the one wronged, not the one a vow of revenge is aimed at
AVENGE_VERBS = {"avenge", "revenge"}
# verbs of threatening whose code the threatened act may choose (coder._threatened)
ACT_THREAT_VERBS = {"threaten", "warn"}
# the threat of each kind of act (CAMEO 13x against 16x-20x), longest prefix first
THREAT_CODES = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
                "166": "136", "16": "131", "171": "131", "1721": "1321", "1722": "1322",
                "1723": "1323", "1724": "1324", "172": "132", "17": "137", "14": "133",
                "18": "1383", "191": "1381", "192": "1382", "19": "138", "204": "1385",
                "20": "138"}


def threat_code(act: str) -> str | None:
    """The CAMEO code of threatening an act of code `act` ("163" -> "1312"), or None."""
    for n in (4, 3, 2):
        if act[:n] in THREAT_CODES and len(act) >= n:
            return THREAT_CODES[act[:n]]
    return None


# phrasal verbs whose particle takes no object: "gave in to pressure", "caved in"
INTRANSITIVE_PHRASALS = {"give in", "cave in"}
# relative pronouns the parser may make a relative clause's object ("the sanctions that
# Washington imposed")
RELATIVE_WORDS = {"that", "which"}
# verbs of stopping, whose gerund is the act stopped ("stopped supplying gas"), not an act
STOP_VERBS = {"stop", "halt", "cease", "suspend", "quit"}
# a threat of force whose content is a sanction threatens the sanction
FORCE_THREAT, SANCTIONS_THREAT = "138", "1312"
# reduced relations and sanctions, imposed by whose instrument they are in a passive
SANCTION_ROOT = "16"
# verbs of letting another act, whose clause's object chooses the row
PERMIT_VERBS = {"allow", "permit", "let"}
# yielding (CAMEO 08) under pressure: the adjuncts that name who pressed ("under pressure
# from the military", "after mass protests by students", "following weeks of protests")
YIELD_ROOT = "08"
PRESSURE_PREPS = {"under", "after", "following", "amid"}
PRESSURE_NOUNS = {"pressure", "demand", "protest", "ultimatum", "call", "request",
                  "campaign", "opposition", "strike", "threat"}
QUANTITY_OF = {"weeks", "months", "days", "years", "wave", "waves", "series"}
# verbs of holding captives: who holds them releases them ("the hostages held by Hamas")
HOLD_VERBS = {"hold", "detain", "kidnap", "abduct", "seize", "capture", "jail", "imprison"}
# international involvement let in (CAMEO 086: peacekeepers, inspectors, aid): aimed at who
# comes in, else where they go
ADMITTED_CODES = ("086",)
# bans, permits and eased bans (172, 081, 0833): saying so does not tell that the gathering
# they are about was held
UNHELD_CODES = ("172", "081", "0833")
# nouns of asking or offering (a request, a demand, a proposal) that another act answers:
# "Yemen rejected a U.S. request to interrogate detainees", "accepted demands from the rebels",
# "agreed to the proposal": the answer is the news, what it answers was put before and is
# its topic (CAMEO codes the rejection or acceptance alone); a charge that is rejected stays
# a charge ("rejected the claims by Russia that ..." is Russia's accusation too)
ANSWERED_NOUNS = DEMAND_WORDS | {"offer", "proposal", "invitation", "suggestion"}
ANSWER_PREPS = ("to", "with")


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


class SentenceCoder:
    """Codes the predicates of one sentence; `frames` lists them with their actors."""

    def __init__(self, patterns: Patterns, places: Places | None = None) -> None:
        self.patterns = patterns
        # the state of a place the sentence names: implicit agents and victims (implicit.py)
        self.places = places
        self._context = ArticleContext()  # the article of the sentence being coded
        self._index = 0  # that sentence's number in it

    # -------------------------------------------------------------- verbal predicates
    def verb_pattern(self, verb: Token) -> tuple[str, bool, str | None] | None:
        """(cameo, object-specific?, object text) for a verb, or None."""
        coded = self._pattern(verb)
        return coded[:3] if coded is not None else None

    def _pattern(self, verb: Token) -> tuple[str, bool, str | None, Token | None] | None:
        """verb_pattern, plus the complement clause when its words chose the code."""
        obj = object_tokens(verb)
        lemmas = {t.lemma_.lower() for t in obj} | {t.lower_ for t in obj}
        # a compound noun is one word: "war games" are a "wargame", not a war
        lemmas |= {c.lower_ + t.lemma_.lower() for t in obj for c in t.children
                   if c.dep_ == "compound" and c.i == t.i - 1}
        # "will hold Russia to account", parsed as a clause "Russia to account": its verb is
        # the object's word
        lemmas |= {c.lemma_.lower() for c in verb.children if c.dep_ == "ccomp"
                   and c.i > verb.i and any(s.dep_ == "nsubj" for s in c.children)
                   and to_infinitive(c)}
        if verb.lemma_.lower() in PERMIT_VERBS:
            # "allowed the opposition to hold a rally": what is let be done names the act
            lemmas |= {o.lemma_.lower() for c in verb.children if c.dep_ == "ccomp"
                       and c.i > verb.i and to_infinitive(c) for o in c.children
                       if o.dep_ == "dobj"}
            # "let UN inspectors in", "let aid trucks cross into the region": who is let
            # in, parsed as the subject of a bare clause
            lemmas |= {t.lemma_.lower() for c in verb.children if c.dep_ == "ccomp"
                       and c.i > verb.i and not to_infinitive(c) for o in c.children
                       if o.dep_ == "nsubj" for t in [o, *o.children]
                       if t is o or t.dep_ in ("compound", "amod")}
        # "found Russia liable", "found the warlord guilty": a small clause's adjective;
        # "took the villagers hostage", the parser making "hostage" a clause of its own: a
        # bare word right after the object names the act
        lemmas |= {c.lemma_.lower() for c in verb.children if c.i > verb.i and (
            c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(s.dep_ == "nsubj" for s in c.children)
            or c.dep_ in ("advcl", "xcomp", "ccomp") and c.i - 1 in {
                o.right_edge.i for o in verb.children if o.dep_ == "dobj"}
            and all(d.dep_ in ("prep", "punct", "advmod") for d in c.children))}
        # "blocked the UN from getting aid", "barred Iran from buying arms": what is kept
        # from happening names the act; so does what one is charged with or accused of
        # ("charged the former president with plotting a coup", "accused the minister of
        # embezzling funds")
        kept = [t for c in verb.children if c.dep_ == "prep"
                and c.lower_ in CLAUSE_PREPS.get(verb.lemma_.lower(), ("from",))
                for p in c.children
                if p.dep_ == "pcomp" and p.pos_ == "VERB" for t in [p, *object_tokens(p)]]
        lemmas |= {t.lemma_.lower() for t in kept}
        # "accused Russia of committing war crimes": a compound is one word there too
        lemmas |= {c.lower_ + t.lemma_.lower() for t in kept for c in t.children
                   if c.dep_ == "compound" and c.i == t.i - 1}
        # "tear-gassed": the first word of a hyphenated verb chooses among its rows
        lemmas |= {c.lower_ for c in verb.children if c.i == verb.i - 2
                   and verb.doc[verb.i - 1].text == "-"}
        # "used civilians as human shields", "held the hostages as shields": the role the
        # object is put to names the act (a word for choosing the code, never a target)
        lemmas |= {t.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                   and c.lower_ == "as" and c.i > verb.i for p in c.children
                   if p.dep_ == "pobj" and p.pos_ == "NOUN"
                   for t in (p, *(m for m in p.children if m.dep_ in ("amod", "compound")))}
        if verb.head.pos_ == "NOUN" and not misread_predicate(verb) and (
                verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                or verb.dep_ == "relcl" and not any(
                    c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in verb.children)):
            # "the sanctions imposed by Washington", "the sanctions the EU imposed": the noun
            # the clause describes is what the verb acts on (not "reports that Syria
            # attacked Turkey", a clause with a subject of its own), with its modifiers ("a
            # roadside bomb planted by ...")
            lemmas.add(verb.head.lemma_.lower())
            lemmas |= {c.lemma_.lower() for c in verb.head.children
                       if c.dep_ in ("amod", "compound") and c.i < verb.head.i}
        # "was put under investigation", "placed under arrest": the object of a preposition
        # that a row of the verb names with it chooses among its rows
        rowed = {p.particle for p in self.patterns.verbs.get(verb.lemma_.lower(), ())
                 if p.particle is not None and p.objects}
        lemmas |= {p.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                   and c.lower_ in rowed for p in c.children if p.dep_ == "pobj"}
        # intransitive predicates of relational nouns: "cooperation could extend to ...",
        # passives: "sanctions were imposed"
        if not any(c.dep_ == "dobj" for c in verb.children):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
                    lemmas.add(c.lemma_.lower())
                    if c.dep_ == "nsubjpass":
                        # a compound noun is one word here too: "export controls were
                        # tightened" (a sentence-initial noun is at times parsed as the
                        # subject of the one after it)
                        lemmas |= {m.lower_ + c.lemma_.lower() for m in c.children
                                   if m.dep_ in ("compound", "nsubj") and m.pos_ == "NOUN"
                                   and m.i == c.i - 1}
                        # "martial law was lifted", "the state of emergency was eased"
                        lemmas |= {m.lemma_.lower() for m in c.children
                                   if m.dep_ == "amod" and m.lower_ == "martial"}
                        lemmas |= {p.lemma_.lower() for m in c.children
                                   if m.dep_ == "prep" and m.lower_ == "of"
                                   and c.lemma_.lower() == "state"
                                   for p in m.children if p.dep_ == "pobj"}
        if verb.lemma_.lower() in INSTRUMENT_VERBS:
            # "the new EU sanctions target Russian banks", "the airstrikes targeted the
            # depot": what does the aiming chooses the row, as in a passive
            # (a participle's is its head's subject: "the new controls took effect,
            # hitting China's tech giants")
            holder = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
                c.dep_ == "nsubj" for c in verb.children) else verb
            lemmas |= {t.lemma_.lower() for c in holder.children
                       if c.dep_ == "nsubj" and c.pos_ == "NOUN" for t in (c, *(
                           m for m in c.children if m.dep_ == "compound"),
                           *(p for m in c.children if m.dep_ == "prep" and m.lower_ == "of"
                             for p in m.children if p.dep_ == "pobj"))}
        pat = self._lookup(verb, lemmas)
        comp = complement(verb) if pat is None or not pat.objects else None
        asked = for_clause(verb) if comp is None and pat is not None and not pat.objects \
            else None
        if asked is not None and pat is not None and pat.particle == "for" and \
                pat.cameo[:2] == RALLY_ROOT:
            # "is lobbying for Germany to back the package", "campaigned for the president to
            # resign": rallying support for another party's act asks that party to do it
            pat = replace(pat, cameo="020")
        if asked is not None and pat is not None and pat.cameo in ASK_TABLES:
            comp = asked[0]  # "called for Israel to withdraw from Rafah"
        elif comp is None and pat is not None and pat.cameo in ASK_TABLES and not pat.objects:
            comp = _asked_infinitive(verb)  # "called on Hamas to free the hostages"
        if comp is not None:
            words = complement_tokens(comp)
            narrower = self._asked_for(verb, pat, comp, words) if pat is not None else None
            if narrower is None:
                narrower = self._lookup(verb, lemmas | {t.lemma_.lower() for t in words})
            # an intent to do an act that is coded itself is that act, intended ("agreed to
            # work towards a treaty" is 057, intended): no second event; a verb with a code
            # of its own (a refusal, a threat) is an act besides its complement
            coded = self._pattern(comp) if narrower is not None else None
            force = coded
            if force is None and narrower is not None and comp.lemma_.lower() in PHASE_VERBS:
                # "prepared to resume shelling": the act resumed
                force = next((self._pattern(c) for c in comp.children
                              if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if narrower is not None and narrower.cameo[:2] == "15" and not (
                    force is not None and force[0][:2] in VIOLENT_ROOTS):
                # readying force is a show of force only when the complement is force by
                # its own code: "preparing to strike a deal" is none (review)
                narrower = coded = None
            # but a row of the verb's own that names another kind of act than its complement
            # is an act of its own, the complement its content ("prepared to resume
            # shelling" is a show of force, 150, not an intended shelling)
            own = narrower is not None and coded is not None and \
                not narrower.cameo.startswith("03") and narrower.cameo[:2] != coded[0][:2]
            if verb.lemma_.lower() in ATTEMPT_VERBS and coded is None:
                coded = self._pattern(comp)
            if verb.lemma_.lower() in ATTEMPT_VERBS and coded is not None and \
                    coded[0] in ATTEMPTED_CODES:
                # an attempt the codebook names apart was made: "attempted to assassinate the
                # governor", "tried to kill the prime minister" is 185, not an intended 186
                return ATTEMPTED_CODES[coded[0]], True, coded[2], comp
            intent = not own and (pat is None or narrower is not None
                                  and narrower.cameo.startswith("03"))
            if narrower is not None and narrower.objects and not (
                    intent and coded is not None):
                pat = narrower
            else:
                comp = None
        if pat is None or pat.cameo == NO_EVENT:
            return None
        if not pat.objects:
            # a purpose clause specifies a general verb: "is working with Iran to produce
            # drones" is military cooperation
            purpose = [t for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                       and to_infinitive(c) for t in [c, *object_tokens(c)]]
            narrower = self._lookup(verb, lemmas | {t.lemma_.lower() for t in purpose}) \
                if purpose else None
            if narrower is not None and narrower.objects:
                pat = narrower
        head_obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if head_obj is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
            head_obj = verb.head  # "the treaty they aim to sign"
        if head_obj is None:
            head_obj = next((p for c in verb.children
                             if c.dep_ == "prep" and c.lower_ not in LOCATION_PREPS
                             for p in c.children
                             if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")),
                            None)
        text = np_text(head_obj) if head_obj is not None else None
        cameo = pat.cameo
        if cameo == FORCE_THREAT and comp is not None and self._sanctions_in(verb, comp):
            # "vowed to retaliate against U.S. tariffs", "vowed to retaliate if Washington
            # imposes tariffs": retaliation for sanctions threatens sanctions, not force
            cameo = SANCTIONS_THREAT
        return cameo, bool(pat.objects), text, comp

    def _asked_for(self, verb: Token, pat: VerbPattern, comp: Token, words: list[Token]
                   ) -> VerbPattern | None:
        """The row of the appeal or demand table (ASK_TABLES) that what a verb's generic
        appeal or demand asks another party to do names: "called on Serbia and Kosovo to
        resume talks" (026), "asked Nepal to extradite the suspects" (0213). Only what the
        complement says, not whom the verb addresses ("called on the military to ..."), and
        only when another party is asked (an appeal for one's own act is that act)."""
        table = ASK_TABLES.get(pat.cameo)
        # who is asked: an object ("urged Turkey to"), "on" ("called on Sweden to"), "to" or
        # "with" ("appealed to Russia to", "pleaded with donors to"), or the complement's
        # own subject ("demanded that Moscow withdraw", "lobbied for Berlin to back ...")
        if table is None or pat.objects or not (
                _addressed(verb) or _passive_asked(verb) or any(
                    s.dep_ == "nsubj" for s in comp.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i < comp.i
                    for c in verb.children) or for_clause(verb) is not None):
            return None
        found = self._ask_row(table, words)
        if found is None or not found.objects or found.cameo == NO_EVENT or \
                found.cameo[:2] not in APPEAL_ROOTS:
            return None
        if found.cameo[:2] != pat.cameo[:2]:
            # the same request in the verb's own root: "called on" appeals, "demanded" demands
            found = replace(found, cameo=pat.cameo[:2] + found.cameo[2:])
        return found

    def _ask_row(self, table: str, words: list[Token]) -> VerbPattern | None:
        """The row of an appeal or demand table (`ASK_TABLES`) for the words of what is asked.
        The act asked for is named by its verb before its object: "to withdraw its troops"
        (a pull-back, not troops sent), "to free the sailors", with its particle ("to lay
        down their arms": "laydown", "to step down": "stepdown"); a verb of phase names no act
        ("to end the siege", "to stop attacking ships": the siege, the attacks)."""
        # "to return to the talks" resumes them: no return of people or goods
        back = {t.i for t in words if t.lemma_.lower() in RETURN_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in t.children)}
        words = [t for t in words if t.i not in back]
        verbs = [t for t in words if t.pos_ == "VERB"]
        # a phrasal verb is one word: "lay down" ("laydown") is to yield, "lay" is not
        phrasal = {t.i: t.lemma_.lower() + p.lower_ for t in verbs for p in t.children
                   if p.dep_ == "prt"}
        acts = {phrasal.get(t.i, t.lemma_.lower()) for t in verbs} - PHASE_VERBS - \
            STOP_VERBS - {"end"}
        found, _ = self.patterns.verb_code(table, set(), acts)
        if found is None or not found.objects:
            asked = {t.lemma_.lower() for t in words if t.pos_ in ("VERB", "NOUN", "ADJ")}
            found, _ = self.patterns.verb_code(table, set(), asked | set(phrasal.values()))
        return found

    def _sanctions_in(self, verb: Token, comp: Token) -> bool:
        """Whether a threat's complement, or the condition it is made on, is a sanction."""
        acts = [comp] + [c for v in (verb, comp) for c in v.children if c.dep_ == "advcl"
                         and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                 for m in c.children)]
        return any((sub := self._pattern(a)) is not None and sub[0] == "163" for a in acts)

    def _lookup(self, verb: Token, lemmas: set[str]) -> VerbPattern | None:
        parts = particles(verb)
        pat, _ = self.patterns.verb_code(verb.lemma_.lower(), parts, lemmas)
        if pat is not None and f"{verb.lemma_.lower()} {pat.particle}" in INTRANSITIVE_PHRASALS \
                and all(any(p.dep_ == "pobj" for p in c.children)
                        for c in verb.children if c.lower_ == pat.particle):
            # "gave the troops in Mariupol an ultimatum": a preposition with an object of its
            # own is not the particle of "give in" (yield)
            pat, _ = self.patterns.verb_code(verb.lemma_.lower(), parts - {pat.particle},
                                              lemmas)
        if pat is None and verb.dep_ == "acomp":
            # a participle used as an adjective: "is concerned by", not "concern"
            pat, _ = self.patterns.verb_code(verb.lower_, particles(verb), lemmas)
        if pat is None:
            # an inflected form the lemmatizer got wrong ("wages" read as "wag", "staged"
            # and "staging" as "stag"): the form less its ending
            for stem in _stems(verb):
                if stem != verb.lemma_.lower() and stem in self.patterns.verbs:
                    pat, _ = self.patterns.verb_code(stem, particles(verb), lemmas)
                    if pat is not None:
                        break
        return pat

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
                frame = self._nominal(tok, mentions)
            else:
                frame = None
            if (frame is None or frame.cameo == "051") and \
                    (guest := received_guest(tok, mentions)) is not None:
                frame = guest  # "received Zelensky in Ankara", "welcomed Modi to London"
            if frame is not None:
                frame = self._front(frame)
                if frame.cameo == "040" and not frame.nominal and \
                        by_phone(frame.trigger, self.patterns.noun_code):
                    frame = replace(frame, cameo="041")  # "discussed it in a phone call"
                found.append(frame)
                if frame.nominal and frame.cameo in ATTEMPTED_CODES.values():
                    # the attempt is the act: no intended assassination besides it
                    consumed.update(c.i for c in tok.children if c.dep_ == "acl")
                parties = frame.sources + frame.targets
                if frame.cameo.startswith("057") and len({m.actor.party for m in parties}) > 1:
                    self._context.parties = parties
        found.extend(contact_adjuncts(sent, mentions, {
            f.trigger.i: f.cameo for f in found if not f.nominal and f.targets},
            self.patterns.noun_code))
        found.extend(self._judgements(sent, mentions))
        aims = {f.trigger.i: f for f in found if protest_demand(f, found)
                or protest_purpose(f, found)}
        return [protest_aim(f, found, aims) for f in found if f.trigger.i not in aims]

    # -------------------------------------------------------------- judgements
    def _judgements(self, sent: Span, mentions: list[Mention]) -> list[Frame]:
        """ "Russia's hypocrisy is on full display", "China's aggressive activities only serve
        to exacerbate tensions": a word of condemnation (patterns/judgements.tsv) that is the
        main clause's predicate, or qualifies its subject, judges the state whose act the
        subject names; the judgement is the speaker's disapproval or accusation (11x). The
        speaker is the subject of the verb of saying that reports the clause, else, for an
        unquoted sentence, the article's own voice (a government's release); an epithet on
        an object ("launched its brutal war") is description, not judgement."""
        table = self.patterns.judgements
        if not table:
            return []
        out: list[Frame] = []
        for tok in sent:
            placed = _judged(tok, table)
            if placed is None:
                continue
            cameo, clause, act = placed
            if any(c.dep_ == "neg" for c in (*clause.children, *tok.children)):
                continue  # "is not unwarranted"
            speaker = self._speaker_of(clause, tok, mentions)
            if not speaker:
                continue
            targets = [m for m in mentions_in(_agent_slot(act), other_than(speaker, mentions))
                       if m.actor.kind == "state"]
            if not targets:
                continue
            out.append(Frame(tok, cameo, speaker, targets, np_text(act[0]), False, False,
                             clause))
            break  # one judgement a sentence: its words often come in pairs
        return out

    def _speaker_of(self, clause: Token, word: Token, mentions: list[Mention]
                    ) -> list[Mention]:
        """Who asserts a main clause: the subject of the verb of saying it is the complement
        of ("He said that ..."), else the article's voice when the clause is not quoted; no
        one for a subordinate clause (a relative clause, a condition, a purpose)."""
        v = clause
        for _ in range(8):
            if v.dep_ == "ROOT":
                break
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in SAY_VERBS:
                return _speakers(mentions_in(clause_subject(v.head), mentions))
            if v.dep_ in ("conj", "ccomp", "xcomp"):
                v = v.head  # "it's clear that ...", "... and risks escalation"
                continue
            return []
        if v.lemma_.lower() in SAY_VERBS:
            # "..., said Ambassador Wood": the parser makes the verb of saying the root
            said = mentions_in(clause_subject(v), mentions) if v is not clause else []
            return _speakers(said)
        according = [p for t in clause.sent if t.lower_ == "according" for c in t.children
                     if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if according:  # "According to Beijing, ...": Beijing's judgement, not the voice's
            return _speakers(mentions_in(phrase(according[0]), mentions))
        voice = self._context.voice
        if voice is None or in_quotes(word):
            return []  # a news agency's own sentence, or a quotation of someone unnamed
        return [replace(voice, text=word.text, start=word.idx, end=word.idx + len(word),
                        token_start=word.i, token_end=word.i + 1,
                        confidence=round(voice.confidence * 0.7, 3), via="speaker")]

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
        if _demanded(verb):
            return None
        if is_obligation(verb):
            return self._obligation(verb, mentions)
        if self._laid_on_other(verb, mentions):
            return None
        if verb.lemma_.lower() in SAY_VERBS and (
                verb.lemma_.lower() not in self.patterns.verbs or all(
                    p.particle for p in self.patterns.verbs[verb.lemma_.lower()])
                and self._pattern(verb) is None):
            # a verb of saying whose only rows are another sense with a particle ("added
            # the firms to its entity list") still says what it does not code ("added that
            # Russia must withdraw")
            return self._asked(self._directive(verb, mentions), consumed)
        if open_question(verb):
            return None
        coded = self._pattern(verb)
        if coded is None and (placed := self._place_row(verb, mentions)) is not None:
            coded = (placed, True, None, None)  # "advanced into Rafah": only a place row
        if coded is None:
            if verb.lemma_.lower() in ORDER_VERBS:
                # "ordered Menem to appear"
                return self._asked(self._directive(verb, mentions), consumed)
            if verb.lemma_.lower() in PRESS_VERBS:
                # "pressed Washington to lift tariffs": an appeal to the one pressed
                return self._asked(self._directive(verb, mentions, "urge"), consumed)
            return None
        cameo, specific, obj_text, comp = coded
        if not specific and (placed := self._place_row(verb, mentions)) is not None:
            cameo, specific = placed, True  # "captured Kyiv", "seized Kherson": territory
        if cameo[:2] in HARM_ROOTS and (means := self._means_code(verb)) is not None:
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
            for c in _controlled_verbs(verb):
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
                        sub = self.verb_pattern(p)
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
            agent, patient = passive
            sources = mentions_in(agent, mentions)
            if sources and cameo[:2] in HARM_ROOTS and (
                    act := self._harming_act(verb, agent)) is not None:
                # "two Syrian civilians were wounded by Turkish shelling": the act that
                # wounded them is the event (194), not a second one beside the wounding
                cameo = act[1]
                consumed.add(act[0].i)
            if not sources and self.places is not None:
                # "two British journalists were detained in Iran": the state where it
                # happened, when those it was done to are named ("a man was arrested in
                # Paris" names no one: no event)
                implied = state_agent(verb, cameo, agent, self.places, mentions)
                if mentions_in(patient, other_than(implied, mentions)) or \
                        cameo.startswith(EASED_RULE_CODES):
                    # a curfew lifted needs no one named: it is laid on the place's people
                    sources = implied
            if not sources and verb.lemma_.lower() == "release" and cameo.startswith("084"):
                # "the hostages held by Hamas were released": who held them lets them go
                holders = [t for h in patient if h.dep_ == "nsubjpass" or h.head.i == verb.i
                           for c in h.children if c.dep_ == "acl"
                           and c.lemma_.lower() in HOLD_VERBS for a in c.children
                           if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                           for t in phrase(p)]
                sources = mentions_in(holders, mentions)
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
                [t for t in object_tokens(verb) if t.i not in by], others)
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
                targets = mentions_in(_victims_of(verb.head.head.head), others)
            if not targets and "10" <= cameo[:2] < "18" and verb.dep_ == "acl" and \
                    verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in SUFFER_VERBS:
                # "Iran condemned the sanctions imposed by Washington", "faces tariffs
                # imposed by Beijing": who suffers, condemns or evades it is its target
                targets = mentions_in(clause_subject(verb.head.head), others)
        else:
            sources = mentions_in(stative or clause_subject(verb), mentions)
            if not sources:
                sources = _reporter(verb, mentions)
            if not sources:
                sources = self._agreement_parties(verb, mentions)
            if not sources and verb.dep_ == "acl" and verb.head.lemma_.lower() in \
                    DOCUMENT_NOUNS and verb.head.dep_ == "dobj" and \
                    verb.head.head.lemma_.lower() in ISSUE_VERBS:
                # "the PKK issued a declaration demanding that ...", "Hamas released a
                # statement calling on ...": who issues the document says it
                sources = mentions_in(clause_subject(verb.head.head), mentions)
            obj = object_tokens(verb) + (object_tokens(trigger) if trigger is not verb else [])
            if comp is not None and not obj and cameo != NO_COMMENT:
                # "promised to continue military aid to Mozambique"; but "urged regional
                # powers to end arms supplies to Sudan" is addressed to the powers
                obj = complement_tokens(comp)
            targets = mentions_in(obj, other_than(sources, mentions))
            if not targets and cameo.startswith(ADMITTED_CODES) and \
                    verb.lemma_.lower() in PERMIT_VERBS:
                # "let UN inspectors in", "let aid trucks cross into Gaza": who is let in
                # (the subject of a bare clause), else where they go
                let_in = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
                targets = mentions_in([t for c in let_in for s in c.children
                                       if s.dep_ == "nsubj" for t in phrase(s)],
                                      other_than(sources, mentions))
                targets = targets or mentions_in(
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
                       for p in c.children if p.dep_ == "pobj" for t in _agent_slot(phrase(p))]
                targets = mentions_in(own, other_than(sources, mentions))
            if not targets and cameo[:2] == YIELD_ROOT:
                # "resigned under pressure from the military", "stepped down after weeks of
                # protests by students", "freed them under Western pressure": who pressed
                targets = mentions_in(pressed_by(verb), other_than(sources, mentions))
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
                           for t in _agent_slot(phrase(p))]
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
                    (joined := self.verb_pattern(verb.head)) is not None
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
        if cameo[:2] in COERCION_ROOTS:
            # "was shot dead by gunmen in Kabul": where an unnamed agent is, is not who acts
            sources = _not_whereabouts(verb.doc, sources, mentions)
        if cameo[:2] in CONTENT_ROOTS and sources:
            # no one named makes it ("Poland was asked to send tanks"): its content stays
            # coded, with the governor's modality
            content = _content(verb, self.patterns.nouns, cameo[:2] == "13")
            consumed.update(t.i for t in content)
            if cameo[:2] == "13" and verb.lemma_.lower() in ACT_THREAT_VERBS:
                cameo = self._threatened(cameo, verb, content, sources, mentions)
            if not targets and not _addressed(verb):
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
        if not targets and cameo[:2] == REJECTING_ROOT:
            # "rejected the peace plan put forward by Brazil": who made what is rejected
            heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            targets = mentions_in(_proposers(heads), other_than(sources, mentions))
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
                _no_air_force(m) for m in sources):
            cameo = GROUP_BOMBINGS[trigger.lemma_.lower()]  # "the PKK bombed a police station"
        # "the unions suspended the strike" (082), "Israel halted its strikes" (087)
        cameo = strike_sense(cameo, verb, sources, self.patterns.senses)
        targets = refine_targets(verb, cameo, sources, targets, self.patterns.noun_code)
        if not targets:
            targets = addressee(verb, cameo, sources, mentions,
                                 self.patterns.noun_code)  # "told Xi that Russia would"
        elif cameo == "042" and (arrived := visited(verb, sources, mentions)) and not {
                m.actor.country for m in arrived} & {m.actor.country for m in targets}:
            targets = arrived  # "arrived in Cairo for talks on Gaza": Egypt is visited
        if not targets and verb.lemma_.lower() in WISH_VERBS:
            return None  # "they want to expand cooperation": their own aim, no appeal
        if verb.lemma_.lower() == "warn" and _own_people(verb, sources, mentions):
            return None  # "warned Americans not to travel to Haiti": advice, not a threat
        if verb.lemma_.lower() == "warn" and forecast(verb, self.patterns.senses) and not any(
                self._pattern(c) for c in verb.children if c.dep_ == "ccomp"):
            return None  # "the minister warned that prices would rise": no threat
        if not targets and cameo[:2] in VIOLENT_ROOTS:
            # "two Israeli soldiers were killed when Hamas fighters attacked their post"
            targets = mentions_in(_harmed_when(verb), other_than(sources, mentions))
        if not targets and self.places is not None:
            # "killed 12 civilians in a Lebanese village", "fired at targets in Jericho"
            targets = placed_victims(verb, cameo, sources, self.places, mentions)
        if not targets:
            targets = home_population(verb, comp, cameo, sources, mentions, self.places)
        if cameo == JOINT_DRILL and not targets and len({m.actor.party for m in sources}) > 1:
            # "French and Egyptian warships launched war games": exercises held together are
            # military cooperation between the parties
            cameo = JOINT_EXERCISE
        if not targets and (cameo[:2] in UNPAIRED_ROOTS or cameo[:2] in ONE_WAY_ROOTS and
                            verb.lemma_.lower() not in MUTUAL_FORCE_VERBS) and len(
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
        if verbal_attack(cameo, verb, sources, self.patterns.senses):
            cameo = "111"  # "Erdogan attacked Israel over its war in Gaza": in words
        if official_protest(cameo, verb, sources):
            cameo = "114"  # "the Chinese embassy protested against Manila": a complaint
        # an intent (03) chosen by its complement is that act, with its modality ("agreed to
        # continue talks" is intended); a refusal or threat itself occurred
        anchor = comp if comp is not None and cameo.startswith("03") else None
        if cameo[:2] in ATTEMPTED_ROOTS and verb.dep_ == "xcomp" and \
                verb.head.lemma_.lower() in ATTEMPT_VERBS:
            # "has tried to hack into the army's computers": an attempt at force or coercion
            # was made (CAMEO codes the attempt as the act: 185 is an attempted
            # assassination); its status is the attempt's
            anchor = verb.head
        return Frame(trigger, cameo, sources, targets, obj_text, False, specific, anchor)

    def _threatened(self, cameo: str, verb: Token, content: list[Token],
                    sources: list[Mention], mentions: list[Mention]) -> str:
        """The threat code of the act a threat or warning says its maker will do, where the
        act's own code names it ("threatened to cut military aid" threatens aid, 1311, not
        force; "threatened to strike Israeli cities" threatens an attack, not a labour
        strike; "warned it would crack down on the marches" threatens repression), else the
        threat verb's own row."""
        own = {m.actor.country for m in sources}
        # "warned it was ready to use nuclear weapons": a readiness told in the past tense
        ready = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be" and any(
            a.dep_ == "acomp" and a.lemma_.lower() in READY_WORDS for a in c.children)]
        for c in [*content, *(r for r in ready if r not in content)]:
            if c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("xcomp", "ccomp"):
                continue
            subj = clause_subject(c) if c.dep_ == "ccomp" else []
            if subj and not all(t.pos_ == "PRON" for t in subj) and not (
                    (said := mentions_in(subj, mentions))
                    and {m.actor.country for m in said} <= own):
                continue  # "warned that the virus would kill millions": not its own act
            if c.lemma_ == "be":
                # "warned it was ready to use nuclear weapons": what it is ready to do
                c = next((x for a in c.children if a.dep_ == "acomp" and a.lemma_.lower() in
                          READY_WORDS for x in a.children if x.dep_ == "xcomp"), c)
            sub = self._pattern(c)
            if sub is None:
                continue
            violent = sub[0][:2] in ("18", "19", "20") and any(
                o.dep_ == "dobj" for o in c.children)
            mapped = threat_code(sub[0]) if sub[1] or violent else None
            if mapped is not None and not cameo.startswith(mapped):
                return mapped
            return cameo
        return cameo

    def _place_row(self, verb: Token, mentions: list[Mention]) -> str | None:
        """The code of a verb's "@place" row when its object is a named place: a state or
        capital name, or a town the gazetteer knows ("attempted to capture Kyiv"), not a
        person ("captured Maduro"); for a row with a preposition, that preposition's object
        ("advanced toward Pokrovsk")."""
        if self.places is None:
            return None
        row = self._lookup(verb, {PLACE_OBJECT})
        if row is None or PLACE_OBJECT not in row.objects:
            return None
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # a row with a preposition: its object ("advanced into Rafah", "toward Pokrovsk")
        objs += [p for c in verb.children if row.particle and c.dep_ == "prep"
                 and c.lower_ == row.particle for p in c.children if p.dep_ == "pobj"]
        for obj in objs:
            if obj.pos_ != "PROPN":
                continue
            named = [m for m in mentions if m.token_start <= obj.i < m.token_end]
            if named and all(m.actor.kind == "state" for m in named) or not named and \
                    self.places.country_of(obj, mentions, True) is not None:
                return row.cameo
        return None

    def _means_code(self, verb: Token) -> str | None:
        """The code of the act of force that is a harming verb's subject, when the table names
        it apart ("a suicide attack by al-Shabaab killed 12 soldiers" is the suicide bombing,
        1831; "the car bombing killed ..." 1832): the killing is what the act did, not a
        second act."""
        # the subject ("a suicide attack killed"), or the act the harm was done in ("wounded
        # two soldiers in a bomb attack", "killed in a car bomb explosion")
        means = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ == "NOUN"]
        means += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        for noun in means:
            modifiers = {c.lemma_.lower() for c in noun.children
                         if c.dep_ in ("amod", "compound", "nmod")}
            code = self.patterns.noun_code(noun.lemma_.lower(), modifiers)
            if code is not None and code[:2] in MEANS_ROOTS:
                return code
        return None

    def _harming_act(self, verb: Token, agent: list[Token]) -> tuple[Token, str] | None:
        """The act of force (its noun, its code) that is a passive verb of harm's agent
        ("were wounded by Turkish shelling", "killed by an Israeli airstrike"), or None."""
        if verb.lemma_.lower() not in HARMED_VERBS or not agent:
            return None
        noun = agent[0]  # the agent phrase's head
        if noun.pos_ not in ("NOUN", "VERB"):
            return None
        modifiers = {c.lemma_.lower() for c in noun.children
                     if c.dep_ in ("amod", "compound", "nmod")}
        for word in dict.fromkeys((noun.lower_, noun.lemma_.lower())):
            code = self.patterns.noun_code(word, modifiers)
            if code is not None and code[:2] in VIOLENT_ROOTS:
                return noun, code
        return None

    def _obliger(self, modal: Token, mentions: list[Mention]) -> tuple[list[Mention], bool]:
        """Who lays the obligation a "must" or "should" puts on its clause, and whether the
        clause is someone's words (reported, or a message's) at all."""
        voice = [m for m in mentions if m.via == "speaker" and m.token_start == modal.i]
        verb = modal.head
        reporter = reporting_verb(verb)
        message = verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in \
            MESSAGE_NOUNS and verb.head.dep_ == "dobj" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)
        if not voice and reporter is not None:
            # reported speech: "Russia said that Sudan must return the helicopter"
            voice = mentions_in(clause_subject(reporter), mentions)
        if not voice and message:
            # "issued a stern reminder to Iraq that it must cooperate": the sender of the
            # message says so
            voice = mentions_in(clause_subject(verb.head.head), mentions)
        return voice, bool(voice) or reporter is not None or message

    def _laid_on_other(self, verb: Token, mentions: list[Mention]) -> bool:
        """ "Cairo said Washington must be ready to mediate", "the forum concluded that rich
        nations must give more": what one party says another must (or should) do is that
        party's demand or appeal (coded on the modal), not an intent of the one it is laid on;
        "Moscow said Russia must respond" stays Russia's own intent."""
        head = verb
        for _ in range(3):  # "must be ready to mediate": the modal is on what governs it
            modal = next((c for c in head.children if is_obligation(c)), None)
            if modal is not None or head.dep_ not in ("xcomp", "acomp"):
                break
            head = head.head
        if modal is None:
            return False
        voice, said = self._obliger(modal, mentions)
        if not said:
            return False
        subject = mentions_in(clause_subject(head), mentions)
        return bool(subject) and not ({m.actor.country for m in subject}
                                      & {m.actor.country for m in voice})

    def _obligation(self, modal: Token, mentions: list[Mention]) -> Frame | None:
        """ "Russia must allow aid in": the speaker's demand (10) on the clause's subject, as
        specific as the clause's words allow (coref places the speaker on the modal);
        "Russia should allow aid in" is an appeal (02)."""
        voice, _ = self._obliger(modal, mentions)
        verb = modal.head
        targets = mentions_in(clause_subject(verb), other_than(voice, mentions))
        if not voice or not targets:
            return None
        advice = modal.lower_ == "should"
        if advice and not any(c.dep_ == "nsubj" and c.i < modal.i and c.pos_ == "PROPN"
                              for c in verb.children):
            # "China should not use ...", but not "complaints should remind us" nor the
            # inverted condition "should Putin decide to ..."
            return None
        comp = complement(verb)
        words = [verb] + object_tokens(verb) + (complement_tokens(comp) if comp else [])
        # "must" demands (10), "should" advises (02)
        pat, _ = self.patterns.verb_code("urge" if advice else "demand", set(),
                                         {t.lemma_.lower() for t in words})
        if pat is None or pat.cameo == NO_EVENT:
            return None
        return Frame(modal, pat.cameo, voice, targets, None, False, bool(pat.objects))

    def _directive(self, verb: Token, mentions: list[Mention], table: str = "demand"
                   ) -> Frame | None:
        """ "Moscow told Kyiv to withdraw its troops": a verb of saying that puts its
        infinitive on its object is a demand (10) on the object, as specific as the
        infinitive's words allow ("told reporters that ..." reports, and codes nothing)."""
        if verb.lemma_.lower() not in OBJECT_CONTROL:
            return None
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and to_infinitive(c)), None)
        if not objs or comp is None:
            return None
        sources = mentions_in(clause_subject(verb), mentions)
        targets = mentions_in(phrase(objs[0]), other_than(sources, mentions))
        if not sources or not targets:
            return None
        pat = self._ask_row(table, complement_tokens(comp))
        if pat is None or pat.cameo == NO_EVENT:
            return None
        return Frame(verb, pat.cameo, sources, targets, np_text(comp), False, bool(pat.objects))

    def _asked(self, frame: Frame | None, consumed: set[int]) -> Frame | None:
        """A directive ("told Kyiv to withdraw its troops") is the demand alone: what it asks
        for is its content, not a second act."""
        if frame is not None and frame.sources:
            consumed.update(t.i for t in _content(frame.trigger, self.patterns.nouns))
        return frame

    def _agreement_parties(self, verb: Token, mentions: list[Mention]) -> list[Mention]:
        """ "the agreement does not include ...": a definite agreement noun as subject stands
        for the parties of the agreement named last."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in AGREEMENT_NOUNS and any(
                d.lower_ in ("the", "this", "that") for d in subj[0].children):
            return list(self._context.parties)
        return []

    # -------------------------------------------------------------- nominal predicates
    def _answered(self, noun: Token) -> bool:
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
            self.verb_pattern(head) is not None

    def _nominal(self, noun: Token, mentions: list[Mention]) -> Frame | None:
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
        if cameo is None or self._answered(noun):
            return None
        if cameo in ASK_TABLES:
            # "its demand that Iran release the French nationals", "Ukraine's request to
            # Berlin to send Taurus missiles": what is asked chooses the sub-code, as for
            # the verb
            asked = [c for c in noun.children if c.dep_ in ("acl", "advcl", "ccomp")
                     and c.pos_ == "VERB" and c.i > noun.i and (to_infinitive(c) or any(
                         m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children))]
            found = self._ask_row(ASK_TABLES[cameo], complement_tokens(asked[0])) \
                if asked else None
            if found is not None and found.objects and found.cameo != NO_EVENT and \
                    found.cameo[:2] in APPEAL_ROOTS:
                cameo = cameo[:2] + found.cameo[2:]
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
        if not sources:
            # "the bombing of the Turkish embassy by the PKK": the parser hangs the agent on
            # the victim
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
            if self.verb_pattern(noun.head) is not None:
                return None
            upper = self._pattern(noun.head.head) if noun.head.dep_ == "xcomp" else None
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
        if not sources:
            return None
        if cameo == "195" and noun.lemma_.lower() in GROUP_BOMBINGS and all(
                _no_air_force(m) for m in sources):
            cameo = GROUP_BOMBINGS[noun.lemma_.lower()]  # "the PKK's bombing of a bus"
        targets = mentions_in(target_tokens, other_than(sources, mentions))
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
                cameo[:2] in VIOLENT_ROOTS or cameo[:2] == "07"
                and noun.head.lemma_.lower() in BENEFIT_VERBS):
            # "Russia's attacks have left homes in Ukraine without power": who suffers what
            # the violence did; "the supply of Iranian missiles enables Russia to ...": who
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
    victims = _victims_of(verb)
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in HARMED_VERBS:
        # "two soldiers were killed and five wounded in a Boko Haram ambush": the first
        # verb's victims are the act's too
        victims += _victims_of(verb.head)
    return victims


def _victims_of(verb: Token) -> list[Token]:
    """Who a verb of harm tells was harmed: a passive's subject, or the subject of "die"
    (an active verb's subject harms)."""
    deps = ("nsubjpass", "nsubj") if verb.lemma_.lower() == "die" else ("nsubjpass",)
    return [t for c in verb.children if c.dep_ in deps for t in phrase(c)]


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
    return _victims_of(head)


def _not_whereabouts(doc: Doc, sources: list[Mention], mentions: list[Mention]
                     ) -> list[Mention]:
    """Sources less the places where an unnamed agent is ("gunmen in Kabul", "militants
    near the Kenyan border"): a mention whose phrase is the object of a preposition of place
    on a word no mention covers."""
    out = []
    for m in sources:
        root = doc[m.token_start:m.token_end].root
        prep = root.head
        if m.via != "implicit" and root.dep_ == "pobj" and \
                prep.lower_ in WHEREABOUTS_PREPS and not any(
                    n.token_start <= prep.head.i < n.token_end for n in mentions):
            continue
        out.append(m)
    return out


def _no_air_force(m: Mention) -> bool:
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


def pressed_by(verb: Token) -> list[Token]:
    """Who presses a party to yield, by the pressure, demands or protests an adjunct of
    its verb names ("under pressure from the military", "after demands by the unions",
    "under Western pressure", "bowing to protests by farmers"): their owner's words."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in PRESSURE_PREPS:
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


def _content(verb: Token, nouns: Container[str], threat: bool = False) -> list[Token]:
    """What an appeal, demand or threat asks for or threatens: its infinitive ("threatened to
    impose sanctions", "told Kyiv to withdraw"), its "that" clause ("demanded that Russia
    withdraw", "demand the parties do more", "warned that it would retaliate"; a clause
    that reports what was done, "warned that Israel had attacked", is no content), an event
    noun it takes ("demanded the withdrawal of troops", "called for a ceasefire"), and their
    conjuncts."""
    out = _controlled_verbs(verb)
    asked = for_clause(verb)
    if asked is not None and not threat:
        out.append(asked[0])  # "called for Israel to withdraw", "pressed for Sweden to ..."
    inf = _asked_infinitive(verb) if not threat else None
    if inf is not None and inf not in out:
        out.append(inf)  # "called on Hamas to free the hostages", parsed as a purpose clause
    if not threat and not _addressed(verb) and not _passive_asked(verb):
        # "seeks to sign a trade treaty", "proposed to hold talks", "I want to thank the
        # Secretary-General": an appeal or demand for one's own act is that act, intended
        # (as "agreed to"); "urged Turkey to", "called on Sweden to", "wants Seoul to drop
        # the claim" ask another to act
        out = [c for c in out if any(s.dep_ == "nsubj" for s in c.children)
               or asked is not None and c.i == asked[0].i]
    for c in verb.children:
        # the clause after the verb, or before it when the speaker comes last ("Tehran will
        # retaliate, a commander warned")
        fronted = c.i < verb.i and c.right_edge.i + 1 < verb.i and \
            verb.doc[c.right_edge.i + 1].text == ","
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (c.i > verb.i or fronted) and all(
                m.lower_ == "that" for m in c.children if m.dep_ == "mark") and not (
                c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have"
                                       for a in c.children)):
            out.append(c)
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns:
            out.append(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            out += [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                    and p.lemma_.lower() in nouns]
        if threat and c.dep_ == "prep" and c.lower_ == "against":
            # "warned Israel against attacking its sites": what the warning would prevent
            out += [p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    out += [x for c in out for x in c.conjuncts if x.pos_ == c.pos_ and x.i > c.i]
    # what is to stop or go on is asked too: "to stop supplying drones to Russia"
    out += [x for c in list(out) if c.lemma_.lower() in STOP_VERBS | PHASE_VERBS | {"end"}
            for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and x.i > c.i]
    return out


def _asked_infinitive(verb: Token) -> Token | None:
    """The infinitive of what an appeal or demand addressed to someone asks, when the parser
    makes it a purpose clause: "called on Hamas to free the hostages" ("free" an advcl of
    "called"). Only right after whom it is addressed to, with no subject of its own."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep"
             and c.lower_ in ("on", "upon", "to", "with")]
    ends = {h.right_edge.i for h in heads}
    return next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                 and to_infinitive(c) and c.left_edge.i - 1 in ends and not any(
                     s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children)), None)


def _passive_asked(verb: Token) -> bool:
    """An appeal or demand in the passive with its maker named: "Serbia was called on by
    NATO to reduce its troops" asks the subject (who is named as asking is the source)."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and any(
        c.dep_ == "agent" for c in verb.children)


def _addressed(verb: Token) -> bool:
    """Whether an appeal or demand names whom it is addressed to ("urged Turkey to", "called
    on Sweden to", "told reporters")."""
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for c in verb.children)


def _controlled_verbs(verb: Token) -> list[Token]:
    """Clause verbs whose words may choose a verb's row: an infinitive with its own subject
    ("allowed Ouattara to run"), a "from" clause ("barred Iran from buying arms")."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
           and c.i > verb.i and to_infinitive(c)]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    if verb.lemma_.lower() in STOP_VERBS:
        # "stopped supplying gas to Moldova": the act stopped (its gerund) is what is cut
        out += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                and c.i > verb.i]
    # through a verb of phase: "prepared to resume shelling", "allowed them to begin voting"
    out += [x for c in out if c.lemma_.lower() in PHASE_VERBS for x in c.children
            if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB" and x.i > c.i]
    return out


def _stems(verb: Token) -> tuple[str, ...]:
    """Candidate base forms of an inflected verb, from its spelling."""
    w = verb.lower_
    if verb.tag_ == "VBZ" and w.endswith("s"):
        return (w[:-1], w[:-2])
    if verb.tag_ in ("VBD", "VBN") and w.endswith("ed"):
        return (w[:-1], w[:-2])
    if verb.tag_ == "VBG" and w.endswith("ing"):
        return (w[:-3] + "e", w[:-3])
    return ()


def _judged(tok: Token, table: dict[tuple[str, str], str]
            ) -> tuple[str, Token, list[Token]] | None:
    """(code, clause verb, the judged act's phrase) when `tok` is a word of condemnation in a
    judging place: the predicate ("X is unwarranted", "X is a ploy", "X undermines ..."), or
    a qualifier of the subject ("X's reckless actions posed ...", "X's hypocrisy is ...")."""
    lemma = tok.lemma_.lower()
    word = tok
    if tok.pos_ in ("ADJ", "VERB") and (("adjective", lemma) in table
                                        or ("adjective", tok.lower_) in table):
        cameo = table.get(("adjective", lemma)) or table[("adjective", tok.lower_)]
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head  # "brazen and reckless"
        if word.dep_ == "acomp":
            verb = word.head
            return cameo, verb, clause_subject(verb)
        if word.dep_ not in ("amod", "nmod"):
            # "Iran's proxies are destabilizing the region": the verb row, if any
            return (table[("verb", lemma)], tok, clause_subject(tok)) \
                if tok.pos_ == "VERB" and ("verb", lemma) in table else None
        noun = word.head
    elif tok.pos_ == "NOUN" and ("noun", lemma) in table:
        cameo, noun = table[("noun", lemma)], tok
    elif tok.pos_ == "VERB" and ("verb", lemma) in table:
        return table[("verb", lemma)], tok, clause_subject(tok)
    else:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return cameo, noun.head, phrase(noun)
    if noun.dep_ == "attr":
        return cameo, noun.head, clause_subject(noun.head)
    return None


def _speakers(said: list[Mention]) -> list[Mention]:
    """Who can judge: a state, its officials ("Blinken said ..."), an organisation."""
    return [m for m in said if m.actor.kind in ("state", "person", "organisation")]


def _agent_slot(act: list[Token]) -> list[Token]:
    """The judged act's own agent words: the phrase without what hangs on its prepositions
    (other than "by", "of" after a word of conduct: "the actions of Iran", and "of" after a
    place word: "the capital city of Algiers") or clauses,
    so that "the situation for civilians in Ukraine" judges no one and "Iran's reckless
    actions against Israel" judges Iran (but "the invasion of Ukraine" names a victim)."""
    inside = {t.i for t in act}
    cut = {d.i for t in act if t.dep_ in ("prep", "relcl", "acl") and t.head.i in inside
           and not (t.lower_ == "by" or t.lower_ == "of" and t.head.lemma_.lower() in
                    CONDUCT_NOUNS | PLACE_NOUNS) for d in t.subtree}
    return [t for t in act if t.i not in cut]


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


def _dyad(noun: Token, mentions: list[Mention]) -> bool:
    """Two parties joined by a hyphen before the noun ("the Israel-Hamas war"): a pair named
    as a label, not an agent."""
    doc = noun.doc
    ordered = sorted(mentions, key=lambda m: m.token_start)
    return any(b.token_start == a.token_end + 1 and doc[a.token_end].text in ("-", "–")
               and a.actor.party != b.actor.party
               for a, b in zip(ordered, ordered[1:], strict=False))
