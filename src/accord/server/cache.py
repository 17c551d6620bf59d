"""A short-lived cache of serialised event pages for the REST API, emptied by every write."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import anyio


class PageCache:
    """Serialised `GET /api/events` pages, keyed by every parameter of the request.

    Correct under writes: the server is the database's only writer (DuckDB lets one process
    hold the file) and every write calls `invalidate()` once it has committed. An entry
    remembers the generation current when its query *started*, so a page read before or
    during a write is never served after it. `seconds` bounds an entry's age all the same;
    `max_bytes` bounds memory (least recently used first out). Concurrent requests for the
    same missing page wait for one query instead of each running it."""

    def __init__(self, seconds: float = 10.0, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.seconds, self.max_bytes = seconds, max_bytes
        self.generation = 0
        self.hits = self.misses = 0
        self._bytes = 0
        self._pages: OrderedDict[tuple[Any, ...], tuple[int, float, bytes]] = OrderedDict()
        self._inflight: dict[tuple[Any, ...], asyncio.Future[bytes]] = {}
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._pages.clear()
            self._bytes = 0

    def _get(self, key: tuple[Any, ...]) -> bytes | None:
        with self._lock:
            hit = self._pages.get(key)
            if hit is None:
                return None
            gen, born, body = hit
            if gen != self.generation or time.monotonic() - born > self.seconds:
                del self._pages[key]
                self._bytes -= len(body)
                return None
            self._pages.move_to_end(key)
            return body

    def _put(self, key: tuple[Any, ...], gen: int, born: float, body: bytes) -> None:
        with self._lock:
            if gen != self.generation or len(body) > self.max_bytes // 8:
                return
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._pages[key] = (gen, born, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (_, _, dropped) = self._pages.popitem(last=False)
                self._bytes -= len(dropped)

    async def page(self, key: tuple[Any, ...], compute: Callable[[], bytes],
                   limiter: anyio.CapacityLimiter, *, inline: bool = False) -> bytes:
        """The cached page for `key`, or `compute()` run in a worker thread (`inline`: on
        the event loop, for a computation too short to be worth a thread)."""
        if self.seconds <= 0:
            self.misses += 1
            if inline:
                return compute()
            return await anyio.to_thread.run_sync(compute, limiter=limiter)
        body = self._get(key)
        if body is not None:
            self.hits += 1
            return body
        if inline:
            self.misses += 1
            gen, born = self.generation, time.monotonic()
            body = compute()
            self._put(key, gen, born, body)
            return body
        loop = asyncio.get_running_loop()
        gen = self.generation
        task = self._inflight.get((gen, key))
        if task is None or task.get_loop() is not loop:
            self.misses += 1
            task = loop.create_task(self._compute(key, gen, compute, limiter))
            self._inflight[(gen, key)] = task
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
        # a client that goes away does not cancel the query others may be waiting for
        return await asyncio.shield(task)

    async def _compute(self, key: tuple[Any, ...], gen: int, compute: Callable[[], bytes],
                       limiter: anyio.CapacityLimiter) -> bytes:
        born = time.monotonic()
        try:
            body = await anyio.to_thread.run_sync(compute, limiter=limiter)
        finally:
            self._inflight.pop((gen, key), None)
        self._put(key, gen, born, body)
        return body
