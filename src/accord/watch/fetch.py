"""Polite HTTP GET for feeds and article pages (standard library only).

Polite means: a User-Agent that names the project and how to reach it, conditional
requests (ETag / Last-Modified) so an unchanged feed costs a 304 and no body, timeouts,
a few retries with exponential backoff only where a retry can help (timeouts, dropped
connections, 5xx, 408, 429), and a size cap so one huge or endless response cannot
exhaust memory.

Every failure raises `InputRejected(url, reason, detail)`; `reason` is one of
`FETCH_REASONS`, and `TRANSIENT` says which ones are worth trying again later.
"""

from __future__ import annotations

import http.client
import importlib.metadata
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from accord.errors import InputRejected

MAX_BODY = 10 * 1024 * 1024  # bytes; news pages and feeds are far smaller
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
               "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
FETCH_REASONS = {
    "bad_scheme": "only http:// and https:// URLs are fetched",
    "timeout": "the server did not answer within the timeout",
    "unreachable": "the connection failed (DNS, refused, reset)",
    "server_error": "the server answered 5xx, 408 or 429 (try again later)",
    "not_found": "the server answered 404 or 410",
    "http_error": "the server refused the request (another 4xx, or an unexpected status)",
    "too_large": f"the response is larger than {MAX_BODY // (1024 * 1024)} MB",
}
TRANSIENT = frozenset({"timeout", "unreachable", "server_error"})
_RETRY_STATUS = frozenset({408, 429})


def user_agent() -> str:
    """Names the tool, its version and where to read about it, as crawling etiquette asks."""
    try:
        version = importlib.metadata.version("accord")
    except importlib.metadata.PackageNotFoundError:
        version = "dev"
    return f"accord/{version} (+https://github.com/accord-events/accord; event-data research)"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One answer: 200 with a body, or 304 (not modified, empty body)."""

    status: int
    body: bytes
    etag: str | None
    last_modified: str | None
    url: str  # the final URL, after redirects
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> str:
    """The URL if it is http(s) with a host; raise `bad_scheme` otherwise (no file://,
    ftp:// or data: URLs: a feed must not make us read local files)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputRejected(url, "bad_scheme", "only http:// and https:// URLs can be "
                            "watched; give a folder path to watch local files")
    return url


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects (urllib allows 10 hops) but never off http(s): urllib alone would
    follow one to ftp://."""

    def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                       headers: http.client.HTTPMessage) -> Any:
        target = headers.get("Location") or headers.get("URI")
        if target:
            try:
                check_url(urljoin(req.full_url, target))
            except InputRejected:
                fp.close()
                raise
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects())


def _read_capped(resp: Any, url: str) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > MAX_BODY:
        raise InputRejected(url, "too_large", f"Content-Length {length} > {MAX_BODY} bytes")
    body: bytes = resp.read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        raise InputRejected(url, "too_large", f"more than {MAX_BODY} bytes")
    return body


def _status_error(url: str, status: int, reason: str) -> InputRejected:
    if status >= 500 or status in _RETRY_STATUS:
        return InputRejected(url, "server_error", f"HTTP {status} {reason}")
    if status in (404, 410):
        return InputRejected(url, "not_found", f"HTTP {status} {reason}")
    return InputRejected(url, "http_error", f"HTTP {status} {reason}")


def _retry_after(headers: Message | None, cap: float) -> float | None:
    """Seconds a 429/503 asks us to wait (numeric form only), at most `cap`."""
    value = headers.get("Retry-After") if headers is not None else None
    if value and value.strip().isdigit():
        return min(float(value.strip()), cap)
    return None


def _once(url: str, headers: dict[str, str], timeout: float
          ) -> tuple[FetchResult | None, InputRejected | None, float | None]:
    """One request: (result, None, None) or (None, error, seconds the server asks to wait)."""
    req = urllib.request.Request(url, headers=headers)
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            body = _read_capped(resp, url)
            h = resp.headers
            return FetchResult(resp.status, body, h.get("ETag"), h.get("Last-Modified"),
                               resp.geturl(), h.get_content_type()), None, None
    except urllib.error.HTTPError as e:
        with e:
            if e.code == 304:
                h = e.headers
                return FetchResult(304, b"", h.get("ETag"), h.get("Last-Modified"),
                                   e.geturl() or url), None, None
            return None, _status_error(url, e.code, str(e.reason)), _retry_after(e.headers, 30)
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            return None, InputRejected(url, "timeout", f"no answer within {timeout:g} s"), None
        return None, InputRejected(url, "unreachable", str(e.reason)), None
    except TimeoutError:  # socket.timeout is TimeoutError: connect or a read timed out
        return None, InputRejected(url, "timeout", f"no answer within {timeout:g} s"), None
    except (OSError, http.client.HTTPException) as e:
        return None, InputRejected(url, "unreachable", f"{type(e).__name__}: {e}"), None


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
          accept: str = FEED_ACCEPT) -> FetchResult:
    """GET `url`, conditionally when validators from an earlier answer are given.

    A 304 comes back as a FetchResult with `not_modified`; failures raise InputRejected.
    Transient failures are retried `retries` times, waiting backoff, 2*backoff, ... seconds
    (or what a 429/503 Retry-After asks, up to 30 s); a 4xx is never retried.
    """
    check_url(url)
    headers = {"User-Agent": user_agent(), "Accept": accept, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for attempt in range(retries + 1):
        result, error, wait = _once(url, headers, timeout)
        if result is not None:
            return result
        assert error is not None
        if error.reason not in TRANSIENT or attempt == retries:
            raise error
        time.sleep(wait if wait is not None else backoff * 2 ** attempt)
    raise AssertionError("unreachable")  # the loop returns or raises
