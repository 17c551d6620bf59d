"""The watch loop: poll sources, ingest what is new, remember it in the store.

State lives in the same DuckDB file as the articles (tables `watch_feeds`, `watch_items`,
migration 0004_watch), so a restart resumes where the last run stopped. An item is marked
seen only after its article (or rejection) is committed: a crash between the two leaves it
unseen, the next poll fetches it again and the store's duplicate check skips it. Fetching is
thus at-least-once and storing exactly-once.

A feed's ETag/Last-Modified are saved only once every item of that answer is handled;
while an item waits for a retry, the next poll asks for the whole feed again instead of
getting a 304 that would hide the item.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from accord.batch import _chunks, _store_batch
from accord.errors import DataFileError, InputRejected, StoreError
from accord.ingest.readers import iter_files, make_article, read_html, read_inputs, read_text
from accord.pipeline import Coder
from accord.records import Article, Rejection
from accord.store import IngestSummary, Store
from accord.store.db import content_hash
from accord.watch.feeds import FeedItem, parse_feed
from accord.watch.fetch import FEED_ACCEPT, HTML_ACCEPT, TRANSIENT, check_url, fetch

# a page that cannot be fetched for good is stored as a rejection with one of these reasons
_REJECT_AS = {"not_found": "not_found", "too_large": "too_large"}


@dataclass(frozen=True, slots=True)
class PollError:
    """Something that went wrong in one source during a poll; the poll went on."""

    feed: str  # the watched source (feed URL or folder)
    source: str  # what failed: the feed itself, an article URL, the database
    reason: str  # a FETCH_REASONS code, bad_feed, not_found (folder), unavailable (store)
    detail: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}: {self.detail}"


@dataclass(frozen=True, slots=True)
class PollSummary:
    """What one pass over every source did."""

    started: dt.datetime  # UTC
    seconds: float
    feeds: int  # sources polled (feeds and folders)
    not_modified: int  # feeds that answered 304
    items: int  # items listed by the feeds, files in the folders
    new: int  # of those, not seen before
    articles: int  # articles stored
    duplicates: int  # new items whose article was already stored
    events: int
    rejected: int  # rejections stored (unreadable pages, files, gone links)
    errors: tuple[PollError, ...] = ()
    stopped: bool = False  # a stop request ended the poll early


@dataclass
class _Tally:
    feeds: int = 0
    not_modified: int = 0
    items: int = 0
    new: int = 0
    stored: IngestSummary = field(default_factory=IngestSummary)
    errors: list[PollError] = field(default_factory=list)
    stopped: bool = False

    def freeze(self, started: dt.datetime, seconds: float) -> PollSummary:
        s = self.stored
        return PollSummary(started, seconds, self.feeds, self.not_modified, self.items,
                           self.new, s.articles, s.duplicates, s.events, len(s.rejected),
                           tuple(self.errors), self.stopped)


def _now() -> dt.datetime:
    """UTC without a zone: what the TIMESTAMP columns hold."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def resolve_sources(args: Iterable[str]) -> list[str]:
    """Feed URLs and folders from the command line: each argument is an http(s) URL, a
    folder to watch, or a text file listing URLs or folders (one per line, # comments).
    Raise InputRejected / DataFileError for anything else, before any polling."""
    out: list[str] = []

    def add(value: str) -> None:
        if value not in out:
            out.append(value)

    for arg in args:
        if "://" in arg:
            add(check_url(arg))
            continue
        path = Path(arg)
        if path.is_dir():
            add(str(path.resolve()))
        elif path.is_file():
            for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = raw.strip()
                if not line or line.startswith("#"):  # a URL may hold "#": whole lines only
                    continue
                if "://" in line:
                    try:
                        add(check_url(line))
                    except InputRejected as e:
                        raise DataFileError(str(path), n, e.detail) from None
                elif (path.parent / line).is_dir():
                    add(str((path.parent / line).resolve()))
                else:
                    raise DataFileError(str(path), n, f"{line!r} is not an http(s) URL "
                                        "or an existing folder")
        else:
            raise InputRejected(arg, "not_found", "no such folder or feed list (feeds are "
                                "http:// or https:// URLs)")
    return out


