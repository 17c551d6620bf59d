"""Finding actor mentions in a parsed Doc: phrase matching over the whole knowledge base.

The small NER model misses many names ("Pezeshkian", "Kyiv"), so matching is dictionary
driven; the parse and entities only veto false friends ("Jordan Peterson", "turkey").
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from accord.actors.coref import conj_top
from accord.actors.groups import (
    GroupPlaces,
    bare_sectors,
    followers,
    group_head,
    homed_communities,
    people_plural,
    people_word,
    uncovered,
)
from accord.actors.kb import KnowledgeBase
from accord.actors.spelling import Misspellings
from accord.actors.titles import (
    ENVOY_TITLES,
    FORMER,
    ORG_OFFICES,
    STRANGER_TITLES,
    TitledPeople,
    absorb_owners,
    drop_descriptions,
    drop_title_prefixes,
    organisation_officers,
)
from accord.actors.towns import (
    PRIVATE_NAMESAKES,
    TOWN_INSTITUTIONS,
    TownInstitutions,
    town_body,
)
from accord.knowledge.tsv import load_words, packaged
from accord.records import NON_STATE_SECTORS, Actor, Mention


def _lines(name: str) -> frozenset[str]:
    text = packaged("actors", name).read_text(encoding="utf-8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    return _lines("us_states.txt")


@lru_cache(maxsize=1)
def government_bodies() -> frozenset[str]:
    """Words that make an outlet a government's own voice ("Department of State")."""
    return frozenset(w.lower() for w in _lines("government_bodies.txt"))


@lru_cache(maxsize=1)
def kin_peoples() -> frozenset[str]:
    """Peoples that live as communities in neighbouring states (data/actors/kin_peoples.txt):
    after that state's name or adjective they are its people ("Kosovo Albanians")."""
    return load_words(packaged("actors", "kin_peoples.txt"))


@lru_cache(maxsize=1)
def blockers() -> frozenset[str]:
    """Names that contain an actor word but are something else ("Brazil nuts")."""
    return _lines("blockers.txt")


