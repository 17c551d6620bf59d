"""Reading the dependency parse: phrases, subjects, objects, complements.

The coder's grammar, kept apart from its decisions (accord.events.coder): which tokens
belong to an actor description, who is the subject of a clause (passives, relative
clauses, control), what a verb's objects and complement clause are.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Token

from accord.records import Mention

# dependents that start a clause of their own: their actors belong to another predicate
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
TARGET_PREPS = {"with", "to", "against", "on", "toward", "towards", "from", "at", "into",
                "around",
                "over", "for", "upon", "onto", "between", "among", "of", "about", "across",
                "inside", "within", "by"}
LOCATION_PREPS = {"in", "at", "near", "outside"}
SAY_VERBS = {"say", "tell", "report", "add", "note", "state", "announce", "claim", "write",
             "quote", "cite", "mention", "emphasize", "emphasise", "stress", "suggest",
             "insist", "assert", "declare", "explain", "confirm", "acknowledge", "argue",
             "describe", "indicate", "reveal", "disclose", "remark", "reiterate", "underline",
             "highlight", "point"}
REPORTER_NOUNS = {"media", "agency", "newspaper", "television", "tv", "outlet", "report",
                  "reports", "source", "sources", "official", "officials", "spokesman",
                  "spokesperson", "spokeswoman", "broadcaster", "daily", "press", "reporter",
                  "journalist", "analyst", "analysts", "observer", "observers", "diplomat",
                  "diplomats", "account"}
SUFFER_VERBS = {"face", "suffer", "endure", "fear", "condemn", "denounce", "criticize",
                "criticise", "oppose", "reject", "protest", "lift", "ease", "evade", "dodge",
                "neutralize", "neutralise", "circumvent", "escape", "survive", "be"}
# verbs whose object names the act their subject performs
NOMINAL_GOVERNORS = {"announce", "order", "launch", "begin", "start", "conduct", "carry",
                     "continue", "stage", "hold", "undertake", "resume", "complete",
                     "intensify", "escalate", "mount", "approve", "authorize", "authorise",
                     "unveil", "step", "expand", "execute", "perform", "renew", "reiterate",
                     "repeat", "issue", "lodge", "make", "send", "deliver",
                     "stag"}  # the small model's lemma of every form of "stage"
AGREEMENT_NOUNS = {"agreement", "treaty", "deal", "accord", "pact", "memorandum", "partnership",
                   "alliance", "arrangement", "declaration", "document", "contract"}


# verbs whose object, not subject, does what their infinitive says ("urged Turkey to ratify";
# not "used drones to strike", "sent troops to attack")
OBJECT_CONTROL = {"urge", "ask", "press", "encourage", "invite", "tell", "force", "allow",
                  "permit", "persuade", "push", "request", "order", "instruct", "enable",
                  "compel", "pressure", "advise", "warn", "remind", "authorize", "authorise",
                  "implore", "exhort", "convince", "lobby", "beg", "embolden", "inspire",
                  "incite"}

# verbs of showing or seeing whose object does what their participle says ("footage showed
# Azerbaijani artillery shelling the villages"; the small parser hangs the participle on the
# verb)
PERCEPTION_VERBS = {"show", "see", "depict", "film", "capture", "spot", "watch"}


def shown_doing(verb: Token) -> bool:
    """A participle without a subject hung on a verb of showing or seeing with an object."""
    return verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBG" and \
        verb.head.lemma_.lower() in PERCEPTION_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and any(
            c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)


# nouns whose infinitive is done by whoever has them: the possessor, else the subject of the
# verb they are the object of ("made the decision to apply", "took steps to expel")
CONTROL_NOUNS = {"decision", "plan", "step", "action", "measure", "effort", "attempt", "bid",
                 "move", "authority", "power", "commitment", "pledge", "promise",
                 "opportunity", "chance", "initiative", "intention", "resolve",
                 "determination", "readiness", "willingness", "ability", "capacity",
                 "capability", "plot", "conspiracy", "scheme"}
# nouns of a planned act whose infinitive is that act ("a plot to kill the minister")
INTENT_NOUNS = {"plot", "plan", "attempt", "bid", "conspiracy", "scheme"}
# verbs whose subject has, or puts in place, the forces their object names ("has troops
# encircling Ukraine", "deployed warships patrolling the strait")
FORCE_OWNERS = {"have", "deploy", "station", "mass", "amass", "keep", "maintain", "position"}
# verbs that undo, oppose or judge such a noun: their subject need not be who would act
UNDOING_VERBS = {"cancel", "abandon", "drop", "scrap", "shelve", "suspend", "reject", "oppose",
                 "deny", "condemn", "criticize", "criticise", "denounce", "welcome", "praise",
                 "support", "back", "urge", "question", "block", "halt", "reverse", "freeze",
                 "postpone", "delay", "revoke", "refuse", "decline", "protest", "challenge",
                 "veto", "thwart", "foil", "frustrate", "derail", "doubt", "dismiss",
                 # who finds out a plot does not carry it out
                 "uncover", "expose", "discover", "disrupt", "smash"}

# nouns of a gathering or campaign whose infinitive is done by those who hold it ("were
# converging for a rally to protest ...", "launched a campaign to oust the president")
GATHERING_NOUNS = {"rally", "demonstration", "protest", "march", "strike", "campaign",
                   "gathering", "vigil", "sit", "boycott", "drive"}
# verbs whose subject holds or joins the gathering they govern, and the prepositions that
# join it ("staged a rally", "converged for a rally", "took to the streets in a march")
HOLDER_VERBS = NOMINAL_GOVERNORS | {"join", "attend", "converge", "gather", "assemble",
                                    "organize", "organise", "call", "lead", "come", "go",
                                    "march", "flock", "head", "turn", "hold", "stage"}
HOLDER_PREPS = {"for", "to", "in", "at"}
# participles that are their subject's own activity, not passives: "forces were engaged in
# ethnic cleansing" is the forces acting
STATIVE_IN = {"engage"}
# verbs whose infinitive the parser often hangs as a purpose clause ("have sworn to fight",
# "vowed to retaliate"): that infinitive is their complement
VOW_VERBS = {"swear", "vow", "pledge", "promise", "threaten", "resolve", "vote"}

# nouns that name a place ("the town of Gulu", "the capital city of Beirut"), shared by the
# coder's place targets and the actors' group placement
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district",
               "island", "port", "enclave", "republic", "state", "territory", "area", "camp",
               "suburb", "governorate", "oblast", "prefecture"}
# words that make people foreign wherever they are ("foreign workers", "migrant workers"):
# not the state's own population, nor a group it places
FOREIGN_WORDS = {"foreign", "foreigner", "migrant", "international", "overseas", "expatriate",
                 "western"}

# edges that stay inside one actor description ("Russia and Iran", "the DPRK's launch")
FREE_DEPS = {"conj", "cc", "compound", "amod", "poss", "appos", "det", "nmod", "nummod",
             "case", "punct", "preconj"}


QUOTES = frozenset("\"“”«»")


# the points of the compass: parts of a place ("in the north of Mali") and adverbs of where
# ("north of Baghdad")
CARDINAL_POINTS = frozenset({"north", "south", "east", "west"})
COMPASS_POINTS = CARDINAL_POINTS | {"northeast", "northwest", "southeast", "southwest"}
# adverbs of place that take their place through "of" ("outside of Kirkuk", "inside of the
# compound", "north of Baghdad"): read where the caller reads "outside"
OF_ADVERBS = {"outside", "inside"} | COMPASS_POINTS
# a body's motions put to a vote ("vetoed a resolution condemning X"): who tables or vetoes
# one (coref), and what its content is worth (modality: done only if it passes)
MOTION_NOUNS = frozenset({"resolution", "draft"})


def prep_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the prepositions `preps` on a word ("in Kabul"), also through an
    adverb of place and "of" ("outside of Kirkuk", "north of Baghdad") where `preps` takes
    "outside"."""
    preps = set(preps)
    out: list[Token] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [p for p in c.children if p.dep_ == "pobj"]
        if "outside" in preps and c.dep_ in ("advmod", "prep", "npadvmod") and \
                c.lower_ in OF_ADVERBS:
            out += [p for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                    for p in g.children if p.dep_ == "pobj"]
    return out


