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

    def codes(self) -> list[str]:
        return sorted(self._codes)


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    path = packaged("cameo", "cameo.tsv")
    return CameoTable(load_records(path, COLUMNS, _parse, strict=True))