def _is_acronym(phrase: str) -> bool:
    """Matched case-sensitively: "US" is not "us", "WHO" is not "who"."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # state | adjective | seat | person | org
    key: str  # iso3, person name, or org code


class ActorMatcher:
    """Compiled once per (vocab, knowledge base); call `find` on each Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._entries: dict[str, list[Entry]] = {}
        self._orgs = {o.code + "|" + o.name: o for o in kb.organisations}
        # the heads of each organisation's bodies ("council" for the UN: Security Council)
        self._code_heads: dict[str, set[str]] = {}
        for o in kb.organisations:
            for name in (o.name, *o.aliases):
                words = name.split()
                if words and words[-1].lower() in ORG_HEADS:
                    self._code_heads.setdefault(o.code, set()).add(words[-1].lower())
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.sector_after = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.sector_before = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases: dict[str, list[Entry]] = {}

        def add(phrase: str, entry: Entry) -> None:
            phrases.setdefault(phrase, []).append(entry)

        for c in kb.countries.values():
            for p in c.names:
                add(p, Entry("state", c.iso3))
            for p in c.adjectives:
                add(p, Entry("adjective", c.iso3))
            for p in c.seats:
                add(p, Entry("seat", c.iso3))
        for name, roles in kb.roles.items():
            for p in {name, *[a for r in roles for a in r.aliases]}:
                add(p, Entry("person", name))
        for key, o in self._orgs.items():
            for p in {o.name, *o.aliases}:
                add(p, Entry("org", key))
        self._aliases = kb.aliases
        self._us_states = us_states()
        # where a group with no country belongs; people named by title or surname
        self.groups = GroupPlaces(kb, self._us_states)
        self.people = TitledPeople(kb)
        # bodies named after a town the dictionary does not know ("Kharkiv University")
        self.towns = TownInstitutions(lambda name: name.lower() in self._phrases,
                                      self._us_states, frozenset(kb.countries),
                                      kb.country_actor)
        self._sector_phrases = frozenset(w.phrase.lower() for w in kb.sectors)
        # the last words of sector phrases: a mention that ends in one names a state's part
        # in words ("the Kenyan police"), not by a capital standing for it ("Nairobi")
        self.organ_words = frozenset(p.split()[-1] for p in self._sector_phrases)
        for p in blockers():
            add(p, Entry("block", p))
        for i, a in enumerate(kb.aliases):
            add(a.phrase, Entry("alias", str(i)))
        self._phrases = frozenset(p.lower() for p in phrases)
        # "Phillippines", "Ethopia": a state's long name misspelt by one letter
        self.spelling = Misspellings(
            [(p, ("state", c.iso3)) for c in kb.countries.values() for p in c.names] +
            [(p, ("adjective", c.iso3)) for c in kb.countries.values() for p in c.adjectives],
            self._phrases | {w for p in self._phrases for w in p.split()} |
            {s.lower() for s in self._us_states})
        for phrase, entries in phrases.items():
            label = f"A{len(self._entries)}"
            self._entries[label] = entries
            variants = {phrase, phrase.replace("'", "\u2019")}  # news uses curly apostrophes
            docs = [nlp.make_doc(v) for v in variants]
            cased = all(e.kind == "alias" and kb.aliases[int(e.key)].cased for e in entries)
            (self.exact if _is_acronym(phrase) or cased else self.lower).add(label, docs)
        for s in kb.sectors:
            doc = nlp.make_doc(s.phrase)
            if s.position in ("after", "both"):
                self.sector_after.add(s.sector, [doc])
            if s.position in ("before", "both"):
                self.sector_before.add(s.sector, [doc])

    # ------------------------------------------------------------------ matching
    def find(self, doc: Doc, on: dt.date | None) -> list[Mention]:
        """Every actor mention in the doc, longest match first, no overlaps."""
        return self.find_with_groups(doc, on)[0]

    def find_with_groups(self, doc: Doc, on: dt.date | None
                         ) -> tuple[list[Mention], list[tuple[int, int, str]]]:
        """`find`, with the bare sector phrases that no mention covers (`bare_sectors`),
        read once per document."""
        vocab = doc.vocab
        spans: list[tuple[Span, list[Entry]]] = []
        ents = _ents_by_token(doc)
        sents = _SentenceTexts(doc)
        # organisations named only inside another name ("the UN Charter"): no actor there,
        # but the article speaks of that organisation
        inside: list[tuple[int, Actor]] = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                entries = self._entries[vocab.strings[match_id]]
                if not _capitalised(span) or self._vetoed(span, sents) or \
                        _joined_participle(span) in SPONSOR_WORDS or _name_goes_on(span):
                    continue
                if _agency(doc, span.end) is None and \
                        not _named_institution(span, _prefer(entries)) and \
                        _inside_other_name(span, ents, self._sector_phrases,
                                      self._name_words(entries),
                                      any(e.kind == "adjective" for e in entries),
                                      _prefer(entries).kind == "org"):
                    entry = _prefer(entries)
                    if entry.kind == "org":
                        inside.append((end, self._org_actor(entry.key)))
                    continue
                spans.append((span, entries))
        spans += self._misspelt(doc, spans)
        spans.sort(key=lambda t: (-(t[0].end - t[0].start), t[0].start))
        taken: set[int] = set()
        chosen: list[tuple[Span, list[Entry]]] = []
        for span, entries in spans:
            if taken.intersection(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            chosen.append((span, entries))
        chosen.sort(key=lambda t: t[0].start)
        after = _sector_index(self.sector_after, doc)
        chosen = _kin_dropped(chosen, after)
        before = _sector_index(self.sector_before, doc, by_end=True)
        mentions: list[Mention] = []
        for i, (span, entries) in enumerate(chosen):
            nxt = chosen[i + 1][0] if i + 1 < len(chosen) else None
            mention = self._resolve(doc, span, entries, on, after, before, nxt)
            if mention is not None:
                mentions.append(mention)
        mentions = drop_title_prefixes(doc, mentions)
        mentions = self.towns.find(doc, mentions, self.groups.named_countries(mentions))
        bare = bare_sectors(doc, mentions, after)
        mentions = self.groups.placed_sectors(doc, mentions, bare)
        mentions = self.groups.crowds(doc, mentions)
        mentions = self.groups.communities(doc, mentions)
        mentions = homed_communities(self.kb, doc, mentions, bare)
        mentions = self.people.titled_surnames(doc, mentions, taken, on)
        mentions = self.people.titled_strangers(doc, mentions, taken)
        mentions = self._org_heads(doc, mentions, taken, inside)
        mentions = self._member_counts(doc, mentions, taken, inside)
        # after "the alliance" has found the NATO of "NATO member Turkey" (_org_heads)
        mentions = drop_descriptions(doc, mentions)
        mentions = self.people.surnames(doc, mentions, taken)
        mentions = followers(doc, mentions)
        mentions = organisation_officers(doc, mentions)
        mentions = absorb_owners(doc, mentions)
        return mentions, uncovered(bare, mentions)

    def _misspelt(self, doc: Doc, spans: list[tuple[Span, list[Entry]]]
                  ) -> list[tuple[Span, list[Entry]]]:
        """States named by a misspelt long name ("the Phillippines military"), where no
        dictionary phrase matched (`spelling.Misspellings`)."""
        matched = {i for span, _ in spans for i in range(span.start, span.end)}
        out = []
        for tok in doc:
            if tok.i in matched:
                continue
            if (key := self.spelling.key(tok)) is not None:
                out.append((doc[tok.i:tok.i + 1], [Entry(*key)]))
        return out

    def _member_counts(self, doc: Doc, mentions: list[Mention], taken: set[int],
                       inside: Sequence[tuple[int, Actor]]) -> list[Mention]:
        """ "More than 120 countries condemned the coup": in an article that names the UN, states
        counted by the dozens (more than the fifty U.S. states) acting together are the
        majority of its General Assembly; no other forum gathers that many."""
        un = [m.actor for m in mentions if m.actor.country == UN and m.actor.kind == "organisation"]
        un += [a for _, a in inside if a.country == UN and a.kind == "organisation"]
        if not un:
            return mentions
        assembly = next((self._org_actor(k) for k, o in self._orgs.items()
                         if o.code == UN and o.name.split()[-1].lower() == "assembly"), un[0])
        extra = []
        for tok in doc:
            if tok.lower_ not in MEMBER_NOUNS or tok.i in taken:
                continue
            nums = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
            count = nums[0].text.replace(",", "") if len(nums) == 1 else ""
            # isdecimal, not isdigit: "²" is a digit that int() refuses
            if not count.isdecimal() or not MEMBER_COUNT <= int(count) <= UN_MEMBERS:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "70 nations of the Commonwealth": another body's members
            start = min(t.i for t in nums[0].subtree)  # "over 140", "more than 140"
            s = doc[start:tok.i + 1]
            extra.append(Mention(assembly, s.text, s.start_char, s.end_char, start, tok.i + 1,
                                 0.8, "count"))
        return sorted(mentions + extra, key=lambda x: x.token_start) if extra else mentions

    def _org_actor(self, key: str) -> Actor:
        o = self._orgs[key]
        return Actor(o.code, o.country, o.sector, o.name,
                     {"group": "group", "bloc": "bloc"}.get(o.kind, "organisation"))

    def _org_heads(self, doc: Doc, mentions: list[Mention], taken: set[int],
                   inside: Sequence[tuple[int, Actor]] = ()) -> list[Mention]:
        """After "the UN Security Council", "this Council" is that council; after NATO,
        "the alliance" is NATO: the head noun of an organisation named earlier in the
        article, with a determiner, refers to the last organisation that has that head.
        An organisation named only inside another name ("the UN Charter", at `inside`)
        still tells whose "this Council" is."""
        heads: dict[str, list[tuple[int, Mention]]] = {}
        for m in mentions:
            if m.actor.kind != "organisation":
                continue
            org = self._orgs.get(m.actor.code + "|" + m.actor.name)
            names = [m.text] + ([org.name, *org.aliases] if org else [])
            for name in names:
                last = name.split()[-1].lower() if name.split() else ""
                if last in ORG_HEADS:
                    heads.setdefault(last, []).append((m.token_end, m))
        # "this Council" in an article that names the UN but not its Security Council: an
        # organisation whose own bodies have that head (the UN's Security Council)
        bodies: dict[str, list[tuple[int, Mention]]] = {}
        for m in mentions:
            if m.actor.kind == "organisation":
                for last in self._code_heads.get(m.actor.code, ()):
                    bodies.setdefault(last, []).append((m.token_end, m))
        for end, actor in inside:
            if actor.kind == "organisation":
                for last in self._code_heads.get(actor.code, ()):
                    bodies.setdefault(last, []).append(
                        (end, Mention(actor, "", 0, 0, end - 1, end, 1.0, "name")))
        if not heads and not bodies:
            return mentions
        extra = []
        for v in heads.values():
            v.sort(key=lambda t: t[0])
        ends = {k: [end for end, _ in v] for k, v in heads.items()}
        for tok in doc:
            if tok.i in taken or tok.i == 0 or tok.lower_ not in heads and not (
                    tok.lower_ in bodies and tok.text[0].isupper()):
                continue
            if doc[tok.i - 1].lower_ not in ("the", "this", "that", "our", "very") and not (
                    # "Alliance members ratified ...": the members of that organisation
                    tok.text[0].isupper() and tok.i + 1 < len(doc)
                    and doc[tok.i + 1].lower_ in ("member", "members")):
                continue
            at = bisect.bisect_right(ends.get(tok.lower_, []), tok.i)
            found = heads[tok.lower_][at - 1][1] if at else None  # the last named before
            if found is None and tok.text[0].isupper() and bodies.get(tok.lower_):
                # a capitalised body named before its organisation: the nearest one
                found = min(bodies[tok.lower_], key=lambda t: abs(t[0] - tok.i))[1]
            if found is None:
                continue
            m = found
            extra.append(Mention(m.actor, tok.text, tok.idx, tok.idx + len(tok), tok.i,
                                 tok.i + 1, 0.8, "head"))
        return sorted(mentions + extra, key=lambda x: x.token_start) if extra else mentions

    def _name_words(self, entries: list[Entry]) -> frozenset[str]:
        """Words of the names and aliases of the people an entry list names."""
        words: set[str] = set()
        for e in entries:
            if e.kind == "person":
                for r in self.kb.roles.get(e.key, ()):
                    for n in (r.name, *r.aliases):
                        words.update(n.split())
        return frozenset(words)

    def _vetoed(self, span: Span, sents: _SentenceTexts) -> bool:
        """A false friend in its context ("Atlanta, Georgia"): data/actors/contexts.tsv; a
        place followed by a U.S. state ("Lima, Ohio"): data/actors/us_states.txt."""
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            rest = doc[span.end + 1: span.end + 3]
            if rest[:1].text in self._us_states or rest.text in self._us_states:
                return True
        rules = self.kb.vetoes.get(span.text.lower(), [])
        if not rules:
            return False
        return any(rx.search(sents.text_at(span.start)) for rx in rules)

    def explain(self, doc: Doc, on: dt.date | None) -> list[tuple[Mention, str]]:
        """Mentions of a short text with the reason for each resolution (`actors lookup`)."""
        out = []
        for m in self.find(doc, on):
            if m.actor.kind == "person":
                reason = "person: " + self.kb.person_actor(m.actor.name, on)[1]
            else:
                entries = self._entries_for(doc[m.token_start:m.token_end])
                kind = _prefer(entries).kind if entries else m.via
                reason = REASONS.get(kind, kind)
                if m.actor.sector and kind in ("state", "adjective"):
                    reason += f" + sector word ({m.actor.sector})"
            out.append((m, reason))
        return out

    def _entries_for(self, span: Span) -> list[Entry]:
        for matcher in (self.lower, self.exact):
            for match_id, start, _end in matcher(span.as_doc()):
                if start == 0:
                    return self._entries[span.doc.vocab.strings[match_id]]
        return []

    def _resolve(self, doc: Doc, span: Span, entries: list[Entry], on: dt.date | None,
                 after: dict[int, tuple[int, str]], before: dict[int, tuple[int, str]],
                 nxt: Span | None) -> Mention | None:
        entry = _prefer(entries)
        if entry.kind == "block":
            return None
        start, end, sector = span.start, span.end, None
        if _joined_participle(span) == "based":
            # "Gaza-based militants" are a group placed there; "a Washington-based think
            # tank" is no actor of that state
            country = entry.key if entry.kind in ("state", "adjective", "seat") else None
            if entry.kind == "alias":  # a region: "Darfur-based rebels"
                found = [r[0] for e in entries if e.kind == "alias"
                         if (r := self.kb.alias_actor(self._aliases[int(e.key)], on))]
                if found and found[0].kind == "state" and found[0].sector is None:
                    country = found[0].country
            hit = _sector_after(doc, end, after, nxt) if country else None
            if country is None or hit is None or hit[1] not in NON_STATE_SECTORS:
                return None
            return _mention(doc, start, hit[0], self.kb.country_actor(country, hit[1]), "name")
        if entry.kind == "person":
            actor, _why = self.kb.person_actor(entry.key, on)
            if any(t.lower_ in FORMER for t in doc[max(start - 3, 0):start]) and \
                    actor.sector != "ELI":
                # "former President X", "ousted leader X": out of office whatever the date
                actor = Actor(actor.country + "ELI", actor.country, "ELI", actor.name, "person")
            return _mention(doc, start, end, actor, "name")
        if entry.kind == "alias":
            for e in entries:  # the first alias of this phrase valid on the date
                if e.kind == "alias" and (resolved := self.kb.alias_actor(
                        self._aliases[int(e.key)], on)):
                    actor = resolved[0]
                    if actor.sector is None and actor.kind == "state":
                        # "Darfur rebels", "rebels in Darfur"
                        hit = _sector_after(doc, end, after, nxt)
                        sec = hit[1] if hit else _sector_before(doc, span, before) or \
                            town_body(span) or _institution_sector(span)
                        if hit:
                            end = hit[0]
                        if sec:
                            actor = Actor(actor.country + sec, actor.country, sec, actor.name,
                                          actor.kind)
                    return _mention(doc, start, end, actor, "name")
            return None
        if entry.kind == "org":
            o = self._orgs[entry.key]
            kind = {"group": "group", "bloc": "bloc"}.get(o.kind, "organisation")
            actor = Actor(o.code, o.country, o.sector, o.name, kind)
            hit = _sector_after(doc, end, after, nxt)
            if hit is not None and kind == "organisation" and hit[1] in ("MIL", "COP", "JUD"):
                # "NATO peacekeeping troops": the organisation's forces
                actor = Actor(o.country + hit[1], o.country, hit[1], o.name, kind)
                end = hit[0]
            return _mention(doc, start, end, actor, "name")
        if entry.kind == "seat":
            # "the University of Baghdad", "a hospital of Kabul": the capital's institution,
            # else its seat of power
            sector = _sector_before(doc, span, before) or _institution_sector(span)
            if sector in SEAT_INSTITUTIONS:
                start = _institution_start(span, before, start)
            else:
                sector = "GOV"
        # "Belarusian state media", "Iran's military", "Romania's new government"; a state
        # body by its own name ("the Ghana Revenue Authority", "Zambia Police Service")
        agency = _agency(doc, end) if entry.kind in ("state", "adjective") else None
        if agency is not None and nxt is not None and nxt.start < agency:
            agency = None  # "Iraq's Popular Mobilization Forces": a name of its own
        hit = _agency_sector(doc, end, agency, after) if agency is not None else \
            _sector_after(doc, end, after, nxt)
        if hit is not None:
            end, sector = hit
            if any(t.lower_ in FORMER for t in doc[span.end:end]):
                sector = "ELI"
        # "the president of Belarus", "the presidents of Belarus and Iran"
        if sector is None:
            sector = _sector_before(doc, span, before) or _institution_sector(span)
        if sector is None and entry.kind in ("adjective", "state") and _qualifies_work(span):
            return None  # "banned the Chinese film", "the American film Barbie": no actor
        if sector is None and (entry.kind == "adjective" or entry.kind == "state" and
                               end < len(doc) and doc[end].lower_ in kin_peoples()) and \
                people_word(doc, end, nxt):
            # "Iraqi Kurds", "Chinese Uighurs": a state's people of one community
            end, sector = end + 1, "CVL"
        if sector is None and entry.kind == "adjective" and people_plural(span):
            # "thousands of Nigerians", "young Algerians": the state's people, not the state
            sector = "CVL"
        if end < len(doc) and sector is not None and doc[end - 1].ent_type_ != "PERSON":
            # an unknown named official: "Iranian Foreign Minister Abbas Araghchi"
            k = end
            stop = nxt.start if nxt is not None else len(doc)
            while k < stop and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN":
                k += 1
            end = k
        return _mention(doc, start, end, self.kb.country_actor(entry.key, sector), "name")


REASONS = {"org": "organisation or bloc", "state": "state name", "adjective": "state adjective",
           "seat": "capital or seat of power (government)", "alias": "alias",
           "name": "state name with a title"}


def _prefer(entries: list[Entry]) -> Entry:
    order = {"block": -1, "alias": 0, "person": 1, "org": 2, "state": 3, "seat": 4,
             "adjective": 5}
    return sorted(entries, key=lambda e: order[e.kind])[0]


def _mention(doc: Doc, start: int, end: int, actor: Actor, via: str) -> Mention:
    span = doc[start:end]
    return Mention(actor, span.text, span.start_char, span.end_char, start, end, 1.0, via)


def _capitalised(span: Span) -> bool:
    """Proper names are capitalised: "turkey" and "chad" in lower case are not states; a
    name with a number is one too ("the 2231 team")."""
    return any(t.text[:1].isupper() for t in span if t.lower_ != "the") or (
        len(span) > 1 and any(t.text[:1].isdecimal() for t in span))


class _SentenceTexts:
    """The text of a token's sentence, built once per sentence (`span.sent.text` walks the
    sentence on every call: quadratic in a 'sentence' that is a list of a thousand names)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.bounds: list[tuple[int, int]] = []
        for sent in doc.sents:
            self.bounds.extend([(sent.start, sent.end)] * len(sent))
        self.texts: dict[int, str] = {}

    def text_at(self, i: int) -> str:
        start, end = self.bounds[i]
        if start not in self.texts:
            self.texts[start] = self.doc[start:end].text
        return self.texts[start]


# "Iran-backed militias", "the UN-recognised government", "al-Qaeda-linked groups": the name
# before one of these participles names who backs, recognises or inspires the group, not the
# group, and is no actor of its own; "-led" ("the Saudi-led coalition") and "-born" (a
# nationality) are left to the name. "-based" places a group ("Gaza-based militants") and
# names nothing else ("a Washington-based think tank"): `_resolve`
# works of culture and entertainment: a state's name or adjective that qualifies one tells
# where it comes from, not who acts ("Vietnam banned the Chinese film", "the American film
# Barbie", "Ukrainian songs"). Not goods and commodities: tariffs and embargoes on "Chinese
# cars", "Russian oil" or "Chinese goods" are aimed at that state.
WORK_NOUNS = {"film", "movie", "song", "album", "book", "novel", "series", "drama",
              "documentary", "cartoon", "anime", "sitcom", "soap", "opera", "ballet", "music",
              "painting", "artwork", "poem", "videogame", "cuisine", "dish",
              "restaurant", "app", "blockbuster", "literature"}


def _qualifies_work(span: Span) -> bool:
    """A state's name or adjective that modifies a work of culture ("the Chinese film", "the
    American film Barbie", "U.S. apps"), directly or through the nouns it is compounded with."""
    tok = span.root
    if tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = tok.head
    for _ in range(3):
        if head.lemma_.lower() in WORK_NOUNS and head.i > tok.i:
            return True
        if any(c.dep_ == "compound" and c.lemma_.lower() in WORK_NOUNS and c.i > tok.i
               for c in head.children):
            return True  # "the American film Barbie": "film" a compound of the title
        if head.dep_ not in ("compound", "amod") or head.head.i < head.i:
            break
        head = head.head
    return False


SPONSOR_WORDS = {"backed", "sponsored", "supported", "allied", "aligned", "affiliated",
                 "funded", "financed", "trained", "armed", "recognised", "recognized",
                 "linked", "inspired", "installed", "made", "built"}


def _joined_participle(span: Span) -> str:
    """The lower-case word a name is joined to by a hyphen ("Iran-backed": "backed"), or ""."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in ("-", "\u2010", "\u2011") and \
            doc[span.end - 1].whitespace_ == "" and doc[span.end].whitespace_ == "":
        return doc[span.end + 1].lower_
    return ""


# compass words a dictionary name may end in ("the West", "Western") that also begin the names
# of places ("the West African coast", "the West Midlands", "Western Cambodia")
COMPASS_WORDS = {"west", "western", "east", "eastern", "north", "northern", "south",
                 "southern"}


def _name_goes_on(span: Span) -> bool:
    """ "a pipeline along the West African coast", "police in the West Midlands": a name that
    ends in a compass word which modifies a capitalised word after it is the start of a longer
    place name, not the bloc; "the West imposed sanctions", "the West's response" stay."""
    doc = span.doc
    last = doc[span.end - 1]
    if last.lower_ not in COMPASS_WORDS or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.is_alpha and nxt.text[:1].isupper()) or nxt.is_sent_start or \
            last.whitespace_ == "":
        return False
    return (last.dep_ in ("compound", "amod", "nmod") and last.head.i >= nxt.i) or (
        last.ent_type_ != "" and last.ent_iob_ != "O" and nxt.ent_iob_ == "I")


def _ents_by_token(doc: Doc) -> dict[int, Span]:
    """Each token's named entity, built once per doc: `doc.ents` rebuilds its spans on every
    access, which made a long list of names quadratic."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


# offices named after the organisation that holds them ("United Nations Emergency Relief
# Coordinator", "African Union Special Envoy", "UN Secretary-General"), and envoys to it
OFFICE_NOUNS = ORG_OFFICES | ENVOY_TITLES | {"representative"}


def _inside_other_name(span: Span, ents: dict[int, Span], sector_phrases: frozenset[str],
                       name_words: frozenset[str], adjective: bool = False,
                       org: bool = False) -> bool:
    """ "Jordan Peterson", "Chad Smith", "Georgia Tech": a longer name of another kind. An
    organisation's office after its name (`OFFICE_NOUNS`) is no other name: the office
    holder speaks for it."""
    doc = span.doc
    if _institution_of(span):
        return False  # "the Islamic University of Gaza": the place's university
    ent = ents.get(span.start)  # entities do not overlap: only this one can hold the span
    if ent is not None and span.end <= ent.end and len(ent) > len(span) and \
            ent.label_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"):
        # a following capitalised word that our dictionary does not know
        rest = [t for t in ent if (t.i >= span.end or t.i < span.start)
                and not t.is_punct and t.lower_ not in FUNCTION_WORDS]
        if rest and all(t.text[:1].isupper() for t in rest):
            if _listed(span, rest):
                return False  # "Mali, Burkina Faso and Niger": a list the parser took as one
            if rest[0].is_sent_start and all(t.i < span.start for t in rest) and \
                    span.end < len(doc) and doc[span.end].is_lower and \
                    doc[span.end].pos_ == "NOUN" and ent.end == span.end:
                return False  # "Radical French farmers": a sentence's first word, no name
            if rest[0].i == span.end and len(rest) == 1 and (
                    adjective or rest[0].lower_ in kin_peoples()) and \
                    rest[0].tag_ in ("NNPS", "NNS") and \
                    rest[0].lower_.endswith("s") and rest[0].lower_ not in SPLIT_PEOPLES:
                # "Bosnian Serbs", "Kosovo Albanians": a state's people of one community
                return False
            if org and ent.label_ != "PERSON" and rest[0].i == span.end and \
                    rest[-1].i == ent.end - 1 and rest[-1].lower_ in OFFICE_NOUNS:
                return False  # "the United Nations Emergency Relief Coordinator"
            if _state_body(span, rest[0]):
                return False  # "the U.S. Department of Defense" is that state's own body
            if ent.label_ != "PERSON" and all(t.i < span.start for t in rest) and \
                    rest[-1].lower_ in STRANGER_TITLES:
                # "Kazakh President Kassym-Jomart Tokayev" tagged as one organisation: the
                # words before the name are its title
                return False
            if ent.label_ == "PERSON":
                # "Francois Mitterand" is still him; "Hunter Biden" is someone else
                return not name_words or any(t.text not in name_words for t in rest)
            tail = doc[span.end:ent.end].text.lower()
            # "the Nigerian Union of Teachers": the state's own workers' body by its name
            return " ".join(t.lower_ for t in rest) not in sector_phrases and not (
                all(t.i >= span.end for t in rest) and tail in sector_phrases)
    nxt = doc[span.end] if span.end < len(doc) else None
    return bool(nxt is not None and nxt.text in ("State", "Tech", "Street", "University")
                and nxt.pos_ == "PROPN")


def _kin_dropped(chosen: list[tuple[Span, list[Entry]]], after: dict[int, tuple[int, str]]
                 ) -> list[tuple[Span, list[Entry]]]:
    """A kin people's word right after a state's name or adjective ("Croatian Serb refugees",
    "Kosovo Albanians") is no mention of its own: the phrase is the first state's people.
    Only people: the plural itself, or before a people's noun (`KIN_SECTORS`); "the Bosnian
    Serb army" is the Serbs' force, read as before."""
    out: list[tuple[Span, list[Entry]]] = []
    for span, entries in chosen:
        people = span.text.lower().endswith("s") or (
            span.end in after and after[span.end][1] in KIN_SECTORS)
        if out and span.start == out[-1][0].end and span.text.lower() in kin_peoples() and \
                people and _prefer(out[-1][1]).kind in ("state", "adjective") and \
                _prefer(entries).kind == "adjective" and \
                _prefer(entries).key != _prefer(out[-1][1]).key:
            continue
        out.append((span, entries))
    return out


# sectors of a capital's own institutions named before it ("the University of Baghdad"):
# the capital stands for its state there, not for the state's seat of power
SEAT_INSTITUTIONS = {"EDU", "HLH"}
# a place's institutions named "the X of <place>" ("the Islamic University of Gaza", "the
# University of Tehran Medical School"): the place's own body, whatever name it carries
# (the universities and hospitals of towns.TOWN_INSTITUTIONS)
PLACE_INSTITUTIONS = {w: s for w, s in TOWN_INSTITUTIONS.items() if s in SEAT_INSTITUTIONS}


def _institution_of(span: Span) -> bool:
    """Whether the span is the place after "<institution> of" ("University of Gaza"); not a
    U.S. state ("the University of Georgia")."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
        doc[span.start - 2].lower_ in PLACE_INSTITUTIONS and \
        doc[span.start - 2].text[:1].isupper() and span.text not in us_states()


def _named_institution(span: Span, entry: Entry) -> bool:
    """A capital or state before an institution noun of its name ("Kampala University
    Medical School", "Amman University Hospital"): that state's university or hospital,
    not another name; not a U.S. state's or an American one."""
    doc = span.doc
    return entry.kind in ("seat", "state") and entry.key not in PRIVATE_NAMESAKES and \
        span.end < len(doc) and doc[span.end].lower_ in PLACE_INSTITUTIONS and \
        doc[span.end].text[:1].isupper() and span.text not in us_states()


def _institution_sector(span: Span) -> str | None:
    """The sector of the institution the span is the place of (`_institution_of`)."""
    return PLACE_INSTITUTIONS[span.doc[span.start - 2].lower_] if _institution_of(span) \
        else None


def _listed(span: Span, rest: Sequence[Token]) -> bool:
    """Whether a comma stands between the span and every other word of its entity: names in a
    list ("Mali, Burkina Faso"), not one name."""
    doc = span.doc
    for t in rest:
        lo, hi = (t.i, span.start) if t.i < span.start else (span.end - 1, t.i)
        if not any(doc[k].text in (",", ";") for k in range(lo + 1, hi)):
            return False
    return True


# a state's people named by their communities' kin adjectives: "Greek Cypriots" are Cyprus's
SPLIT_PEOPLES = {"cypriots"}

# the sectors of a kin people's own phrase (`kin_peoples`: "Croatian Serb refugees", "Kosovo
# Albanian demonstrators"): its people, not a force or a government
KIN_SECTORS = {"CVL", "REF", "OPP", "LAB", "EDU", "AGR", "REL"}

# heads of a state's own institutions named after it ("U.S. Department of State")
STATE_BODIES = {"department", "ministry", "embassy", "mission", "delegation"}


def _state_body(span: Span, nxt: Token) -> bool:
    """ "U.S. Department of State", "Kenyan Ministry of Health"; not "Georgia Department of
    Transportation" (a US state) or "Jordan Department Store"."""
    doc = span.doc
    return (nxt.i == span.end and nxt.lower_ in STATE_BODIES and nxt.i + 1 < len(doc)
            and doc[nxt.i + 1].lower_ in ("of", "for")
            and span.text.removeprefix("the ").removeprefix("The ") not in us_states())


def _institution_start(span: Span, before: dict[int, tuple[int, str]], start: int) -> int:
    """The first token of the institution noun that governs a capital through "of" ("the
    University of Baghdad"), so that one mention spans both ("students at the University
    of Baghdad" are its students)."""
    head = conj_top(span.root)
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return start
    hit = before.get(head.head.head.i + 1)
    return hit[0] if hit is not None and hit[0] < start else start


# the head nouns of a state body's own name after the state's name or adjective ("the Ghana
# Revenue Authority", "the Kenya Anti-Corruption Commission", "Nigeria's Independent National
# Electoral Commission"): a statutory body of that state. Not "Institute", "Association",
# "Federation", "Union", "Society", "Corporation": as often private, learned or sporting bodies
AGENCY_HEADS = {"commission", "authority", "service", "board", "agency", "bureau",
                "department", "directorate", "inspectorate", "force", "forces"}
# words of a name that make a body a sporting, business or private one ("the Pakistan
# Cricket Board", "the Kenya Tourism Board" is still the state's)
NOT_AGENCY_WORDS = {"football", "cricket", "rugby", "olympic", "athletics", "sports", "tennis",
                    "basketball", "hockey", "chess", "boxing", "golf", "volleyball", "chamber",
                    "employers", "private", "airways", "airlines", "red", "crescent", "cross"}
# sectors a state body's own name may carry ("the Zambia Police Service": COP); any other
# (an NGO's "Human Rights" in a state commission's name) leaves the body the government's
AGENCY_SECTORS = {"COP", "MIL", "JUD", "LEG", "SPY", "HLH", "EDU", "MED"}


def _agency(doc: Doc, end: int) -> int | None:
    """The end of a state body's own name right after a state's name or adjective (past
    "'s"): capitalised words ending in an AGENCY_HEADS noun that ends the run, or None."""
    j = end + 1 if end < len(doc) and doc[end].text in ("'s", "\u2019s") else end
    k, head = j, None
    while k < len(doc) and k - j < 7:
        t = doc[k]
        if t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and \
                not t.is_sent_start:
            if t.lower_ in NOT_AGENCY_WORDS:
                return None
            head = k if t.lower_ in AGENCY_HEADS else None
        elif not (k > j and t.text in ("-", "and", "&", "'s", "\u2019s")):
            break
        k += 1
    if head is None or head != k - 1 or head == j:
        return None
    return head + 1


def _agency_sector(doc: Doc, end: int, agency: int, after: dict[int, tuple[int, str]]
                   ) -> tuple[int, str]:
    """A state body's (end, sector): the last sector phrase inside its name when that is a
    state organ's (AGENCY_SECTORS: "Police Service" COP), else the government's."""
    sector = "GOV"
    for i in range(end, agency):
        hit = after.get(i)
        if hit is not None and hit[0] <= agency and hit[1] in AGENCY_SECTORS:
            sector = hit[1]
    return agency, sector


# states counted in these words, at least MEMBER_COUNT of them, are the UN's majority
UN = "UNO"
MEMBER_NOUNS = {"countries", "nations", "states"}  # "141 Member States": the head is "States"
MEMBER_COUNT = 60
UN_MEMBERS = 193  # no count of states above the UN's membership is its Assembly

# head nouns that, with a determiner, name an organisation the article has named in full
ORG_HEADS = {"council", "commission", "alliance", "assembly", "court", "parliament",
             "secretariat", "union"}

FUNCTION_WORDS = {"the", "of", "for", "de", "du", "la", "le", "del", "di", "von", "van"}
# degree words of the adjectives between a state and its part ("its most widely read daily")
DEGREE_WORDS = {"most", "least", "more", "widely", "very", "best", "largest"}
TITLE_WORDS = {"new", "former", "ex", "ousted", "deposed", "exiled", "vice", "deputy",
               "acting", "interim", "top", "senior", "chief", "first", "caretaker", "then"}


# "opposition" followed by a preposition "to" is a stance ("Beijing's opposition to the
# arms sale"), not the opposition party ("Venezuela's opposition to hold primaries")
STANCE_OPPOSITION = "opposition"


def _stance(doc: Doc, tok: Token) -> bool:
    """ "opposition" before a preposition "to": a stance, not the party."""
    return tok.lower_ == STANCE_OPPOSITION and tok.i + 1 < len(doc) and \
        doc[tok.i + 1].lower_ == "to" and doc[tok.i + 1].tag_ == "IN"


def _sector_after(doc: Doc, end: int, after: dict[int, tuple[int, str]], nxt: Span | None
                  ) -> tuple[int, str] | None:
    """A sector phrase right after a name, past "'s" and title words ("Taiwan's Vice
    Foreign Minister", "Romania's new government"); (its end, sector) or None."""
    j = end + 1 if end < len(doc) and doc[end].text in ("'s", "’s", "'") else end
    named = False  # a capitalised word passed over: "Turkish Kurd refugees"
    for _ in range(6):
        if j in after and after[j][0] == j + 1 and doc[j].pos_ == "ADJ" and \
                doc[j].dep_ == "amod" and doc[j].head.i > j and _stance(doc, doc[j].head):
            j += 1  # "Beijing's firm opposition to": an adjective of the stance
            continue
        if j in after:
            sec_end, sec = after[j]
            if named and not doc[j].is_lower and not _portfolio(doc, j, after[j][0]):
                return None  # "Syrian Democratic Forces": a name, not Syria's forces
            sec_end, sec = group_head(doc, after, (sec_end, sec))
            if sec_end == j + 1 and _stance(doc, doc[j]):
                return None  # "China's opposition to the sale": a stance, not a party
            if sec == "MED" and sec_end == j + 1 and doc[j].pos_ == "ADJ" and \
                    doc[j].dep_ == "amod" and doc[j].head.i > j and doc[j].head.is_lower:
                return None  # "Israeli daily life": an adjective, not the press
            if nxt is None or nxt.start >= sec_end:
                return sec_end, sec
            return None
        if j < len(doc) and (doc[j].lower_ in TITLE_WORDS | {"-"} or (
                # "Turkey's most respected daily": a degree word of an adjective before it
                doc[j].lower_ in DEGREE_WORDS and doc[j].head.i > j) or (
                doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN", "VERB")
                and doc[j].dep_ in ("amod", "compound", "npadvmod"))):
            # "NATO peacekeeping troops", "U.N. war crimes court", "the Russian
            # state-controlled gas company" ("state" an adverbial noun of "controlled")
            j += 1
            continue
        if j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "ADJ", "NOUN") and \
                doc[j].dep_ in ("amod", "compound") and (nxt is None or nxt.start > j):
            # "Turkish Kurd refugees", "Nicaragua's Sandinista government": a people or
            # party word between the state and its (lower-case) sector word
            named = True
            j += 1
            continue
        break
    return None


# office nouns that a capitalised portfolio may precede ("Malawian Labour Minister"): the
# words before them name the office, not an organisation of their own
PORTFOLIO_OFFICES = {"minister", "ministry", "secretary"}


def _portfolio(doc: Doc, j: int, end: int) -> bool:
    """ "Bolivian Mining Minister", "the Kenyan Tourism Ministry": a one-word office after
    capitalised portfolio words, each a compound within the office's own phrase (a named
    body, "Syrian Democratic Forces", is no office)."""
    if end != j + 1 or doc[j].lower_ not in PORTFOLIO_OFFICES:
        return False
    k = j - 1
    while k >= 0 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and \
            doc[k].dep_ in ("compound", "amod") and doc[k].head.i <= j:
        k -= 1
    return k < j - 1


def _sector_index(matcher: PhraseMatcher, doc: Doc, by_end: bool = False
                  ) -> dict[int, tuple[int, str]]:
    """Sector phrases keyed by their first token (or last+1), longest first."""
    out: dict[int, tuple[int, str]] = {}
    for match_id, start, end in sorted(matcher(doc), key=lambda m: m[1] - m[2]):
        sector = doc.vocab.strings[match_id]
        if by_end:
            out.setdefault(end, (start, sector))
        else:
            out.setdefault(start, (end, sector))
    return out


def _sector_before(doc: Doc, span: Span, before: dict[int, tuple[int, str]]) -> str | None:
    """A sector noun governing the mention through "of": "the presidents of Belarus and Iran"."""
    head = conj_top(span.root)
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "in"):
        noun = head.head.head
        if head.head.lower_ == "in" and any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i
                and c.text[:1].isupper() for c in noun.children):
            return None  # "Russian troops in Mali" are Russia's, not Mali's
        hit = before.get(noun.i + 1)
        if hit is not None:
            return hit[1]
    return None