def in_quotes(tok: Token) -> bool:
    """Inside quotation marks of its sentence."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.text in QUOTES) % 2 == 1


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to" ("agreed to work", "the decision to apply")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def mentions_in(tokens: Iterable[Token], mentions: list[Mention]) -> list[Mention]:
    """The most prominent mentions in a phrase: those whose head lies in `tokens` at the
    smallest depth below the phrase's root ("condemned the DPRK's launch in violation of UN
    resolutions" targets the DPRK, not the UN)."""
    toks = {t.i: t for t in tokens}
    depth: dict[int, int] = {}
    doc = next(iter(toks.values())).doc if toks else None
    for m in mentions:
        head = m.token_end - 1
        if head not in toks and doc is not None and m.token_end - m.token_start > 1 and \
                m.token_end <= len(doc):
            # "a newspaper based in east Beirut": a mention that runs into a clause on its
            # noun stands where its syntactic head does
            head = doc[m.token_start:m.token_end].root.i
        if head not in toks:
            continue
        d, tok = 0, toks[head]
        while tok.head.i in toks and tok.head.i != tok.i:
            # an "of" inside a name is free: "the Democratic Republic of Congo" stands where
            # "Republic" does (not "militants in the Philippines", a group and its place)
            d += tok.dep_ not in FREE_DEPS and not (
                m.token_start <= tok.head.i < m.token_end and "of" in (tok.lower_,
                                                                       tok.head.lower_))
            tok = tok.head
        depth[id(m)] = d
    if not depth:
        return []
    best = min(depth.values())
    return [m for m in mentions if depth.get(id(m)) == best]


