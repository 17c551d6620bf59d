"""Institutions named after a town, and a town's own administration: the state the town lies
in, with the institution's sector.

CAMEO codes a university, hospital, mayor or city council by the state it belongs to
("Kharkiv University" -> UKREDU, "the mayor of Mosul" -> IRQGOV, "the Lagos state
government" -> NGAGOV). The actor dictionary knows states and capitals only; a town that the
packaged gazetteer places in one state (`places.city_country`, or a first-level division
with its kind word: "Kano State") stands for that state when an institution noun names one
of its bodies: right after the town's name, past its kind words and the words of the
institution's own name ("Aleppo University Hospital", "the Peshawar district
administration", "Gaza's Shifa hospital"), or governing it through "of" ("the University of
Mosul", "the governor of Kharkiv region"). A town's name alone (a club: "Manchester United",
a person: "Jack London") stands for nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from accord.events.places import KIND_WORDS, city_country, division_country
from accord.records import Actor, Mention

# the nouns of a town's own bodies, with the sector of the state they stand for
TOWN_INSTITUTIONS = {
    "university": "EDU", "college": "EDU", "polytechnic": "EDU",
    "hospital": "HLH", "infirmary": "HLH", "clinic": "HLH",
    "mayor": "GOV", "governor": "GOV", "municipality": "GOV", "council": "GOV",
    "administration": "GOV", "government": "GOV", "governorate": "GOV",
    "prefect": "GOV", "prefecture": "GOV", "city hall": "GOV", "town hall": "GOV",
}
# states whose universities named after a town are mostly private, not the state's
# (American universities: "Columbia University", "Boston University", "Georgetown"); its
# public ones are named after its states ("Ohio State University"), which are no towns here
PRIVATE_SECTORS = {"EDU"}
PRIVATE_NAMESAKES = {"USA"}
# words between a town's name and its body that tell the body's level ("the Karachi city
# council", "the Odesa regional administration", "Ankara's district administration")
LEVEL_WORDS = KIND_WORDS | {"city", "town", "municipal", "metropolitan", "regional",
                            "provincial", "local", "state", "district", "medical",
                            "teaching", "general", "children", "military", "civil"}
# bodies that also follow a leader's name ("the Santos government", "the Morales
# administration"): a name the parser takes for a person's is none of a town's
LEADER_NOUNS = {"government", "administration"}
MAX_NAME_WORDS = 3  # words of an institution's own name after the town ("Shifa", "Okhmatdyt")


def _institution(doc: Doc, i: int) -> tuple[int, str] | None:
    """The institution noun at token i (one or two words): (its end, sector), or None."""
    if i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in TOWN_INSTITUTIONS:
        return i + 2, TOWN_INSTITUTIONS[f"{doc[i].lower_} {doc[i + 1].lower_}"]
    sector = TOWN_INSTITUTIONS.get(doc[i].lower_)
    return (i + 1, sector) if sector is not None else None


def _name_start(doc: Doc, end: int) -> int:
    """The first token of the run of capitalised proper nouns (at most three) that ends
    before `end`: the whole run must be the town's name ("Jack London" is no town)."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].text[:1].isupper():
        start -= 1
    return start


def town_body(span: Span) -> str | None:
    """The sector of a town's body that governs a region's name through "of" ("the
    governor of Balochistan province", "the mayor of Donetsk"), or None."""
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < span.start:
        return TOWN_INSTITUTIONS.get(head.head.head.lower_)
    if head.dep_ == "compound" and head.head.lower_ in KIND_WORDS and \
            head.head.dep_ == "pobj" and head.head.head.lower_ == "of":
        return TOWN_INSTITUTIONS.get(head.head.head.head.lower_)
    return None


