"""Which pattern row a predicate matches: the verb, its particles and the words around it
(object, complement, purpose clause, the noun a participle describes) choose among the
verb's rows (patterns/verbs.tsv); a threat's own code is chosen by the act threatened."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from accord.events.home import (
    APPEAL_ROOTS,
)
from accord.events.implicit import FORCE_ROOTS as VIOLENT_ROOTS
from accord.events.implicit import (
    Places,
)
from accord.events.syntax import (
    CLAUSE_DEPS,
    LOCATION_PREPS,
    clause_subject,
    complement,
    complement_tokens,
    for_clause,
    mentions_in,
    misread_predicate,
    needed,
    np_text,
    object_tokens,
    particles,
    pronoun_antecedent,
    to_infinitive,
)
from accord.knowledge.patterns import NO_EVENT, Patterns, VerbPattern
from accord.records import Mention

# prepositions whose clause names the act a verb's row is chosen by: "from" for any verb
# ("barred Iran from buying arms"), the charge of a verb of charging or accusing
CLAUSE_PREPS = {"charge": ("from", "with"), "accuse": ("from", "of"),
                "indict": ("from", "for"), "arrest": ("from", "for")}

MEANS_ROOTS = ("18", "20")

# verbs that tell harm by its victims: "two Turkish soldiers were killed in a PKK attack",
# "six policemen died in a Taliban raid" (who the act named by the noun struck)
HARMED_VERBS = {"kill", "wound", "injure", "hurt", "maim", "die", "murder"}

# the generic appeal and demand (020, 100) of a verb with no row for what it asks: the verb
# whose rows list what appeals and demands ask for ("called on Belgrade to resume talks" is
# 026 as "urged Belgrade to resume talks" is)
ASK_TABLES = {"020": "urge", "100": "demand"}

# verbs of characterising whose code is chosen by what the object is called, not by the
# object ("described the drills as a provocation", "portrayed Tokyo as a reliable partner"):
# their rows are those of "describe", matched against the words of the "as" complement alone
CHARACTERISE_VERBS = {"describe", "characterise", "characterize", "portray", "depict", "term",
                      "paint"}
CHARACTERISE_ROWS = "describe"

# verbs that, with "to", resume what they go back to ("return to the negotiating table")
RETURN_VERBS = {"return"}
# goods taken in: "took delivery of Russian jets", "took possession of the drones" and a
# finite "got shells from Pyongyang" are received (the "receive" rows); "went to get shells"
# (an infinitive) keeps the rows of "get", which seek them
RECEIVE_VERB, RECEIPT_NOUNS, GET_VERB = "receive", {"delivery", "possession"}, "get"

# rallying support ("lobbied for Ukraine's membership", 053): with a "for X to do Y" clause,
# an appeal to X
RALLY_ROOT = "05"

# an object constraint that matches a named place ("captured Kyiv": territory, not an arrest)
PLACE_OBJECT = "@place"

# an attempt at force or coercion was made: CAMEO codes the attempt as the act, and names
# an attempted assassination apart (185)
ATTEMPT_VERBS = {"attempt", "try"}

ATTEMPTED_CODES = {"186": "185"}

# verbs of beginning, resuming or going on with an act named by their complement
PHASE_VERBS = {"resume", "begin", "start", "continue", "restart", "renew", "keep"}

# verbs whose subject may be the instrument that chooses the row ("the sanctions target")
INSTRUMENT_VERBS = {"target", "hit"}
# verbs whose subject is their infinitive's ("troops appeared to be massing"), and the phases
# of an act ("troops began massing near the border")
RAISING_VERBS = {"appear", "seem"} | PHASE_VERBS

READY_WORDS = {"ready", "prepared", "willing", "poised"}

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

# peacekeepers pulled out: a threat only "unless" a demand is met ("will pull its
# peacekeepers out unless the government pays them" 136); troops of a war pulled out are a
# concession ("will withdraw from Syria unless Damascus disarms the militias")
PULLOUT, PULLOUT_THREAT = "087", "136"
KEEPER_WORDS = {"peacekeeper", "peacekeeping", "observer", "monitor", "contingent", "mission"}


def pullout_threat(act: str, verb: Token) -> str | None:
    """The threat of pulling peacekeepers out, for an act of that code ("087") whose
    object names them, or None."""
    return PULLOUT_THREAT if act == PULLOUT and any(
        t.lemma_.lower() in KEEPER_WORDS for c in verb.children if c.dep_ == "dobj"
        for t in c.subtree) else None

# phrasal verbs whose particle takes no object: "gave in to pressure", "caved in"
INTRANSITIVE_PHRASALS = {"give in", "cave in"}

# relative pronouns the parser may make a relative clause's object ("the sanctions that
# Washington imposed")
RELATIVE_WORDS = {"that", "which"}

# verbs of stopping, whose gerund is the act stopped ("stopped supplying gas"), not an act
STOP_VERBS = {"stop", "halt", "cease", "suspend", "quit"}

# a threat of force whose content is a sanction threatens the sanction
FORCE_THREAT, SANCTIONS_THREAT = "138", "1312"

# verbs of letting another act, whose clause's object chooses the row
PERMIT_VERBS = {"allow", "permit", "let"}
# verbs whose object's "in" phrase is the state it is found in ("found Iran in
# breach": the row of "find" + breach)
STATE_FINDING_VERBS = {"find"}
# an investigation opened, launched, held...: a light verb's row codes the generic 090, and
# what is looked into chooses the sub-code by the rows of the verb "investigate" ("opened an
# inquiry into the killings" 091, "launched a probe into war crimes" 094)
INVESTIGATE = "090"
INVESTIGATE_VERB = "investigate"
# nouns of an investigation
INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe", "inquest", "hearing"}
# bodies named by what they do: "a commission of inquiry", "a court of inquiry"
BODY_NOUNS = {"commission", "committee", "panel", "court", "board", "mission"}
# laws and bills, and the verbs whose undoing of one an appeal asks for as its repeal (a
# change of policy)
LEGISLATION_NOUNS = {"law", "bill", "legislation", "decree", "ordinance"}
UNDOING_LAW_VERBS = {"withdraw", "drop", "scrap", "suspend", "shelve", "cancel", "abandon",
                     "reverse", "end", "stop", "halt"}
REPEAL = "repeal"
# adjectives of quality that share their spelling with an act asked for: "to hold free
# elections" asks for elections, not for someone to be freed
QUALITY_ADJECTIVES = {"free"}
# nouns of a part or number of people that name no kind themselves ("a first batch of
# peacekeepers arrived"): what their "of" names is the subject's word
GROUP_NOUNS = {"batch", "group", "detachment", "team", "unit", "wave", "squad", "number",
               "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
# proposals and requests whose infinitive names what is proposed ("Russia's offer to
# mediate", "Turkey's request to resume talks")
OFFER_NOUNS = {"offer", "proposal", "bid", "initiative", "invitation", "suggestion", "request"}


def asked_infinitive(verb: Token) -> Token | None:
    """The infinitive of what an appeal or demand addressed to someone asks, when the parser
    makes it a purpose clause: "called on Hamas to free the hostages" ("free" an advcl of
    "called"). Only right after whom it is addressed to, with no subject of its own."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep"
             and c.lower_ in ("on", "upon", "to", "with")]
    ends = {h.right_edge.i for h in heads}
    return next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                 and to_infinitive(c) and c.left_edge.i - 1 in ends and not any(
                     s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children)), None)


