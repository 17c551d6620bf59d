"""Within-article coreference for actors: pronouns and definite descriptions.

A small salience model, not a neural resolver: "he" is the last person, "it"/"the country"
the last state, "they"/"the two countries"/"both nations" the last group of two or more
actors named together. Each resolved mention carries a confidence that drops when the
antecedent is far away or ambiguous.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.events.syntax import (
    MOTION_NOUNS,
    NOMINAL_GOVERNORS,
    clause_subject,
    in_quotes,
    is_obligation,
    phrase,
)
from accord.records import Mention

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
STATE_PRONOUNS = {"it", "its"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves"}
GROUP_NOUNS = {"countries", "nations", "states", "sides", "leaders", "presidents", "governments",
               "neighbours", "neighbors", "allies", "partners", "ministers", "secretaries",
               "parties", "delegations"}
GROUP_DETERMINERS = {"two", "both", "three"}
# people or sides that, as "the secretaries" with nothing of their own, are the pair in focus
# a speaker who promises speaks of itself; an audience is no one "they" can be
PROMISE_VERBS = {"promise", "assure", "reassure", "pledge", "guarantee", "vow", "swear"}
AUDIENCE_NOUNS = {"reporter", "journalist", "press", "audience", "crowd", "lawmaker",
                  "parliament", "supporter"}
PAIR_NOUNS = {"secretaries", "ministers", "leaders", "presidents", "sides", "delegations",
              "premiers", "counterparts"}
STATE_NOUNS = {"country", "nation", "state", "republic", "kingdom"}
# a state's rulers named by what they are: "the junta" is the government last named as
# one (a state's government or army), never a state named bare ("France refused, saying the
# junta ...")
RULER_NOUNS = {"junta", "regime"}
# a relation implies two parties: without its own, it is the pair in focus
RELATION_NOUNS = {"cooperation", "collaboration", "relations", "ties", "partnership",
                  "relationship", "alliance", "rapprochement"}
SPEAKER_TITLES = {"secretary", "ambassador", "spokesperson", "spokesman"}
PERSON_NOUNS = {"president", "leader", "premier", "chancellor", "minister", "prime",
                "secretary", "ambassador", "envoy", "spokesperson", "spokesman", "king",
                "emir", "prince"}


def conj_top(tok: Token, hops: int = 30) -> Token:
    """The first conjunct of a coordination ("Belarus" in "Belarus, Iran and Russia"). The
    walk is bounded: prose coordinates a handful of names, and a list of thousands (a table
    scraped as one sentence) must not cost time that grows with the square of its length."""
    for _ in range(hops):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _groups(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """Per mention, the mentions coordinated with it ("Belarus and Iran", "Lukashenko and
    Pezeshkian"), or [] when they do not name two states; one pass, not one per pair."""
    tops = [conj_top(doc[m.token_end - 1]).i for m in mentions]
    by_top: dict[int, list[Mention]] = {}
    for m, t in zip(mentions, tops, strict=True):
        by_top.setdefault(t, []).append(m)
    states = {t: len({x.side for x in same}) >= 2 for t, same in by_top.items()}
    return [by_top[t] if states[t] else [] for t in tops]


FIRST_PERSON = {"we", "us", "our", "ours", "ourselves", "i", "me", "my"}


CUE_WORDS = (FIRST_PERSON | PERSON_PRONOUNS | STATE_PRONOUNS | GROUP_PRONOUNS | GROUP_NOUNS
             | RULER_NOUNS | STATE_NOUNS | PERSON_NOUNS | RELATION_NOUNS | {"two"})


def _quoted_speaker(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """Inside quotation marks, "we" is the quoted speaker: the subject of a verb of saying."""
    if not in_quotes(tok):
        return []
    sent = tok.sent
    for m in mentions:
        head = tok.doc[m.token_end - 1]
        if sent.start <= head.i < sent.end and head.dep_ == "nsubj" and \
                head.head.lemma_ in ("say", "declare", "tell", "add", "write", "state"):
            return [m]
    return []


def resolve(doc: Doc, mentions: list[Mention], speaker: Mention | None = None
            ) -> list[Mention]:
    """Mentions for pronouns and descriptions, resolved against the earlier named mentions.

    `speaker` is the voice of the article (a government statement's issuer): first-person
    pronouns outside quotations refer to it."""
    named = sorted(mentions, key=lambda m: m.token_start)
    # a word inside a name is no description: "the Islamic State" is no "the state"
    starts = {i for m in named for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    last_group: list[Mention] = []
    for sent in doc.sents:
        sent_named = [m for m in named if sent.start <= m.token_start < sent.end]
        for tok in sent:
            if tok.i in starts:
                continue
            low = tok.lower_
            if low not in CUE_WORDS:
                continue  # most tokens: no list of earlier mentions to build
            prior = [m for m in named + out if m.token_end <= tok.i]
            found: list[Mention] = []
            conf = 0.8
            span = (tok.i, tok.i + 1)
            if low in FIRST_PERSON and tok.pos_ == "PRON":
                found = _quoted_speaker(tok, named)
                if not found and speaker is not None:
                    found, conf = [speaker], 0.7
            elif low in PERSON_PRONOUNS:
                found = _last(doc, prior, lambda m: m.actor.kind == "person")
            elif low in STATE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "poss") and \
                    not _expletive(tok):
                # "we" is never "it": a first-person mention is no antecedent
                states = [m for m in prior if m.actor.kind == "state"
                          and m.text.lower() not in FIRST_PERSON]
                found = _threatened_party(tok, states) or _clause_subject(tok, states) or \
                    _last(doc, states, lambda m: True)
                conf = 0.6
            elif low in GROUP_PRONOUNS and (governing := _governing_subject(tok, sent_named)
                                            ) is not None:
                # "Ankara objected, and they recalled an envoy": the subject of the clause
                # that governs theirs; "doctors must arrive before they run out": a plural
                # noun that is no actor, and no earlier pair
                found, conf = governing, 0.7
            elif low in GROUP_PRONOUNS and last_group:
                found, conf = last_group, 0.7
            elif low == "two" and last_group and tok.pos_ == "NUM" and _definite(tok) and \
                    tok.dep_ in ("nsubj", "nsubjpass") and _counted(tok, last_group):
                # "the two met today": the numeral stands for the pair in focus
                found, conf = last_group, 0.8
                span = (_np_start(tok), tok.i + 1)
            elif low in GROUP_NOUNS and last_group and _counted(tok, last_group) and (
                    _has_group_det(tok) or (low == "parties" and _definite(tok))):
                found, conf = last_group, 0.85
                span = (_np_start(tok), tok.i + 1)
            elif low in PAIR_NOUNS and last_group and _bare_pair(tok) and \
                    not _body_named_since(doc, prior, last_group):
                # "the ministers" with nothing of their own: the pair in focus, unless a
                # body has been named in a later sentence ("The ministers of the G7 met");
                # a venue beside the pair ("met at the ASEAN summit") leaves it in focus
                found, conf = last_group, 0.7
                span = (_np_start(tok), tok.i + 1)
            elif low in RULER_NOUNS and _definite(tok) and tok.dep_ != "compound":
                rulers = _last(doc, prior, lambda m: m.actor.kind == "state"
                               and m.actor.sector in ("GOV", "MIL"))
                found = [replace(m, actor=replace(m.actor, code=m.actor.country + "GOV",
                                                  sector="GOV")) for m in rulers]
                conf = 0.7
                span = (_np_start(tok), tok.i + 1)
            elif low in STATE_NOUNS and _definite(tok) and tok.dep_ != "compound":
                found = _last(doc, prior, lambda m: m.actor.kind == "state")
                conf = 0.7
                span = (_np_start(tok), tok.i + 1)
            elif low in PERSON_NOUNS and _definite(tok) and tok.head.pos_ != "PROPN":
                # in a government's own statement, "the Secretary" is its principal
                found = [speaker] if speaker is not None and low in SPEAKER_TITLES else \
                    _last(doc, prior, lambda m: m.actor.kind == "person")
                conf = 0.6
                span = (_np_start(tok), tok.i + 1)
            elif low in RELATION_NOUNS and last_group and _bare_relation(tok, named):
                found, conf = last_group, 0.5
            if not found:
                continue
            s = doc[span[0]:span[1]]
            for f in found:
                out.append(replace(f, text=s.text, start=s.start_char, end=s.end_char,
                                   token_start=span[0], token_end=span[1],
                                   confidence=round(f.confidence * conf, 3), via="coref"))
        # "routes from Chad and South Sudan": states named as places or routes are no pair
        groups = [g for g in _groups(doc, sent_named) if g and not _route(
            conj_top(doc[g[0].token_end - 1]))]
        if groups:
            last_group = groups[-1]
        else:
            # no coordination: the first two states the sentence names ("X met Y"); a
            # city where something happens ("to host the talks in Brussels") is no party,
            # but "the warring parties in Sudan" are Sudan's
            pair = _distinct_states([m for m in sent_named if not (
                m.actor.sector == "GOV" and _place(doc[m.token_end - 1]))
                and not _route(conj_top(doc[m.token_end - 1]))])
            if len(pair) >= 2:
                last_group = pair[:2]
    # last, so that no pronoun takes the speaker on a modal for its antecedent
    return (out + _surnames(doc, named) + _obligations(doc, named, speaker)
            + _motions(doc, named) + _event_agents(doc, named) + _operations(doc, named))


# verbs by whose subject a named operation is run ("Israel launched Operation X", "Dubbed
# 'Operation X', Centcom deployed ...": the naming verb's clause is the operation's)
RUNNING_VERBS = {"launch", "begin", "start", "conduct", "carry", "execute", "mount", "stage",
                 "initiate", "run", "lead", "announce"}
NAMING_VERBS = {"dub", "name", "call", "codename", "code-name"}
# what a definite noun names back: the operation last named ("the operation destroyed ...")
OPERATION_NOUNS = {"operation", "mission", "campaign"}
OPERATION_SENTENCES = 5  # how far back the operation named last stays the one in focus


def _operations(doc: Doc, named: list[Mention]) -> list[Mention]:
    """A named military operation is the armed forces of the state that runs it: "Operation
    Iron Shield, led by the United States, struck ...", "Israel launched Operation Iron
    Sword. The operation targeted ...". The state comes from where the article names the
    operation with its runner (the subject of a verb of launching or conducting, the agent
    of "led by", the subject of the clause a "Dubbed 'Operation X'" opens); later mentions
    of that name, and "the operation" as a subject, are that state's. An operation the
    article never ties to a state is no actor."""
    owners: dict[str, list[Mention]] = {}
    last: tuple[int, list[Mention]] | None = None
    out: list[Mention] = []
    for sent_no, sent in enumerate(doc.sents):
        for tok in sent:
            if tok.lower_ == "operation" and tok.text[0].isupper() and tok.dep_ == "compound" \
                    and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                head = tok.head
                key = " ".join(t.lower_ for t in doc[tok.i:head.i + 1] if not t.is_punct)
                if key not in owners and (runner := _runner(head, named)):
                    owners[key] = runner
                if key not in owners:
                    continue
                last = (sent_no, owners[key])
                if _is_subject(head) and tok.head.dep_ in ("nsubj", "nsubjpass"):
                    out += _as_forces(owners[key], doc[tok.i:head.i + 1], 0.8)
            elif tok.lower_ in OPERATION_NOUNS and last is not None and _definite(tok) and \
                    tok.dep_ in ("nsubj", "nsubjpass") and 0 < sent_no - last[0] <= \
                    OPERATION_SENTENCES and not any(c.dep_ in ("compound", "poss", "prep")
                                                    for c in tok.children):
                out += _as_forces(last[1], doc[_np_start(tok):tok.i + 1], 0.7)
    return out


def _runner(head: Token, named: list[Mention]) -> list[Mention]:
    """The state that runs the operation named at `head`, as its sentence says, or []."""
    agents = [p for c in head.children if c.dep_ == "acl" for a in c.children
              if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    subj: list[Token] = []
    if agents:
        subj = [t for p in agents for t in p.subtree]
    elif head.dep_ in ("dobj", "oprd", "nsubjpass") and head.head.pos_ == "VERB":
        verb = head.head
        lemma = verb.lemma_.lower()
        if lemma in NAMING_VERBS and verb.dep_ == "advcl":
            subj = clause_subject(verb.head)  # "Dubbed 'Operation X', Centcom deployed"
        elif lemma in RUNNING_VERBS | NAMING_VERBS and head.dep_ != "nsubjpass":
            subj = clause_subject(verb)
    inside = {t.i for t in subj}
    # a state's own military command runs it too ("Dubbed 'Operation X', Centcom deployed")
    return [m for m in named if m.token_end - 1 in inside and (
        m.actor.kind in ("state", "person") or m.actor.sector == "MIL")
            and len(m.actor.country) == 3 and m.actor.country.isalpha()][:1]


def _as_forces(runner: list[Mention], span: Span, conf: float) -> list[Mention]:
    """The runner's armed forces, found at `span` (the operation's name)."""
    out = []
    for m in runner:
        actor = replace(m.actor, code=m.actor.country + "MIL", sector="MIL", kind="state")
        out.append(replace(m, actor=actor, text=span.text, start=span.start_char,
                           end=span.end_char, token_start=span.start, token_end=span.end,
                           confidence=round(m.confidence * conf, 3), via="coref"))
    return out


# acts that a definite description refers back to ("condemned the launch")
ANAPHORIC_ACTS = {"launch", "test", "exercise", "drill", "attack", "strike", "decision",
                  "invasion", "incursion", "announcement", "allegation", "accusation",
                  "provocation", "deployment", "veto", "offensive", "blockade", "annexation",
                  "claim", "charge", "seizure", "arrest", "detention", "execution",
                  "expulsion", "killing", "shelling", "bombing", "raid", "capture"}
# a verb's act named back by its noun ("Iran seized a tanker ... condemned the seizure")
NOMINALIZED = {"seize": "seizure", "deploy": "deployment", "annex": "annexation",
               "invade": "invasion", "bomb": "bombing", "shell": "shelling", "kill": "killing",
               "detain": "detention", "execute": "execution", "expel": "expulsion",
               "decide": "decision", "announce": "announcement", "provoke": "provocation",
               "fire": "launch", "test": "test", "test-fire": "test"}
# verbs of accusing: "X accused Y ... Y denied the allegations" (the accusation's maker)
ACCUSING_VERBS = {"accuse", "allege"}
ACCUSATIONS = ("allegation", "accusation", "charge", "claim")


def _event_agents(doc: Doc, named: list[Mention]) -> list[Mention]:
    """ "North Korea's launch of a missile ... the allies condemned the launch": a definite
    act with no agent of its own is the act named before, by whoever did it then ("North
    Korea launched", "China carried out exercises", "Sudan's decision to close"); "the
    allegations" are whoever accused or alleged last ("Sudan accused the UAE of ...")."""
    by_last: dict[int, list[Mention]] = {}
    for m in named:
        by_last.setdefault(m.token_end - 1, []).append(m)

    def agents(toks: list[Token]) -> list[Mention]:
        return [m for t in toks for m in by_last.get(t.i, [])]

    seen: dict[str, list[Mention]] = {}  # lemma -> agents of its last mention
    out: list[Mention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            lemma = NOMINALIZED.get(lemma, lemma)
        if lemma in ACCUSING_VERBS and tok.pos_ == "VERB":
            if accusers := agents(clause_subject(tok)):
                seen.update(dict.fromkeys(ACCUSATIONS, accusers))
            continue
        if lemma not in ANAPHORIC_ACTS or tok.pos_ not in ("NOUN", "VERB"):
            continue
        if tok.pos_ == "VERB":
            found = agents(clause_subject(tok))
        else:
            own = [c for c in tok.children if c.dep_ == "poss" or (
                c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i)]
            own += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                    for p in c.children if p.dep_ == "pobj"]
            found = agents([t for c in own for t in phrase(c)])
            if not found and tok.dep_ == "dobj" and tok.head.lemma_.lower() in NOMINAL_GOVERNORS:
                found = agents(clause_subject(tok.head))
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these",
                                                             "those") for c in tok.children)
            if not found and definite and lemma in seen:
                start = _np_start(tok)
                s = doc[start:tok.i + 1]
                out.extend(replace(m, text=s.text, start=s.start_char, end=s.end_char,
                                   token_start=start, token_end=tok.i + 1,
                                   confidence=round(m.confidence * 0.6, 3), via="coref")
                           for m in seen[lemma])
                continue
        if found:
            seen[lemma] = found
    return out


# verbs of which a body's motion is the object ("vetoed", "adopted", "tabled" a resolution)
MOTION_VERBS = {"veto", "adopt", "pass", "table", "introduce", "draft", "propose", "block",
                "support", "oppose", "reject", "approve", "endorse", "sponsor", "co-sponsor",
                "cosponsor", "vote", "abstain", "put", "submit", "implement", "violate",
                "breach", "defy", "enforce", "renew", "extend"}


def _motions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """ "Russia vetoed Friday's resolution": a resolution that names no body of its own is
    the organisation's that the article names (the nearest before it, else after it)."""
    orgs = [m for m in named if m.actor.kind == "organisation"]
    if not orgs:
        return []
    orgs.sort(key=lambda m: m.token_end)
    ends = [m.token_end for m in orgs]
    inside = {i for m in named for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    for tok in doc:
        if tok.lemma_.lower() not in MOTION_NOUNS or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
            continue
        if any(t.i in inside for t in tok.subtree):
            continue  # "the UN resolution", "a resolution on Ukraine": its own names
        if tok.head.lemma_.lower() not in MOTION_VERBS:
            continue  # "welcomed the resolution of the crisis": a settlement, no motion
        at = bisect.bisect_right(ends, tok.i)  # the organisations named before it
        org = orgs[at - 1] if at else next(m for m in orgs if m.token_start > tok.i)
        out.append(replace(org, text=tok.text, start=tok.idx, end=tok.idx + len(tok),
                           token_start=tok.i, token_end=tok.i + 1,
                           confidence=round(org.confidence * 0.5, 3), via="coref"))
    return out


HONORIFICS = {"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "dr"}


def _surnames(doc: Doc, named: list[Mention]) -> list[Mention]:
    """ "State Department spokesperson Matthew Miller ... Mr. Miller said": a later surname,
    bare or after an honorific or title, is the person named in full before."""
    known: dict[str, Mention] = {}
    taken = {i for m in named for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    # doc.ents builds every entity span anew: read once (per mention it was quadratic)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    person_ending = {e.end: e for e in people}
    for m in sorted(named, key=lambda m: m.token_start):
        last = doc[m.token_end - 1]
        ent = person_ending.get(m.token_end)
        if last.pos_ == "PROPN" and ent is not None and len(ent) >= 2 and _personal(doc, m):
            known.setdefault(last.text, m)
    if not known:
        return out
    name_prefixes = HONORIFICS | TITLE_WORDS
    for ent in people:
        last = doc[ent.end - 1]
        if last.i in taken or last.text not in known:
            continue
        ante = known[last.text]
        if ante.token_end > ent.start:
            continue
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in name_prefixes:
            start -= 1
        if any(t.lower_ not in name_prefixes for t in doc[ent.start:ent.end - 1]):
            continue  # another first name: another person
        s = doc[start:ent.end]
        out.append(replace(ante, text=s.text, start=s.start_char, end=s.end_char,
                           token_start=start, token_end=ent.end,
                           confidence=round(ante.confidence * 0.8, 3), via="coref"))
    return out


def _obligations(doc: Doc, named: list[Mention], speaker: Mention | None) -> list[Mention]:
    """ "The UN must act", "Russia must allow access": an obligation laid on another actor is
    a demand by whoever says it, the quoted speaker or else the statement's own voice (a
    readout names no speaker). That voice is placed on the modal, where the coder finds it."""
    out: list[Mention] = []
    for tok in doc:
        if not is_obligation(tok):
            continue
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ in FIRST_PERSON | {"you"}:
            continue  # "we must act" binds the speaker itself
        found = _quoted_speaker(tok, named)
        if not found and not in_quotes(tok) and speaker is not None:
            found = [speaker]
        out.extend(replace(f, text=tok.text, start=tok.idx, end=tok.idx + len(tok),
                           token_start=tok.i, token_end=tok.i + 1,
                           confidence=round(f.confidence * 0.7, 3), via="speaker")
                   for f in found)
    return out


# verbs whose subject "it" may stand for a clause that follows ("it appears that ...")
EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "become"}


def _expletive(tok: Token) -> bool:
    """A dummy "it" that stands for no actor: "it is clear that ...", "it appears that
    ...", "it has been two weeks since ...", "it is important to note ..."; not "it is
    ready to talk" (the clause hangs from the adjective) nor "it appears to be massing
    troops" (a raising verb keeps its subject)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in EXPLETIVE_HEADS:
        return False
    # "it has been a month since ...": the clause hangs from the verb or from its attribute
    clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "attr"
                                 for g in c.children)]
    for c in clauses:
        if c.dep_ in ("ccomp", "csubj") and c.head.i == verb.i:
            return True
        if verb.lemma_ == "be" and c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
        if verb.lemma_ == "be" and c.dep_ == "xcomp" and any(
                d.dep_ in ("acomp", "attr") for d in verb.children):
            return True
    return False


def _governing_subject(tok: Token, named: list[Mention]) -> list[Mention] | None:
    """What a subject "they" refers to by the clause its own is joined to or hangs from
    ("X did this, and they did that", "X said they would"): the actors named in that
    clause's subject (its addressee when the governor has one: "warned Iran that they"), or
    none when that phrase names no actor ("aid workers"); None (ask the earlier sentences)
    for any other subject."""
    if tok.dep_ != "nsubj" or tok.head.dep_ not in ("conj", "ccomp", "advcl"):
        return None
    if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() not in PROMISE_VERBS:
        # "warned Iran and China that they would pay", "told Hamas that they must leave":
        # a governor with an addressee speaks of the addressee (not "promised Kyiv that
        # they would deliver", not "told reporters that they would veto")
        told = [c for c in tok.head.head.children if c.dep_ in ("dobj", "dative")
                and c.i < tok.i and c.lemma_.lower() not in AUDIENCE_NOUNS]
        if told:
            lo, hi = told[0].left_edge.i, told[0].right_edge.i
            return [m for m in named if lo <= m.token_end - 1 <= hi]
    subj = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
            and c.i < tok.i and c.lower_ not in FIRST_PERSON | GROUP_PRONOUNS | {"you"}]
    if not subj:
        return None
    main = subj[-1]  # a vocative misread as a second subject: the last, nearest the verb
    lo, hi = main.left_edge.i, main.right_edge.i  # the subject phrase, without a walk
    found = [m for m in named if lo <= m.token_end - 1 <= hi]
    if found:
        return found
    if main.tag_ == "NNS" and not any(c.dep_ == "conj" for c in main.children):
        return []
    return None



def _last(doc: Doc, prior: list[Mention], pred: Callable[[Mention], bool]) -> list[Mention]:
    """The most salient earlier candidate: in the latest sentence that has one, its subject,
    else its first candidate (English puts the topic first)."""
    cands = sorted((m for m in prior if pred(m)), key=lambda m: m.token_start)
    if not cands:
        return []
    last_sent = doc[cands[-1].token_start].sent.start
    in_sent = [m for m in cands if doc[m.token_start].sent.start == last_sent]
    subjects = [m for m in in_sent if _is_subject(doc[m.token_end - 1])]
    main = [m for m in subjects if doc[m.token_end - 1].head.dep_ == "ROOT"]
    chosen = (main or subjects or in_sent)[0]
    if len({m.actor.country for m in in_sent}) > 1 and not main:
        # several candidates and no main-clause subject to prefer: say so in the confidence
        chosen = replace(chosen, confidence=chosen.confidence * 0.75)
    return [chosen]


TITLE_WORDS = PERSON_NOUNS | {"general", "spokeswoman", "chief", "pope", "sultan", "queen"}


def _personal(doc: Doc, m: Mention) -> bool:
    """A person: one the dictionary knows, or a mention that names one by title or name
    ("the Secretary-General", "State Department spokesperson Matthew Miller"), which the
    dictionary codes as the organisation or state they speak for. "We" is no "he"."""
    if m.text.lower() in FIRST_PERSON:
        return False
    if m.actor.kind == "person":
        return True
    toks = doc[m.token_start:m.token_end]
    return any(t.lower_ in TITLE_WORDS or t.ent_type_ == "PERSON" for t in toks)


# verbs of threatening or warning whose condition is laid on the one addressed
THREAT_VERBS = {"threaten", "warn"}


def _threatened_party(tok: Token, cands: list[Mention]) -> list[Mention]:
    """ "threatened Iran with military action if it attacked Israel", "warned Moscow of
    sanctions unless it withdrew": the subject "it" of a threat's condition is the state
    threatened, named as the threat verb's object."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
        return []
    verb = clause.head
    if verb.lemma_.lower() not in THREAT_VERBS:
        return []
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < tok.i]
    if not told:
        return []
    lo, hi = told[0].left_edge.i, told[0].right_edge.i
    return [m for m in cands if lo <= m.token_end - 1 <= hi][:1]


def _clause_subject(tok: Token, cands: list[Mention]) -> list[Mention]:
    """ "Russia launched its war": a possessive "its" in a clause whose subject is a state
    is that state's, whatever else the sentence names before it."""
    if tok.dep_ != "poss":
        return []
    cur = tok.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return []
    inside = {t.i for t in subj[0].subtree}
    return [m for m in cands if m.token_end - 1 == subj[0].i or (
        m.token_end - 1 in inside and _is_subject(tok.doc[m.token_end - 1]))][:1]


def _is_subject(tok: Token) -> bool:
    while tok.dep_ in ("conj", "compound", "amod", "poss", "pobj", "prep") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ != "of":
            return False
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _distinct_states(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.actor.kind in ("state", "person") and m.actor.country not in seen:
            seen.add(m.actor.country)
            out.append(m)
    return out


def _place(tok: Token) -> bool:
    """The object of a preposition of place ("in Brussels", "at the Kremlin")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "outside")


def _route(tok: Token) -> bool:
    """The object of a preposition of route ("access routes from Chad and South Sudan");
    not the giver of "received drones from Iran"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("via", "through", "across") or (
        prep.lower_ == "from" and prep.head.pos_ == "NOUN")


def _bare_relation(tok: Token, named: list[Mention]) -> bool:
    """A relation noun as subject with no parties of its own ("cooperation could extend")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("poss", "prep") for c in tok.children):
        return False
    inside = {t.i for t in tok.subtree}
    return not any((m.token_end - 1) in inside for m in named)


def _body_named_since(doc: Doc, prior: list[Mention], group: list[Mention]) -> bool:
    """An organisation or bloc named in a sentence after the one that named the group."""
    end = doc[max(m.token_start for m in group)].sent.end
    return any(m.actor.kind in ("organisation", "bloc") and m.token_start >= end
               for m in prior)


def _bare_pair(tok: Token) -> bool:
    """ "The secretaries discussed ...": a definite plural subject with no qualifier of its own
    (not "the ministers of the bloc", "the opposition leaders", "the EU leaders")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i == 0 or \
            tok.doc[tok.i - 1].lower_ != "the":
        return False
    return not any(c.dep_ in ("prep", "compound", "poss", "relcl", "acl", "appos")
                   for c in tok.children)


def _definite(tok: Token) -> bool:
    return any(c.lower_ in ("the", "this") and c.dep_ == "det" for c in tok.children)


# the number a group word counts ("the two countries", "both sides", "the three leaders")
GROUP_COUNTS = {"two": 2, "both": 2, "three": 3}


def _counted(tok: Token, group: list[Mention]) -> bool:
    """Whether a counted group word fits the group in focus: "the two countries" after
    France, Germany and Italy met is none of them (which two is not said), and "the three
    leaders" after a pair is no pair. A word with no count ("the parties") fits any group."""
    words = [tok] + list(tok.children) + ([tok.doc[tok.i - 1]] if tok.i > 0 else [])
    counts = {GROUP_COUNTS[w.lower_] for w in words if w.lower_ in GROUP_COUNTS}
    return not counts or counts == {len({m.side for m in group})}


def _has_group_det(tok: Token) -> bool:
    return any(c.lower_ in GROUP_DETERMINERS for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in GROUP_DETERMINERS)


def _np_start(tok: Token) -> int:
    return min([c.i for c in tok.children if c.i < tok.i and c.dep_ in
                ("det", "nummod", "amod", "predet", "quantmod")] + [tok.i])
