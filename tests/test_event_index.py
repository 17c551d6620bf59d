"""The in-memory event index answers every page exactly as the store's query does."""

import random

import pytest

from accord.errors import QueryError
from accord.store import Store
from accord.store.event_index import EventIndex

COUNTRIES = ["IRN", "BLR", "RUS", "USA", "CHN", None]
DATES = ["2024-01-15", "2024-02", "2024", "2023-12-31", "2024-02-29", None]
PUBLISHED = ["2024-01-15", "2024-01-16", "2024-02-01", "2023-12-31", None]


def add_events(store: Store, n: int, rnd: random.Random, start: int = 0) -> list[str]:
    """Hand-made events with every awkward case: missing countries, dates, publication
    days, codes and confidences; ties in publication day; a state on both sides."""
    rows = []
    for i in range(start, start + n):
        src = rnd.choice(COUNTRIES)
        tgt = src if rnd.random() < 0.05 else rnd.choice(COUNTRIES)
        cameo = rnd.choice(["040", "0411", "057", "190", "1123", "112", None])
        rows.append((f"e{i}", f"d{rnd.randrange(n // 3 + 1)}", 0, f"sentence {i}", src, src,
                     tgt, tgt, cameo, cameo and cameo[:2], rnd.choice([1, 2, 3, 4, None]),
                     rnd.choice(["occurred", "intended", "negated", "hedged", None]),
                     rnd.choice(DATES), rnd.choice(PUBLISHED),
                     rnd.choice([0.3, 0.55, 0.8, 0.9, None]), rnd.choice(["a", "b", None])))
    store.con.executemany(
        "INSERT INTO events (event_id, doc_id, sentence_index, sentence, source_code, "
        "source_country, target_code, target_country, cameo, cameo_root, quad_class, status, "
        "event_date, published, confidence, outlet) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?)", rows)
    return [r[0] for r in rows]


def random_filters(rnd: random.Random) -> dict:
    pick = lambda values: rnd.choice([None, *values])  # noqa: E731
    f = {"country": pick(["IRN", "RUS", "XXX"]), "root": pick(["04", "11", "112", "0411"]),
         "status": pick(["occurred", "intended", "negated"]),
         "since": pick(["2024", "2024-01", "2024-01-16", "2024-02-30"]),
         "until": pick(["2024", "2024-01", "2024-02-01"]),
         "doc_id": pick(["d1", "d2", "nope"]), "min_confidence": pick([0.5, 0.8, 0.0]),
         "quad": pick([1, 3]), "newest": rnd.random() < 0.5,
         "limit": rnd.choice([1, 5, 50, 500]), "offset": rnd.choice([0, 0, 3, 40])}
    if rnd.random() < 0.3:
        f["dyad"] = (rnd.choice(COUNTRIES[:-1] + ["XXX"]), rnd.choice(COUNTRIES[:-1]))
    return f


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "ix.duckdb") as s:
        yield s


def test_pages_equal_the_store_query_for_random_filters(store):
    rnd = random.Random(7)
    add_events(store, 400, rnd)
    index = EventIndex.build(store.con)
    assert index.n == 400
    for _ in range(600):
        f = random_filters(rnd)
        assert index.page(**f) == list(store.events(**f)), f


def test_new_events_extend_the_snapshot_and_other_changes_ask_for_a_rebuild(store):
    rnd = random.Random(11)
    add_events(store, 200, rnd)
    first = EventIndex.build(store.con)
    ids = add_events(store, 60, rnd, start=200)
    second = first.with_new_events(store.con, ids)
    assert second is not None and second.n == 260 and first.n == 200  # first unchanged
    for _ in range(200):
        f = random_filters(rnd)
        assert second.page(**f) == list(store.events(**f)), f
    assert second.with_new_events(store.con, []) is second  # nothing changed
    store.con.execute("DELETE FROM events WHERE event_id = 'e3'")
    assert second.with_new_events(store.con, []) is None
    ids = add_events(store, 5, rnd, start=300)  # five added and one deleted since `second`
    assert second.with_new_events(store.con, ids) is None


def test_an_empty_table_and_bad_filters(store):
    index = EventIndex.build(store.con)
    assert index.n == 0 and index.page(country="IRN", newest=True) == []
    with pytest.raises(QueryError, match="root must be"):
        index.page(root="1x")
    with pytest.raises(QueryError, match="since must be"):
        index.page(since="yesterday")
