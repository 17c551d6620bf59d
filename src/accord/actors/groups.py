"""Where a group with no country of its own belongs: the place it hangs on, the community
it lives in, the people a state's plural demonym names.

A sector phrase that no name owns ("demonstrators", "rebels", "ethnic Albanians") is read
once a document (`bare_sectors`); `GroupPlaces` gives it the country of a place the
knowledge base or the gazetteer knows. The state organ acting on a group, or the
government it addresses, is `domestic`'s reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from accord.actors.kb import KnowledgeBase
from accord.events.places import city_countries, city_country
from accord.events.syntax import PLACE_NOUNS
from accord.records import NON_STATE_SECTORS, Actor, Mention

# prepositions by which a group hangs on its place: "rebels in", "refugees from"
PLACE_PREPS = {"in", "from", "inside", "throughout", "across"}
# participles by which a group is placed: "a group based in", "guerrillas operating in"
PLACE_PARTICIPLES = {"base", "live", "operate", "station", "hold", "gather"}
# common nouns of a place whose name stands beside them ("the town of Gulu")
# nouns that count people: "thousands of Nigerians", "a crowd of Algerians"
CROWD_NOUNS = {"thousands", "hundreds", "dozens", "tens", "scores", "millions", "crowd",
               "crowds", "group", "groups", "hundred", "thousand", "million", "number"}
# words of states' official names that name no place of their own
NAME_FILLERS = {"republic", "democratic", "united", "kingdom", "states", "people's", "peoples",
                "federal", "federation", "islamic", "arab", "socialist", "islands", "saint",
                "state", "union", "commonwealth", "principality", "grand", "duchy", "plurinational",
                "bolivarian", "cooperative", "independent", "sultanate", "emirates", "central",
                "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                "great", "britain", "ireland", "new"}


class GroupPlaces:
    """Places told by the knowledge base's states and the gazetteer's towns, and the
    groups they place; built once with the matcher."""

    def __init__(self, kb: KnowledgeBase, us_states: frozenset[str]) -> None:
        self.kb = kb
        self.us_states = us_states
        # words of states' official names, to the states they name ("congo": COD, COG)
        self.state_name_words: dict[str, set[str]] = {}
        for c in kb.countries.values():
            for name in c.names:
                for w in name.replace("-", " ").split():
                    if w[:1].isupper() and len(w) > 3 and w.lower() not in NAME_FILLERS:
                        self.state_name_words.setdefault(w.lower(), set()).add(c.iso3)

    def placed_sectors(self, doc: Doc, mentions: list[Mention],
                       bare: list[tuple[int, int, str]]) -> list[Mention]:
        """A sector phrase with no country of its own takes the country of the place it
        hangs on: "demonstrators in Baghdad", "rebels in the Ivory Coast", "refugees from
        Syria", "a terror group based in Trinidad". One mention spans the group and its
        place (its head stays the place's, where the coder reads it)."""
        if not bare:
            return mentions
        by_head = {m.token_end - 1: k for k, m in enumerate(mentions)}
        out = list(mentions)
        named = self._named_countries(mentions)
        for start, end, sector in bare:
            head = doc[end - 1]
            owner = by_head.get(start - 2) if start >= 2 and doc[start - 1].text in (
                "'s", "’s") else None
            if owner is not None and out[owner].actor.kind == "person" and \
                    sector in NON_STATE_SECTORS and out[owner].actor.country in self.kb.countries:
                # "Djindjic's opposition coalition", "the general's rebels": the person's
                # country's group (the person is the mention's modifier, not its head); a
                # person's own organs ("Putin's spokesman") stay the person's mention
                m = out[owner]
                actor = self.kb.country_actor(m.actor.country, sector)
                s = doc[m.token_start:end]
                out[owner] = Mention(actor, s.text, s.start_char, s.end_char, m.token_start,
                                     end, m.confidence, m.via)
                continue
            for place in group_places(head):
                k = by_head.get(place.i)
                if k is None and sector in NON_STATE_SECTORS and \
                        (country := self._city_country(place, named)) is not None:
                    # "demonstrators in Lagos": a town the gazetteer knows, in one state
                    actor = self.kb.country_actor(country, sector)
                    s = doc[start:place.i + 1]
                    out.append(Mention(actor, s.text, s.start_char, s.end_char, start,
                                       place.i + 1, 0.9, "place"))
                    break
                if k is None or out[k].actor.kind != "state" or out[k].token_start < end:
                    continue
                m = out[k]
                if m.actor.sector not in (None, "GOV", sector):
                    break  # "rebels in the Syrian army's sights": the place has its own part
                if m.actor.sector == "GOV" and sector in ("MIL", "SPY"):
                    break  # "troops in Kabul": whose troops, the capital does not tell
                a = m.actor
                if sector in NON_STATE_SECTORS and m.actor.sector == "GOV" and \
                        (home := self._namesake(m, mentions)) is not None:
                    # "protesters in Tripoli" in a story about Lebanon: its Tripoli
                    a = self.kb.country_actor(home, None)
                actor = Actor(a.country + sector, a.country, sector, a.name, a.kind)
                s = doc[start:m.token_end]
                out[k] = Mention(actor, s.text, s.start_char, s.end_char, start, m.token_end,
                                 m.confidence, m.via)
                break
        return sorted(out, key=lambda m: m.token_start)

    def communities(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """An ethnic community is the state it lives in, not its kin state: "ethnic
        Albanians in south Serbia", "the Albanians of southern Serbia", "ethnic Hungarian
        farmers in Slovakia" are that state's people (CVL, or the group's own sector). The
        place hangs on the group ("in", "of", "living in"; one mention spans both) or, for
        a group marked "ethnic", on its clause's verb ("ethnic Albanians demonstrated in
        Serbia"), when the sentence names no third state the act may be with or against.
        With no other state placing it, the group keeps its kin state."""
        by_head = {m.token_end - 1: k for k, m in enumerate(mentions)}
        out: list[Mention | None] = list(mentions)
        for k, m in enumerate(mentions):
            a = m.actor
            if a.kind != "state" or (a.sector is not None and a.sector not in NON_STATE_SECTORS):
                continue
            head = doc[m.token_end - 1]
            ethnic = any(t.lower_ == "ethnic" for t in doc[max(m.token_start - 2, 0):m.token_start])
            people = people_plural(doc[m.token_start:m.token_end]) or (
                a.sector is None and head.tag_ in ("NNPS", "NNS") and head.lower_.endswith("s"))
            if not ethnic and not (people and a.sector in (None, "CVL")):
                continue
            places = [p for p in group_places(head) if p.i >= m.token_end]
            places += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if not ethnic:
                # "the Albanians of southern Serbia": belonging, not a visit ("Britons in Spain")
                places = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
            hit = self._community_place(places, mentions, by_head, a.country)
            span_end = mentions[hit].token_end if hit is not None else None
            country = mentions[hit].actor.country if hit is not None else None
            if country is None and ethnic and head.dep_ in ("nsubj", "dobj", "nsubjpass"):
                verb_places = [g for c in head.head.children if c.dep_ == "prep"
                               and c.lower_ in PLACE_PREPS for g in c.children if g.dep_ == "pobj"]
                # "in a gunbattle in southeastern Serbia": one step on through "in"
                verb_places += [g2 for g in verb_places for c in g.children if c.dep_ == "prep"
                                and c.lower_ in PLACE_PREPS for g2 in c.children
                                if g2.dep_ == "pobj"]
                v = self._community_place(verb_places, mentions, by_head, a.country)
                country = mentions[v].actor.country if v is not None else None
                sent = head.sent
                if country is not None and any(
                        o.actor.country not in ("", a.country, country) and
                        o.actor.kind in ("state", "person") and
                        sent.start <= o.token_start < sent.end for o in mentions):
                    # "demonstrated in Germany against the Serbian government": a third
                    # state the act is against or with; the country it happens in does not
                    # tell where the group lives (review)
                    country = None
            if country is None:
                continue
            actor = self.kb.country_actor(country, a.sector or "CVL")
            if span_end is not None and hit is not None:
                s = doc[m.token_start:span_end]
                out[k] = Mention(actor, s.text, s.start_char, s.end_char, m.token_start,
                                 span_end, m.confidence, "place")
                out[hit] = None
            else:
                out[k] = Mention(actor, m.text, m.start, m.end, m.token_start, m.token_end,
                                 m.confidence, m.via)
        return [m for m in out if m is not None]

    def _community_place(self, places: list[Token], mentions: list[Mention],
                         by_head: dict[int, int], kin: str) -> int | None:
        """The first of the places that a state mention (its name, not a part of it) names,
        another state than the community's kin state."""
        for p in places:
            k = by_head.get(p.i)
            if k is None:
                continue
            m = mentions[k]
            if m.actor.kind == "state" and m.actor.sector in (None, "GOV") and \
                    m.actor.country != kin and m.actor.country in self.kb.countries:
                return k
        return None

    def _named_countries(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """The states the article names, by name or by a group of theirs ("the Liberian
        Peace Council": a place's namesake there is the one it means)."""
        return frozenset(m.actor.country for m in mentions if m.actor.kind in (
            "state", "group") and m.actor.country in self.kb.countries)

    def _namesake(self, seat: Mention, mentions: Sequence[Mention]) -> str | None:
        """Another state's town of a capital's name, when the article names that state and
        not the capital's own by any other mention ("Tripoli" with "Lebanon")."""
        others = [m for m in mentions if m is not seat]
        named = self._named_countries(others)
        if seat.actor.country in named:
            return None
        country = city_country(seat.text, named)
        return country if country in named else None

    def place_country(self, place: Token, mentions: Sequence[Mention],
                      struck: bool = False) -> str | None:
        """The state a place token lies in: the state mention that covers it, else the
        gazetteer's town (`_city_country`; `struck`: the token is what military force
        strikes, a place whatever the parser's entity tag)."""
        for m in mentions:
            if m.token_start <= place.i < m.token_end and m.actor.kind == "state" and \
                    m.actor.country in self.kb.countries:
                return m.actor.country
        return self._city_country(place, self._named_countries(mentions), struck)

    def place_states(self, place: Token) -> frozenset[str]:
        """Every state with a town of that name (a place the dictionary leaves unnamed, as
        "Congo" of two states)."""
        if place.pos_ != "PROPN" or not place.text[:1].isupper() or \
                place.ent_type_ not in ("GPE", "LOC"):
            return frozenset()  # "at Al-Azhar University", "at the airport": no town (review)
        first = min([c.i for c in place.children if c.dep_ == "compound" and c.i < place.i
                     and c.pos_ == "PROPN"] + [place.i])
        name = place.doc[first:place.i + 1].text  # the whole name, not its last word
        out = {c for c in city_countries(name) if c in self.kb.countries}
        out |= self.state_name_words.get(place.lower_, set())
        return frozenset(out)

    def _city_country(self, place: Token, article: frozenset[str] = frozenset(),
                      struck: bool = False) -> str | None:
        """The state of a town the knowledge base does not know, from the packaged GeoNames
        gazetteer (a namesake in a state the article names, else the most populous place of
        that name by a clear margin: `places.city_country`): a capitalised proper noun the
        parser takes for a place ("Lagos", "Port Harcourt") or that a place noun names ("the
        town of Gulu"), never a U.S. state's name."""
        # "the town of Gulu", "shelled Kharkiv" (tagged a person): a place whatever its tag
        named = struck or place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lower_ in PLACE_NOUNS
        if place.pos_ != "PROPN" or not place.text[:1].isupper() or \
                (place.ent_type_ not in ("GPE", "LOC") and not named):
            return None
        first = min([c.i for c in place.children if c.dep_ == "compound" and c.i < place.i
                     and c.pos_ == "PROPN"] + [place.i])
        name = place.doc[first:place.i + 1].text
        if name in self.us_states:
            return None
        country = city_country(name, article)
        return country if country in self.kb.countries else None


# nouns of a person's following: "supporters of former President Ben Bella"
FOLLOWER_NOUNS = {"supporters", "followers", "loyalists", "partisans", "backers"}


def followers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The following of a person out of power is their state's opposition: "supporters of
    former President Ahmed Ben Bella", "the opposition leader's followers" (OPP; one
    mention spans the following and the person). A sitting office-holder's supporters are
    left to the person."""
    out = []
    for m in mentions:
        a = m.actor
        if a.kind != "person" or a.sector not in ("ELI", "OPP") or not a.country:
            out.append(m)
            continue
        head = doc[m.token_end - 1]
        start, end = m.token_start, m.token_end
        if head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lower_ in FOLLOWER_NOUNS and head.head.head.i < start:
            start = head.head.head.i  # "supporters of former President X"
        elif end + 1 < len(doc) and doc[end].text in ("'s", "’s") and \
                doc[end + 1].lower_ in FOLLOWER_NOUNS:
            end += 2  # "X's supporters"
        else:
            out.append(m)
            continue
        s = doc[start:end]
        actor = Actor(a.country + "OPP", a.country, "OPP", a.name, "state")
        out.append(Mention(actor, s.text, s.start_char, s.end_char, start, end,
                           m.confidence, "followers"))
    return out


def bare_sectors(doc: Doc, mentions: Sequence[Mention], after: dict[int, tuple[int, str]]
                 ) -> list[tuple[int, int, str]]:
    """Sector phrases that no mention covers and no name owns ("demonstrators", "the
    government", "opposition activists"), as (start, end, sector): groups whose country
    the sentence may tell by a place or by the state organ acting on them."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        hit = after.get(i)
        if hit is None or covered.intersection(range(i, hit[0])):
            i += 1
            continue
        end, sector = group_head(doc, after, hit)
        nxt = doc[end] if end < len(doc) else None
        named = any(t.text[:1].isupper() for t in doc[i + 1:end]) or (
            nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())
        # a part of a name ("the Government Accountability Office", "Police Chief X"),
        # or a word of a longer noun ("students' union" is fine, "government bonds" not)
        if not named and doc[end - 1].pos_ in ("NOUN", "PROPN") and \
                doc[end - 1].dep_ not in ("compound", "amod", "nmod"):
            out.append((i, end, sector))
        i = end
    return out


def group_head(doc: Doc, after: dict[int, tuple[int, str]], hit: tuple[int, str]
               ) -> tuple[int, str]:
    """A non-state group's word that modifies a following sector noun names the group's own
    people: "rebel leaders", "fundamentalist leaders", "student spokesmen" are the rebels',
    the fundamentalists', the students' (not a government's); the span runs on to that
    noun and keeps the group's sector. Before another group's noun the head decides:
    "fundamentalist demonstrators" are demonstrators."""
    end, sector = hit
    nxt = after.get(end)
    if sector in NON_STATE_SECTORS and nxt is not None and nxt[1] not in NON_STATE_SECTORS and \
            doc[end - 1].dep_ in ("amod", "compound") and doc[end - 1].head.i >= end:
        return nxt[0], sector
    return hit


def uncovered(bare: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]
              ) -> list[tuple[int, int, str]]:
    """The bare sector phrases (`bare_sectors`) that no mention covers."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    return [b for b in bare if not covered.intersection(range(b[0], b[1]))]


def people_word(doc: Doc, end: int, nxt: Span | None) -> bool:
    """A capitalised plural right after a state adjective that names no actor and heads its
    phrase: a community of that state's people ("Iraqi Kurds"; not "Russian Orthodox")."""
    if end >= len(doc) or (nxt is not None and nxt.start <= end):
        return False
    tok = doc[end]
    return (tok.is_title and tok.tag_ in ("NNPS", "NNS") and tok.lower_.endswith("s")
            and tok.dep_ not in ("compound", "amod") and not tok.lower_.endswith("ss")
            and (end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN"))


def people_plural(span: Span) -> bool:
    """A state's plural demonym heading its own phrase and told as people: counted ("100
    Nigerians", "thousands of Nigerians"), described ("young Algerians", "ethnic Albanians")
    or placed ("Palestinians living in the West Bank"). A bare "Palestinians" may be the
    side in talks, and stays the state. A demonym of several words ("three South Koreans")
    is one phrase: its first words are capitalised compounds of its last."""
    tok = span[-1]
    if not (tok.tag_ in ("NNPS", "NNS") and tok.lower_.endswith("s")
            and not tok.lower_.endswith("ss") and tok.dep_ not in ("compound", "amod", "poss")):
        return False
    if any(t.head.i != tok.i or t.dep_ != "compound" or not t.text[:1].isupper()
           for t in span[:-1]):
        return False
    if any(c.dep_ == "nummod" or c.dep_ == "amod" and c.pos_ == "ADJ" or (
            # "Young Algerians": a sentence's first word the parser takes for a name
            c.dep_ == "compound" and c.is_sent_start and not c.ent_type_)
           for c in tok.children if not span.start <= c.i < span.end):
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in PLACE_PARTICIPLES for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.lower_ in CROWD_NOUNS or tok.head.head.pos_ == "NUM")


def group_places(head: Token) -> list[Token]:
    """The places a group's head noun hangs on, nearest first: the objects of "in",
    "from" (each conjunct: "in Kenya and Uganda" keeps the first), and of a placing
    participle ("based in Trinidad")."""
    out: list[Token] = []
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in PLACE_PARTICIPLES:
            preps += [p for p in c.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
    for prep in sorted(preps, key=lambda t: t.i):
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            out.append(p)
            if p.lower_ in PLACE_NOUNS:
                # "in the West Bank city of Hebron", "in the northern town of Gulu": the
                # place noun's own name, before it or after "of"
                out += [c for c in p.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                        and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]
                out += [g for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
    return out
