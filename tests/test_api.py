"""The REST API over a test database: every endpoint, bad parameters, limits, auth."""

import pytest
from fastapi.testclient import TestClient
from tests.conftest import SEED_COPY

from accord.batch import ingest
from accord.server.app import MAX_BODY, check_bind, create_app
from accord.store import Store

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store(db) as s:
        ingest([SEED_COPY], s, coder, published=__import__("datetime").date(2025, 8, 21))
    app = create_app(db, TOKEN)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def err(r):
    body = r.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    return body["error"]["code"]


def test_health_version_and_openapi(client):
    health = client.get("/health").json()
    assert health["events"] > 10 and set(health["page_cache"]) == {"hits", "misses"}
    assert "coder" in client.get("/version").json()
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/dyad/{a}/{b}" in spec["paths"]


def test_events_filters_and_cursor_pagination(client):
    r = client.get("/api/events", params={"a": "IRN", "b": "RUS", "limit": 2}).json()
    assert len(r["items"]) == 2 and r["next_cursor"]
    nxt = client.get("/api/events", params={"a": "IRN", "b": "RUS", "limit": 2,
                                             "cursor": r["next_cursor"]}).json()
    ids = {e["event_id"] for e in r["items"]} | {e["event_id"] for e in nxt["items"]}
    assert len(ids) == len(r["items"]) + len(nxt["items"])
    neg = client.get("/api/events", params={"status": "negated"}).json()["items"]
    assert neg and all(e["status"] == "negated" for e in neg)
    found = client.get("/api/events", params={"q": "DRONES"}).json()["items"]
    assert found and all("drones" in e["sentence"] for e in found)
    assert client.get("/api/events", params={"q": "100%_"}).json()["items"] == []
    newest = client.get("/api/events", params={"newest": True, "limit": 500}).json()["items"]
    dates = [e["published"] for e in newest]
    assert dates == sorted(dates, reverse=True)
    quad = client.get("/api/events", params={"quad": 4}).json()["items"]
    assert quad and all(e["quad_class"] == 4 for e in quad)
    one = client.get(f"/api/events/{found[0]['event_id']}").json()
    assert one["event_id"] == found[0]["event_id"]
    art = client.get(f"/api/articles/{one['doc_id']}").json()
    assert one["sentence"] in art["text"]


@pytest.mark.parametrize("params,code", [
    ({"limit": 0}, "invalid_parameter"), ({"limit": 501}, "invalid_parameter"),
    ({"status": "maybe"}, "invalid_parameter"), ({"root": "1'; DROP TABLE events;--"},
                                                  "invalid_parameter"),
    ({"cursor": "not-a-cursor"}, "bad_cursor"), ({"a": "IRN"}, "invalid_parameter"),
    ({"since": "yesterday"}, "QueryError"),
])
def test_bad_parameters_get_a_clear_4xx(client, params, code):
    r = client.get("/api/events", params=params)
    assert 400 <= r.status_code < 500 and err(r) == code


def test_views(client):
    d = client.get("/api/dyad/BLR/IRN").json()
    assert d["directed"]["both"]["occurred"] >= 1 and d["agreements"]
    assert client.get("/api/country/IRN").json()["partners"]
    assert client.get("/api/network").json()["edges"]
    assert "alerts" in client.get("/api/alerts").json()
    ags = client.get("/api/ledger/agreements").json()["items"]
    assert any(a["parties"] == ["IRN", "RUS"] for a in ags)
    assert client.get("/api/ledger/sanctions", params={"country": "BLR"}).json()["items"]
    assert client.get("/api/clusters").json()["items"]
    assert err(client.get("/api/ledger/treaties")) == "not_found"
    assert err(client.get("/api/events/nope")) == "not_found"


