"""The frame: one coded predicate before its actors are paired into events (the unit the
coder's stages pass between them)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from accord.records import Mention


@dataclass(frozen=True, slots=True)
class Frame:
    """One coded predicate before actor pairing: where it is and what it means."""

    trigger: Token
    cameo: str
    sources: list[Mention]
    targets: list[Mention]
    object_text: str | None
    nominal: bool
    specific: bool  # matched an object-constrained pattern
    anchor: Token | None = None  # where modality, time and place are read (default: trigger)

    @property
    def clause(self) -> Token:
        return self.anchor if self.anchor is not None else self.trigger
