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
from accord.events.places import KIND_WORDS, city_countries, city_country, division_country
from accord.events.syntax import (
    CARDINAL_POINTS,
    FOREIGN_WORDS,
    GATHERING_NOUNS,
    PLACE_NOUNS,
    prep_objects,
)
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
            if sector == PRESS and any(c.dep_ in ("compound", "nmod") and c.i < start and
                                       c.pos_ == "PROPN" and c.text[:1].isupper()
                                       for c in head.children):
                continue  # "a Bloomberg journalist in Beijing": the outlet's, not the place's
            placed = False
            for place in group_places(head):
                k = by_head.get(place.i)
                if k is None and (sector in NON_STATE_SECTORS or _town_organ(head, sector)) \
                        and (country := self._city_country(place, named, _in_town(place))) \
                        is not None:
                    # "demonstrators in Lagos": a town the gazetteer knows, in one state
                    actor = self.kb.country_actor(country, sector)
                    s = doc[start:place.i + 1]
                    out.append(Mention(actor, s.text, s.start_char, s.end_char, start,
                                       place.i + 1, 0.9, "place"))
                    placed = True
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
                placed = True
                break
            if not placed and sector in NON_STATE_SECTORS:
                # "students at Cairo University": a group at an institution of its own kind
                # (a university's students, a union's workers) is that institution's state's
                own = [k for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
                       for p in c.children if p.dep_ == "pobj"
                       for k in [by_head.get(p.i)] if k is not None
                       and out[k].actor.sector == sector and out[k].actor.kind == "state"]
                if own:
                    m = out[own[0]]
                    s = doc[start:m.token_end]
                    out[own[0]] = Mention(m.actor, s.text, s.start_char, s.end_char, start,
                                          m.token_end, m.confidence, m.via)
                    placed = True
            if not placed and sector in NON_STATE_SECTORS and \
                    (town := self._residents(head, out, named)) is not None:
                # "residents of Karachi", "the people of Colombo"
                s = doc[start:town[0].i + 1]
                out.append(Mention(self.kb.country_actor(town[1], sector), s.text,
                                   s.start_char, s.end_char, start, town[0].i + 1, 0.8,
                                   "place"))
                placed = True
            if not placed and (sector in NON_STATE_SECTORS or _town_organ(head, sector)) and \
                    not _named_owner(head, out) and (found := self._scene(
                        head, out, named, sector not in NON_STATE_SECTORS, sector)) is not None:
                # "workers went on strike in Lagos", "police arrested 40 opposition
                # supporters in Harare": the place of the act the group takes part in
                country, conf = found
                s = doc[start:end]
                out.append(Mention(self.kb.country_actor(country, sector), s.text,
                                   s.start_char, s.end_char, start, end, conf, "scene"))
        return sorted(out, key=lambda m: m.token_start)

    def _residents(self, head: Token, mentions: list[Mention], named: frozenset[str]
                   ) -> tuple[Token, str] | None:
        """ "Residents of Karachi", "the people of Colombo": a group "of" a town the
        gazetteer places (a state's own name is `communities`' and the matcher's), as the
        place token and its state."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of" and head.lower_ in RESIDENT_WORDS:
                for p in c.children:
                    if p.dep_ == "pobj" and not any(
                            m.token_start <= p.i < m.token_end for m in mentions):
                        # a town whatever the parser's tag ("Karachi" read as an ORG)
                        country = self._city_country(p, named, p.ent_type_ in (
                            "GPE", "LOC", "ORG"))
                        if country is not None and self.kb.holds(country):
                            return p, country
        return None

    def crowds(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "Thousands rallied in Tbilisi", "the crowd in Colombo stormed ...": a crowd
        with no word for who its people are, the subject of a clause, placed in one state
        (by the place it hangs on, else by where it acts: `_scene`), is that state's people
        (CVL)."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        named = self._named_countries(mentions)
        out = list(mentions)
        for tok in doc:
            if tok.lower_ not in CROWD_COUNTS or tok.i in covered or tok.dep_ != "nsubj" or \
                    any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            # "the crowd in Colombo": the place it hangs on, else where it acts
            own = [c for p in group_places(tok) if (c := self._scene_state(p, out, named))]
            found = own[0] if len({c for c, _ in own}) == 1 else self._scene(tok, out, named)
            if found is None:
                continue
            first = min(t.i for t in tok.subtree if t.i <= tok.i)
            s = doc[first:tok.i + 1]
            out.append(Mention(self.kb.country_actor(found[0], "CVL"), s.text, s.start_char,
                               s.end_char, first, tok.i + 1, round(found[1] * 0.8, 3),
                               "scene"))
        return sorted(out, key=lambda m: m.token_start) if len(out) > len(mentions) \
            else mentions

    def _scene(self, head: Token, mentions: list[Mention], named: frozenset[str],
               organ: bool = False, sector: str = "") -> tuple[str, float] | None:
        """The one state where the act a group takes part in happens, with the confidence of
        what names the place: the group is the subject or direct object of a clause (or
        counted in one: "thousands of workers") whose verb, or the event noun the verb takes
        ("went on strike in Lagos"), has a place (SCENE_PREPS) that a state mention or the
        gazetteer places in a state that holds it unchallenged. The place of a state's
        mission is not that state's ("outside the French embassy in Niamey" is in Niger).
        Police (`organ`) also take the state of a group placed at home that they act on. A
        group acted on (an object, a passive's subject) is placed only when who acts is
        none of another state's force ("Ukrainian shelling"), and never civilians or refugees
        (VICTIM_SECTORS: whose victims force strikes is `implicit.placed_victims`'s).
        None for a foreign or exiled group ("foreign workers"), for a journey ("arrived in
        Paris", "a visit"), for a clause with a party of another
        state ("demonstrated in Berlin against the Iranian government": who demonstrates
        is not told), or where the places name several states."""
        if any(t.lower_ in FOREIGN_WORDS | EXILE_WORDS for t in head.subtree if t.i < head.i):
            return None
        verb = _scene_verb(head)
        if verb is None or verb.lemma_.lower() in TRAVEL_VERBS or any(
                t.lemma_.lower() in TRAVEL_NOUNS for t in verb.subtree):
            return None  # "opposition leaders arrived in Paris": a visit abroad, or home
        acted_on = _acted_on(head)
        if acted_on and sector in VICTIM_SECTORS:
            # "killed three people in Donetsk": whose people force strikes is told by
            # `implicit.placed_victims`, with its own limits
            return None
        found: dict[str, float] = {}
        inside_places: set[int] = set()
        missions: set[str] = set()
        places = _scene_places(verb)
        # "the protesters who marched through Harare were dispersed by police": the group's
        # own act tells where it is
        places += [p for c in head.children if c.dep_ == "relcl" for p in _scene_places(c)]
        if organ:
            # police acting on a group placed at home ("the protesters who marched through
            # Harare were dispersed by police"): that group's state
            places += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                       and c.i not in {t.i for t in head.subtree}]
        for p in places:
            inside_places.update(t.i for t in p.subtree)
            missions |= {m.actor.country for m in mentions if m.token_start <= p.i < m.token_end
                         and any(t.lower_ in MISSION_WORDS
                                 for t in p.doc[m.token_start:m.token_end])}
            got = self._scene_state(p, mentions, named)
            if got is not None:
                found[got[0]] = max(found.get(got[0], 0.0), got[1])
        if len(found) != 1:
            return None
        country, conf = next(iter(found.items()))
        clause = {t.i for t in verb.subtree}
        own = {t.i for t in head.subtree}
        for m in mentions:
            last = m.token_end - 1
            if last in clause and last not in own and last not in inside_places and \
                    m.actor.kind in ("state", "person", "group") and m.actor.country and \
                    m.actor.country not in (country, *missions):
                # another state is a party of the act; not the state whose mission the act
                # is held at ("burned the Israeli flag outside the Israeli embassy in Amman")
                return None
            if acted_on and last in clause and last not in own and last not in inside_places \
                    and m.actor.kind == "state" and m.actor.sector not in HOME_SECTORS:
                # a group acted on by a state's force or by the bare state ("Ukrainian
                # shelling hit protesters in Donetsk"), not by its organs at home: the
                # place does not tell whose the group is
                return None
        return country, conf

    def _scene_state(self, place: Token, mentions: list[Mention], named: frozenset[str]
                     ) -> tuple[str, float] | None:
        """The state a place of an act lies in: a state mention heading it (not a mission's:
        "the French embassy in Niamey" is Niamey's), else a town of the gazetteer; through
        a place noun's name ("the city of Lagos", "parts of Yangon")."""
        for _ in range(3):
            over = [m for m in mentions if m.token_start <= place.i < m.token_end]
            mission = any(t.lower_ in MISSION_WORDS for m in over
                          for t in place.doc[m.token_start:m.token_end]) or \
                place.lower_ in MISSION_WORDS
            if over and not mission:
                m = over[0]
                if m.actor.kind != "state" or m.actor.country not in self.kb.countries or \
                        not self.kb.holds(m.actor.country, (m.actor.name,)):
                    return None
                return m.actor.country, min(m.confidence, 0.9)
            if not over and not mission:
                country = self._city_country(place, named, _in_town(place))
                if country is not None:
                    return (country, 0.8) if self.kb.holds(country) else None
                if place.lower_ in PLACE_NOUNS | KIND_WORDS:
                    # "in Sindh province", "the Sagaing region": the place noun's name
                    names = [c for c in place.children if c.dep_ == "compound"
                             and c.i == place.i - 1 and c.text[:1].isupper()]
                    if names and (got := self._city_country(names[0], named)) is not None:
                        return (got, 0.8) if self.kb.holds(got) else None
            # "at protesters in Lagos", "the embassy in Niamey", "the streets of Colombo"
            nxt = [g for c in place.children if c.dep_ == "prep" and (
                c.lower_ == "in" or c.lower_ == "of" and (mission or place.lower_ in SCENE_NOUNS))
                for g in c.children if g.dep_ == "pobj"]
            if not nxt:
                return None
            place = nxt[0]
        return None

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

    def named_countries(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """`_named_countries`, for the matcher's other readers of the gazetteer."""
        return self._named_countries(mentions)

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
        # "the town of Gulu", "shelled Kharkiv" (tagged a person), "the Sumy region": a
        # place whatever its tag
        named = struck or place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lower_ in PLACE_NOUNS or place.dep_ == "compound" and \
            place.head.lower_ in PLACE_NOUNS | KIND_WORDS and place.head.i == place.i + 1
        kind = place.head.lower_ if place.dep_ == "compound" and \
            place.head.lower_ in KIND_WORDS else None
        if kind is not None and place.pos_ != "PROPN" and place.text[:1].isupper() and \
                place.i > place.sent.start:
            # "in Sagaing region" (the name read as a verb): a division with its kind word
            country = division_country(f"{place.text} {kind}")
            return country if country in self.kb.countries else None
        if place.pos_ != "PROPN" or not place.text[:1].isupper() or \
                (place.ent_type_ not in ("GPE", "LOC") and not named):
            return None
        first = min([c.i for c in place.children if c.dep_ == "compound" and c.i < place.i
                     and c.pos_ == "PROPN"] + [place.i])
        name = place.doc[first:place.i + 1].text
        if name in self.us_states:
            return None
        # "in Shan state", "in Kasai province" (not Japan's town of Kasai): with its kind
        # word, a division's name before any town's
        country = division_country(f"{name} {kind}") if kind is not None else None
        country = country or city_country(name, article)
        return country if country in self.kb.countries else None


# prepositions of the place an act happens in ("rallied in Tbilisi", "outside parliament in
# Colombo", "blocked highways across Kenya")
SCENE_PREPS = {"in", "at", "outside", "inside", "near", "across", "throughout", "through",
               "around"}
# nouns of a place named after "of" ("the streets of Colombo", "parts of Yangon")
SCENE_NOUNS = PLACE_NOUNS | {"street", "streets", "part", "parts", "centre", "center",
                             "outskirts", "square", "neighbourhood", "neighborhood"
                             } | CARDINAL_POINTS
# words of a state's mission abroad: its place is the host state's
# a state's buildings abroad (a protest outside one is aimed at that state), and its missions
EMBASSY_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates"})
MISSION_WORDS = EMBASSY_WORDS | {"mission", "missions"}
# words of a group living abroad ("exiled opposition leaders met in Paris"), and of a
# journey ("arrived in Paris", "during a visit to Kyiv"): the place is not the group's own
EXILE_WORDS = {"exiled", "exile", "diaspora", "emigre", "émigré", "emigrant", "visiting"}
TRAVEL_VERBS = {"arrive", "visit", "travel", "fly", "land", "tour", "return", "flee"}
TRAVEL_NOUNS = {"visit", "trip", "tour", "journey", "exile"}
# groups most often acted on as the victims of force, whom the place of the act does not
# make its state's (`implicit.placed_victims` reads them); and the organs of a state that
# act on its own people at home
VICTIM_SECTORS = {"CVL", "REF"}
HOME_SECTORS = {"COP", "GOV", "JUD", "LEG"}
# words of a town's people ("residents of Karachi")
RESIDENT_WORDS = {"residents", "people", "citizens", "inhabitants", "workers", "students"}
# counts that stand for a crowd with no word for its people ("thousands rallied")
CROWD_COUNTS = {"thousands", "hundreds", "dozens", "tens", "scores", "crowd", "crowds",
                "mob"}
# organs whose town tells whose they are ("police in Lagos"): police, and "authorities"
TOWN_ORGANS = {"COP"}
TOWN_ORGAN_WORDS = {"authorities"}


def _town_organ(head: Token, sector: str) -> bool:
    """A state organ that a town places: the police of the town, its "authorities" (not
    "troops in Kabul": whose troops, the town does not tell)."""
    return sector in TOWN_ORGANS or (sector == "GOV" and head.lower_ in TOWN_ORGAN_WORDS)


def _in_town(place: Token) -> bool:
    """ "police in Karachi": a name "in" which people are, a town whatever the parser's
    entity tag (it takes some towns for organisations); not "at Al-Azhar University"."""
    return place.dep_ == "pobj" and place.head.lower_ == "in" and \
        place.ent_type_ in ("GPE", "LOC", "ORG")


def _scene_verb(head: Token) -> Token | None:
    """The verb of the clause a group is the subject or direct object of, directly or
    counted ("thousands of workers", "dozens of students"); followed up through
    coordination of the group ("students and workers")."""
    top = _group_top(head)
    if top.dep_ == "pobj" and top.head.dep_ == "agent":
        top = top.head  # "were dispersed by police"
    if top.dep_ not in ("nsubj", "dobj", "nsubjpass", "agent") or \
            top.head.pos_ not in ("VERB", "AUX"):
        return None
    return top.head


def _acted_on(head: Token) -> bool:
    """Whether a group is what its clause's act is done to (its object, a passive's
    subject), not who does it."""
    return _group_top(head).dep_ in ("dobj", "nsubjpass")


def _group_top(head: Token) -> Token:
    """The token that stands for a group in its clause: the first of a coordination
    ("students and workers"), or the count or crowd noun that counts it ("thousands of
    workers")."""
    top = head
    for _ in range(8):
        if top.dep_ != "conj" or top.head.i == top.i:
            break
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ == "of" and (
            top.head.head.lower_ in CROWD_NOUNS or top.head.head.pos_ == "NUM"):
        top = top.head.head
    return top


def _named_owner(head: Token, mentions: list[Mention]) -> bool:
    """ "Al-Shabaab militants", "fighters loyal to the Houthis": a group word that a named
    actor qualifies is that actor's people, not whoever holds the place they act in."""
    spans = [(m.token_start, m.token_end) for m in mentions if m.actor.country]
    near = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    near += [p for c in head.children if c.dep_ in ("prep", "acl", "amod")
             for p in c.subtree if p.dep_ == "pobj"]
    return any(a <= t.i < b for t in near for a, b in spans)


def _scene_places(verb: Token) -> list[Token]:
    """The places a verb's act happens in: the objects of SCENE_PREPS on the verb, on the
    event noun it takes ("went on strike in Lagos", "staged a rally in Dhaka"), and on a
    verb coordinated with it or a participle that goes on its clause ("marched through
    Dhaka demanding ...")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "advcl", "xcomp")
                      and c.pos_ in ("NOUN", "VERB")]
    # "fired tear gas to disperse protesters in Lagos": where those acted on are
    heads += [o for h in heads[1:] if h.pos_ == "VERB" for o in h.children
              if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ not in SCENE_PREPS
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    # "fired rockets at Israel": a state after "at" is what is aimed at, not where
    return [p for h in heads for p in prep_objects(h, SCENE_PREPS)
            if not (p.head.lower_ == "at" and p.ent_type_ == "GPE")]


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
        if named and sector == PRESS and nxt is not None and not any(
                t.text[:1].isupper() for t in doc[i + 1:end]) and \
                not covered.intersection(range(end, (stop := press_name(doc, end)))):
            # "the opposition daily Cumhuriyet", "journalist Ayse Demir": the outlet or
            # person the press word introduces, a name the dictionaries need not know
            end, named = stop, False
        # a part of a name ("the Government Accountability Office", "Police Chief X"),
        # or a word of a longer noun ("students' union" is fine, "government bonds" not)
        last = doc[end - 1]
        if not named and last.pos_ in ("NOUN", "PROPN") and (
                last.dep_ not in ("compound", "amod", "nmod") or (
                    # "opposition rallies", "student protests": the group holds them
                    last.dep_ == "compound" and sector in NON_STATE_SECTORS
                    and last.head.lemma_.lower() in GATHERING_NOUNS)):
            out.append((i, end, sector))
        i = end
    return out


# the press: a press word before a name names that outlet or person (`press_name`)
PRESS = "MED"
# words inside a name after a press word ("Al-Masry", "100% Noticias")
NAME_JOINERS = {"-", "%", "&"}


def press_name(doc: Doc, start: int) -> int:
    """The end of the capitalised name from `start` ("the newspaper La Prensa", "the
    reporter Ivan Sokolov"): proper nouns and capitalised words, with their hyphens; the
    name must head the phrase (not "journalist John Smith's camera" nor a modifier)."""
    end = start
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN")
                              or doc[end].text in NAME_JOINERS and end > start
                              or doc[end].like_num and end + 1 < len(doc)
                              and doc[end + 1].text in NAME_JOINERS):
        end += 1
    while end > start and doc[end - 1].text in NAME_JOINERS:
        end -= 1
    if end == start or doc[end - 1].dep_ in ("compound", "amod", "nmod", "poss") or (
            end < len(doc) and doc[end].text in ("'s", "\u2019s")):
        return start
    return end


def group_head(doc: Doc, after: dict[int, tuple[int, str]], hit: tuple[int, str]
               ) -> tuple[int, str]:
    """A non-state group's word that modifies a following sector noun names the group's own
    people: "rebel leaders", "fundamentalist leaders", "student spokesmen" are the rebels',
    the fundamentalists', the students' (not a government's); the span runs on to that
    noun and keeps the group's sector. Before another group's noun the head decides:
    "fundamentalist demonstrators" are demonstrators; so does a press noun ("the opposition
    daily" is the press)."""
    end, sector = hit
    nxt = after.get(end)
    if nxt is not None and nxt[1] == PRESS and doc[end - 1].dep_ in ("amod", "compound") and \
            doc[end - 1].head.i >= end:
        return nxt  # "the opposition daily": the press, whatever side it takes
    if sector in NON_STATE_SECTORS and nxt is not None and nxt[1] not in NON_STATE_SECTORS and \
            doc[end - 1].dep_ in ("amod", "compound") and doc[end - 1].head.i >= end:
        return nxt[0], sector
    if nxt is not None and doc[end - 1].lower_ in community_homes() and \
            doc[end - 1].dep_ in ("amod", "compound", "nmod") and doc[end - 1].head.i >= end:
        # "Syrian Druze villagers", "Rohingya refugees": the head decides, past a people
        # word before it ("Tamil civilian refugees")
        while (more := after.get(nxt[0])) is not None and nxt[1] == "CVL" and \
                doc[nxt[0] - 1].dep_ in ("amod", "compound") and doc[nxt[0] - 1].head.i >= nxt[0]:
            nxt = more
        return nxt
    return hit


def community_homes() -> dict[str, str]:
    """Ethnic and religious communities to the states they live in (data/actors/
    communities.tsv): one ISO3, several joined by "|", or "-" (`community_states`)."""
    global _HOMES
    if _HOMES is None:
        from accord.knowledge.tsv import packaged

        _HOMES = {}
        for line in packaged("actors", "communities.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                phrase, home = line.split("\t")[:2]
                _HOMES[phrase.lower()] = home.strip()
    return _HOMES


_HOMES: dict[str, str] | None = None


# the sectors a community's own phrase may name ("Tamil refugees", "Chechen rebels"): its
# people, not a state's organ ("Kurdish forces" of a region are no state's army)
COMMUNITY_SECTORS = {"CVL", "REF", "REB", "OPP", "RAD"}


def community_states(home: str) -> frozenset[str]:
    """The states a community's `home` field names: one, several ("LKA|IND"), or none."""
    return frozenset(h for h in home.split("|") if h and h != "-")


def homed_communities(kb: KnowledgeBase, doc: Doc, mentions: list[Mention],
                      bare: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """ "Myanmar's army expelled the Rohingya", "the Uighurs accused China", "Russian jets
    bombed Chechen refugees": a community that no place or state in its own phrase places
    (a bare sector phrase still uncovered after `placed_sectors`), alone or as the first
    word of its people's phrase ("Tamil civilians", "a Kurdish citizen"), is the people of
    the one state it lives in (`community_homes`). A community of several states ("the
    Kurds": Turkey, Iraq, Syria, Iran) is that of them which its sentence names, when it
    names just one ("Turkish police detained a Kurdish citizen"); none where it names none
    or several. Confidence 0.8, via "community"."""
    homes = community_homes()
    extra = []
    for start, end, sector in uncovered(bare, mentions):
        word = doc[start] if end - start > 1 else doc[end - 1]
        home = homes.get(word.lower_)
        if home is None or not word.text[:1].isupper() or sector not in COMMUNITY_SECTORS:
            continue
        if end - start > 1 and (word.dep_ not in ("amod", "compound", "nmod") or
                                not start < word.head.i + 1 <= end):
            continue  # "Tamil" must modify its people's noun ("Tamil civilians")
        states = community_states(home) & set(kb.countries)
        if len(states) > 1:
            sent = doc[start].sent
            states &= {m.actor.country for m in mentions
                       if sent.start <= m.token_start < sent.end}
        if len(states) != 1:
            continue
        s = doc[start:end]
        extra.append(Mention(kb.country_actor(next(iter(states)), sector), s.text,
                             s.start_char, s.end_char, start, end, 0.8, "community"))
    return sorted(mentions + extra, key=lambda x: x.token_start) if extra else mentions


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
            if p.lower_ in PLACE_NOUNS | KIND_WORDS:
                # "in the West Bank city of Hebron", "in the northern town of Gulu": the
                # place noun's own name, before it or after "of"
                out += [c for c in p.children if c.dep_ in ("compound", "nmod", "poss", "amod")
                        and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()]
                out += [g for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
    return out
