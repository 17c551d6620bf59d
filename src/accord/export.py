"""Exports of stored events: the output contract as CSV, JSON Lines or Parquet, a GDELT-like
table and PLOVER JSON. Every export carries status and background; `no_text` leaves out the
sentences (news text is copyrighted; codes are not).
"""

from __future__ import annotations

import csv
import errno
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from accord.errors import ExportError, QueryError
from accord.knowledge.cameo import cameo_era_code, cameo_table

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
TEXT_FIELDS = ("sentence", "source_text", "target_text", "trigger_text", "object_text",
               "attribution")
GDELT_FIELDS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "DATEADDED", "SOURCEURL", "Status", "Background", "Confidence",
    "Actor1COW", "Actor1GW", "Actor2COW", "Actor2GW",
)


def _country_codes() -> dict[str, tuple[int | None, int | None]]:
    from accord.actors.kb import default_kb

    return {c.iso3: (c.cow, c.gw) for c in default_kb().countries.values()}


def with_codes(rows: Iterable[dict[str, Any]], no_text: bool) -> Iterator[dict[str, Any]]:
    """The output contract plus COW and Gleditsch–Ward codes beside the ISO codes."""
    codes = _country_codes()
    for r in rows:
        r = dict(r)
        for side in ("source", "target"):
            cow, gw = codes.get(r.get(f"{side}_country") or "", (None, None))
            r[f"{side}_cow"], r[f"{side}_gw"] = cow, gw
        if no_text:
            for f in TEXT_FIELDS:
                r.pop(f, None)
        yield r


def _sqldate(r: dict[str, Any]) -> int | None:
    d = r.get("event_date") or r.get("published")
    if not d:
        return None
    parts = (str(d).split("-") + ["01", "01"])[:3]
    return int("".join(p.zfill(2) if i else p for i, p in enumerate(parts)))


def gdelt_rows(rows: Iterable[dict[str, Any]], *, all_statuses: bool = False,
               petrarch_compat: bool = False) -> Iterator[dict[str, Any]]:
    """GDELT 2.0 event-table names where they mean the same thing; occurred events only
    unless asked. `petrarch_compat` codes events as PETRARCH-era data did, so that series
    compare with old data: a denied cooperative act is a rejection (12) and an intended act
    the intent (03) or threat (13) to do it (`cameo_era_code`)."""
    from accord.analysis.clusters import cluster

    codes = _country_codes()
    table = cameo_table()
    rows = list(rows)
    counts: dict[str, tuple[int, int, int]] = {}
    for happening in cluster(rows, meetings=False):  # reports of the same act
        s = happening.summary()
        for eid in s["event_ids"]:
            counts[eid] = (s["num_mentions"], s["num_sources"], s["num_articles"])
    for r in rows:
        code, status = r["cameo"], r["status"]
        if petrarch_compat and status in ("negated", "intended"):
            era = cameo_era_code(code, status, r["quad_class"])
            if era != code:
                code, status = era, "occurred"
        if status != "occurred" and not all_statuses:
            continue
        c = table[code]
        s_cow, s_gw = codes.get(r["source_country"] or "", (None, None))
        t_cow, t_gw = codes.get(r.get("target_country") or "", (None, None))
        yield {
            "GLOBALEVENTID": r["event_id"], "SQLDATE": _sqldate(r),
            "Actor1Code": r["source_code"], "Actor1Name": r["source_name"],
            "Actor1CountryCode": r["source_country"], "Actor2Code": r.get("target_code"),
            "Actor2Name": r.get("target_name"), "Actor2CountryCode": r.get("target_country"),
            "IsRootEvent": 1, "EventCode": code, "EventBaseCode": code[:3],
            "EventRootCode": code[:2], "QuadClass": c.quad_class, "GoldsteinScale": c.goldstein,
            # the happening's counts (accord.analysis.clusters), on each of its events
            "NumMentions": counts[r["event_id"]][0], "NumSources": counts[r["event_id"]][1],
            "NumArticles": counts[r["event_id"]][2], "ActionGeo_FullName": r["location_name"],
            "ActionGeo_CountryCode": r["location_country"], "ActionGeo_Lat": r["latitude"],
            "ActionGeo_Long": r["longitude"],
            "DATEADDED": int(str(r["published"]).replace("-", "")) if r.get("published")
            else None,
            "SOURCEURL": r.get("url"), "Status": status, "Background": r["background"],
            "Confidence": r["confidence"], "Actor1COW": s_cow, "Actor1GW": s_gw,
            "Actor2COW": t_cow, "Actor2GW": t_gw,
        }