def passive_asked(verb: Token) -> bool:
    """An appeal or demand in the passive with its maker named: "Serbia was called on by
    NATO to reduce its troops" asks the subject (who is named as asking is the source)."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and any(
        c.dep_ == "agent" for c in verb.children)


def addressed(verb: Token) -> bool:
    """Whether an appeal or demand names whom it is addressed to ("urged Turkey to", "called
    on Sweden to", "told reporters")."""
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for c in verb.children)


def called_as(verb: Token) -> list[Token]:
    """What a verb of characterising calls its object: its "as" phrase ("described the
    launch as reckless", "as an act of aggression"), or a bare complement after the object
    ("termed the vote a farce")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    out: list[Token] = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in ("oprd", "npadvmod", "ccomp", "xcomp", "advcl") and obj is not None and \
                c.i > obj.right_edge.i and c.pos_ in ("NOUN", "ADJ"):
            # "termed the vote a farce", "described the vote as illegitimate" parsed as a
            # clause with "as" its modifier
            out.extend(c.subtree)
    if out:
        return out
    # the "as" phrase, on the verb or on a word of its object or place phrase, which the
    # parser at times hangs it on ("described Chinese flights as harassment", "described
    # ships in its waters as a violation"), not in a clause of its own
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ != "as" or t.dep_ != "prep":
            continue
        up = t.head
        while up.i != verb.i and up.dep_ not in CLAUSE_DEPS and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            return [d for d in t.subtree if d.i != t.i]
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


class Rows:
    """The rows of the verb patterns a predicate matches; the place rows need the
    gazetteer."""

    def __init__(self, patterns: Patterns, places: Places | None = None) -> None:
        self.patterns = patterns
        self.places = places

    def verb_pattern(self, verb: Token) -> tuple[str, bool, str | None] | None:
        """(cameo, object-specific?, object text) for a verb, or None."""
        coded = self.pattern(verb)
        return coded[:3] if coded is not None else None

    def pattern(self, verb: Token) -> tuple[str, bool, str | None, Token | None] | None:
        """verb_pattern, plus the complement clause when its words chose the code."""
        if verb.lemma_.lower() in CHARACTERISE_VERBS:
            return self.characterised(verb)
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
            lemmas |= {o.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                       and c.i > verb.i and to_infinitive(c) for o in c.children
                       if o.dep_ == "dobj"}
            # "let UN inspectors in", "let aid trucks cross into the region": who is let
            # in, parsed as the subject of a bare clause
            lemmas |= {t.lemma_.lower() for c in verb.children if c.dep_ == "ccomp"
                       and c.i > verb.i and not to_infinitive(c) for o in c.children
                       if o.dep_ == "nsubj" for t in [o, *o.children]
                       if t is o or t.dep_ in ("compound", "amod")}
        if verb.lemma_.lower() in STATE_FINDING_VERBS:
            # "found Iran in breach of its obligations": the state an object is found in
            lemmas |= {p.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                       and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"}
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
        # "accepted Russia's offer to mediate", "rejected Kenya's proposal to mediate",
        # "agreed to Turkey's request to resume talks": what an offer or request accepted or
        # rejected is to do names the act
        offers = [o for o in verb.children if o.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]
        lemmas |= {t.lemma_.lower() for o in offers if o.lemma_.lower() in OFFER_NOUNS
                   for c in o.children if c.dep_ == "acl" and c.pos_ == "VERB"
                   and to_infinitive(c) for t in (c, *(d for d in c.children
                                                       if d.dep_ == "dobj"))}
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
        # "sold missiles to Chad, which could use them against Sudan": an
        # object pronoun stands for the nearest thing of its number before it
        lemmas |= {a.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
                   and (a := pronoun_antecedent(c)) is not None}
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
                    # "a first batch of Kenyan peacekeepers arrived": the group's members
                    lemmas |= {t.lemma_.lower() for m in c.children if m.dep_ == "prep"
                               and m.lower_ == "of" and c.lemma_.lower() in GROUP_NOUNS
                               for p in m.children if p.dep_ == "pobj"
                               for t in (p, *(a for a in p.children if a.dep_ == "compound"))}
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
                        # "the mandate of the peacekeeping mission was extended"
                        lemmas |= {t.lemma_.lower() for m in c.children
                                   if m.dep_ == "prep" and m.lower_ == "of"
                                   and c.lemma_.lower() in ("state", "mandate")
                                   for p in m.children if p.dep_ == "pobj"
                                   for t in (p, *(a for a in p.children
                                                  if a.dep_ in ("amod", "compound")))}
                        # "a commission of inquiry was set up": a body's "of" names its kind
                        lemmas |= {p.lemma_.lower() for m in c.children
                                   if m.dep_ == "prep" and m.lower_ == "of"
                                   and c.lemma_.lower() in BODY_NOUNS
                                   for p in m.children if p.dep_ == "pobj"}
        if verb.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
            # "Turkish tanks were seen massing along the frontier", "troops were reported
            # moving toward the border": the subject of a passive of seeing or reporting is
            # the participle's, and chooses its row as an intransitive's subject does; so
            # is that of a verb of seeming ("troops appeared to be massing")
            lemmas |= {c.lemma_.lower() for c in verb.head.children
                       if (c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and
                           verb.head.lemma_.lower() in RAISING_VERBS) and c.pos_ == "NOUN"}
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
        pat = self.lookup(verb, lemmas)
        inquiry = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                        and c.lemma_.lower() in INQUIRY_NOUNS), None)
        if inquiry is not None and pat is not None and not pat.cameo.startswith(
                INVESTIGATE[:2]):
            # "opened an inquiry into the attack on the consulate": the investigation the
            # verb opens is the act, not a word of what it looks into (not "opened a
            # consulate"); a verb with no investigation row keeps its own ("urged an
            # inquiry")
            opened = self.lookup(verb, {inquiry.lemma_.lower()})
            if opened is not None and opened.objects and opened.cameo.startswith(
                    INVESTIGATE[:2]):
                pat = opened
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
            comp = asked_infinitive(verb)  # "called on Hamas to free the hostages"
        if comp is not None:
            words = complement_tokens(comp)
            narrower = self.asked_for(verb, pat, comp, words) if pat is not None else None
            if narrower is None:
                narrower = self.lookup(verb, lemmas | {t.lemma_.lower() for t in words})
            # an intent to do an act that is coded itself is that act, intended ("agreed to
            # work towards a treaty" is 057, intended): no second event; a verb with a code
            # of its own (a refusal, a threat) is an act besides its complement
            coded = self.pattern(comp) if narrower is not None else None
            force = coded
            if force is None and narrower is not None and comp.lemma_.lower() in PHASE_VERBS:
                # "prepared to resume shelling": the act resumed
                force = next((self.pattern(c) for c in comp.children
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
                coded = self.pattern(comp)
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
        if pat is not None and pat.cameo in ASK_TABLES and pat.objects and \
                (need := needed(verb)) is not None:
            # "stressed the need for Serbia to recognise Kosovo": what the party is to do
            # names the appeal, as "called on Serbia to recognise Kosovo" does
            found = self.ask_row(ASK_TABLES[pat.cameo], complement_tokens(need[0]))
            if found is not None and found.objects and found.cameo != NO_EVENT and \
                    found.cameo[:2] in APPEAL_ROOTS:
                pat = replace(found, cameo=pat.cameo[:2] + found.cameo[2:])
        if pat is None or pat.cameo == NO_EVENT:
            return None
        if pat.cameo == INVESTIGATE and pat.objects:
            pat = replace(pat, cameo=self.investigated(lemmas))
        if not pat.objects:
            # a purpose clause specifies a general verb: "is working with Iran to produce
            # drones" is military cooperation
            purpose = [t for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                       and to_infinitive(c) for t in [c, *object_tokens(c)]]
            narrower = self.lookup(verb, lemmas | {t.lemma_.lower() for t in purpose}) \
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
        if cameo == FORCE_THREAT and comp is not None and self.sanctions_in(verb, comp):
            # "vowed to retaliate against U.S. tariffs", "vowed to retaliate if Washington
            # imposes tariffs": retaliation for sanctions threatens sanctions, not force
            cameo = SANCTIONS_THREAT
        return cameo, bool(pat.objects), text, comp

    def characterised(self, verb: Token) -> tuple[str, bool, str | None, Token | None] | None:
        """ "described the drills as a dangerous escalation" (111), "characterised the
        shelling as a war crime" (1124), "described relations with Rabat as excellent" (051):
        what a verb of characterising calls its object chooses the row of "describe"; the
        object itself chooses nothing ("described the threat in detail" codes nothing), nor
        does a complement that is negated ("described it as not hostile")."""
        said = called_as(verb)
        if not said or any(t.dep_ == "neg" or t.lower_ in ("not", "no", "never")
                           for t in said):
            return None
        lemmas = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
        lemmas |= {c.lower_ + t.lemma_.lower() for t in said for c in t.children
                   if c.dep_ == "compound" and c.i == t.i - 1}  # "war crime": "warcrime"
        pat, _ = self.patterns.verb_code(CHARACTERISE_ROWS, set(), lemmas)
        if pat is None or not pat.objects or pat.cameo == NO_EVENT:
            return None
        head_obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return pat.cameo, True, np_text(head_obj) if head_obj is not None else None, None

    def investigated(self, lemmas: set[str]) -> str:
        """The sub-code of an investigation opened, launched or held (a light verb's row, an
        event noun): what is looked into, by the rows of "investigate" ("an inquiry into
        the killings" 091, "a probe into war crimes" 094); 090 when none names it."""
        sub, _ = self.patterns.verb_code(INVESTIGATE_VERB, set(), lemmas)
        if sub is not None and sub.objects and sub.cameo != NO_EVENT:
            return sub.cameo
        return INVESTIGATE

    def asked_for(self, verb: Token, pat: VerbPattern, comp: Token, words: list[Token]
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
                addressed(verb) or passive_asked(verb) or any(
                    s.dep_ == "nsubj" for s in comp.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i < comp.i
                    for c in verb.children) or for_clause(verb) is not None):
            return None
        found = self.ask_row(table, words)
        if found is None or not found.objects or found.cameo == NO_EVENT or \
                found.cameo[:2] not in APPEAL_ROOTS:
            return None
        if found.cameo[:2] != pat.cameo[:2]:
            # the same request in the verb's own root: "called on" appeals, "demanded" demands
            found = replace(found, cameo=pat.cameo[:2] + found.cameo[2:])
        return found

    def ask_row(self, table: str, words: list[Token]) -> VerbPattern | None:
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
        # a phrasal verb is one word: "lay down" ("laydown") is to yield, "lay" is not; so
        # is "back away", its "away" parsed as an adverb
        phrasal = {t.i: t.lemma_.lower() + p.lower_ for t in verbs for p in t.children
                   if p.dep_ == "prt" or p.dep_ == "advmod" and p.lower_ == "away"}
        # "to withdraw the foreign agents law", "to drop the bill": a law undone is repealed
        # (a change of policy), no pull-back and no end of hostilities
        phrasal |= {t.i: REPEAL for t in verbs if t.lemma_.lower() in UNDOING_LAW_VERBS
                    and any(c.dep_ == "dobj" and c.lemma_.lower() in LEGISLATION_NOUNS
                            for c in t.children)}
        acts = {phrasal.get(t.i, t.lemma_.lower()) for t in verbs} - PHASE_VERBS - \
            STOP_VERBS - {"end"}
        found, _ = self.patterns.verb_code(table, set(), acts)
        if found is None or not found.objects:
            asked = {t.lemma_.lower() for t in words if t.pos_ in ("VERB", "NOUN", "ADJ")
                     and not (t.dep_ == "amod" and t.lemma_.lower() in QUALITY_ADJECTIVES)}
            found, _ = self.patterns.verb_code(table, set(), asked | set(phrasal.values()))
        return found

    def sanctions_in(self, verb: Token, comp: Token) -> bool:
        """Whether a threat's complement, or the condition it is made on, is a sanction."""
        acts = [comp] + [c for v in (verb, comp) for c in v.children if c.dep_ == "advcl"
                         and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                 for m in c.children)]
        return any((sub := self.pattern(a)) is not None and sub[0] == "163" for a in acts)

    def lookup(self, verb: Token, lemmas: set[str]) -> VerbPattern | None:
        parts = particles(verb)
        lemma = verb.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in RECEIPT_NOUNS
                                   for c in verb.children) or \
                lemma == GET_VERB and not to_infinitive(verb) and verb.dep_ != "xcomp":
            received, _ = self.patterns.verb_code(RECEIVE_VERB, set(), lemmas)
            if received is not None and received.objects:
                return received
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

    def place_row(self, verb: Token, mentions: list[Mention]) -> str | None:
        """The code of a verb's "@place" row when its object is a named place: a state or
        capital name, or a town the gazetteer knows ("attempted to capture Kyiv"), not a
        person ("captured Maduro"); for a row with a preposition, that preposition's object
        ("advanced toward Pokrovsk")."""
        if self.places is None:
            return None
        row = self.lookup(verb, {PLACE_OBJECT})
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

    def means_code(self, verb: Token) -> str | None:
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

    def harming_act(self, verb: Token, agent: list[Token]) -> tuple[Token, str] | None:
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

    def threatened(self, cameo: str, verb: Token, content: list[Token],
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
            sub = self.pattern(c)
            if sub is None:
                continue
            violent = sub[0][:2] in ("18", "19", "20") and any(
                o.dep_ == "dobj" for o in c.children)
            mapped = threat_code(sub[0]) if sub[1] or violent else None
            if mapped is not None and not cameo.startswith(mapped):
                return mapped
            return cameo
        return cameo
