"""FastAPI application: JSON over the library, one error shape, limits, token-guarded writes.

While it runs, the server owns the DuckDB file (DuckDB allows one writing process); each
request reads through its own cursor of that connection, and writes are serialised (in a
worker thread, so reads go on meanwhile). Event pages are cached briefly and the cache is
emptied by every write (`PageCache`).
"""

from __future__ import annotations

import base64
import hmac
import json
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import anyio
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import TypeAdapter
from starlette.exceptions import HTTPException

from accord.errors import AccordError, QueryError
from accord.records import STATUSES
from accord.server.cache import PageCache
from accord.server.serving import ServingIndex
from accord.store import Store

MAX_BODY = 2 * 1024 * 1024
MAX_PAGE = 500
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                               "style-src 'self'; script-src 'self'; connect-src 'self'",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=SECURITY_HEADERS)


_RAW_HEADERS = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]


class _LimitsAndHeaders:
    """Refuses a body over MAX_BODY by its Content-Length and adds the security headers to
    every response. Plain ASGI: `@app.middleware("http")` costs a task and a stream per
    request, a tenth of an event page's time."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > MAX_BODY):
                await _error(413, "too_large", f"request body over {MAX_BODY} bytes")(
                    scope, receive, send)
                return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in _RAW_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor.encode()))["o"]
        if not isinstance(value, int) or value < 0:
            raise ValueError
        return value
    except (ValueError, KeyError, TypeError, json.JSONDecodeError):
        raise ApiError(400, "bad_cursor", "cursor is not one this server gave out") from None


# the JSON that FastAPI itself would write for a `dict[str, Any]` response (pydantic's
# serializer: compact, UTF-8, NaN/inf as null), made once per page rather than per request
_PAGE_JSON = TypeAdapter(dict[str, Any])


def create_app(db: str | Path, token: str | None = None, *, cache_seconds: float = 10.0,
               read_threads: int = 8, event_index: bool = True,
               event_index_max_events: int = 5_000_000) -> FastAPI:
    """An app over one database file. `token` guards the write endpoints. Event pages are
    cached for `cache_seconds` (0: off; every write empties the cache); at most
    `read_threads` of them are queried at once, each through its own cursor. With
    `event_index`, pages come from an in-memory index of the events (built in the
    background at start, `ServingIndex`) instead of DuckDB queries."""
    store = Store(db)
    serving = ServingIndex(store, enabled=event_index, max_events=event_index_max_events)
    serving.start()
    write_lock = threading.Lock()
    pages = PageCache(cache_seconds)
    reads = anyio.CapacityLimiter(read_threads)
    app = FastAPI(title="accord", version=_version(),
                  description="Political event data from news: events, relations, ledgers.")

    @app.exception_handler(ApiError)
    async def api_error(_: Request, e: ApiError) -> JSONResponse:
        return _error(e.status, e.code, e.message)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, e: HTTPException) -> JSONResponse:
        return _error(e.status_code, "http_error", str(e.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, e: RequestValidationError) -> JSONResponse:
        first = e.errors()[0] if e.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return _error(422, "invalid_parameter", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(AccordError)
    async def accord_error(_: Request, e: AccordError) -> JSONResponse:
        return _error(400, type(e).__name__, str(e))

    app.add_middleware(_LimitsAndHeaders)

    def require_token(authorization: str | None = Header(default=None)) -> None:
        if token is None:
            raise ApiError(403, "writes_disabled", "this server has no token: start it with "
                           "ACCORD_TOKEN set to allow writes")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorised", "a valid 'Authorization: Bearer TOKEN' is "
                           "needed to write")

    def query(s: Store, since: str | None, until: str | None) -> Any:
        from accord.analysis.relations import Query as RelQuery

        return RelQuery(s.con.cursor(), since, until)

    @app.get("/health")
    def health() -> dict[str, Any]:
        cur = store.con.cursor()
        try:
            return {"status": "ok", **store.counts(cur),
                    "page_cache": {"hits": pages.hits, "misses": pages.misses},
                    "event_index": serving.health()}
        finally:
            cur.close()

    @app.get("/version")
    def version() -> dict[str, str]:
        from accord.pipeline import coder_version

        return {"accord": _version(), "coder": coder_version()}

    @app.get("/api/events", response_model=dict[str, Any])
    async def events(country: str | None = None,
               a: str | None = Query(None, description="dyad: first country"),
               b: str | None = Query(None, description="dyad: second country"),
               root: str | None = Query(None, pattern=r"^\d{2,4}$"),
               quad: int | None = Query(None, ge=1, le=4),
               status: str | None = Query(None, pattern=f"^({'|'.join(STATUSES)})$"),
               since: str | None = None, until: str | None = None,
               min_confidence: float | None = Query(None, ge=0, le=1),
               q: str | None = Query(None, max_length=200, description="text search"),
               doc: str | None = None,
               newest: bool = Query(False, description="newest first"),
               limit: int = Query(50, ge=1, le=MAX_PAGE), cursor: str | None = None
               ) -> Response:
        if (a is None) != (b is None):
            raise ApiError(400, "invalid_parameter", "give both a and b for a dyad")
        offset = _offset(cursor)

        # one snapshot for the whole request: the choice to compute on the event loop and
        # the computation itself must see the same index
        index = serving.current if q is None else None  # text search is not indexed

        def page() -> bytes:
            filters: dict[str, Any] = dict(
                country=country, dyad=(a, b) if a and b else None, root=root, status=status,
                since=since, until=until, doc_id=doc, min_confidence=min_confidence, quad=quad,
                limit=limit + 1, offset=offset, newest=newest)
            if index is not None:
                rows = index.page(**filters)
            else:
                cur = store.con.cursor()  # its own cursor: reads run in parallel
                try:
                    rows = list(store.events(text=q, con=cur, **filters))
                finally:
                    cur.close()
            more = len(rows) > limit
            return _PAGE_JSON.dump_json({
                "items": rows[:limit], "next_cursor": _cursor(offset + limit) if more else None})

        key = (country, a, b, root, quad, status, since, until, min_confidence, q, doc, newest,
               limit, offset)
        # from the index a page takes about a millisecond of Python: computed on the event
        # loop, as a thread would only wait for the interpreter lock
        return Response(await pages.page(key, page, reads, inline=index is not None),
                        media_type="application/json")

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        rows = list(store.events(event_id=event_id, con=store.con.cursor()))
        if not rows:
            raise ApiError(404, "not_found", f"no event {event_id!r}")
        return rows[0]

    @app.get("/api/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        row = store.con.cursor().execute(
            "SELECT id, url, title, outlet, published, text FROM articles WHERE id = ?",
            [article_id]).fetchone()
        if row is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        keys = ("id", "url", "title", "outlet", "published", "text")
        return dict(zip(keys, row, strict=True))

    @app.post("/api/articles", dependencies=[Depends(require_token)])
    async def post_articles(request: Request) -> dict[str, Any]:
        from accord.batch import ingest_articles

        body = await request.body()
        try:
            payload = json.loads(body)
        except json.JSONDecodeError as e:
            raise ApiError(400, "bad_json", f"body is not JSON: {e.msg}") from None
        items = payload if isinstance(payload, list) else [payload]
        if not items or len(items) > 100 or not all(isinstance(i, dict) for i in items):
            raise ApiError(400, "bad_request", "send an article object or a list of 1-100")

        def write() -> Any:
            with write_lock:
                event_ids: list[str] = []
                try:
                    summary, event_ids = ingest_articles(items, store)
                    return summary, event_ids
                finally:
                    # after the commit, the index first, then the cache: no page read
                    # before the commit is served after it
                    serving.after_write(event_ids)
                    pages.invalidate()

        # in a worker thread, so that reads go on while the articles are coded and stored
        summary, event_ids = await anyio.to_thread.run_sync(write)
        return {"stored": summary.articles, "duplicates": summary.duplicates,
                "events": summary.events, "event_ids": event_ids,
                "rejected": [{"source": r.source, "reason": r.reason, "detail": r.detail}
                             for r in summary.rejected]}

    @app.get("/api/dyad/{a}/{b}")
    def dyad(a: str, b: str, since: str | None = None, until: str | None = None,
             by: str = Query("month", pattern="^(day|week|month|year)$")) -> dict[str, Any]:
        from accord.analysis.views import dyad_view

        return dyad_view(store, a, b, since=since, until=until, by=by,
                         con=store.con.cursor())

    @app.get("/api/country/{code}")
    def country(code: str, since: str | None = None, until: str | None = None
                ) -> dict[str, Any]:
        from accord.analysis.views import country_view

        return country_view(store, code, since=since, until=until, con=store.con.cursor())

    @app.get("/api/network")
    def network(since: str | None = None,
                until: str | None = None,
                min_events: int = Query(1, ge=1, le=10_000)) -> dict[str, Any]:
        from accord.analysis.relations import network as net

        return net(query(store, since, until), min_events)

    @app.get("/api/alerts")
    def alerts(window: int = Query(7, ge=1, le=365),
               baseline: int = Query(90, ge=1, le=3650)) -> dict[str, Any]:
        from accord.analysis.relations import alerts as find

        return {"alerts": find(query(store, None, None), window, baseline)}

    @app.get("/api/ledger/{kind}")
    def ledger(kind: str, country: str | None = None
               ) -> dict[str, Any]:
        from accord.analysis.ledgers import agreements, sanctions

        if kind not in ("agreements", "sanctions"):
            raise ApiError(404, "not_found", "ledger is agreements or sanctions")
        evs = list(store.events(country=country, con=store.con.cursor()))
        rows = agreements(evs) if kind == "agreements" else sanctions(evs)
        return {"items": [r.row() for r in rows]}

    @app.get("/api/clusters")
    def clusters(country: str | None = None,
                 min_mentions: int = Query(1, ge=1)) -> dict[str, Any]:
        from accord.analysis.clusters import cluster

        rows = [c.summary() for c in cluster(store.events(country=country, con=store.con.cursor()))]
        return {"items": [r for r in rows if r["num_mentions"] >= min_mentions]}

    static = Path(str(resources.files("accord").joinpath("server", "static")))

    @app.get("/")
    def index() -> FileResponse:
        return FileResponse(static / "index.html", headers=SECURITY_HEADERS)

    @app.get("/static/{name}")
    def asset(name: str) -> FileResponse:
        path = (static / name).resolve()
        if path.parent != static.resolve() or not path.is_file():
            raise ApiError(404, "not_found", "no such file")
        return FileResponse(path, headers=SECURITY_HEADERS)

    app.state.store, app.state.pages, app.state.serving = store, pages, serving
    return app


def _version() -> str:
    from accord.pipeline import __version__

    return __version__


def check_bind(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise QueryError(f"refusing to listen on {host} without a token: set ACCORD_TOKEN "
                         "(writes need it, and it keeps strangers out of your database)")


