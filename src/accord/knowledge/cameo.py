"""The CAMEO ontology: each code with name, root, quad class, Goldstein score, PLOVER type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from accord.knowledge.tsv import load_records, opt, packaged

COLUMNS = ("code", "name", "root", "quad_class", "goldstein", "plover", "plover_mode")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None


def _parse(row: dict[str, str]) -> CameoCode:
    code = row["code"].strip()
    if not re.fullmatch(r"\d{2,4}", code):
        raise ValueError(f"code must be 2-4 digits, got {code!r}")
    if row["root"] != code[:2]:
        raise ValueError(f"root {row['root']!r} does not match code {code!r}")
    try:
        quad = int(row["quad_class"])
        goldstein = float(row["goldstein"])
    except ValueError:
        raise ValueError("quad_class must be an integer and goldstein a number") from None
    if quad not in (1, 2, 3, 4) or not -10 <= goldstein <= 10:
        raise ValueError("quad_class must be 1-4 and goldstein within -10..10")
    return CameoCode(code, row["name"].strip(), code[:2], quad, goldstein,
                     opt(row["plover"]), opt(row["plover_mode"]))


class CameoTable:
    """Lookup by code; unknown codes raise KeyError naming the code."""

    def __init__(self, codes: list[CameoCode]) -> None:
        self._codes = {c.code: c for c in codes}

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __len__(self) -> int:
        return len(self._codes)

    def get(self, code: str) -> CameoCode | None:
        return self._codes.get(code)

    def codes(self) -> list[str]:
        return sorted(self._codes)


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    path = packaged("cameo", "cameo.tsv")
    return CameoTable(load_records(path, COLUMNS, _parse, strict=True))


def _intent_row(row: dict[str, str]) -> tuple[str, str]:
    act, code = row["act"].strip(), row["code"].strip()
    for value in (act, code):
        if not re.fullmatch(r"\d{2,4}", value):
            raise ValueError(f"codes must be 2-4 digits, got {value!r}")
    if code not in cameo_table():
        raise ValueError(f"{code!r} is not a CAMEO code")
    return act, code


@lru_cache(maxsize=1)
def intent_codes() -> dict[str, str]:
    """Act-code prefix -> the CAMEO-era code of that act when it is only intended."""
    path = packaged("cameo", "intent_codes.tsv")
    return dict(load_records(path, ("act", "code", "note"), _intent_row, strict=True))


def cameo_era_code(code: str, status: str, quad_class: int) -> str:
    """The code CAMEO-era coders (PETRARCH, ICEWS, the PLOVER gold records) give an event
    that accord keeps with its modality: an intended act is the intent to act (071 intended
    -> 0331; a planned attack is a threat, 138), and a denied cooperative act is a
    rejection (120). accord's own code keeps what was intended or denied; this view is for
    comparing with data coded the old way."""
    if status == "negated" and quad_class in (1, 2):
        return "120"
    if status == "intended":
        table = intent_codes()
        for n in (4, 3, 2):
            if code[:n] in table:
                return table[code[:n]]
    return code