class TownInstitutions:
    """Finds the bodies named after a town; built once with the matcher. `known` tells a
    phrase the actor dictionary has (a state, capital or vetoed false friend: "Georgia",
    "Georgetown"), which is the matcher's to read, never a town here."""

    def __init__(self, known: Callable[[str], bool], us_states: frozenset[str],
                 countries: frozenset[str], actor: Callable[[str, str], Actor]) -> None:
        self.known = known
        self.us_states = us_states
        self.countries = countries
        self.actor = actor

    def find(self, doc: Doc, mentions: list[Mention], named: frozenset[str]
             ) -> list[Mention]:
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        extra: list[Mention] = []
        for tok in doc:
            if tok.i in covered or not tok.is_alpha:
                continue
            hit = _institution(doc, tok.i)
            if hit is None or covered.intersection(range(tok.i, hit[0])):
                continue
            found = self._before(doc, tok.i, hit, covered, named) or \
                self._of(doc, tok, hit, covered, named)
            if found is None:
                continue
            start, end, country, sector = found
            if sector in PRIVATE_SECTORS and country in PRIVATE_NAMESAKES:
                continue  # "Columbia University": a private university, no state's body
            if any(m.token_start < end and start < m.token_end for m in extra):
                continue
            s = doc[start:end]
            extra.append(Mention(self.actor(country, sector), s.text,
                                 s.start_char, s.end_char, start, end, 0.8, "place"))
            covered.update(range(start, end))
        return sorted(mentions + extra, key=lambda m: m.token_start) if extra else mentions

    def _before(self, doc: Doc, i: int, hit: tuple[int, str], covered: set[int],
                named: frozenset[str]) -> tuple[int, int, str, str] | None:
        """ "Kharkiv University", "the Lagos state government", "Aleppo University
        Hospital" (the last body noun decides), "Gaza's Shifa hospital"."""
        end, sector = hit
        # run on over further body nouns and capitalised words of the name
        k = end
        while k < len(doc) and k - end < 3 and doc[k].text[:1].isupper() and \
                doc[k].pos_ in ("PROPN", "NOUN"):
            nxt = _institution(doc, k)
            if nxt is None:
                if doc[k].lower_ not in LEVEL_WORDS and doc[k].lower_ != "school":
                    break
                k += 1
                continue
            end, sector = nxt
            k = end
        j = i
        kind = None
        while j > 0 and doc[j - 1].i not in covered and (
                doc[j - 1].lower_ in LEVEL_WORDS or doc[j - 1].pos_ == "ADJ" and j - 1 > 0
                and doc[j - 2].text in ("'s", "\u2019s")):
            j -= 1  # "Rafah's main hospital": an adjective right after the owner
            if doc[j].lower_ in KIND_WORDS and kind is None:
                kind = doc[j].lower_
        if j == 0:
            return None
        owner = next((k for k in range(j - 1, max(j - MAX_NAME_WORDS - 2, 0), -1)
                      if doc[k].text in ("'s", "\u2019s")), None)
        if owner is not None and all(t.text[:1].isupper() or t.text == "-"
                                     for t in doc[owner + 1:j]):
            j = owner + 1  # "Taiz's Al-Thawra hospital": the body's own name after the owner
        if doc[j - 1].text in ("'s", "\u2019s"):
            # "Gaza's Shifa hospital", "Mosul's governor": up to MAX_NAME_WORDS of the
            # body's own name between the owner and its noun
            if any(not (t.text[:1].isupper() or t.lower_ in LEVEL_WORDS or t.pos_ == "ADJ"
                        or t.text == "-")
                   for t in doc[j:i]) or i - j > MAX_NAME_WORDS:
                return None
            name_end = j - 1
            kind = None
        else:
            name_end = j
            if i == j and (i == 0 or doc[i - 1].pos_ != "PROPN"):
                return None
        start = _name_start(doc, name_end)
        if start >= name_end or covered.intersection(range(start, name_end)):
            return None
        if doc[i].lower_ in LEADER_NOUNS and any(t.ent_type_ == "PERSON"
                                                 for t in doc[start:name_end]):
            return None  # "the Santos government": a leader's, not the town's
        country = self._town(doc, start, name_end, kind, named)
        return (start, end, country, sector) if country is not None else None

    def _of(self, doc: Doc, tok: Token, hit: tuple[int, str], covered: set[int],
            named: frozenset[str]) -> tuple[int, int, str, str] | None:
        """ "the mayor of Mosul", "the University of Basra", "the governor of Kharkiv
        region", "the municipality of Tyre"."""
        end, sector = hit
        head = doc[end - 1]
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not preps or preps[0].i != end:
            return None
        objs = [c for c in preps[0].children if c.dep_ == "pobj"]
        if not objs:
            return None
        place = objs[0]
        kind = None
        if place.lower_ in KIND_WORDS:
            kind = place.lower_
            names = [c for c in place.children if c.dep_ == "compound" and c.i == place.i - 1]
            if not names:
                return None
            place_end = place.i
        else:
            place_end = place.i + 1
        if doc[place_end - 1].pos_ != "PROPN" or not doc[place_end - 1].text[:1].isupper():
            return None
        name_start = _name_start(doc, place_end)
        if name_start >= place_end or covered.intersection(range(name_start, place.i + 1)):
            return None
        if any(t.ent_type_ == "PERSON" for t in doc[name_start:place_end]) and \
                place_end < len(doc) and doc[place_end].pos_ == "PROPN":
            return None
        country = self._town(doc, name_start, place_end, kind, named)
        if country is None:
            return None
        first = tok.i
        return first, place.i + 1, country, sector

    def _town(self, doc: Doc, start: int, end: int, kind: str | None,
              named: frozenset[str]) -> str | None:
        """The state of the town (or division, with its kind word) named by doc[start:end];
        None for names the actor dictionary knows, U.S. states and names of several states."""
        name = doc[start:end].text
        if self.known(name) or name in self.us_states:
            return None
        if any(t.ent_type_ in ("PERSON", "ORG") and t.ent_iob_ == "B" and t.i < start
               for t in doc[max(start - 1, 0):start]):
            return None
        country = division_country(f"{name} {kind}") if kind is not None else None
        country = country or city_country(name, named)
        return country if country in self.countries else None
