"""The gazetteer's own data: other spellings of GeoNames towns and first-level divisions
(data/places/; compiled by scripts/build_places.py, format in docs/data-formats.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from accord.knowledge.tsv import LoadReport, load_records

CITY_NAME_COLUMNS = ("name", "city", "country", "geonameid")
DIVISION_COLUMNS = ("name", "country", "kind", "code", "bare")
_ISO3 = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


@dataclass(frozen=True, slots=True)
class CityName:
    """Another spelling of a GeoNames town ("Basra" for "Basrah")."""

    name: str
    city: str
    country: str
    geonameid: int


@dataclass(frozen=True, slots=True)
class Division:
    """A first-level division ("Helmand", province of AFG); `bare`: the name alone places,
    else only with its kind word ("Shan state")."""

    name: str
    country: str
    kind: str
    code: str
    bare: bool


def _name(value: str) -> str:
    value = value.strip()
    if not value or not value[:1].isupper():
        raise ValueError(f"name must be a capitalised place name, got {value!r}")
    return value


def _country(value: str) -> str:
    value = value.strip()
    if not _ISO3.fullmatch(value):
        raise ValueError(f"country must be an ISO3 code, got {value!r}")
    return value


def _city_name(row: dict[str, str]) -> CityName:
    gid = row["geonameid"].strip()
    if not gid.isdigit():
        raise ValueError(f"geonameid must be a number, got {gid!r}")
    city = row["city"].strip()
    if not city:
        raise ValueError("city is empty")
    return CityName(_name(row["name"]), city, _country(row["country"]), int(gid))


def _division(row: dict[str, str]) -> Division:
    code = row["code"].strip()
    if not _CODE.fullmatch(code):
        raise ValueError(f"code must be an ISO 3166-2 code, got {code!r}")
    bare = row["bare"].strip()
    if bare not in ("yes", "no"):
        raise ValueError(f"bare must be yes or no, got {bare!r}")
    kind = row["kind"].strip().lower()
    if not kind:
        raise ValueError("kind is empty")
    return Division(_name(row["name"]), _country(row["country"]), kind, code, bare == "yes")


def load_city_names(path: Path, *, strict: bool = True,
                    report: LoadReport | None = None) -> list[CityName]:
    """Rows of a city_names.tsv; a malformed line raises (strict) or is reported."""
    return load_records(path, CITY_NAME_COLUMNS, _city_name, strict=strict, report=report)


def load_divisions(path: Path, *, strict: bool = True,
                   report: LoadReport | None = None) -> list[Division]:
    """Rows of a divisions.tsv; a malformed line raises (strict) or is reported."""
    return load_records(path, DIVISION_COLUMNS, _division, strict=strict, report=report)
