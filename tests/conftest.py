from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.ingest.readers import make_article
from accord.pipeline import Coder, default_coder
from accord.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_2d0c6eb997aae864.txt"
SEED_COPY = Path(__file__).parent / "fixtures" / "seed.txt"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return default_coder()


@pytest.fixture(scope="session")
def one_sided(coder: Coder) -> Coder:
    """The default coder keeping events with no target (--one-sided)."""
    return coder.with_options(one_sided=True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_COPY.read_text(encoding="utf-8")


def code(coder: Coder, text: str, published: str | None = "2025-08-21") -> list[dict]:
    """Events of one hand-written story, as output rows."""
    pub = dt.date.fromisoformat(published) if published else None
    art = make_article(text, source="test", published=pub)
    assert isinstance(art, Article)
    return [e.to_row() for e in coder.code(art).events]


def sides(rows: list[dict]) -> set[tuple]:
    """(source code, root, target code) of each event: the sides, sectors included."""
    return {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}


def mentions(coder: Coder, text: str) -> dict[str, tuple[str, str]]:
    """Each actor mention's text -> (actor code, how it was found)."""
    art = make_article(text, source="t", id="t")
    assert isinstance(art, Article)
    return {m.text: (m.actor.code, m.via) for m in coder.code(art).mentions}


def triples(rows: list[dict]) -> set[tuple]:
    return {(r["source_country"], r["cameo"][:2], r["target_country"], r["status"]) for r in rows}


def event_of(rows: list[dict], src: str, root: str, tgt: str | None,
             status: str | None = None) -> dict:
    """The first event of that source, code prefix, target (and status), or a failure that
    lists what was coded instead."""
    hits = [r for r in rows if r["source_country"] == src and r["target_country"] == tgt
            and r["cameo"].startswith(root) and (status is None or r["status"] == status)]
    assert hits, f"no {src}-{root}-{tgt} {status or ''} event in {triples(rows)}"
    return hits[0]
