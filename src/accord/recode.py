"""Re-coding stored articles with the current coder, and the difference it makes.

Events are compared by what they say (sentence, trigger, actors, code, status), not by id:
ids include the coder version, so every id changes with a new version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accord.pipeline import Coder
from accord.records import Event
from accord.store import Store

KEY_FIELDS = ("doc_id", "sentence_index", "trigger_start", "source_code", "target_code")
VALUE_FIELDS = ("cameo", "status", "background", "event_date", "attribution")


@dataclass
class RecodeDiff:
    articles: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0
    examples: list[str] = field(default_factory=list)


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(r[f] for f in KEY_FIELDS)


def recode(store: Store, coder: Coder, *, apply: bool = False,
           progress: Callable[[int], None] | None = None) -> RecodeDiff:
    """Re-code every stored article; with `apply`, replace each article's events (one
    transaction per article) and record the new coder version on them."""
    diff = RecodeDiff()
    for art in store.articles():
        old = {_key(r): r for r in store.events(doc_id=art.id)}
        coded = coder.code(art)
        new: dict[tuple[Any, ...], Event] = {}
        for e in coded.events:
            new.setdefault(_key(e.to_row()), e)
        diff.articles += 1
        for k in new.keys() - old.keys():
            diff.added += 1
            _example(diff, "added", new[k].to_row())
        for k in old.keys() - new.keys():
            diff.removed += 1
            _example(diff, "removed", old[k])
        for k in new.keys() & old.keys():
            a, b = old[k], new[k].to_row()
            if any(a[f] != b[f] for f in VALUE_FIELDS):
                diff.changed += 1
                _example(diff, "changed", b)
            else:
                diff.unchanged += 1
        if apply:
            store.replace_events(art.id, coded)
        if progress is not None:
            progress(1)
    return diff


def _example(diff: RecodeDiff, what: str, r: dict[str, Any]) -> None:
    if len(diff.examples) < 20:
        diff.examples.append(f"{what}: {r['source_code']} {r['cameo']} {r['target_code']} "
                             f"{r['status']} | {r['sentence'][:80]}")