def _entity(r: dict[str, Any], side: str, no_text: bool) -> dict[str, Any]:
    e = {"code": r[f"{side}_code"], "country": r[f"{side}_country"], "name": r[f"{side}_name"]}
    if not no_text:
        e["text"] = r[f"{side}_text"]
    return e


def plover_rows(rows: Iterable[dict[str, Any]], *, no_text: bool = False
                ) -> Iterator[dict[str, Any]]:
    """PLOVER JSON records (the field names of PLOVER_MANUAL's JSON table), one per event."""
    table = cameo_table()
    for r in rows:
        c = table[r["cameo"]]
        rec: dict[str, Any] = {
            "id": r["event_id"],
            "date": r.get("event_date") or r.get("published"),
            "actor": [_entity(r, "source", no_text)],
            "recipient": [_entity(r, "target", no_text)] if r.get("target_code") else [],
            "event": [c.plover] if c.plover else [],
            "mode": [c.plover_mode] if c.plover_mode else [],
            "quad_code": c.quad_class, "event_scale": c.goldstein,
            "event_loc": None if not r.get("location_name") else {
                "name": r["location_name"], "country": r["location_country"],
                "lat": r["latitude"], "lon": r["longitude"]},
            "cite_info": {"url": r.get("url"), "source": r.get("outlet"),
                          "date": r.get("published")},
            "coder": r["coder_version"], "cameo": r["cameo"], "status": r["status"],
            "background": r["background"], "confidence": r["confidence"],
        }
        if not no_text:
            rec["event_text"] = [r["trigger_text"]]
            rec["text"] = r["sentence"]
        yield rec


def write(rows: Iterable[dict[str, Any]], fmt: str, out: Path | None, *,
          no_text: bool = False, all_statuses: bool = False, petrarch_compat: bool = False,
          stdout: Any = None) -> int:
    """Write an export; Parquet needs a file. Returns the number of records."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "gdelt":
        recs: Iterable[dict[str, Any]] = gdelt_rows(rows, all_statuses=all_statuses,
                                                    petrarch_compat=petrarch_compat)
    elif fmt == "plover":
        recs = plover_rows(rows, no_text=no_text)
    else:
        recs = with_codes(rows, no_text)
    if fmt == "parquet":
        if out is None:
            raise QueryError("--format parquet needs --out FILE")
        return _atomic(out, lambda part: _parquet(recs, part))
    write_to = _csv if fmt in ("csv", "gdelt") else _jsonl
    if out is None:
        return write_to(recs, stdout)

    def text(part: Path) -> int:
        with open(part, "w", encoding="utf-8", newline="") as fh:
            n = write_to(recs, fh)
            fh.flush()
            os.fsync(fh.fileno())
        return n

    return _atomic(out, text)


def _atomic(out: Path, write_part: Callable[[Path], int]) -> int:
    """Write beside `out`, then rename over it: a kill or a full disk mid-export leaves the
    previous file (or none), never a truncated one that looks complete."""
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        n = write_part(part)
        os.replace(part, out)
        return n
    except OSError as e:
        hint = (" (the disk is full: free space and run the export again)"
                if e.errno == errno.ENOSPC else "")
        raise ExportError(f"cannot write {out}: {e.strerror or e}{hint}") from None
    except Exception as e:
        if "No space left" in str(e):
            raise ExportError(f"cannot write {out}: the disk is full; free space and run the "
                              "export again") from None
        raise
    finally:
        part.unlink(missing_ok=True)


def _jsonl(recs: Iterable[dict[str, Any]], fh: Any) -> int:
    n = 0
    for r in recs:
        fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def _csv(recs: Iterable[dict[str, Any]], fh: Any) -> int:
    n = 0
    writer: csv.DictWriter[str] | None = None
    for r in recs:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(r))
            writer.writeheader()
        writer.writerow(r)
        n += 1
    return n


def _parquet(recs: Iterable[dict[str, Any]], out: Path) -> int:
    """Stream to a temporary JSON Lines file, then let DuckDB write Parquet (flat memory)."""
    import duckdb

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as tmp:
        n = _jsonl(recs, tmp)
    try:
        con = duckdb.connect()
        if n:
            con.execute(f"COPY (SELECT * FROM read_json_auto('{tmp.name}', "
                        "sample_size=-1)) TO '" + str(out).replace("'", "''")
                        + "' (FORMAT PARQUET)")
        else:
            con.execute("COPY (SELECT NULL AS empty WHERE false) TO '"
                        + str(out).replace("'", "''") + "' (FORMAT PARQUET)")
        con.close()
    finally:
        Path(tmp.name).unlink(missing_ok=True)
    return n