# one pending entry: (item key, its URL or path, records to store, article id known already)
_Pending = tuple[str, str | None, list[Article | Rejection], str | None]


class Watcher:
    """Polls feeds and folders into a store with a coder.

    `store` is an open Store, or a database path: then the file is opened for each poll
    and closed in between, so other accord commands can use it while the watcher sleeps.
    """

    def __init__(self, store: Store | str | Path, coder: Coder, sources: Iterable[str], *,
                 timeout: float = 10.0, retries: int = 2, backoff: float = 0.5,
                 delay: float = 1.0, batch_size: int = 8, workers: int = 1,
                 give_up_after: int = 5, settle: float = 1.0, wait: float = 60.0) -> None:
        """`delay`: seconds between two requests to one host; `give_up_after`: polls an
        article page may fail transiently before it is stored as a rejection; `settle`:
        seconds a file must be left unchanged before it is read (it may still be written)."""
        self.store = store
        self.coder = coder
        self.sources = resolve_sources(sources)
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.delay, self.batch_size, self.workers = delay, batch_size, workers
        self.give_up_after, self.settle, self.wait = give_up_after, settle, wait
        self._attempts: dict[tuple[str, str], int] = {}
        self._last_request: dict[str, float] = {}

    # ------------------------------------------------------------------ loop
    def run(self, interval: float, *, max_polls: int | None = None,
            stop: threading.Event | None = None,
            on_poll: Callable[[PollSummary], None] | None = None) -> int:
        """Poll every `interval` seconds (measured start to start) until `stop` is set or
        `max_polls` polls are done; return the number of polls. Setting `stop` ends the
        current poll after the item in hand and cuts the wait short."""
        stop = stop or threading.Event()
        polls = 0
        while not stop.is_set():
            began = time.monotonic()
            summary = self.poll_once(stop)
            polls += 1
            if on_poll is not None:
                on_poll(summary)
            if max_polls is not None and polls >= max_polls:
                break
            stop.wait(max(0.0, interval - (time.monotonic() - began)))
        return polls

    def poll_once(self, stop: threading.Event | None = None) -> PollSummary:
        """One pass over every source. Source failures are reported in the summary; only
        a database that cannot be written raises."""
        started, began = _now(), time.monotonic()
        tally = _Tally()
        if isinstance(self.store, Store):
            self._poll_all(self.store, tally, stop)
        else:
            try:
                store = Store(self.store, wait=self.wait)
            except StoreError as e:  # another process holds it: try again next poll
                tally.errors.append(PollError("(store)", str(self.store), "unavailable",
                                              str(e)))
            else:
                with store:
                    self._poll_all(store, tally, stop)
        return tally.freeze(started, time.monotonic() - began)

    def _poll_all(self, store: Store, tally: _Tally, stop: threading.Event | None) -> None:
        for source in self.sources:
            if stop is not None and stop.is_set():
                tally.stopped = True
                return
            tally.feeds += 1
            if "://" in source:
                self._poll_feed(store, source, tally, stop)
            else:
                self._poll_folder(store, source, tally, stop)

    # ------------------------------------------------------------------ feeds
    def _poll_feed(self, store: Store, feed: str, tally: _Tally,
                   stop: threading.Event | None) -> None:
        row = store.con.execute("SELECT etag, last_modified FROM watch_feeds WHERE feed = ?",
                                [feed]).fetchone()
        etag, modified = row if row else (None, None)
        try:
            self._pace(feed, stop)
            res = fetch(feed, etag=etag, last_modified=modified, timeout=self.timeout,
                        retries=self.retries, backoff=self.backoff, accept=FEED_ACCEPT)
            items = [] if res.not_modified else parse_feed(res.body, feed)
        except InputRejected as e:
            tally.errors.append(PollError(feed, e.source, e.reason, e.detail))
            self._mark_feed(store, feed, e.reason)
            return
        if res.not_modified:
            tally.not_modified += 1
            self._mark_feed(store, feed, "304")
            return
        tally.items += len(items)
        seen = self._seen(store, feed, [i.key for i in items])
        new = [i for i in items if i.key not in seen]
        tally.new += len(new)
        complete = True
        pending: list[_Pending] = []
        for item in new:
            if stop is not None and stop.is_set():
                tally.stopped, complete = True, False
                break
            entry = self._read_item(store, feed, item, tally, stop)
            if entry is None:
                complete = False  # left unseen: fetched again next poll
                continue
            pending.append(entry)
            if len(pending) >= self.batch_size:
                self._commit(store, feed, pending, tally)
                pending = []
        self._commit(store, feed, pending, tally)
        validators = (res.etag, res.last_modified) if complete else None
        self._mark_feed(store, feed, str(res.status), validators)

    def _read_item(self, store: Store, feed: str, item: FeedItem, tally: _Tally,
                   stop: threading.Event | None) -> _Pending | None:
        """The item's article or rejection, ready to store; None to try it again later."""
        source = item.url or f"{feed}#{item.key}"
        if item.url is None:  # nothing to fetch: the feed's own text is the article
            return item.key, None, [make_article(item.summary or "", source=source,
                                                 title=item.title,
                                                 published=item.published)], None
        known = store.con.execute("SELECT article_id FROM watch_items WHERE url = ? LIMIT 1",
                                  [item.url]).fetchone()
        if known is not None:  # the same page came through another feed: do not fetch it
            tally.stored.duplicates += 1
            return item.key, item.url, [], known[0]
        try:
            self._pace(item.url, stop)
            res = fetch(item.url, timeout=self.timeout, retries=self.retries,
                        backoff=self.backoff, accept=HTML_ACCEPT)
        except InputRejected as e:
            return self._failed(feed, item, e, tally)
        self._attempts.pop((feed, item.key), None)
        # the feed's date is the publisher's own metadata; a page's date is often guessed
        # (htmldate falls back to a footer's copyright year), so the feed's comes first
        reader = read_text if res.content_type == "text/plain" else read_html
        rec = reader(res.body, res.url, item.published)
        if isinstance(rec, Article):
            rec = replace(rec, title=rec.title or item.title, url=rec.url or res.url)
        return item.key, item.url, [rec], None

    def _failed(self, feed: str, item: FeedItem, e: InputRejected,
                tally: _Tally) -> _Pending | None:
        """A page that could not be fetched: retried next poll while the failure may pass
        (and fewer than `give_up_after` polls failed), otherwise stored as a rejection."""
        if e.reason in TRANSIENT:
            key = (feed, item.key)
            self._attempts[key] = self._attempts.get(key, 0) + 1
            tally.errors.append(PollError(feed, e.source, e.reason, e.detail))
            if self._attempts[key] < self.give_up_after:
                return None
            del self._attempts[key]
            detail = f"gave up after {self.give_up_after} polls: {e.reason}: {e.detail}"
            return item.key, item.url, [Rejection(e.source, "unreadable", detail)], None
        reason = _REJECT_AS.get(e.reason, "unreadable")
        return item.key, item.url, [Rejection(e.source, reason, f"{e.reason}: {e.detail}")], None

    def _pace(self, url: str, stop: threading.Event | None) -> None:
        """Leave `delay` seconds between two requests to the same host."""
        host = urlsplit(url).netloc.lower()
        wait = self._last_request.get(host, -1e9) + self.delay - time.monotonic()
        if wait > 0:
            if stop is not None:
                stop.wait(wait)
            else:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    # ------------------------------------------------------------------ folders
    def _poll_folder(self, store: Store, folder: str, tally: _Tally,
                     stop: threading.Event | None) -> None:
        root = Path(folder)
        if not root.is_dir():
            tally.errors.append(PollError(folder, folder, "not_found", "the folder is gone"))
            self._mark_feed(store, folder, "not_found")
            return
        files: list[tuple[str, Path]] = []
        now = time.time()
        for path in iter_files(root):
            try:
                st = path.stat()
            except OSError:
                continue  # removed since listed
            if self.settle > 0 and now - st.st_mtime < self.settle:
                continue  # may still be being written: read it next poll
            key = f"{path.relative_to(root).as_posix()}|{st.st_size}|{st.st_mtime_ns}"
            files.append((key, path))
        tally.items += len(files)
        seen = self._seen(store, folder, [k for k, _ in files])
        new = [(k, p) for k, p in files if k not in seen]
        tally.new += len(new)
        pending: list[_Pending] = []
        for key, path in new:
            if stop is not None and stop.is_set():
                tally.stopped = True
                break
            pending.append((key, str(path), list(read_inputs([path])), None))
            if sum(len(p[2]) for p in pending) >= self.batch_size:
                self._commit(store, folder, pending, tally)
                pending = []
        self._commit(store, folder, pending, tally)
        self._mark_feed(store, folder, "ok")

    # ------------------------------------------------------------------ state
    def _commit(self, store: Store, feed: str, pending: list[_Pending], tally: _Tally) -> None:
        """Store the records, then (a second transaction) mark their items seen."""
        if not pending:
            return
        records = [r for p in pending for r in p[2]]
        for chunk in _chunks(records, 64):
            _store_batch(chunk, store, self.coder, tally.stored, self.workers)
        stored = _stored_ids(store, [r for r in records if isinstance(r, Article)])
        now = _now()
        rows = []
        for key, url, recs, known in pending:
            arts = [r for r in recs if isinstance(r, Article)]
            aid = known if known is not None else (stored.get(arts[0].id) if len(arts) == 1
                                                   else None)
            rows.append((feed, key, url, aid, now))
        _write(store, "INSERT INTO watch_items (feed, item_key, url, article_id, seen_at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)

    def _seen(self, store: Store, feed: str, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        return {r[0] for r in store.con.execute(
            "SELECT item_key FROM watch_items WHERE feed = ? AND item_key IN "
            "(SELECT unnest(?))", [feed, list(keys)]).fetchall()}

    def _mark_feed(self, store: Store, feed: str, status: str,
                   validators: tuple[str | None, str | None] | None = None) -> None:
        """Record the poll; replace the validators only when given (see module doc)."""
        etag, modified = validators or (None, None)
        update = "last_polled = excluded.last_polled, last_status = excluded.last_status"
        if validators is not None:
            update += ", etag = excluded.etag, last_modified = excluded.last_modified"
        _write(store, "INSERT INTO watch_feeds (feed, etag, last_modified, last_polled, "
               f"last_status) VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed) DO UPDATE SET {update}",
               [(feed, etag, modified, _now(), status)])


def _stored_ids(store: Store, articles: list[Article]) -> dict[str, str]:
    """Each article's id in the store: its own, or that of the stored article with the
    same text (a content duplicate is recorded against the article that holds the text)."""
    if not articles:
        return {}
    ids = {a.id for a in articles}
    by_hash = {content_hash(a.text): a.id for a in articles}
    out: dict[str, str] = {}
    for id_, h in store.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))", [sorted(ids), list(by_hash)]).fetchall():
        if id_ in ids:
            out[id_] = id_
        if h in by_hash:
            out.setdefault(by_hash[h], id_)
    return out


def _write(store: Store, sql: str, rows: list[tuple[Any, ...]]) -> None:
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany(sql, rows)
        con.execute("COMMIT")
    except duckdb.Error as e:
        con.execute("ROLLBACK")
        raise StoreError(f"writing watch state to {store.path} failed: {e}") from None
