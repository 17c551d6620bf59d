"""People the dictionary names only in part: a title with a surname ("President Bush") or
with a name it lacks ("King Oduya of Lesotho"), a bare surname after the full name, and a
state's title word before a person it knows ("Russian President Vladimir Putin")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from accord.actors.kb import KnowledgeBase
from accord.events.syntax import PLACE_NOUNS
from accord.records import NON_STATE_SECTORS, Actor, Mention

SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
FORMER = {"former", "ex", "ousted", "deposed", "exiled", "late"}
LEADER_TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan",
                 "minister", "pm", "ayatollah", "sheikh", "shah"}
# titles of state office-holders that, before an unknown name, make them their state's
STRANGER_TITLES = LEADER_TITLES | {"judge", "justice", "general", "gen", "governor"}
TITLE_SECTORS = {"judge": "JUD", "justice": "JUD", "general": "MIL", "gen": "MIL"}
# verbs of travel: a leader "arrived in Amman" is away from home
TRAVEL_VERBS = {"arrive", "visit", "travel", "fly", "go", "come", "return", "land", "tour",
                "stop", "head", "reach"}
# meetings a leader travels to: the place of one is no home
GATHERINGS = {"summit", "conference", "meeting", "talks", "forum", "visit", "trip", "tour",
              "session", "assembly", "congress", "gathering"}


# the last word of a political party's name ("the United Progress Party", "the National
# Resistance Movement")
PARTY_WORDS = {"party", "movement", "front", "alliance", "congress", "league"}


# dependencies by which a word is what a clause acts on or talks about, not who acts
# (a clause of the person's own, "agreed to talk with", is still the person's act)
TOPIC_DEPS = {"dobj", "attr", "oprd", "dative", "nsubjpass", "ccomp", "relcl", "acl"}


def _acts_with(group: Token, person: Token) -> bool:
    """Whether a group takes part in the person's act, not as its topic: the subject of it,
    of a clause above it, or in a prepositional phrase of it ("conceded to demands from
    UNITA"); not the object of the act or of a noun it talks about ("condemned the arrest
    of Nigerian protesters")."""
    above = {person.i} | {t.i for t in person.ancestors}
    tok = group
    while tok.i not in above:
        if tok.dep_ in TOPIC_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _at_home(doc: Doc, m: Mention, person: Token) -> bool:
    """A state's mention that shows the sentence at home in it: one of its own non-state
    groups or branches that acts with the person (`_acts_with`), or the place of an act
    that is no journey ("a curfew in Algiers")."""
    head = doc[m.token_end - 1]
    if m.actor.sector in NON_STATE_SECTORS or m.actor.sector in ("JUD", "COP", "LEG"):
        return _acts_with(head, person)
    if m.actor.sector is None and head.dep_ == "poss" and head.head.pos_ == "PROPN" and \
            head.head.lower_ in PARTY_WORDS:
        # "members of Zambia's United Progress Party urged Mines Minister X": a party of
        # the state's own, that the dictionary does not know, acting with the person
        return _acts_with(head.head, person)
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "inside", "throughout", "across"):
        return False
    verb = head.head.head
    if verb.lemma_.lower() in GATHERINGS:
        return False  # "at a summit in Paris": a leader abroad (review)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() not in TRAVEL_VERBS


