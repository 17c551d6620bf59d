"""The actor knowledge base: states, people with dated roles, organisations and sector words.

Loaded from the packaged TSV files (docs/data-formats.md) plus any user files. Packaged files
must be clean; a malformed line in a user file is reported (file, line, reason) and skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from accord.knowledge.tsv import LoadReport, load_records, opt, packaged, read_header, split_list
from accord.records import Actor

COUNTRY_COLUMNS = ("iso3", "kind", "name", "official", "aliases", "historic", "adjectives",
                   "capitals", "seats", "cow", "gw")
PEOPLE_COLUMNS = ("name", "aliases", "country", "role", "sector", "start", "end", "source",
                  "as_of")
ORG_COLUMNS = ("code", "country", "sector", "kind", "name", "aliases")
SECTOR_COLUMNS = ("phrase", "sector", "position")
ALIAS_COLUMNS = ("phrase", "code", "country", "sector", "start", "end", "note")
CONTEXT_COLUMNS = ("phrase", "pattern", "note")
SECTORS = {"GOV", "MIL", "COP", "MED", "OPP", "REB", "INS", "BUS", "CVL", "JUD", "LEG", "ELI",
           "SPY", "EDU", "HLH", "REF", "LAB", "NGO", "IGO", "AGR", "CRM", "ENV", "MOD", "RAD",
           "UAF", "SET", "IMG", "REL"}
_CODE = re.compile(r"[A-Z]{3}")
# an alias note that says another state holds the place, or may ("annexed by Russia",
# "occupied by Israel", "disputed between India and Pakistan")
_CONTESTED = re.compile(r"\b(occupied|annexed|disputed|contested)\b", re.IGNORECASE)
# kinds of entity that rule their own land (not an observer or a disputed entity: Palestine,
# Taiwan, Western Sahara, where another state's forces may act)
RULING_KINDS = ("state", "territory")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    kind: str
    name: str
    cow: int | None
    gw: int | None
    names: tuple[str, ...]  # resolve to the state
    adjectives: tuple[str, ...]
    seats: tuple[str, ...]  # capitals and seats of power: resolve to the government


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    sector: str
    start: dt.date
    end: dt.date | None
    source: str
    as_of: str


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    country: str
    sector: str | None
    kind: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectorWord:
    phrase: str
    sector: str
    position: str


@dataclass(frozen=True, slots=True)
class Alias:
    """A phrase mapped straight to an actor code, optionally for a period (imports, users)."""

    phrase: str
    code: str
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    note: str
    # a proper name matched only as written ("Lebanese Forces" the party, not "Lebanese
    # forces" the army): the aliases of actors/parties.tsv
    cased: bool = False


def _int_or_none(value: str, column: str) -> int | None:
    value = value.strip()
    if value in ("", "-"):
        return None
    if not value.isdigit():
        raise ValueError(f"{column} must be an integer or '-', got {value!r}")
    return int(value)


def parse_partial_date(value: str, *, end: bool = False) -> dt.date:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means the end of that period."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    y, mo, d = int(m[1]), m[2], m[3]
    if d:
        return dt.date(y, int(mo), int(d))
    if mo:
        if not end:
            return dt.date(y, int(mo), 1)
        nxt = dt.date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)


def _country(row: dict[str, str]) -> Country:
    iso3 = row["iso3"].strip()
    if not _CODE.fullmatch(iso3):
        raise ValueError(f"iso3 must be three capital letters, got {iso3!r}")
    kind = row["kind"].strip()
    if kind not in ("state", "observer", "territory", "disputed"):
        raise ValueError(f"kind must be state, observer, territory or disputed, got {kind!r}")
    name = row["name"].strip()
    if not name:
        raise ValueError("name is empty")
    names = (name, *split_list(row["official"]), *split_list(row["aliases"]),
             *split_list(row["historic"]))
    return Country(iso3, kind, name, _int_or_none(row["cow"], "cow"), _int_or_none(row["gw"], "gw"),
                   tuple(names), tuple(split_list(row["adjectives"])),
                   tuple(split_list(row["capitals"]) + split_list(row["seats"])))


def _role(row: dict[str, str]) -> Role:
    country = row["country"].strip()
    if not re.fullmatch(r"[A-Z]{3,5}", country):
        raise ValueError(f"country must be an ISO alpha-3 or bloc code, got {country!r}")
    sector = row["sector"].strip()
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; valid: {', '.join(sorted(SECTORS))}")
    if not re.fullmatch(r"[a-z][a-z_]*", row["role"].strip()):
        raise ValueError(f"role must be snake_case, got {row['role']!r}")
    start = parse_partial_date(row["start"])
    end = None if opt(row["end"]) is None else parse_partial_date(row["end"], end=True)
    if end is not None and end < start:
        raise ValueError(f"end {row['end']} is before start {row['start']}")
    return Role(row["name"].strip(), tuple(split_list(row["aliases"])), country,
                row["role"].strip(), sector, start, end, row["source"].strip(),
                row["as_of"].strip())


def _org(row: dict[str, str]) -> Organisation:
    code, country = row["code"].strip(), row["country"].strip()
    if not re.fullmatch(r"[A-Z0-9]{2,9}", code) or not re.fullmatch(r"[A-Z0-9]{2,6}", country):
        raise ValueError(f"code/country must be capital letters, got {code!r}/{country!r}")
    sector = opt(row["sector"])
    if sector is not None and sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; valid: {', '.join(sorted(SECTORS))}")
    return Organisation(code, country, sector, row["kind"].strip(), row["name"].strip(),
                        tuple(split_list(row["aliases"])))


def _sector(row: dict[str, str]) -> SectorWord:
    sector, pos = row["sector"].strip(), row["position"].strip()
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; valid: {', '.join(sorted(SECTORS))}")
    if pos not in ("after", "before", "both"):
        raise ValueError(f"position must be after, before or both, got {pos!r}")
    return SectorWord(row["phrase"].strip(), sector, pos)


def _alias(row: dict[str, str]) -> Alias:
    phrase, code, country = row["phrase"].strip(), row["code"].strip(), row["country"].strip()
    if not phrase:
        raise ValueError("phrase is empty")
    if not re.fullmatch(r"[A-Z0-9]{2,12}", code) or not re.fullmatch(r"[A-Z0-9]{2,6}", country):
        raise ValueError(f"code/country must be capital letters, got {code!r}/{country!r}")
    sector = opt(row["sector"])
    if sector is not None and sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; valid: {', '.join(sorted(SECTORS))}")
    start = None if opt(row["start"]) is None else parse_partial_date(row["start"])
    end = None if opt(row["end"]) is None else parse_partial_date(row["end"], end=True)
    if start and end and end < start:
        raise ValueError(f"end {row['end']} is before start {row['start']}")
    return Alias(phrase, code, country, sector, start, end, row["note"].strip())


def _context(row: dict[str, str]) -> tuple[str, re.Pattern[str]]:
    phrase = row["phrase"].strip().lower()
    if not phrase:
        raise ValueError("phrase is empty")
    try:
        return phrase, re.compile(row["pattern"].strip())
    except re.error as e:
        raise ValueError(f"bad regular expression: {e}") from None


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    roles: dict[str, list[Role]] = field(default_factory=lambda: defaultdict(list))
    organisations: list[Organisation] = field(default_factory=list)
    sectors: list[SectorWord] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    vetoes: dict[str, list[re.Pattern[str]]] = field(default_factory=lambda: defaultdict(list))
    report: LoadReport = field(default_factory=LoadReport)

    def add_file(self, path: Path, *, strict: bool, cased: bool = False) -> None:
        """Load one file; its header tells which table it extends. A user file's aliases
        (`strict` False) come before the packaged ones, so that its rows win for a phrase
        both name; `cased` aliases match only as written."""
        header = read_header(path)
        rep = self.report
        if header == COUNTRY_COLUMNS:
            for c in load_records(path, COUNTRY_COLUMNS, _country, strict=strict, report=rep):
                self.countries[c.iso3] = c
        elif header == PEOPLE_COLUMNS:
            for r in load_records(path, PEOPLE_COLUMNS, _role, strict=strict, report=rep):
                self.roles[r.name].append(r)
        elif header == ORG_COLUMNS:
            self.organisations += load_records(path, ORG_COLUMNS, _org, strict=strict, report=rep)
        elif header == SECTOR_COLUMNS:
            self.sectors += load_records(path, SECTOR_COLUMNS, _sector, strict=strict, report=rep)
        elif header == ALIAS_COLUMNS:
            loaded = load_records(path, ALIAS_COLUMNS, _alias, strict=strict, report=rep)
            if cased:
                loaded = [replace(a, cased=True) for a in loaded]
            self.aliases = self.aliases + loaded if strict else loaded + self.aliases
        elif header == CONTEXT_COLUMNS:
            for phrase, rx in load_records(path, CONTEXT_COLUMNS, _context, strict=strict,
                                           report=rep):
                self.vetoes[phrase].append(rx)
        else:
            from accord.errors import DataFileError

            raise DataFileError(str(path), 1, "unknown header: expected the columns of countries, "
                                "people, organisations, sectors, aliases or contexts "
                                "(docs/data-formats.md)")

    def country_actor(self, iso3: str, sector: str | None = None) -> Actor:
        c = self.countries[iso3]
        return Actor(iso3 + (sector or ""), iso3, sector, c.name, "state")

    def person_actor(self, name: str, on: dt.date | None) -> tuple[Actor, str]:
        """The actor a person is on a date, and why (their role then, or none)."""
        roles = sorted(self.roles[name], key=lambda r: r.start)
        if on is None:
            current = [r for r in roles if r.end is None] or roles[-1:]
            r = current[0]
            return Actor(r.country + r.sector, r.country, r.sector, name, "person"), \
                f"{r.role} (no story date; latest role)"
        for r in roles:
            if r.start <= on and (r.end is None or on <= r.end):
                return Actor(r.country + r.sector, r.country, r.sector, name, "person"), \
                    f"{r.role} {r.start}..{r.end or 'now'}"
        country = roles[0].country
        return Actor(country + "ELI", country, "ELI", name, "person"), \
            f"no office on {on.isoformat()} (elite)"

    def alias_actor(self, alias: Alias, on: dt.date | None) -> tuple[Actor, str] | None:
        """The actor an alias names on a date, or None outside its period."""
        if on is not None and ((alias.start and on < alias.start) or
                               (alias.end and on > alias.end)):
            return None
        kind = "state" if alias.country in self.countries else "organisation"
        actor = Actor(alias.code, alias.country, alias.sector, alias.phrase, kind)
        return actor, f"alias ({alias.note})" if alias.note else "alias"

    def holds(self, iso3: str, names: tuple[str, ...] = ()) -> bool:
        """Whether the state `iso3` holds a place of its own unchallenged, so that what a
        state does there is its act: a state or territory (RULING_KINDS), the place named by
        none of the aliases (`names`: the actor names of its mentions) whose note says it is
        occupied, annexed, disputed or contested (Crimea, the Golan Heights, Kashmir)."""
        country = self.countries.get(iso3)
        if country is None or country.kind not in RULING_KINDS:
            return False
        return not any(a.phrase in names and a.country == iso3 and _CONTESTED.search(a.note)
                       for a in self.aliases)

    def counts(self) -> dict[str, int]:
        kinds: dict[str, int] = defaultdict(int)
        for c in self.countries.values():
            kinds[c.kind] += 1
        return {
            "states": kinds["state"], "observers": kinds["observer"],
            "territories": kinds["territory"], "disputed": kinds["disputed"],
            "people": len(self.roles), "roles": sum(len(r) for r in self.roles.values()),
            "organisations": len(self.organisations), "sector_words": len(self.sectors),
            "aliases": len(self.aliases),
        }

    def as_of(self) -> str:
        dates = [r.as_of for rs in self.roles.values() for r in rs if r.as_of]
        return max(dates) if dates else "-"


PACKAGED_FILES = ("countries.tsv", "people.tsv", "organisations.tsv", "sectors.tsv", "regions.tsv",
                  "platforms.tsv", "companies.tsv", "parties.tsv", "contexts.tsv")
# files of proper names whose words are also common words ("Lebanese Forces", "Civil
# Contract"): matched only as written
CASED_FILES = ("parties.tsv",)


def load_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged knowledge base extended (and overridden) by user files."""
    kb = KnowledgeBase()
    for name in PACKAGED_FILES:
        kb.add_file(packaged("actors", name), strict=True, cased=name in CASED_FILES)
    for f in user_files:
        kb.add_file(Path(f), strict=False)
    return kb


@lru_cache(maxsize=4)
def default_kb(user_files: tuple[str, ...] = ()) -> KnowledgeBase:
    return load_kb(user_files)