def phrase(tok: Token) -> list[Token]:
    """A noun phrase without its own clauses (relative clauses, appositions)."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS or child.dep_ == "punct" or _misattached_subject(child):
            continue
        out.extend(phrase(child))
    return out


def _misattached_subject(tok: Token) -> bool:
    """The subject of a later verb that the parser hung on a fronted phrase ("in the wake of
    the invasion of Ukraine, Finland had applied"): no part of the phrase it hangs on."""
    if tok.dep_ not in ("appos", "conj") or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    v = tok.head
    for _ in range(12):
        if v.pos_ in ("VERB", "AUX") and v.dep_ != "pcomp" or v.head.i == v.i:
            break
        v = v.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False
    fronted = _fronted_subject(v)
    return fronted is not None and fronted.i == tok.i


def misread_predicate(verb: Token) -> bool:
    """ "Israeli strikes killed at least 25 Palestinians", parsed as a noun phrase (the root
    "strikes" with "killed ..." describing it): a participle with a direct object of its own
    describes no noun (a passive one takes none), nor does a verb of dissent with neither
    object nor agent (UNDONE_VERBS), so it is the sentence's predicate and the noun before
    it its subject."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and \
        verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
        verb.head.i < verb.i and (any(c.dep_ == "dobj" for c in verb.children) or (
            verb.lemma_.lower() in UNDONE_VERBS and not any(c.dep_ == "agent"
                                                             for c in verb.children))) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# verbs of dissent told without an object that no one does to anyone ("Indian activists
# protested outside the Chinese embassy", parsed as a noun phrase): a participle of theirs
# with no object and no agent is the predicate, not a passive describing the noun
UNDONE_VERBS = {"protest", "demonstrate", "rally", "march", "riot"}


def misread_verb(tok: Token) -> bool:
    """A main verb the tagger read as a noun ("the army retook Omdurman", "retook" a noun):
    the root, with a subject and a direct object of its own."""
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and {"nsubj", "dobj"} <= deps


def _cleft_doer(verb: Token) -> list[Token]:
    """ "All Hungary did was deny it" parsed with "deny" as the root, "did" its clausal
    complement and "was" its auxiliary: the doer of "did" acts."""
    if not any(a.lemma_ == "be" and a.dep_ in ("aux", "auxpass") for a in verb.children):
        return []
    return [s for d in verb.children if d.dep_ == "ccomp" and d.lemma_.lower() == "do"
            and d.i < verb.i for s in d.children if s.dep_ == "nsubj"]


def clause_subject(verb: Token) -> list[Token]:
    """Subject tokens of a verb, following control, coordination and relative clauses."""
    if misread_predicate(verb):
        inside = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in inside and t.i <= verb.head.i]
    seen = 0
    v = verb
    while seen < 8:
        seen += 1
        # above the event verb, a passive governor's subject controls it ("is set to sign")
        deps = ("nsubj", "csubj", "expl") + (("nsubjpass",) if v is not verb or
                                              stative_in(v) else ())
        subs = [c for c in v.children if c.dep_ in deps] or [
            # "Iran's militias are destabilizing ...": the small parser may hang the subject
            # on the auxiliary
            g for a in v.children if a.dep_ == "aux" and a.i < v.i for g in a.children
            if g.dep_ == "nsubj"] or _cleft_doer(v)
        if subs:
            subj = subs[0]
            if subj.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                return _relative_antecedent(v.head)
            if subj.lower_ in ("who", "which") and (rel := _parenthetical_relative(v)):
                return _relative_antecedent(rel.head)
            return _with_companions(subj, v)
        holder = _gathering_holder(v)
        if holder is not None:
            if isinstance(holder, list):
                return holder
            v = holder
            continue
        if (taker := _effort_taker(v)) is not None:
            v = taker
            continue
        if v.dep_ == "relcl":
            return _relative_antecedent(v.head)
        if (plot := _stranded_intent(v)) is not None:
            # "police foiled an al-Shabaab plot to bomb the parliament", the infinitive hung
            # on the verb: it is the plot's, done by its owner; a plot foiled or uncovered
            # that names none is no one's (not the police's)
            owners = [c for c in plot.children if c.dep_ == "poss" or c.dep_ in (
                "compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in (
                    "GPE", "NORP", "ORG"))]
            if owners:
                return phrase(owners[0])
            if plot.head.lemma_.lower() in UNDOING_VERBS:
                return []
        if v.dep_ == "ccomp" and v.lemma_ == "be" and v.head.lemma_.lower() == "do":
            v = v.head  # "all Russia did was deny": the doer of the cleft acts
            continue
        if v.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or (
                v.dep_ == "pobj" and v.pos_ == "VERB") or loose_conjunct(v):
            nxt = v.head
            objs = [c for c in nxt.children if c.dep_ == "dobj"]
            if v.dep_ in ("xcomp", "advcl") and objs and (
                    nxt.lemma_.lower() in OBJECT_CONTROL or shown_doing(v)):
                # "urged Turkey and Hungary to conclude ...", "footage showed artillery
                # shelling the villages": the object acts
                return phrase(objs[0])
            if nxt.dep_ == "prep":
                if nxt.lower_ in ("for", "from", "of", "against") and v.dep_ == "pcomp":
                    # "condemn X for providing ...": X does the providing; "blocked X from
                    # sending ...": X would have sent; "accused X of arming", "warned X
                    # against attacking": X is said to arm, would attack
                    objs = [c for c in nxt.head.children if c.dep_ == "dobj"]
                    if objs:
                        return phrase(objs[0])
                if nxt.lower_ == "by" and v.dep_ == "pcomp" and nxt.head.dep_ == "dobj" \
                        and nxt.head.pos_ == "NOUN":
                    # "violated the UN arms embargo by shipping weapons", the means hung on
                    # the object: done by the verb's subject, not the object's owner
                    nxt = nxt.head
                nxt = nxt.head
            if nxt.i == v.i:
                break
            v = nxt
            continue
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if v.head.lemma_.lower() in CONTROL_NOUNS and to_infinitive(v) and \
                    v.head.head.lemma_.lower() not in UNDOING_VERBS:
                # "made the decision to apply", "took steps to expel": who decides acts
                # (not "rejected the plan to ...", "cancel plans to ...")
                v = v.head
                continue
            owner = v.head.head
            forces = phrase(v.head)
            if v.tag_ == "VBG" and v.head.dep_ == "dobj" and owner.lemma_.lower() in FORCE_OWNERS \
                    and not any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in forces):
                # "Russia has 100,000 troops encircling Ukraine": whose forces they are acts
                # (not "Ukraine has Russian troops occupying its land": those name theirs)
                return forces + clause_subject(owner)
            return forces
        if v.pos_ == "NOUN" and v is not verb:
            # "its commitment to sending aid", "the U.S. commitment to bolster": the noun's
            # possessor or named modifier, else its verb's subject
            poss = [c for c in v.children if c.dep_ == "poss"] + [
                c for c in v.children if c.dep_ in ("compound", "nmod", "amod") and c.i < v.i
                and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))]
            if poss:
                return phrase(poss[0])
            if v.dep_ in ("dobj", "pobj", "nsubj") and v.head.i != v.i:
                v = v.head if v.head.dep_ != "prep" else v.head.head
                continue
        break
    if v.pos_ in ("VERB", "AUX"):
        # "Despite being members, Russia and China have protected ...": a subject the parser
        # hung on the fronted phrase
        fronted = _fronted_subject(v)
        if fronted is not None:
            return _with_companions(fronted, v)
    return []


def _stranded_intent(v: Token) -> Token | None:
    """The noun of intent ("plot", "plan", "attempt") right before an infinitive that the
    parser hung on the noun's verb instead of on it ("foiled a plot to bomb the parliament"),
    or None."""
    if v.dep_ not in ("advcl", "xcomp") or not to_infinitive(v):
        return None
    return next((o for o in v.head.children if o.dep_ == "dobj" and
                 o.lemma_.lower() in INTENT_NOUNS and o.right_edge.i == v.left_edge.i - 1),
                None)


def _gathering_holder(v: Token) -> list[Token] | Token | None:
    """ "Thousands were converging for a rally to protest the law", "staged a rally to
    demand ...": the infinitive a gathering noun takes is done by who holds it: the noun's
    agent ("a rally by students", "the union's strike"), else the verb it hangs from (whose
    subject clause_subject goes on to find); None for any other clause."""
    noun = v.head
    if v.dep_ not in ("relcl", "acl") or not to_infinitive(v) or \
            noun.lemma_.lower() not in GATHERING_NOUNS or noun.pos_ != "NOUN" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    agents = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"] + [
        c for c in noun.children if c.dep_ == "poss"]
    if agents:
        return phrase(agents[0])
    if noun.dep_ == "pobj" and noun.head.lower_ in HOLDER_PREPS:
        gov = noun.head.head  # "converging for a rally", "marched to a rally"
    elif noun.dep_ == "dobj":
        gov = noun.head  # "staged a rally"
    else:
        return None
    # not "police dispersed a rally to protest ...": the dispersers do not protest
    return gov if gov.pos_ == "VERB" and gov.lemma_.lower() in HOLDER_VERBS else None


# nouns of steps taken whose infinitive is the taker's act ("has taken steps to enhance press
# freedom"), and the verbs that take them; not "efforts to free the hostages" (an attempt,
# often another's act)
EFFORT_NOUNS = {"step", "measure"}
EFFORT_VERBS = {"take"}


def _effort_taker(v: Token) -> Token | None:
    """The verb whose subject acts in an infinitive hung on its object noun of effort ("the
    junta has taken steps to enhance press freedom": the junta enhances it), or None; the
    parser makes the infinitive a relative clause of the noun."""
    noun = v.head
    if v.dep_ not in ("relcl", "acl") or not to_infinitive(v) or noun.dep_ != "dobj" or \
            noun.lemma_.lower() not in EFFORT_NOUNS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    gov = noun.head
    return gov if gov.pos_ == "VERB" and gov.lemma_.lower() in EFFORT_VERBS else None


def stative_in(verb: Token) -> bool:
    """ "were engaged in ethnic cleansing": a participle of activity with its "in", whose
    grammatical subject acts (no agent)."""
    return verb.lemma_.lower() in STATIVE_IN and verb.tag_ == "VBN" and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def _parenthetical_relative(verb: Token) -> Token | None:
    """ "Russia, which officials say could use them", "an envoy who we believe will
    attend": the relative pronoun is the subject of a clause that a verb of saying or
    thinking with a subject of its own governs inside the relative clause; the parser makes
    that verb the relative clause and hangs the pronoun on the clause below it. The
    relative clause, or None."""
    gov = verb.head
    if verb.dep_ != "ccomp" or gov.dep_ != "relcl" or gov.i > verb.i or not any(
            c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")
            for c in gov.children):
        return None
    return gov


def _relative_antecedent(noun: Token) -> list[Token]:
    """What a relative clause is said of: its noun, or where that noun is an apposition
    that describes a name ("NATO, a defensive alliance that will not fight"), the name."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return phrase(noun.head)
    return phrase(noun)


def loose_conjunct(v: Token) -> bool:
    """ "will participate in the meetings, then travel to Poland": a later verb without a
    subject that the parser left loosely attached to an earlier one ("dep") is its
    conjunct and shares its subject."""
    return v.dep_ == "dep" and v.pos_ == "VERB" and v.i > v.head.i and \
        v.head.pos_ in ("VERB", "AUX")


COMPANION_WORDS = ("along", "together")


def _with_companions(subj: Token, verb: Token) -> list[Token]:
    """The subject's phrase and the parties named with it before the verb ("France,
    together with Germany, condemned ...", "Finland, along with Sweden, applied",
    "Britain, alongside Italy, imposed"): they act with it. Their words leave the subject's
    phrase, so that the parties stand as high as the subject itself."""
    parties: list[Token] = []
    skip: set[int] = set()
    for c in [*subj.children, *verb.children]:
        if c.dep_ != "prep" or c.i > verb.i:
            continue
        if c.lower_ == "along":
            prep = next((w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"),
                        None)
        elif c.lower_ == "alongside" or c.lower_ == "with" and c.i > 0 and \
                c.doc[c.i - 1].lower_ in COMPANION_WORDS:
            prep = c
        else:
            continue
        if prep is None:
            continue
        skip.update(t.i for t in c.subtree)
        stack = [p for p in prep.children if p.dep_ == "pobj"]
        while stack:  # the object and its conjuncts and appositions: "its neighbor Sweden"
            x = stack.pop()
            parties.append(x)
            stack += [d for d in x.children if d.dep_ in ("conj", "appos")]
    out = phrase(subj)
    if not parties:
        return out
    return [t for t in out if t.i not in skip] + parties


def _fronted_subject(verb: Token) -> Token | None:
    """ "In the wake of the invasion of Ukraine, Finland had applied ...": the parser hangs
    the subject on the fronted phrase (apposition, conjunct); the noun phrase that ends right
    before the verb (or its auxiliaries, or another fronted phrase) is the verb's subject.
    clause_subject takes it; phrase keeps it out of the fronted phrase."""
    left = [c for c in verb.children if c.i < verb.i]
    for c in left:
        if c.dep_ not in ("prep", "advcl", "punct"):
            continue
        # what may stand between that noun phrase and the verb: commas, auxiliaries and
        # adverbs, another fronted phrase ("Finland, along with Sweden, had applied")
        between = {t.i for o in left if o is not c for t in o.subtree}
        for a in c.subtree:
            if (a.dep_ in ("appos", "conj") and a.pos_ in ("PROPN", "NOUN")
                    # "in May 2022, Sweden and Finland—two partners—made ...": a name the
                    # parser hung on the comma as if it were a preposition
                    or a.dep_ == "prep" and a.pos_ == "PROPN" and a.head.is_punct) \
                    and a.i > a.head.i \
                    and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == "," and all(
                        i in between or a.doc[i].is_punct
                        for i in range(a.right_edge.i + 1, verb.i)):
                return a
    return None


# "will cut aid to Cairo unless it frees the activists": an act its actor commits to unless
# another does what it asks is a threat (CAMEO 13x), and so is one it commits to if another
# acts ("will impose sanctions if Russia invades": only hostile acts have a threat code, so
# "will sign if the terms are met" stays an offer); "may" or "could" commit to an act only
# unless a demand is met ("could pull out its troops unless Bamako pays them"), since "could
# strike if the talks fail" is as often a forecast
THREAT_CONDITIONS = {"unless"}
COMMITTED_CONDITIONS = {"unless", "if"}
COMMITTED_AUX = {"will", "would", "shall", "'ll", "wo"}
POSSIBLE_AUX = {"may", "might", "could"}


def on_condition(verb: Token) -> str | None:
    """The mark ("unless", "if") by which a verb tells an act its subject commits to
    ("will", "would") unless or if a condition is met ("will cut its aid unless Bamako
    holds elections", "would retaliate if attacked"), or may do unless one is ("could
    withdraw unless paid"); None for a negated act ("will not resume talks unless": a
    refusal), a past counterfactual ("would have struck if") or an unconditioned one."""
    aux = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in verb.children) or "have" in aux:
        return None
    marks = COMMITTED_CONDITIONS if aux & COMMITTED_AUX else \
        THREAT_CONDITIONS if aux & POSSIBLE_AUX else set()
    return next((m.lower_ for c in verb.children if c.dep_ == "advcl"
                 for m in c.children if m.dep_ == "mark" and m.lower_ in marks
                 and (m.lower_ != "if" or _party_acts(c))), None)


def _party_acts(clause: Token) -> bool:
    """Whether a condition is an act of a party named or referred to ("if Minsk attacks", "if
    they do not withdraw"), not a circumstance ("if the fighting spreads north")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (
        s.pos_ == "PRON" or s.ent_type_ in PARTY_ENTS) for s in clause.children)


PARTY_ENTS = {"GPE", "ORG", "NORP", "PERSON"}


# verbs of charging someone, whose charge ("of embezzling funds") the parser may give the
# passive's "by" agent
CHARGE_VERBS = {"accuse", "charge", "indict", "suspect", "convict"}
CHARGE_PREPS = {"of", "for", "with"}


def charged_by(verb: Token) -> list[Token]:
    """The agent of a passive verb of charging hung on the gerund of its charge ("accused of
    rigging the vote by Bosnian officials"): a "by" phrase of the gerund or of the charge's
    noun, the last of its words; not one on the gerund's object ("accused of funding
    attacks by Hamas"), nor on a passive gerund ("accused of being paid by Moscow")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in CHARGE_PREPS:
            continue
        for g in c.children:
            # the gerund, or the charge's own noun ("indicted for genocide by the tribunal")
            if g.dep_ not in ("pcomp", "pobj") or any(
                    a.dep_ == "auxpass" for a in g.children) or not list(g.children):
                continue
            if g.dep_ == "pobj" and any(m.dep_ == "compound" and m.lower_.endswith("ing")
                                        for m in g.children):
                continue  # "of funding attacks by ...": a gerund misread, its object's doer
            last = max(w.i for w in g.children if w.dep_ != "punct")
            out += [t for b in g.children if b.dep_ == "prep" and b.lower_ == "by"
                    and b.i == last for p in b.children if p.dep_ == "pobj"
                    for t in phrase(p)]
    return out


def passive_parts(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(agent tokens, patient tokens) of a passive verb, or None when active."""
    if stative_in(verb):
        return None
    patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if misread_predicate(verb):
        return None  # "Israeli strikes killed 25 Palestinians": active, whatever the parse
    bare = not patient and any(c.dep_ == "auxpass" and (
        verb.dep_ in ("pcomp", "advcl") or verb.dep_ == "xcomp" and c.lower_ == "being")
        for c in verb.children) and not any(
        c.dep_ in ("nsubj", "csubj") for c in verb.children)
    if bare:
        # "a prisoner died after being tortured by Israeli interrogators", "Russia denied
        # being attacked by Ukraine": a passive with no subject of its own is done to its
        # governor's subject
        patient = clause_subject(verb)
    if not patient and (verb.dep_ != "acl" or any(
            c.dep_ in ("nsubj", "aux") for c in verb.children)):
        # "reports that Iran has transferred missiles": a clause with its own subject or a
        # perfect auxiliary is active, not a participle describing its noun
        return None
    agent: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    agent = phrase(p)
                elif p.dep_ == "pcomp" and p.pos_ == "VERB" and any(
                        m.dep_ in ("amod", "compound", "poss") and m.i < p.i
                        for m in p.children):
                    # "were killed by Russian shelling": an act noun the parser took for a
                    # gerund (a gerund has no adjective); whose it is did it
                    agent = phrase(p)
    if not agent:
        # "was threatened with sanctions by Russia", the parser hanging the agent on what
        # the patient was threatened with
        agent = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj" for b in o.children
                 if b.dep_ == "prep" and b.lower_ == "by" and b.right_edge.i == o.right_edge.i
                 for p in b.children if p.dep_ == "pobj" for t in phrase(p)]
    if not agent and verb.lemma_.lower() in CHARGE_VERBS:
        # "was accused of rigging the vote by the opposition", "was indicted for genocide
        # by the UN tribunal": the parser hangs the agent on the charge
        agent = charged_by(verb)
    if bare:
        pat = patient
    elif patient:
        pat = phrase(patient[0])
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "the atrocities committed by the parties, particularly the crimes ... by the RSF":
        # what the participle describes, not what an apposition to it adds
        appositions = {t.i for a in verb.head.children if a.dep_ == "appos" for t in a.subtree}
        pat = [t for t in phrase(verb.head) if t.i not in appositions]
    else:
        pat = []
    if not patient and not pat:
        return None
    return agent, pat


def _with_clauses(verb: Token) -> list[Token]:
    """ "spoke today with Lavrov to discuss ...", misparsed with "with" as the mark of the
    purpose clause and its object as that clause's subject: those clauses."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            and any(s.dep_ == "nsubj" for s in c.children)]


def _stranded_object(verb: Token, prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in ...": a preposition left without an
    object because the parser made the noun after it the subject of the participle that
    follows: that noun phrase."""
    if any(p.dep_ in ("pobj", "pcomp") for p in prep.children):
        return []
    return [t for v in verb.children if v.dep_ in ("advcl", "conj") and v.i > prep.i
            for s in v.children if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1
            for t in phrase(s)]


# verbs whose direct object is what is talked about, not whom: "the two leaders discussed
# Ukraine" is a consultation between the leaders, not with Ukraine (who else takes part is
# "with": "discussed the war with Erdogan")
TOPIC_VERBS = frozenset(("discuss", "debate"))


def _misread_light_object(verb: Token) -> list[Token]:
    """ "The two sides had candid, substantive, and constructive discussions": a verb with a
    subject of its own that the parser hung, as an auxiliary, on the first of a row of
    adjectives (read as a participle) before its object: the noun they describe is its
    object (the verb's own words left out)."""
    head = verb.head
    if verb.dep_ != "aux" or head.dep_ != "amod" or head.head.pos_ != "NOUN" or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    own = {t.i for t in verb.subtree}
    return [t for t in phrase(head.head) if t.i not in own]


# object pronouns that stand for a thing named before them, with the noun tag of its number
THING_PRONOUNS = {"them": "NNS", "it": "NN"}


def pronoun_antecedent(pron: Token) -> Token | None:
    """The noun an object pronoun stands for: the nearest common noun of its number before it
    in the sentence ("sold ballistic missiles to Chad, which could use them":
    missiles). A guess the rows use to choose a code, never an actor."""
    tag = THING_PRONOUNS.get(pron.lower_)
    if tag is None:
        return None
    return next((t for t in reversed(pron.doc[pron.sent.start:pron.i])
                 if t.pos_ == "NOUN" and t.tag_ == tag), None)


def object_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Direct objects, datives, prepositional objects (not places) and particles' objects."""
    out: list[Token] = [t for c in _with_clauses(verb) for s in c.children
                        if s.dep_ == "nsubj" for t in phrase(s)]
    out.extend(_misread_light_object(verb))
    topic = verb.lemma_.lower() in TOPIC_VERBS
    for c in verb.children:
        if c.dep_ == "dobj" and topic:
            continue
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            out.extend(phrase(c))
            if c.dep_ == "dative":
                out.extend(_stranded_object(verb, c))
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            out.extend(_stranded_object(verb, c))
            for p in c.children:
                if c.lower_ == "on" and p.dep_ == "pobj" and \
                        (p.lower_ in ON_PLACE_NOUNS or p.lemma_.lower() in ON_PLACE_NOUNS):
                    continue  # "killed six people on the outskirts of Mogadishu": where
                # "condemn X for providing Russia with ...": a clause, not the target
                if p.dep_ == "pobj" or (p.dep_ == "pcomp" and p.pos_ != "VERB"):
                    out.extend(phrase(p))
            # "travel to Poland for meetings and on to Lithuania", "sent arms to Kyiv and to
            # Warsaw": a conjoined preposition's objects are the verb's too
            for cp in c.children:
                # "and on to Lithuania", "and to Warsaw"; not "and through Poland" (a route)
                if cp.dep_ != "conj" or cp.pos_ != "ADP" or not (
                        cp.lower_ == c.lower_ or cp.lower_ in TARGET_PREPS - {"from"}
                        or any(q.dep_ == "prep" and q.lower_ == "to" for q in cp.children)):
                    continue
                for p in (*cp.children, *(g for q in cp.children if q.dep_ == "prep"
                                          and q.lower_ in TARGET_PREPS for g in q.children)):
                    if p.dep_ == "pobj":
                        out.extend(phrase(p))
        elif c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_.lower() in STATIVE_IN:
            # "engaged in ethnic cleansing": the activity, not a place
            out.extend(t for p in c.children if p.dep_ == "pobj" for t in phrase(p))
        elif c.dep_ in ("prt", "agent"):
            # "is concerned by X" (an adjectival "by"); in a passive the agent is the source
            # and is left out of the targets by the caller
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(phrase(p))
                elif c.dep_ == "prt" and p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                    # "kidnapped up to 16 foreign advisers": a quantity's "up to" parsed as
                    # a particle with the object hung on its preposition
                    out.extend(t for q in p.children if q.dep_ == "pobj" for t in phrase(q))
        elif c.dep_ == "xcomp" and depth < 2 and c.pos_ in ("NOUN", "ADJ"):
            out.extend(phrase(c))
        elif c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(
                s.dep_ == "nsubj" for s in c.children):
            # a small clause: "make Morocco a full member"
            out.extend(phrase(c))
        elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
            # a small clause with an adjective: "found Russia liable for ...", its subject
            out.extend(t for s in c.children if s.dep_ == "nsubj" for t in phrase(s))
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB":
            # "help Belarus neutralize", "allowed Russian forces to use": the object of the
            # matrix verb is the subject of its complement
            out.extend(t for s in c.children if s.dep_ == "nsubj" for t in phrase(s))
            if c.lemma_.lower() in ENTRY_VERBS and any(
                    s.dep_ == "nsubj" and not any(p.dep_ == "poss" for p in s.children)
                    for s in c.children):
                # "allowed aid trucks to enter Gaza": where they are let in is aimed at too
                # (not where "its troops" go: a state sending its own)
                out.extend(t for d in c.children if d.dep_ == "dobj" for t in phrase(d))
    return out


# the parts of a place told with "on" ("on the outskirts of Mogadishu", "on the edge of
# Kaduna"): where an act happens, not whom it is aimed at
ON_PLACE_NOUNS = frozenset(("outskirts", "outskirt", "edge", "edges", "fringe", "fringes",
                            "periphery"))

# verbs of going into a place: what they enter in a complement ("let aid enter Gaza")
ENTRY_VERBS = frozenset(("enter", "reach"))


# verbs of flight: "refugees fleeing the war in Liberia" are Liberia's people
FLIGHT_VERBS = {"flee", "escape"}


# purposes that serve their object rather than act against it: "opened fire to protect the
# embassy" is not aimed at the embassy's state
SHELTERING_VERBS = {"protect", "defend", "guard", "secure", "save", "rescue", "help", "shield",
                    "support", "assist", "free", "evacuate", "escort"}


# verbs of using a means, whose infinitive complement is their purpose ("used water cannon
# to disperse protesters")
USE_VERBS = {"use", "employ", "deploy", "fire", "lob"}


def purpose_objects(tokens: list[Token]) -> list[Token]:
    """ "opened fire to disperse demonstrators", "blocked a road to show their disapproval of
    Washington's policies": an act whose direct object names no one is aimed at what the
    purpose infinitive after it acts on (its verb included, so that those words rank below
    the act's own). Not a purpose that shelters its object ("fired to protect the embassy")
    or one with a subject of its own, nor an act that only completes a noun ("rejected a
    US offer to host a summit to settle the dispute": no summit was hosted)."""
    inside = {t.i for t in tokens}
    verbs = {t.head.i: t.head for t in tokens if t.dep_ == "dobj" and t.head.i not in inside
             and t.head.pos_ == "VERB" and t.head.dep_ != "acl"}
    out: list[Token] = []
    for verb in verbs.values():
        for c in verb.children:
            # "used tear gas to disperse protesters": the parser makes the purpose of a verb
            # of using a complement (not "urged regional powers to end arms supplies")
            if (c.dep_ == "advcl" or c.dep_ == "xcomp" and verb.lemma_.lower() in USE_VERBS) \
                    and c.pos_ == "VERB" and c.i > verb.i and to_infinitive(c) \
                    and c.lemma_.lower() not in SHELTERING_VERBS and not any(
                    s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children):
                out += [c, *object_tokens(c)]
    return out


def fled_from(tokens: list[Token]) -> list[Token]:
    """ "food aid to refugees fleeing the war in Liberia": what the people a phrase names
    are fleeing (the clause's object and places), whose the people are."""
    out: list[Token] = []
    for t in tokens:
        for c in t.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in FLIGHT_VERBS:
                for o in c.children:
                    if o.dep_ == "dobj":
                        out.extend(phrase(o))
                    elif o.dep_ == "prep" and o.lower_ in ("from", "in", "of"):
                        out.extend(q for p in o.children if p.dep_ == "pobj"
                                   for q in phrase(p))
    return out


def other_than(sources: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Candidate targets: the source's own side ("launched his war") is never its target; a
    state's own rebels or protesters are (Actor.party)."""
    own = {m.actor.party for m in sources}
    return [m for m in mentions if m.actor.party not in own]


def open_question(verb: Token) -> bool:
    """ "watching how this relationship develops": an open question asserts no event."""
    return verb.dep_ in ("ccomp", "advcl", "csubj") and any(
        c.lower_ in ("how", "what", "why") and c.i < verb.i for c in verb.children)


def for_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """A "for X to do Y" clause on a verb of asking: (the clause verb, X's words). The parser
    makes X the clause's subject ("called for Israel to withdraw": "for" its mark), or the
    verb's "for" object with the infinitive hung on the verb ("is pressing for Sweden to
    extradite the militants")."""
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp") and c.pos_ == "VERB" and c.i > verb.i and \
                to_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "for"
                                         for m in c.children):
            subj = [t for s in c.children if s.dep_ == "nsubj" for t in phrase(s)]
            if subj:
                return c, subj
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "for" or c.i < verb.i:
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"]
        if len(objs) != 1 or not (objs[0].pos_ in ("PROPN", "PRON") or any(
                t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in phrase(objs[0]))):
            continue  # a party, not an act ("called for the withdrawal ... to end the war")
        end = objs[0].right_edge.i
        clause = next((v for v in verb.children if v.dep_ in ("advcl", "xcomp", "ccomp")
                       and v.pos_ == "VERB" and to_infinitive(v) and v.left_edge.i == end + 1
                       and not any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children)),
                      None)
        if clause is not None:
            return clause, phrase(objs[0])
    return None


NEED_NOUNS = {"need", "importance", "necessity", "urgency"}


def needed(verb: Token) -> tuple[Token, list[Token]] | None:
    """The act a verb's object says another party needs to do: "stressed the need for Serbia
    to recognise Kosovo", "underscored the importance of Pakistan taking action", "the
    necessity of Russia withdrawing its troops": (the act's verb, its doer's words). The
    speaker asks it (an appeal); it is not told to have been done."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in NEED_NOUNS:
            continue
        asked = for_clause(noun)
        if asked is not None:
            return asked
        for of in noun.children:
            if of.dep_ != "prep" or of.lower_ != "of":
                continue
            for p in of.children:
                # "the necessity of Russia withdrawing": a gerund with its own subject
                if p.dep_ == "pcomp" and p.pos_ == "VERB":
                    subj = [t for s in p.children if s.dep_ == "nsubj" for t in phrase(s)]
                    if subj:
                        return p, subj
            # "the importance of Washington honouring its commitments": the doer, the gerund
            # hung on the noun
            doers = [p for p in of.children if p.dep_ == "pobj"
                     and p.pos_ in ("PROPN", "NOUN")]
            act = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                        and doers and c.i == doers[0].right_edge.i + 1), None)
            if act is not None:
                return act, phrase(doers[0])
    return None


def particles(verb: Token) -> set[str]:
    """Particles and prepositions of the verb, except those that only carry a time
    ("called his counterpart on Tuesday" is not "call on")."""
    out = set()
    for c in verb.children:
        if c.dep_ == "advmod" and (c.pos_ == "ADP" or c.lower_ in ("back", "aside", "together")
                                   or c.lower_ == "down" and c.i == verb.i + 1):
            # a particle parsed as an adverb: "put forward a resolution", "hit back at",
            # "brushed aside the offer", "stepped down under pressure", "work together"
            out.add(c.lower_)
            continue
        if c.dep_ not in ("prt", "prep", "agent"):
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"]
        if objs and all(p.ent_type_ in ("DATE", "TIME") for p in objs):
            continue
        out.add(c.lower_)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ == "quantmod" and nxt.lower_ == "over" and any(
            a.i == verb.i for a in nxt.ancestors):
        # "handed over 32 prisoners": the particle parsed as "over" a number
        out.add(nxt.lower_)
    if _with_clauses(verb):
        out.add("with")
    if "for" not in out and for_clause(verb) is not None:
        out.add("for")  # "called for Israel to withdraw": "for" the clause's mark
    return out


def complement(verb: Token) -> Token | None:
    """The clause that names what an intent, appeal, refusal or threat is about ("agreed to
    hold exercises", "threatened to cut aid", "demanded that Iraq allow inspectors"): its
    words select the narrower code when the verb's own object does not."""
    reports = verb.lemma_.lower() in SAY_VERBS  # "stressed that ...": reported content
    promise = verb.lemma_.lower() in VOW_VERBS and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    for c in verb.children:
        if promise and c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > verb.i and \
                to_infinitive(c) and c.left_edge.i <= verb.i + 2 and not any(
                s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children):
            return c  # "have sworn to fight", parsed as a purpose clause
        if particle_gerund(c):
            return c  # "ruled out sending troops", parsed as an adverbial clause
        # a "that" clause, not "allow the UN to deliver aid" (what another actor may do)
        if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                c.dep_ == "ccomp" and not reports and c.i > verb.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children))):
            return c
    return None


def particle_gerund(verb: Token) -> bool:
    """ "ruled out sending troops": a gerund right after its governor's particle, without a
    subject or conjunction of its own, that the parser made an adverbial clause is the
    phrasal verb's object."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 1 or any(
            s.dep_ in ("nsubj", "nsubjpass", "mark") for s in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "prt" and before.head.i == verb.head.i


def complement_tokens(comp: Token) -> list[Token]:
    """The complement verb, its objects, and those of an infinitive below it ("promised to
    continue military aid")."""
    out = [comp] + object_tokens(comp)
    inner = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if inner is not None:
        out += [inner] + object_tokens(inner)
    return out


# verbs that report the words of their subject: "X said that Y must ..." is X's demand
REPORT_VERBS = SAY_VERBS | {"conclude", "warn", "remind", "repeat"}
# what may lie between a verb and the verb of saying whose "that" clause holds it ("declared
# that no veto would keep it from holding Moscow to account")
_REPORTED_PATH = {"xcomp", "pcomp", "prep", "conj", "advcl"}


def saying_verb(verb: Token, verbs: Container[str] = REPORT_VERBS) -> Token | None:
    """The verb of saying (of `verbs`) whose "that" clause `verb` heads, or None; also when the
    small parser hangs the clause on a participle in the saying's adjunct ("said in an annual
    speech marking Independence Day that Bolivia has no right ...": marking)."""
    if verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "pobj" and \
            head.head.head.dep_ == "prep":
        head = head.head.head.head
    return head if head.lemma_.lower() in verbs else None


def reporter(verb: Token) -> Token | None:
    """The verb of saying whose clause holds the verb ("declared that no veto would keep it
    from holding Moscow to account": declared), or None when the verb is not said."""
    tok = verb
    for _ in range(6):
        if (said := reporting_verb(tok)) is not None:
            return said
        if tok.dep_ not in _REPORTED_PATH or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _condition_subject(verb: Token) -> list[Token]:
    """ "threatened to break relations unless the Kremlin closed its base": the actor a
    threat's condition is laid on is the one threatened."""
    level = [verb]
    for _ in range(3):
        for v in level:
            for c in v.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in c.children):
                    return [t for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                            for t in phrase(s)]
        level = [c for v in level for c in v.children if c.dep_ == "xcomp"]
    return []


def aimed_targets(verb: Token, candidates: list[Mention]) -> list[Mention]:
    """Targets of a threat or refusal with none of its own: whom its complement acts on
    ("threatened to shell Iraqi towns"), else whom its condition names, else whom a fight
    threatened goes on until (`_fought_until`)."""
    comp = complement(verb)
    found = mentions_in(complement_tokens(comp), candidates) if comp is not None else []
    return found or mentions_in(_condition_subject(verb), candidates) or mentions_in(
        _asked_act(verb), candidates) or next(
        (found for words in _fought_until(verb, comp)
         if (found := mentions_in(words, candidates))), [])


def _fought_until(verb: Token, comp: Token | None) -> tuple[list[Token], list[Token]]:
    """ "vowed to fight until foreign troops leave", "have sworn to fight until they capture
    Marib": whom a threatened fight goes on until is aimed at: the subject of its "until"
    clause (on the threat or its complement), else what that clause's act takes (not
    where the subject leaves, when the subject is another side)."""
    clauses = [c for h in [verb] + ([comp] if comp is not None else []) for c in h.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until"
                                            for m in c.children)]
    return ([w for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
             for w in phrase(s)], [t for c in clauses for t in object_tokens(c)])


# nouns of asking or offering whose clause names an act to be done ("a call for its forces to
# be deployed in East Timor", "an invitation to attend a meeting of the factions")
ASKING_NOUNS = {"call", "request", "appeal", "demand", "plea", "proposal", "offer",
                "invitation", "suggestion", "plan", "ultimatum"}


def _asked_act(verb: Token) -> list[Token]:
    """ "rejected a call for its forces to be deployed in East Timor", "turned down an
    invitation to attend a meeting of the factions": the act a refused request asks for, its
    objects, and where it would be done (a deployment in a place is aimed at it)."""
    out: list[Token] = []
    for o in verb.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in ASKING_NOUNS:
            continue
        clauses = [c for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                   and to_infinitive(c)]
        for c in clauses:
            out += [c, *object_tokens(c)]
            out += [t for p in c.children if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS
                    for q in p.children if q.dep_ == "pobj" for t in phrase(q)]
    return out


def judged_subjects(verb: Token) -> list[Token]:
    """Subjects of the "that" clauses a verb of judging governs, and of their conjuncts
    ("regret that the meeting ..., and that Russia continues ...")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that"
                                        for m in c.children):
            continue
        for v in [c, *(x for x in c.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX"))]:
            out += [t for s in v.children if s.dep_ in ("nsubj", "nsubjpass")
                    for t in phrase(s)]
    return out


def is_obligation(tok: Token) -> bool:
    """ "must" (or "should") on a verb: an obligation laid on the clause's subject ("Russia
    must allow access"), which coref gives a speaker and the coder codes as that speaker's
    demand (or appeal)."""
    return tok.dep_ == "aux" and tok.lower_ in ("must", "should")


def reporting_verb(verb: Token) -> Token | None:
    """The verb of saying whose reported clause `verb` heads ("Russia said that Sudan must
    return the helicopter"), or None."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS:
        return verb.head
    return None


def np_text(tok: Token) -> str:
    toks = sorted(phrase(tok), key=lambda t: t.i)
    # drop a leading determiner-less punctuation and trailing punctuation
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return tok.text
    return tok.doc[toks[0].i: toks[-1].i + 1].text


# participles that send goods somewhere: "chips shipped to China", "oil bound for India"
SHIPPING_WORDS = {"ship", "send", "export", "sell", "bind", "bound", "destine", "destined",
                  "head", "deliver", "supply"}


def shipped_to(verb: Token, obj: list[Token]) -> list[Token]:
    """Where goods named in an object are sent: the "to"/"for" object of a participle of
    shipping on one of its nouns ("gallium shipped to the United States", "chips destined for
    China"), or on the verb when the parser hung it there."""
    shipping = [c for o in obj if o.pos_ in ("NOUN", "PROPN") for c in o.children
                if c.dep_ in ("acl", "amod") and c.lemma_.lower() in SHIPPING_WORDS]
    shipping += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in SHIPPING_WORDS]
    return [t for c in shipping for pr in c.children
            if pr.dep_ in ("prep", "dative") and pr.lower_ in ("to", "for")
            for p in pr.children if p.dep_ == "pobj" for t in phrase(p)]