class TitledPeople:
    """People by title or surname, from the knowledge base's roles; built once with the
    matcher."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.by_surname: dict[str, list[str]] = {}
        for name in kb.roles:
            words = [w for w in name.split() if w.strip(".") not in SUFFIXES]
            if len(words) > 1:
                self.by_surname.setdefault(words[-1], []).append(name)

    def titled_surnames(self, doc: Doc, mentions: list[Mention], taken: set[int],
                        on: dt.date | None) -> list[Mention]:
        """ "President Bush" in 2008: a title and a surname name whoever held such an office
        on the story's date, when exactly one person with that surname did."""
        extra = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or tok.i == 0:
                continue
            if doc[tok.i - 1].lower_ not in LEADER_TITLES or (tok.i + 1 < len(doc) and
                                                              doc[tok.i + 1].pos_ == "PROPN"):
                continue
            names = self.by_surname.get(tok.text, ())
            holders: set[tuple[str | None, Actor]] = set()
            if on is None:
                undated = self._undated(doc, tok, names)
                if undated is not None:
                    holders.add((None, undated))
            else:
                for name in names:
                    actor, why = self.kb.person_actor(name, on)
                    if actor.sector == "GOV" and "head_of" in why:
                        holders.add((name, actor))
            if len(holders) == 1:
                (_name, actor), = holders
                title = doc[tok.i - 1]
                extra.append(Mention(actor, doc[title.i:tok.i + 1].text, title.idx,
                                     tok.idx + len(tok), title.i, tok.i + 1, 0.9, "title"))
        return sorted(mentions + extra, key=lambda m: m.token_start) if extra else mentions

    def _undated(self, doc: Doc, tok: Token, names: Iterable[str]) -> Actor | None:
        """With no story date, whoever it was: if everyone of that surname the dictionary
        knows served one state, and led it ("President Bush"), that state's government; not
        a minister ("Foreign Minister Wong": Singapore's prime minister or Australia's
        foreign minister?), and a former one is its elite."""
        roles = [r for n in names for r in self.kb.roles[n]]
        served = {r.country for r in roles}
        led = {r.country for r in roles if r.role.startswith("head_of")}
        if len(served) != 1 or led != served or doc[tok.i - 1].lower_ in ("minister", "pm"):
            return None
        former = tok.i >= 2 and doc[tok.i - 2].lower_ in FORMER
        return self.kb.country_actor(next(iter(served)), "ELI" if former else "GOV")

    def titled_strangers(self, doc: Doc, mentions: list[Mention], taken: set[int]
                         ) -> list[Mention]:
        """A titled person the dictionary does not know ("President Dos Santos", "Judge
        Alejandro Rivera", "King Hassan of Morocco") is their state's government: the state
        after "of", or else the sentence's only state where the sentence shows that state
        at home: the place the act is in ("curfew in Sudan", "in Algiers"), its own
        non-state groups, courts, police or legislature (a judge: any mention of it). A
        state named only as a partner ("President X met Russia's ...") does not tell."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)} | taken
        ends = {m.token_end for m in mentions}
        extra: list[Mention] = []
        for tok in doc:
            title = tok.lower_.rstrip(".")
            if title not in STRANGER_TITLES or not tok.text[:1].isupper() or tok.i in covered \
                    or tok.i in ends:
                continue
            j = tok.i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and \
                    j not in covered:
                j += 1
            name = doc[tok.i + 1:j]
            of_state = j + 1 < len(doc) and doc[j].lower_ == "of"
            if not name or not of_state and not any(t.ent_type_ == "PERSON" for t in name):
                continue
            sector = "ELI" if any(t.lower_ in FORMER for t in doc[max(tok.i - 2, 0):tok.i]) \
                else TITLE_SECTORS.get(title, "GOV")
            of = next((m for m in mentions if of_state and m.token_start == j + 1
                       and m.actor.kind == "state" and m.actor.sector is None), None)
            if of is not None:
                s = doc[tok.i:of.token_end]
                extra.append(Mention(self.kb.country_actor(of.actor.country, sector), s.text,
                                     s.start_char, s.end_char, tok.i, of.token_end, 0.9, "title"))
                mentions = [m for m in mentions if m is not of]
                continue
            sent = tok.sent
            here = [m for m in mentions if sent.start <= m.token_start < sent.end
                    and m.actor.country in self.kb.countries]
            if len({m.actor.country for m in here}) != 1 or any(
                    m.actor.kind not in ("state", "group") for m in here):
                continue
            if title not in ("judge", "justice") and \
                    not any(_at_home(doc, m, doc[j - 1]) for m in here):
                continue
            s = doc[tok.i:j]
            extra.append(Mention(self.kb.country_actor(here[0].actor.country, sector), s.text,
                                 s.start_char, s.end_char, tok.i, j, 0.8, "title"))
        return sorted(mentions + extra, key=lambda m: m.token_start) if extra else mentions

    def surnames(self, doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """After "Lloyd J. Austin III", a bare "Austin" in the same article is that person,
        even when the surname alone is too ambiguous for the dictionary."""
        known: dict[str, Mention] = {}
        for m in mentions:
            if m.actor.kind == "person":
                words = [w for w in m.actor.name.split() if w.strip(".") not in SUFFIXES]
                if len(words) > 1:
                    known.setdefault(words[-1], m)
        if not known:
            return mentions
        extra = []
        first = {k: v.token_start for k, v in known.items()}
        for tok in doc:
            hit = known.get(tok.text)
            if hit is None or tok.i in taken or tok.i < first[tok.text] or tok.pos_ != "PROPN":
                continue
            extra.append(Mention(hit.actor, tok.text, tok.idx, tok.idx + len(tok), tok.i, tok.i + 1,
                                 0.9, "surname"))
        return sorted(mentions + extra, key=lambda x: x.token_start)


def _respan(doc: Doc, m: Mention, start: int, actor: Actor | None = None) -> Mention:
    """A mention grown back to token `start` (a title or name before it joins it), with its
    confidence and how it was found; `actor` replaces its actor."""
    s = doc[start:m.token_end]
    return Mention(actor or m.actor, s.text, s.start_char, s.end_char, start, m.token_end,
                   m.confidence, m.via)


def _rebuilt(doc: Doc, mentions: list[Mention], drop: set[int], grown: dict[int, int]
             ) -> list[Mention]:
    """The mentions less those at the `drop` indexes, those at the `grown` ones re-spanned
    from the token given."""
    return [_respan(doc, m, grown[k]) if k in grown else m
            for k, m in enumerate(mentions) if k not in drop]


def drop_title_prefixes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Russian President Vladimir Putin": one person mention, not a state and a person."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].actor.kind == "state" and m.actor.kind == "person" \
                and out[-1].token_end == m.token_start and out[-1].actor.sector is not None:
            m = _respan(doc, m, out.pop().token_start)
        out.append(m)
    return out


# nouns that describe a state by its place among others: its membership, alliance or
# neighbourhood ("NATO-member Norway", "U.S. ally Japan", "Poland, a NATO member,")
RELATION_NOUNS = {"member", "members", "ally", "allies", "partner", "partners", "neighbour",
                  "neighbours", "neighbor", "neighbors"}


def drop_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "NATO-member Norway is willing to send material", "fellow EU member Poland
    criticised ...", "key U.S. ally Japan pledged ...", "Poland, a NATO member, ...": the bloc
    or state in a description of another state (RELATION_NOUNS) is no actor of the clause,
    the state described is. A description right before the state's name becomes part of
    its mention ("NATO-member Norway": one mention, Norway)."""
    by_head = {m.token_end - 1: k for k, m in enumerate(mentions)}
    drop: set[int] = set()
    grown: dict[int, int] = {}  # described mention -> the token its span now starts at
    for k, m in enumerate(mentions):
        word = doc[m.token_end - 1]
        rel = word.head
        if word.dep_ == "poss":
            # "Russia's neighbour Finland", parsed as Finland's possessor and compound
            rel = next((c for c in word.head.children if c.dep_ == "compound"
                        and word.i < c.i < word.head.i and c.lower_ in RELATION_NOUNS), rel)
        if word.dep_ not in ("compound", "nmod", "amod", "poss") or \
                rel.lower_ not in RELATION_NOUNS or rel.i == word.i:
            continue
        # the state described: the noun the description modifies ("NATO-member Norway"),
        # the name in apposition to it ("U.S. ally Japan"), or the name it is apposed to
        # ("Poland, a NATO member")
        cands = [rel.head] if rel.dep_ in ("compound", "nmod", "amod", "appos") else []
        cands += [c for c in rel.children if c.dep_ == "appos"]
        described = [by_head[c.i] for c in cands if c.i in by_head]
        described = [d for d in described if mentions[d].actor.kind == "state"
                     and mentions[d].actor.party != m.actor.party]
        if not described:
            continue
        drop.add(k)
        d = described[0]
        if rel.dep_ in ("compound", "amod") and rel.head.i == mentions[d].token_end - 1 and \
                rel.i == mentions[d].token_start - 1 and m.token_start < rel.i:
            grown[d] = m.token_start
    return _rebuilt(doc, mentions, drop, grown)


