"""The server's event index: built once at start, renewed by the server's one writer."""

from __future__ import annotations

import threading
import time
from typing import Any

from accord.store import Store
from accord.store.event_index import EventIndex


class ServingIndex:
    """Holds the current `EventIndex` snapshot, or None while there is none (pages are
    then read from DuckDB, as they always can be).

    `start()` builds the first snapshot in a background thread, so the server answers at
    once. `after_write(event_ids)` is called by the writer after each commit and before the
    page cache is emptied: it extends the snapshot with the new events, or builds it again
    when the table changed otherwise. A failure leaves no snapshot (DuckDB answers) and is
    kept in `error` for `/health`, never half an index."""

    def __init__(self, store: Store, enabled: bool = True,
                 max_events: int = 5_000_000) -> None:
        self.store, self.enabled, self.max_events = store, enabled, max_events
        self.current: EventIndex | None = None
        self.error: str | None = None
        self.skipped: str | None = None  # why there is no index although it is on
        self.build_seconds: float | None = None
        self._lock = threading.Lock()  # one build or extension at a time

    def start(self) -> threading.Thread | None:
        if not self.enabled:
            return None
        thread = threading.Thread(target=self._rebuild, name="accord-event-index",
                                  daemon=True)
        thread.start()
        return thread

    def after_write(self, event_ids: list[str]) -> None:
        if not self.enabled:
            return
        with self._lock:  # a build in progress finishes first; its snapshot is then extended
            old = self.current
            if old is None:
                # no index: one that failed or was over the limit is tried again (a build
                # not yet started reads after this commit anyway)
                if self.error or self.skipped:
                    self.error = self.skipped = None
                    self.start()
                return
            try:
                cur = self.store.con.cursor()
                try:
                    n = self._count_within_limit(cur)  # before building a snapshot that large
                    if n is None:
                        return
                    new = old.with_new_events(cur, event_ids, total=n)
                finally:
                    cur.close()
            except Exception as e:  # noqa: BLE001 - any failure: serve from DuckDB instead
                self.current, self.error = None, f"{type(e).__name__}: {e}"
                return
            # rows replaced or deleted: DuckDB answers until a new snapshot is built, off
            # the writer's path
            self.current = new
        if new is None:
            self.start()

    def _rebuild(self) -> None:
        with self._lock:
            started = time.monotonic()
            cur = self.store.con.cursor()
            try:
                if self._count_within_limit(cur) is None:
                    return
                self.current, self.error = EventIndex.build(cur), None
                self.build_seconds = round(time.monotonic() - started, 2)
            except Exception as e:  # noqa: BLE001 - see the class docstring
                self.current, self.error = None, f"{type(e).__name__}: {e}"
            finally:
                cur.close()

    def _count_within_limit(self, cur: Any) -> int | None:
        """The events table's size, or None (and no index) when it is over the limit: about
        half a gigabyte a million events is not spent unasked."""
        n = int(cur.execute("SELECT count(*) FROM events").fetchall()[0][0])
        if n > self.max_events:
            self._skip(n)
            return None
        return n

    def _skip(self, n: int) -> None:
        self.current, self.skipped = None, (
            f"{n:,} events are more than the index's limit of {self.max_events:,}: pages "
            "are read from DuckDB (raise the limit with --event-index-max-events if the "
            "memory is there)")

    def health(self) -> dict[str, Any]:
        idx = self.current
        state = ("off" if not self.enabled or self.skipped else "ready" if idx is not None
                 else "failed" if self.error else "building")
        out: dict[str, Any] = {"state": state}
        if self.skipped:
            out["reason"] = self.skipped
        if idx is not None:
            out.update(events=idx.n, bytes=idx.nbytes, build_seconds=self.build_seconds)
        if self.error:
            out["error"] = self.error
        return out
