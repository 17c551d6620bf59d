"""Domain records passed between pipeline stages (frozen, typed, no validation here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, get_args

Status = Literal["occurred", "intended", "negated", "hedged"]
STATUSES: tuple[str, ...] = get_args(Status)
Precision = Literal["day", "month", "year", "unknown"]


@dataclass(frozen=True, slots=True)
class Article:
    """A news story after ingest: clean body text plus what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    source: str = "-"  # where it was read from (path, path:line, "-" for stdin)
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with a typed reason."""

    source: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: CAMEO-style code plus its parts."""

    code: str  # "BLRGOV", "IRN", "NATO"
    country: str  # ISO alpha-3 or bloc code (EUR, NATO, UNO, WST, ...)
    sector: str | None  # GOV, MIL, MED, ...
    name: str  # canonical name ("Belarus", "Masoud Pezeshkian")
    kind: str  # state, person, organisation, bloc, group

    @property
    def party(self) -> str:
        """The side the actor takes in an event. A state's executive organs (its government,
        army, police) are the state; its courts, legislature and press, and a group of its
        people acting on their own (rebels, opposition, protesters, refugees, workers), are
        sides of their own, so that a government acting on its rebels, or a court on its
        government, is an event within one state."""
        if self.sector in NON_STATE_SECTORS or self.sector in BRANCH_SECTORS:
            return self.country + self.sector
        return self.country


# a state's armed opposition (rebels, insurgents): its sabotage, disarming and surrender at
# home are aimed at that state
REBEL_SECTORS = frozenset({"REB", "INS"})
# branches of a state that act on its government (a court's ruling, a parliament's censure),
# and its press, which the state acts on (a newspaper closed, a journalist jailed: CAMEO's
# MED as the target of its own state's organs)
BRANCH_SECTORS = frozenset({"JUD", "LEG", "MED"})
# CAMEO sectors that are not the state: a country's rebels, opposition, civilians...
NON_STATE_SECTORS = frozenset({"OPP", "REB", "INS", "CVL", "REF", "LAB", "EDU", "BUS", "NGO",
                               "AGR", "CRM", "ENV", "MOD", "RAD", "UAF", "SET", "IMG",
                               "REL"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor found in the text, with character offsets into the article."""

    actor: Actor
    text: str
    start: int
    end: int
    token_start: int  # spaCy token indices [token_start, token_end)
    token_end: int
    confidence: float = 1.0
    via: str = "name"  # name | coref | domestic | implicit | ... (how it was found)

    @property
    def side(self) -> str:
        """The side of a conflict or of talks the mention stands for: its state, or the
        rebels fighting it ("talks between Sudan and the RSF" have two sides, both Sudanese)."""
        sector = self.actor.sector
        return self.actor.country + (f"/{sector}" if sector in REBEL_SECTORS else "")


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None  # "2025-08-20", "2025-01", "2022" or None
    precision: Precision = "unknown"
    before_news: bool = False  # the expression itself says so: "earlier this month", "ago"


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event; `to_row` gives the flat output contract."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    sentence_end: int
    source: Mention
    target: Mention | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    object_text: str | None
    cameo: str
    cameo_name: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: str | None
    status: Status
    background: bool
    date: EventDate
    location: Location | None
    attribution: str | None
    confidence: float
    published: dt.date | None
    url: str | None
    outlet: str | None
    coder_version: str

    def to_row(self) -> dict[str, Any]:
        """The flat output contract (field order is part of the contract)."""
        src, tgt, loc = self.source, self.target, self.location
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "source_text": src.text,
            "source_start": src.start,
            "source_end": src.end,
            "source_code": src.actor.code,
            "source_country": src.actor.country,
            "source_name": src.actor.name,
            "target_text": tgt.text if tgt else None,
            "target_start": tgt.start if tgt else None,
            "target_end": tgt.end if tgt else None,
            "target_code": tgt.actor.code if tgt else None,
            "target_country": tgt.actor.country if tgt else None,
            "target_name": tgt.actor.name if tgt else None,
            "trigger_text": self.trigger_text,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "object_text": self.object_text,
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "status": self.status,
            "background": self.background,
            "event_date": self.date.value,
            "date_precision": self.date.precision,
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "latitude": loc.latitude if loc else None,
            "longitude": loc.longitude if loc else None,
            "attribution": self.attribution,
            "confidence": self.confidence,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "outlet": self.outlet,
            "coder_version": self.coder_version,
        }


OUTPUT_FIELDS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence", "sentence_start", "sentence_end",
    "source_text", "source_start", "source_end", "source_code", "source_country", "source_name",
    "target_text", "target_start", "target_end", "target_code", "target_country", "target_name",
    "trigger_text", "trigger_start", "trigger_end", "object_text", "cameo", "cameo_name",
    "cameo_root", "quad_class", "goldstein", "plover", "status", "background", "event_date",
    "date_precision", "location_name", "location_country", "latitude", "longitude",
    "attribution", "confidence", "published", "url", "outlet", "coder_version",
)