# dependencies by which a state's name owns or describes a noun: "Yemen's Houthis", "Lebanese
# Hezbollah fighters", "U.S. Treasury"
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
POSSESSIVE_MARKS = {"'s", "\u2019s", "'", "\u2019"}


def absorb_owners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Yemen's Houthis attacked", "Colombia's ELN rebels", "Russia's Wagner group", "Lebanese
    Hezbollah fighters", "Russia's Putin": a bare state that owns or describes another mention
    of its own country (a group, organ, organisation or person: the possessor or a modifier of
    its head, or of the noun that mention modifies) is no second actor; the state's name
    becomes part of that mention when only "'s" stands between them, and is dropped
    otherwise. A patron of another party named as its allies or proxies ("Iran's Hezbollah
    allies attacked") is dropped too. A state that owns an act ("Russia's invasion of
    Ukraine", "Iran's support for Hezbollah") or its capital ("Ukraine's capital Kyiv")
    stays."""
    if len(mentions) < 2:
        return mentions
    by_token = {i: k for k, m in enumerate(mentions) for i in range(m.token_start, m.token_end)}
    drop: set[int] = set()
    grown: dict[int, int] = {}  # owned mention -> the token its span now starts at
    for k, m in enumerate(mentions):
        a = m.actor
        if a.kind != "state" or a.sector is not None:
            continue
        word = doc[m.token_end - 1]
        if word.dep_ == "case" and word.i > m.token_start:
            word = doc[m.token_end - 2]  # a span that ends in its own "'s"
        head = word.head
        if word.dep_ not in OWNER_DEPS or head.i < m.token_end:
            continue
        while head.i not in by_token and head.dep_ in ("amod", "compound") and \
                head.head.i > head.i:
            head = head.head  # "Sudan's paramilitary RSF", the possessive parsed on the adjective
        owned = by_token.get(head.i)
        if owned is None:
            # "Colombia's ELN rebels": the name and the group both modify "rebels"
            owned = next((by_token[c.i] for c in head.children
                          if c.i > word.i and c.dep_ in ("compound", "amod", "nmod")
                          and c.i in by_token and mentions[by_token[c.i]].token_end - 1 == c.i),
                         None)
        if owned is None or owned == k:
            continue
        o = mentions[owned]
        if o.token_start < m.token_end:
            continue
        if head.lower_ in PROXY_NOUNS and o.actor.party != a.party and \
                not o.token_start <= head.i < o.token_end:
            drop.add(k)  # "Iran's Hezbollah allies": the allies act, not their patron
            continue
        if o.actor.country != a.country or \
                o.actor.kind == "state" and (o.actor.sector is None or _place(doc, o, head)):
            continue
        drop.add(k)
        gap = doc[m.token_end:o.token_start]
        if all(t.text in POSSESSIVE_MARKS for t in gap) and owned not in grown:
            grown[owned] = m.token_start
    if not drop:
        return mentions
    return _rebuilt(doc, mentions, drop, grown)


# a patron's word for the group it backs: "Iran's Hezbollah allies", "Russia's Wagner proxies"
PROXY_NOUNS = RELATION_NOUNS | {"proxy", "proxies"}


def _place(doc: Doc, m: Mention, head: Token) -> bool:
    """ "East Timor's capital Dili", "Ukraine's capital": a capital is a place there, not the
    government a seat of power stands for."""
    return head.lower_ in PLACE_NOUNS or doc[m.token_end - 1].ent_type_ in ("GPE", "LOC") or \
        any(doc[i].lower_ in PLACE_NOUNS for i in range(max(m.token_start - 2, 0), m.token_start))


# offices an organisation names before its holder's name ("NATO Secretary General Jens
# Stoltenberg", "EU foreign policy chief Kaja Kallas", "Hezbollah leader Naim Qassem"); not
# ambassadors, who are their own state's envoys to it ("UN Ambassador Linda
# Thomas-Greenfield"), nor a bare representative
ORG_OFFICES = {"secretary", "general", "secretary-general", "chief", "head", "leader",
               "director", "director-general", "president", "chairman", "chairperson",
               "chairwoman", "chair", "commissioner", "envoy", "coordinator", "spokesman",
               "spokeswoman", "spokesperson", "commander", "rapporteur", "administrator",
               "mediator", "negotiator", "prosecutor"}
# a state's envoys to an organisation, named by it: the person is their state's
ENVOY_TITLES = {"ambassador", "ambassadors", "delegate"}
# words of such a title before its last word
ORG_TITLE_WORDS = ORG_OFFICES | {"deputy", "vice", "high", "special", "foreign", "policy",
                                 "executive", "top", "supreme", "allied", "chief", "-",
                                 "humanitarian", "military", "political", "security"}


def organisation_officers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "NATO Secretary General Jens Stoltenberg praised Finland": a person named right after
    an organisation's office acts in that office, whatever their own nationality: one
    mention, the organisation's; a former holder ("former NATO chief ...") is the person alone.
    An envoy to it ("UN Ambassador Linda Thomas-Greenfield") is the person, their state's."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.actor.kind == "person" and \
                prev.actor.kind in ("organisation", "group") and \
                prev.token_end <= m.token_start:
            title = [t.lower_ for t in doc[prev.token_end:m.token_start]]
            last = title[-1] if title else doc[prev.token_end - 1].lower_
            before = doc[max(prev.token_start - 2, 0):prev.token_start]
            if last in ENVOY_TITLES and all(w in ORG_TITLE_WORDS | ENVOY_TITLES
                                            for w in title):
                # "UN Ambassador Linda Thomas-Greenfield": her state's envoy to it
                out[-1] = _respan(doc, m, prev.token_start)
                continue
            # "EU High Representative Kaja Kallas", "UN Special Representative ...": the
            # organisation's own (a bare "representative" may be a state's, to it)
            office = last in ORG_OFFICES or last == "representative" and any(
                t.lower_ in ("high", "special") for t in doc[prev.token_start:m.token_start])
            if office and all(w in ORG_TITLE_WORDS | {"representative"} for w in title):
                # still a person ("he" refers to them), in the organisation's office; a
                # former holder is only the person
                former = any(t.lower_ in FORMER for t in before)
                actor = m.actor if former or m.actor.party == prev.actor.party else Actor(
                    prev.actor.code, prev.actor.country, prev.actor.sector, m.actor.name,
                    "person")
                out[-1] = _respan(doc, m, prev.token_start, actor)
                continue
        out.append(m)
    return out