def test_writes_need_the_token_and_store_articles(client):
    body = {"id": "api-1", "text": "Chile condemned Peru on Monday.", "published": "2025-08-21"}
    assert err(client.post("/api/articles", json=body)) == "unauthorised"
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["stored"] == 1 and ok.json()["event_ids"]
    again = client.post("/api/articles", json=body,
                        headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["stored"] == 0 and again["duplicates"] == 1
    bad = client.post("/api/articles", json={"text": 5},
                      headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert bad["rejected"][0]["reason"] == "bad_field"


def test_oversized_body_is_refused(client):
    r = client.post("/api/articles", content=b"x" * (MAX_BODY + 1),
                    headers={"Authorization": f"Bearer {TOKEN}",
                             "Content-Type": "application/json"})
    assert r.status_code == 413 and err(r) == "too_large"


def test_dashboard_and_assets_with_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and "accord" in r.text
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/..%2f..%2fapp.py").status_code == 404


def test_non_loopback_needs_a_token():
    from accord.errors import QueryError
    check_bind("127.0.0.1", None)
    check_bind("0.0.0.0", "t")
    with pytest.raises(QueryError, match="without a token"):
        check_bind("0.0.0.0", None)


@pytest.mark.slow
def test_cli_ingest_goes_through_a_running_server(tmp_path):
    """One writer: while `accord serve` owns the file, `accord ingest` posts to it."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx
    from click.testing import CliRunner

    from accord.cli import cli
    db = str(tmp_path / "owned.duckdb")
    Store(db).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, ACCORD_TOKEN=TOKEN)
    server = subprocess.Popen([sys.executable, "-m", "accord", "serve", "--db", db,
                               "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        story = tmp_path / "s.txt"
        story.write_text("Chile condemned Peru on Monday over the border dispute.")
        os.environ["ACCORD_TOKEN"] = TOKEN
        try:
            r = CliRunner().invoke(cli, ["ingest", str(story), "--db", db,
                                         "--published", "2025-08-21"])
        finally:
            del os.environ["ACCORD_TOKEN"]
        assert r.exit_code == 0, r.output
        assert "through the server" in r.stderr and "ingested 1 articles" in r.stderr
        health = httpx.get(f"http://127.0.0.1:{port}/health").json()
        assert health["articles"] == 1 and health["events"] >= 1
    finally:
        server.terminate()
        server.wait(timeout=20)
    from accord.cli.serve import running_server
    assert running_server(db) is None  # a stale marker is ignored and removed
    assert not os.path.exists(db + ".server.json")


@pytest.mark.parametrize("params", [
    {"q": "%' OR '1'='1"}, {"q": "'; DROP TABLE events; --"}, {"q": "%_%"},
    {"country": "IRN' OR 1=1 --"}, {"doc": "x' UNION SELECT * FROM articles --"},
])
def test_injection_attempts_are_data_not_sql(client, params):
    """Parameters reach DuckDB only as bound values (LIKE wildcards escaped): an attempt
    matches nothing or is refused, and the tables are intact afterwards."""
    def counts() -> dict:
        return {k: v for k, v in client.get("/health").json().items() if k != "page_cache"}

    before = counts()
    r = client.get("/api/events", params=params)
    assert r.status_code == 200 and r.json()["items"] == [] or 400 <= r.status_code < 500
    assert counts() == before


def test_event_pages_match_the_store_and_paginate_the_same_cached_or_not(tmp_path, coder):
    """A page is the store's rows, as JSON; the cache changes nothing a client sees."""
    db = tmp_path / "pages.duckdb"
    with Store(db) as s:
        ingest([SEED_COPY], s, coder, published=__import__("datetime").date(2025, 8, 21))
    seen = []
    for seconds, indexed in ((10.0, True), (0.0, True), (10.0, False), (0.0, False)):
        app = create_app(db, TOKEN, cache_seconds=seconds, event_index=indexed)
        with TestClient(app) as c:
            store = app.state.store
            assert index_ready(app) is indexed
            every = list(store.events(limit=501, offset=0))
            assert c.get("/api/events", params={"limit": 500}).json()["items"] == every[:500]
            pages, cursor = [], None
            for _ in range(2):  # twice: the second walk is served from the cache
                ids, cursor = [], None
                while True:
                    params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
                    r = c.get("/api/events", params=params)
                    assert r.headers["content-type"] == "application/json"
                    assert r.headers["X-Content-Type-Options"] == "nosniff"
                    ids += [e["event_id"] for e in r.json()["items"]]
                    cursor = r.json()["next_cursor"]
                    if cursor is None:
                        break
                pages.append(ids)
            assert pages[0] == pages[1] == [e["event_id"] for e in every]
            assert err(c.get("/api/events", params={"since": "yesterday"})) == "QueryError"
            seen.append(c.get("/api/events", params={"since": "2025-08", "until": "2025"}).content)
        app.state.store.close()
    assert seen[0] == seen[1] == seen[2] == seen[3]


def index_ready(app, seconds: float = 60) -> bool:
    """Whether the app's event index is built (waiting for its background build)."""
    import time

    deadline = time.monotonic() + seconds
    while app.state.serving.health()["state"] == "building" and time.monotonic() < deadline:
        time.sleep(0.02)
    return app.state.serving.current is not None


def test_the_event_index_follows_writes_and_rebuilds_after_other_changes(tmp_path, coder):
    db = tmp_path / "ix.duckdb"
    with Store(db) as s:
        ingest([SEED_COPY], s, coder, published=__import__("datetime").date(2025, 8, 21))
    app = create_app(db, TOKEN, cache_seconds=0)
    store, serving = app.state.store, app.state.serving
    with TestClient(app) as c:
        assert index_ready(app)
        n = serving.current.n
        assert c.get("/health").json()["event_index"]["events"] == n
        body = {"id": "ix-1", "text": "Chile condemned Peru on Monday over the border.",
                "published": "2025-08-22"}
        r = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and serving.current.n == n + r.json()["events"] > n
        got = c.get("/api/events", params={"a": "CHL", "b": "PER", "newest": True}).json()
        assert got["items"] == list(store.events(dyad=("CHL", "PER"), limit=50,
                                                 newest=True))
        assert got["items"] and got["items"][0]["doc_id"] == "ix-1"
        # rows deleted behind the index's back (no writer does so while serving): the next
        # write finds the count wrong and builds the index again from the table
        store.con.execute("DELETE FROM events WHERE doc_id = 'ix-1'")
        serving.after_write([])
        assert index_ready(app) and serving.current.n == n
        # an index that failed is built again at the next write, off the writer's path
        serving.current, serving.error = None, "RuntimeError: simulated"
        assert c.get("/health").json()["event_index"]["state"] == "failed"
        serving.after_write([])
        assert index_ready(app) and serving.current.n == n and serving.error is None
        assert c.get("/api/events", params={"country": "CHL"}).json()["items"] == list(
            store.events(country="CHL", limit=50))
    store.close()


def test_page_cache_never_serves_a_page_read_before_a_write():
    import asyncio

    import anyio

    from accord.server.cache import PageCache

    cache = PageCache(60)

    async def go() -> None:
        limiter = anyio.CapacityLimiter(2)

        def read_while_written() -> bytes:  # a write commits while this page is read
            cache.invalidate()
            return b"old"

        assert await cache.page(("k",), read_while_written, limiter) == b"old"
        assert await cache.page(("k",), lambda: b"new", limiter) == b"new"
        assert await cache.page(("k",), lambda: b"again", limiter) == b"new"  # cached
        cache.invalidate()
        assert await cache.page(("k",), lambda: b"after", limiter) == b"after"
        # one query for many waiting on the same page; its failure reaches each of them
        calls = []

        def slow() -> bytes:
            calls.append(1)
            __import__("time").sleep(0.05)
            return b"one"

        got = await asyncio.gather(*(cache.page(("s",), slow, limiter) for _ in range(5)))
        assert got == [b"one"] * 5 and len(calls) == 1

        def broken() -> bytes:
            raise ValueError("boom")

        for r in await asyncio.gather(*(cache.page(("b",), broken, limiter) for _ in range(3)),
                                      return_exceptions=True):
            assert isinstance(r, ValueError)

    asyncio.run(go())


def test_concurrent_reads_while_a_write_lands_are_whole_and_then_fresh(tmp_path, coder):
    """Many threads read pages (each through its own cursor, some from the cache) while an
    article is posted: every page is exactly the one before or the one after the write, and
    every read that starts after the POST has answered sees the new events."""
    import threading

    db = tmp_path / "busy.duckdb"
    with Store(db) as s:
        ingest([SEED_COPY], s, coder, published=__import__("datetime").date(2025, 8, 21))
    app = create_app(db, TOKEN)
    store = app.state.store
    assert index_ready(app)
    filters = [{}, {"country": "CHL"}, {"a": "CHL", "b": "PER"}, {"country": "IRN"},
               {"newest": True}, {"since": "2025-08", "status": "occurred"}]

    def truth(f: dict) -> list[str]:
        dyad = (f["a"], f["b"]) if "a" in f else None
        rest = {k: v for k, v in f.items() if k not in ("a", "b")}
        return [e["event_id"] for e in store.events(dyad=dyad, limit=500, offset=0, **rest)]

    before = [truth(f) for f in filters]
    seen: list[tuple[int, bool, list[str]]] = []
    failures: list[str] = []
    written, stop = threading.Event(), threading.Event()
    with TestClient(app) as c:
        def reader(n: int) -> None:
            i = n
            while not stop.is_set():
                k = i % len(filters)
                after_write = written.is_set()
                r = c.get("/api/events", params={**filters[k], "limit": 500})
                if r.status_code != 200:
                    failures.append(r.text)
                    return
                seen.append((k, after_write, [e["event_id"] for e in r.json()["items"]]))
                i += 1

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        body = {"id": "busy-1", "text": "Chile condemned Peru on Monday over the border.",
                "published": "2025-08-22"}
        ok = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        written.set()
        while sum(1 for _, w, _ in seen if w) < 40 and not failures:
            __import__("time").sleep(0.01)
        stop.set()
        for t in threads:
            t.join()
        after = [truth(f) for f in filters]
    store.close()
    assert not failures and ok.status_code == 200 and ok.json()["events"] >= 1
    assert after[1] != before[1] and after[2] != before[2]  # the write is visible
    for k, after_write, ids in seen:
        assert ids in ((after[k],) if after_write else (before[k], after[k])), filters[k]


def test_no_event_index_over_its_limit_and_pages_come_from_duckdb(tmp_path, coder):
    db = tmp_path / "big.duckdb"
    with Store(db) as s:
        ingest([SEED_COPY], s, coder, published=__import__("datetime").date(2025, 8, 21))
    app = create_app(db, TOKEN, event_index_max_events=3)
    with TestClient(app) as c:
        assert not index_ready(app)
        health = c.get("/health").json()["event_index"]
        assert health["state"] == "off" and "--event-index-max-events" in health["reason"]
        assert c.get("/api/events", params={"country": "IRN"}).json()["items"] == list(
            app.state.store.events(country="IRN", limit=50))
    app.state.store.close()
