"""Parsing in worker processes that start clean and are replaced before they grow.

spaCy's own `n_process` forks the calling process, so every worker inherits (and, as
Python touches reference counts, copies) the caller's whole heap: the knowledge base, the
store's buffers, everything read so far. A long ingest then costs far more memory than the
parser needs. These workers are fresh interpreters (plain subprocesses running `main()`, so
no caller's script is re-imported, as multiprocessing's spawn would): each loads only the
model, parses batches of texts and returns the documents as bytes. A worker retires after
`recycle_after` batches and its successor starts only once it has exited, so slowly growing
parser state never piles up and no two generations overlap. A worker whose caller dies
reads end-of-file and exits.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from accord.errors import AccordError

T = TypeVar("T")

# documents parsed together inside a worker: the parser's working memory grows with it
# (32 articles at once peak near 550 MB a process, 16 near 380 MB) while speed barely does
PARSE_BATCH = 16


class WorkerError(AccordError):
    """A parsing process died or failed; the batch it held was not coded."""


def _work(model: str, inbox: Connection, outbox: Connection) -> None:
    """A worker's life: load the model, parse what arrives, stop on None or end-of-file."""
    from accord.nlp import load_pipeline

    nlp = load_pipeline(model)
    while True:
        try:
            texts = inbox.recv()
        except EOFError:  # the caller is gone
            return
        if texts is None:
            return
        try:
            outbox.send([doc.to_bytes() for doc in nlp.pipe(texts, batch_size=PARSE_BATCH)])
        except Exception as e:  # noqa: BLE001 - reported to the caller, which raises
            outbox.send(f"{type(e).__name__}: {e}")


@dataclass(eq=False)  # a slot is found by identity
class _Slot:
    """One worker process, its two channels, and a thread that feeds it without blocking
    the caller (a batch may be larger than a pipe holds)."""

    process: subprocess.Popen[bytes]
    inbox: Connection
    outbox: Connection
    feed: queue.Queue[list[str] | None] = field(default_factory=queue.Queue)
    done: int = 0
    in_flight: int = 0
    retiring: bool = False

    def __post_init__(self) -> None:
        threading.Thread(target=self._feed, daemon=True, name="accord-parser-feed").start()

    def _feed(self) -> None:
        while True:
            texts = self.feed.get()
            try:
                self.inbox.send(texts)
            except OSError:  # the worker died; the caller sees it when it reads
                return
            if texts is None:
                return


@dataclass
class ParsePool:
    """`workers` parsing processes for one model, fed batches; results come back in order."""

    model: str
    workers: int
    recycle_after: int = 80  # batches per process before it is replaced
    slots: list[_Slot] = field(default_factory=list, init=False)
    started: int = field(default=0, init=False)  # processes started, replacements included

    def __post_init__(self) -> None:
        self.slots = [self._start() for _ in range(self.workers)]

    def _start(self) -> _Slot:
        to_child, from_parent = os.pipe()[::-1]  # (write end, read end)
        from_child, to_parent = os.pipe()
        # the package's own location first: the worker imports the accord its caller runs
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        proc = subprocess.Popen(
            [sys.executable, "-c", "from accord.parallel import main; main()", self.model,
             str(from_parent), str(to_parent)],
            pass_fds=(from_parent, to_parent), env=env, stdin=subprocess.DEVNULL)
        os.close(from_parent)
        os.close(to_parent)
        self.started += 1
        return _Slot(proc, Connection(to_child, readable=False),
                     Connection(from_child, writable=False))

    def pipe(self, nlp: Language, items: Iterable[tuple[str, T]], batch_size: int
             ) -> Iterator[tuple[Doc, T]]:
        """Parsed documents with their contexts, in input order; docs share `nlp`'s vocab."""
        pending: deque[tuple[_Slot, list[tuple[str, T]]]] = deque()
        it = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * self.workers:
                batch = list(islice(it, batch_size))
                if not batch:
                    exhausted = True
                    break
                slot = self._free_slot()
                slot.feed.put([text for text, _ in batch])
                slot.in_flight += 1
                pending.append((slot, batch))
            if not pending:
                return
            slot, batch = pending.popleft()
            docs = self._receive(slot)
            slot.in_flight -= 1
            slot.done += 1
            # one process retires at a time, so the others keep taking batches
            if slot.done >= self.recycle_after and not any(s.retiring for s in self.slots):
                slot.retiring = True
            if slot.retiring and slot.in_flight == 0:
                self._replace(slot)
            for data, (_, context) in zip(docs, batch, strict=True):
                yield Doc(nlp.vocab).from_bytes(data), context

    def _free_slot(self) -> _Slot:
        active = [s for s in self.slots if not s.retiring]
        return min(active, key=lambda s: s.in_flight)

    def _receive(self, slot: _Slot) -> list[bytes]:
        try:
            result = slot.outbox.recv()
        except (EOFError, OSError):
            code = slot.process.wait()
            raise WorkerError(
                f"a parsing process stopped (exit code {code}) mid-batch; if the machine "
                "ran out of memory, run again with fewer --workers (committed batches "
                "are kept)") from None
        if isinstance(result, str):
            raise WorkerError(f"the parser failed: {result}")
        return list(result)

    def _replace(self, slot: _Slot) -> None:
        """Stop the old process, wait for it to exit, then start its successor."""
        self._stop(slot)
        self.slots[self.slots.index(slot)] = self._start()

    def _stop(self, slot: _Slot) -> None:
        """A process with nothing in flight is asked to stop; one still busy (the caller
        stopped reading early) is killed, since nobody wants its batch."""
        if slot.in_flight == 0 and slot.process.poll() is None:
            slot.feed.put(None)
            with contextlib.suppress(subprocess.TimeoutExpired):
                slot.process.wait(timeout=30)
        if slot.process.poll() is None:
            slot.process.kill()
            slot.process.wait()
        slot.inbox.close()
        slot.outbox.close()

    def close(self) -> None:
        for slot in self.slots:
            self._stop(slot)
        self.slots = []

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main() -> None:
    """Entry point of a worker process: MODEL READ_FD WRITE_FD."""
    # Ctrl-C reaches the whole process group: the caller stops and closes the pipes, and
    # the worker then exits on end-of-file, without a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    model, read_fd, write_fd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    inbox = Connection(read_fd, writable=False)
    outbox = Connection(write_fd, readable=False)
    try:
        _work(model, inbox, outbox)
    except AccordError as e:  # the model is not installed: say so to the caller
        outbox.send(str(e))
