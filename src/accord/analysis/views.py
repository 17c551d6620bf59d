"""Views as the CLI and the API show them: a relations profile plus the ledgers and the
actor knowledge it needs, assembled once for both surfaces."""

from __future__ import annotations

from typing import Any

from accord.analysis.ledgers import agreements, sanctions
from accord.analysis.relations import Query, country_profile, dyad_profile
from accord.store import Store


def dyad_view(store: Store, a: str, b: str, *, since: str | None = None,
              until: str | None = None, axis: str = "event", by: str = "month",
              con: Any = None) -> dict[str, Any]:
    """The dyad profile with the agreements and sanctions between the two."""
    prof = dyad_profile(Query(con or store.con, since, until, axis), a, b, by)
    evs = list(store.events(dyad=(a, b), since=since, until=until, con=con))
    prof["agreements"] = [x.row() for x in agreements(evs)]
    prof["sanctions"] = [x.row() for x in sanctions(evs)]
    return prof


def country_view(store: Store, code: str, *, since: str | None = None,
                 until: str | None = None, axis: str = "event", con: Any = None
                 ) -> dict[str, Any]:
    """The country profile, with organisations and blocs told apart from states."""
    from accord.actors.kb import default_kb

    q = Query(con or store.con, since, until, axis)
    others = {r[0] for r in q.run("SELECT DISTINCT tgt FROM {EV} WHERE true{WINDOW}", [])}
    return country_profile(q, code, blocs=frozenset(others - set(default_kb().countries)))
