"""Agreements and sanctions derived from coded events, with their evidence.

An agreement is the set of events about one pact between the same parties: its lifecycle
(proposed → negotiating → signed → ratified → in force → suspended/terminated) is the latest
step the evidence reaches, each step with its date; its obligations (mutual defence,
consultation, non-aggression, neutrality, military cooperation) are present, absent (a negated
event: "does not include a mutual defence clause") or unknown. A sanction is an imposer–target
pair with the events that impose, threaten or lift it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.knowledge.tsv import load_records, packaged

STEPS = ("proposed", "negotiating", "signed", "ratified", "in force", "suspended", "terminated")
OBLIGATIONS = ("mutual_defence", "consultation", "non_aggression", "neutrality",
               "military_cooperation")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, re.Pattern[str]]]:
    """Agreement kinds (in order) and obligation patterns: data/patterns/agreements.tsv."""
    def parse(row: dict[str, str]) -> tuple[str, str, re.Pattern[str]]:
        field_, value = row["field"].strip(), row["value"].strip()
        if field_ not in ("kind", "obligation"):
            raise ValueError(f"field must be kind or obligation, got {field_!r}")
        if field_ == "obligation" and value not in OBLIGATIONS:
            raise ValueError(f"obligation must be one of {', '.join(OBLIGATIONS)}, "
                             f"got {value!r}")
        try:
            return field_, value, re.compile(row["pattern"].strip(), re.I)
        except re.error as e:
            raise ValueError(f"bad regular expression: {e}") from None

    rows = load_records(packaged("patterns", "agreements.tsv"), ("field", "value", "pattern"),
                        parse, strict=True)
    return (tuple((v, rx) for f, v, rx in rows if f == "kind"),
            {v: rx for f, v, rx in rows if f == "obligation"})


AGREEMENT_WORDS = re.compile(r"\b(agreement|treaty|deal|accord|pact|memorandum|partnership|"
                             r"alliance|declaration|protocol|charter|convention)s?\b", re.I)
CLAUSE_WORDS = re.compile(r"\b(clause|provision|article|guarantee|obligation|commitment)s?\b",
                          re.I)


@dataclass
class Agreement:
    parties: tuple[str, ...]
    kind: str
    name: str | None
    status: str
    steps: dict[str, str | None] = field(default_factory=dict)  # step -> date
    obligations: dict[str, str] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)  # event ids
    source: str = "news"

    def row(self) -> dict[str, Any]:
        return {"parties": list(self.parties), "kind": self.kind, "name": self.name,
                "status": self.status, "steps": self.steps, "obligations": self.obligations,
                "evidence": self.evidence, "source": self.source}


@dataclass
class Sanction:
    imposer: str
    target: str
    scope: str
    status: str  # imposed | threatened | lifted
    start: str | None
    end: str | None
    evidence: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        return {"imposer": self.imposer, "target": self.target, "scope": self.scope,
                "status": self.status, "start": self.start, "end": self.end,
                "evidence": self.evidence}


def _date(e: dict[str, Any]) -> str | None:
    return e.get("event_date") or e.get("published")


def _reading_order(e: dict[str, Any]) -> tuple[str, str, int]:
    return (e.get("published") or "", e["doc_id"], e["sentence_index"])


def _kind(text: str) -> str:
    for kind, rx in _rules()[0]:
        if rx.search(text):
            return kind
    return "agreement"


def _step(e: dict[str, Any]) -> str | None:
    """The lifecycle step an event is evidence of, or None."""
    code, status = e["cameo"], e["status"]
    words = f"{e.get('trigger_text') or ''} {e.get('object_text') or ''}".lower()
    if code.startswith("057"):
        if status == "intended":
            return "proposed"
        if status != "occurred":
            return None
        if "ratif" in words:
            return "ratified"
        if "force" in words:
            return "in force"
        return "signed"
    if code.startswith("046") or (code.startswith("04") and "negotiat" in words):
        return "negotiating"
    if code.startswith("16") and re.search(r"suspend|freez", words):
        return "suspended"
    if code.startswith("16") and re.search(r"withdr|terminat|abrogat|renounc|exit", words):
        return "terminated"
    return None


# sides that sign contracts, not treaties: a state's companies and its people (a
# footballer's club contract); a state acts only when it is named acting
PRIVATE_SECTORS = ("BUS", "CVL")


def _private(e: dict[str, Any], side: str) -> bool:
    """Whether an event's source or target is a company or a state's people ("RUSBUS")."""
    code, country = e.get(f"{side}_code") or "", e.get(f"{side}_country") or ""
    return code.startswith(country) and code[len(country):len(country) + 3] in PRIVATE_SECTORS


def agreements(events: Iterable[dict[str, Any]]) -> list[Agreement]:
    """Agreements between states, from events in the output contract; an event within one
    state (a government and its rebels: Actor.party) makes no row."""
    found: dict[tuple[tuple[str, ...], str], Agreement] = {}
    last_by_parties: dict[tuple[str, ...], Agreement] = {}
    # in reading order: a later sentence's "the agreement" refers back to an earlier one
    for e in sorted(events, key=_reading_order):
        if not e.get("target_country") or e["target_country"] == e["source_country"]:
            continue  # a government's deal with its own rebels is no treaty between states
        if _private(e, "source") or _private(e, "target"):
            continue  # "Gazprom signed a supply deal with Hungary's MVM": a business deal
        parties = tuple(sorted({e["source_country"], e["target_country"]}))
        obj = e.get("object_text") or ""
        step = _step(e)
        is_clause = bool(CLAUSE_WORDS.search(obj)) and not AGREEMENT_WORDS.search(obj)
        unnamed = step is not None and (not AGREEMENT_WORDS.search(obj) or bool(
            re.match(r"(the|this|that|its|their) ", obj, re.I)))
        if (is_clause or unnamed) and parties in last_by_parties:
            # "the agreement does not include ...", "the treaty they aim to sign"
            ag = last_by_parties[parties]
        elif step is not None and (AGREEMENT_WORDS.search(obj) or e["cameo"].startswith("057")):
            key = (parties, _kind(obj))
            if key not in found:
                found[key] = Agreement(parties, key[1], obj or None, step)
            ag = found[key]
        else:
            continue
        last_by_parties[parties] = ag
        if step is not None and not is_clause:
            ag.steps.setdefault(step, _date(e))
            if STEPS.index(step) >= STEPS.index(ag.status):
                ag.status = step
        for ob, rx in _rules()[1].items():
            if rx.search(obj):
                ag.obligations[ob] = "absent" if e["status"] == "negated" else "present"
        ag.evidence.append(e["event_id"])
    for ag in found.values():
        for ob in OBLIGATIONS:
            ag.obligations.setdefault(ob, "unknown")
    return sorted(found.values(), key=lambda a: (a.parties, a.kind))


def sanctions(events: Iterable[dict[str, Any]]) -> list[Sanction]:
    """Who sanctions whom: imposed (163 occurred), threatened (1312, or 163 intended),
    lifted (081/085 on sanctions)."""
    out: dict[tuple[str, str], Sanction] = {}
    for e in sorted(events, key=_reading_order):
        tgt = e.get("target_country")
        if not tgt or tgt == e["source_country"]:
            continue  # a state's measures against its own people are no sanctions regime
        code, status = e["cameo"], e["status"]
        obj = (e.get("object_text") or "").lower()
        if code == "163" and status in ("occurred", "intended"):
            new = "imposed" if status == "occurred" else "threatened"
        elif code == "1312":
            new = "threatened"
        elif code in ("081", "085") and "sanction" in obj and status == "occurred":
            new = "lifted"
        else:
            continue
        key = (e["source_country"], tgt)
        s = out.get(key)
        if s is None:
            s = out[key] = Sanction(key[0], tgt, obj or "sanctions", new, None, None)
        if new == "imposed":
            s.status = "imposed"
            s.start = s.start or _date(e)
        elif new == "lifted":
            s.status, s.end = "lifted", _date(e)
        s.evidence.append(e["event_id"])
    return sorted(out.values(), key=lambda s: (s.target, s.imposer))


def atop_agreements(path: str | Path, cow_to_iso: dict[int, str]) -> list[Agreement]:
    """The ATOP v4 alliance table (Leeds et al. 2002), to 2016, as agreements: parties from
    the COW member codes, obligations from its defense/offense/neutral/nonagg/consul columns."""
    out = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            members = sorted({cow_to_iso[int(r[c])] for c in r if c.startswith("mem")
                              and r[c].strip().isdigit() and int(r[c]) in cow_to_iso})
            if len(members) < 2:
                continue
            start = f"{int(r['begyr']):04d}-{max(int(r['begmo'] or 1), 1):02d}"
            ended = r["endyr"].strip() not in ("", "0") and r["ineffect"] != "1"
            obl = {"mutual_defence": r["defense"], "consultation": r["consul"],
                   "non_aggression": r["nonagg"], "neutrality": r["neutral"],
                   "military_cooperation": r["milcon"]}
            steps: dict[str, str | None] = {"in force": start}
            if ended:
                steps["terminated"] = f"{int(r['endyr']):04d}-{max(int(r['endmo'] or 1), 1):02d}"
            kind = "defence pact" if r["defense"] == "1" else "alliance"
            out.append(Agreement(
                tuple(members), kind, f"ATOP {r['atopid']}",
                "terminated" if ended else "in force", steps,
                {k: "present" if v.strip() not in ("", "0") else "absent"
                 for k, v in obl.items()}, [], source="ATOP v4.01"))
    return out
