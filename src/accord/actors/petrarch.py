"""Converting PETRARCH/TABARI `.actors` and agents dictionaries into accord's formats.

Actors become `aliases` rows (phrase → code, with the dates of date-bounded codes); agents
(`WORD [~GOV]`) become `sectors` rows. Comments and unparseable lines are skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from accord.actors.kb import ALIAS_COLUMNS, SECTOR_COLUMNS, SECTORS

# PETRARCH's IGO codes for the blocs accord names by their own codes
IGO_COUNTRY = {"IGOUNO": "UNO", "IGOEUREEC": "EUR", "IGOEUR": "EUR", "IGOWSTNAT": "NATO",
               "IGONAT": "NATO"}
_CODE = re.compile(r"\[([~A-Z0-9]+)(?:\s+([<>]?\s*\d{6})(?:-(\d{6}))?)?\]")


@dataclass
class ImportResult:
    aliases: list[tuple[str, ...]] = field(default_factory=list)
    sectors: list[tuple[str, ...]] = field(default_factory=list)
    skipped: int = 0

    def alias_tsv(self) -> str:
        return _tsv(ALIAS_COLUMNS, self.aliases)

    def sector_tsv(self) -> str:
        return _tsv(SECTOR_COLUMNS, self.sectors)


def _tsv(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\t".join(columns) + "\n" + "".join("\t".join(r) + "\n" for r in rows)


def phrase(raw: str) -> str:
    """ "VLADIMIR_PUTIN_" → "Vladimir Putin"; short all-capital words stay ("UN")."""
    words = [w for w in raw.strip().strip("+").replace("_", " ").split() if w]
    return " ".join(w if len(w) <= 3 and w.isalpha() and w.isupper() and w not in (
        "THE", "OF", "AND", "FOR") else w.capitalize() if w.isupper() else w for w in words)


def _date(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    year = 1900 + yy if yy >= 30 else 2000 + yy  # the dictionaries date from 2014
    try:
        return dt.date(year, max(mm, 1), max(dd, 1)).isoformat()
    except ValueError:
        return f"{year:04d}"


def split_code(code: str) -> tuple[str, str, str]:
    """(code, country, sector) of a PETRARCH actor code."""
    for prefix, country in IGO_COUNTRY.items():
        if code.startswith(prefix):
            return country, country, "IGO"
    if code.startswith("IGO") and len(code) >= 6:
        return code[3:6], code[3:6], "IGO"
    return code, code[:3], code[3:6]


def _blocks(lines: Iterable[str]) -> Iterator[tuple[list[str], list[tuple[str, str, str]]]]:
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] not in " \t+":
            if names:
                yield names, codes
            names, codes = [], []
        head = line.split("[", 1)[0].strip()
        if head:
            names.append(head)
        for m in _CODE.finditer(line):
            code, first, last = m.group(1), (m.group(2) or "").replace(" ", ""), m.group(3) or ""
            start = end = ""
            if first.startswith(">"):
                start = _date(first)
            elif first.startswith("<"):
                end = _date(first)
            elif first:
                start, end = _date(first), _date(last) if last else ""
            codes.append((code, start, end))
    if names:
        yield names, codes


def _fit(full: str, country: str, sector: str, countries: set[str]) -> tuple[str, str, str, str]:
    """Fit a PETRARCH code to accord's lists: a territory under its state ("GBRFLK") becomes
    the territory; a sector accord does not know is dropped (and noted)."""
    if sector in countries:
        return sector, sector, "", ""
    if sector and sector not in SECTORS:
        return country, country, "", f"; sector {sector} dropped"
    return full, country, sector, ""


def convert(lines: Iterable[str], source: str, countries: set[str] | None = None
            ) -> ImportResult:
    """Aliases and sector words from one PETRARCH dictionary's lines."""
    countries = countries or set()
    out = ImportResult()
    for all_names, codes in _blocks(lines):
        # TABARI's pattern syntax ("CATTLE!PERSON!", "{...}") has no phrase equivalent
        names = [n for n in all_names if re.fullmatch(r"[+A-Za-z0-9_.'\-&]+", n)]
        if not codes or not names:
            out.skipped += 1
            continue
        for code, start, end in codes:
            if code.startswith("~"):
                sector = code[1:4]
                if sector not in SECTORS:
                    out.skipped += 1
                    continue
                for n in names:
                    out.sectors.append((phrase(n).lower(), sector, "both"))
                continue
            full, country, sector = split_code(code)
            if not re.fullmatch(r"[A-Z0-9]{2,6}", country):
                out.skipped += 1
                continue
            full, country, sector, note = _fit(full, country, sector, countries)
            for n in names:
                out.aliases.append((phrase(n), full, country, sector or "-", start or "-",
                                    end or "-", f"PETRARCH {source}{note}"))
    return out
