"""DuckDB access: migrations, transactional batch ingest, and event queries.

Each batch of articles commits atomically (articles + events together), so a crash leaves
every earlier batch intact and never half an article. Re-ingesting stores nothing twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from accord.errors import QueryError, StoreBusyError, StoreError
from accord.records import OUTPUT_FIELDS, STATUSES, Article, Rejection
from accord.store.schema import MIGRATIONS


def ARTICLE_SCHEMA() -> Any:  # noqa: N802 - built lazily: pyarrow loads on first write
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("url", pa.string()), ("title", pa.string()),
                      ("outlet", pa.string()), ("published", pa.date32()),
                      ("source", pa.string()), ("language", pa.string()), ("text", pa.string()),
                      ("content_hash", pa.string()), ("n_sentences", pa.int32()),
                      ("n_events", pa.int32()), ("coder_version", pa.string())])


def EVENT_SCHEMA() -> Any:  # noqa: N802
    import pyarrow as pa

    ints = {"sentence_index", "sentence_start", "sentence_end", "source_start", "source_end",
            "target_start", "target_end", "trigger_start", "trigger_end", "quad_class"}
    floats = {"goldstein", "latitude", "longitude", "confidence"}
    fields = []
    for f in OUTPUT_FIELDS:
        kind = (pa.int32() if f in ints else pa.float64() if f in floats else
                pa.bool_() if f == "background" else pa.date32() if f == "published"
                else pa.string())
        fields.append((f, kind))
    return pa.schema(fields)


def _event_table(coded: list[Any]) -> Any:
    """The events of coded articles as an Arrow table in the events table's column order."""
    import pyarrow as pa

    return pa.Table.from_pylist([{**e.to_row(), "published": e.published}
                                 for c in coded for e in c.events], schema=EVENT_SCHEMA())


def _detail_tables(coded: list[Any]) -> tuple[Any, Any]:
    """The sentences (spans, coded or not, events per sentence) and the actor mentions of
    coded articles, as Arrow tables: what an analyst needs to see what the coder saw."""
    import pyarrow as pa

    sentences, mentions = [], []
    for c in coded:
        per_sentence = Counter(e.sentence_index for e in c.events)
        doc = c.article.id
        for i, (start, end, was_coded) in enumerate(c.sentence_spans):
            sentences.append({"doc_id": doc, "sentence_index": i, "start_char": start,
                              "end_char": end, "coded": was_coded,
                              "n_events": per_sentence.get(i, 0)})
        for m in c.mentions:
            a = m.actor
            mentions.append({"doc_id": doc, "start_char": m.start, "end_char": m.end,
                             "text": m.text, "actor_code": a.code, "country": a.country,
                             "sector": a.sector, "actor_name": a.name, "kind": a.kind,
                             "via": m.via, "confidence": m.confidence})
    s_schema = pa.schema([("doc_id", pa.string()), ("sentence_index", pa.int32()),
                          ("start_char", pa.int32()), ("end_char", pa.int32()),
                          ("coded", pa.bool_()), ("n_events", pa.int32())])
    m_schema = pa.schema([("doc_id", pa.string()), ("start_char", pa.int32()),
                          ("end_char", pa.int32()), ("text", pa.string()),
                          ("actor_code", pa.string()), ("country", pa.string()),
                          ("sector", pa.string()), ("actor_name", pa.string()),
                          ("kind", pa.string()), ("via", pa.string()),
                          ("confidence", pa.float64())])
    return (pa.Table.from_pylist(sentences, schema=s_schema),
            pa.Table.from_pylist(mentions, schema=m_schema))


def REJECT_SCHEMA() -> Any:  # noqa: N802
    import pyarrow as pa

    return pa.schema([("source", pa.string()), ("reason", pa.string()), ("detail", pa.string())])


@dataclass
class IngestSummary:
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    sentences: int = 0
    skipped_sentences: int = 0  # over Limits.max_sentence_tokens, left uncoded
    rejected: list[Rejection] = field(default_factory=list)


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).casefold().encode()).hexdigest()


# what DuckDB says, and what the user can do about it
_ADVICE = (
    ("no space left", "the disk is full. Batches committed before this one are kept; free "
                      "space and run the same command again to finish"),
    ("read-only file system", "the file system is read-only. Queries still work (they open "
                              "the file read-only); to ingest, copy the file to a writable "
                              "disk and pass --db"),
    ("permission denied", "permission denied. Check the file's and folder's permissions, or "
                          "pass --db with a path you can write"),
    ("not a valid duckdb database", "the file is not a DuckDB database (is --db pointing at "
                                    "another file?)"),
    ("is a directory", "the path is a folder; pass --db with a file name such as "
                       "accord.duckdb"),
    ("no such file or directory", "its folder does not exist; create the folder first"),
)


def store_error(path: str, e: Exception, doing: str) -> StoreError:
    """A StoreError that says what went wrong in words the user can act on."""
    text = str(e)
    for needle, advice in _ADVICE:
        if needle in text.lower():
            return StoreError(f"cannot {doing} {path}: {advice}. ({text})")
    return StoreError(f"cannot {doing} {path}: {text}")


def _published_bound(value: str, op: str) -> tuple[str, dt.date] | None:
    """The DATE comparison on `published` that equals `CAST(published AS VARCHAR) op value`
    (text order is date order for 'YYYY-MM-DD'; a shorter bound is a prefix: 'YYYY-MM' <= is
    before that month). None where `value` names no real day (then compare as text)."""
    parts = [int(x) for x in value.split("-")]
    try:
        day = dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return None
    if op == ">=":
        return ">=", day
    return ("<=", day) if len(parts) == 3 else ("<", day)




def check_filters(*, root: str | None = None, status: str | None = None,
                  since: str | None = None, until: str | None = None) -> None:
    """Reject malformed event filters with a message saying what is expected (one check for
    the store's query and the server's in-memory index, so both refuse the same values)."""
    if root and not root.isdigit():
        raise QueryError(f"root must be a CAMEO code prefix such as 05, got {root!r}")
    if status and status not in STATUSES:
        raise QueryError(f"status must be occurred, intended, negated or hedged, "
                         f"got {status!r}")
    for name, value in (("since", since), ("until", until)):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise QueryError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")


class Store:
    """One DuckDB file. Use as a context manager; `read_only=True` for queries."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 wait: float = 60.0, memory_limit: str | None = None) -> None:
        """Open (and upgrade) the database. DuckDB allows one writing process: while another
        holds the file, wait up to `wait` seconds for it, then say who holds it.
        `memory_limit` ("256MB") caps DuckDB's block cache, which otherwise grows with the
        file: a long ingest needs little of it, a server answering queries more."""
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"database {self.path} does not exist; run `accord ingest` first")
        config: dict[str, str | bool | int | float | list[str]] = (
            {"memory_limit": memory_limit} if memory_limit is not None else {})
        deadline = time.monotonic() + wait
        while True:
            try:
                self.con = duckdb.connect(self.path, read_only=read_only, config=config)
                break
            except duckdb.Error as e:
                if memory_limit is not None and "memory" in str(e).lower():
                    raise StoreError(f"bad memory limit {memory_limit!r}: {e}") from None
                if "lock" not in str(e).lower():
                    raise store_error(self.path, e, "open") from None
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"cannot open {self.path}: {e}. Another accord process is using it "
                        f"(waited {wait:.0f} s); let it finish, or stop it, and try again."
                    ) from None
                time.sleep(0.25)
        if not read_only:
            try:
                self._migrate()
            except duckdb.Error as e:
                self.con.close()
                raise store_error(self.path, e, "upgrade") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------ schema
    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, "
                         "applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall()}
        known = {name for name, _ in MIGRATIONS}
        if done - known:
            raise StoreError(f"{self.path} was written by a newer accord (migrations "
                             f"{sorted(done - known)}); upgrade accord to open it")
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO migrations (name) VALUES (?)", [name])
                self.con.execute("COMMIT")
            except duckdb.Error:
                self.con.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------------ writes
    def known(self, articles: Iterable[Article]) -> set[str]:
        """Ids of these articles already stored (same id or same normalised text)."""
        arts = list(articles)
        if not arts:
            return set()
        ids = [a.id for a in arts]
        hashes = {content_hash(a.text): a.id for a in arts}
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))", [ids, list(hashes)]).fetchall()
        out = set()
        for id_, h in rows:
            out.add(id_)
            if h in hashes:
                out.add(hashes[h])
        return out

    def write_batch(self, coded: list[Any], rejected: list[Rejection]) -> tuple[int, int]:
        """Store coded articles (CodedArticle) and rejections in one transaction, through
        Arrow tables (bulk inserts, not row by row)."""
        import pyarrow as pa

        arts = pa.Table.from_pylist([{
            "id": c.article.id, "url": c.article.url, "title": c.article.title,
            "outlet": c.article.outlet, "published": c.article.published,
            "source": c.article.source, "language": c.article.language,
            "text": c.article.text, "content_hash": content_hash(c.article.text),
            "n_sentences": c.sentences, "n_events": len(c.events),
            "coder_version": c.events[0].coder_version if c.events else None,
        } for c in coded], schema=ARTICLE_SCHEMA())
        evs = _event_table(coded)
        rejs = pa.Table.from_pylist([{"source": r.source, "reason": r.reason,
                                      "detail": r.detail} for r in rejected],
                                    schema=REJECT_SCHEMA())
        links, band_rows, sig_rows = self._near_duplicates([c.article for c in coded])
        self.con.execute("BEGIN TRANSACTION")
        try:
            if band_rows:
                self.con.register("batch_bands", pa.table(
                    {"band": [b for b, _ in band_rows], "id": [i for _, i in band_rows]}))
                self.con.execute("INSERT INTO article_bands SELECT * FROM batch_bands")
                self.con.register("batch_sigs", pa.table(
                    {"id": [i for i, _ in sig_rows],
                     "sig": pa.array([x for _, x in sig_rows], pa.list_(pa.uint32()))}))
                self.con.execute("INSERT INTO article_signatures SELECT * FROM batch_sigs "
                                 "ON CONFLICT DO NOTHING")
            if links:
                self.con.executemany("INSERT INTO near_duplicates VALUES (?, ?, ?) "
                                     "ON CONFLICT DO NOTHING", links)
            if arts.num_rows:
                self.con.register("batch_articles", arts)
                self.con.execute(f"INSERT INTO articles ({', '.join(arts.column_names)}) "
                                 "SELECT * FROM batch_articles ON CONFLICT DO NOTHING")
            if evs.num_rows:
                self.con.register("batch_events", evs)
                self.con.execute(f"INSERT INTO events ({', '.join(OUTPUT_FIELDS)}) "
                                 "SELECT * FROM batch_events ON CONFLICT DO NOTHING")
            self._write_details(coded)
            if rejs.num_rows:
                self.con.register("batch_rejects", rejs)
                self.con.execute("INSERT INTO rejects (source, reason, detail) "
                                 "SELECT * FROM batch_rejects")
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            with contextlib.suppress(duckdb.Error):  # a failed commit has rolled back already
                self.con.execute("ROLLBACK")
            raise store_error(self.path, e, "write a batch to") from None
        finally:
            for name in ("batch_articles", "batch_events", "batch_rejects", "batch_bands",
                         "batch_sigs", "batch_sentences", "batch_mentions"):
                self.con.unregister(name)
        return arts.num_rows, evs.num_rows

    def _write_details(self, coded: list[Any]) -> None:
        """Sentences and mentions of articles new to the store (inside the caller's
        transaction; an article already stored keeps its own)."""
        sents, ments = _detail_tables(coded)
        if sents.num_rows:
            self.con.register("batch_sentences", sents)
            self.con.execute("INSERT INTO sentences SELECT * FROM batch_sentences "
                             "ON CONFLICT DO NOTHING")
        if ments.num_rows:
            self.con.register("batch_mentions", ments)
            self.con.execute("INSERT INTO mentions SELECT * FROM batch_mentions WHERE doc_id "
                             "NOT IN (SELECT DISTINCT doc_id FROM mentions WHERE doc_id IN "
                             "(SELECT DISTINCT doc_id FROM batch_mentions))")

    def _near_duplicates(self, articles: list[Article]
                         ) -> tuple[list[tuple[str, str, float]], list[tuple[str, str]],
                                    list[tuple[str, list[int]]]]:
        """Links of new articles to stored (or earlier in-batch) articles they copy."""
        from accord.store import dedup

        links: list[tuple[str, str, float]] = []
        band_rows: list[tuple[str, str]] = []
        sig_rows: list[tuple[str, list[int]]] = []
        sigs = {a.id: dedup.signature(a.text) for a in articles}
        all_bands = {a.id: dedup.bands(sigs[a.id]) for a in articles}
        # one query for the batch: stored articles sharing a band, then their signatures
        stored: dict[str, set[str]] = {}
        for band, aid in self.con.execute(
                "SELECT band, article_id FROM article_bands WHERE band IN (SELECT unnest(?))",
                [sorted({b for bs in all_bands.values() for b in bs})]).fetchall():
            stored.setdefault(band, set()).add(aid)
        wanted = sorted({aid for ids in stored.values() for aid in ids})
        known: dict[str, list[int]] = {
            r[0]: list(r[1]) for r in self.con.execute(
                "SELECT article_id, signature FROM article_signatures "
                "WHERE article_id IN (SELECT unnest(?))", [wanted]).fetchall()} if wanted else {}
        local_bands: dict[str, set[str]] = {}
        for a in articles:
            sig, bands = sigs[a.id], all_bands[a.id]
            shared: Counter[str] = Counter()
            for b in bands:
                shared.update(stored.get(b, ()))
                shared.update(local_bands.get(b, ()))
            best: tuple[float, str] | None = None
            # the candidates sharing most bands are the most similar: check a few of them
            for cid, _n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
                other = known.get(cid)
                if other is None:
                    continue
                sim = dedup.similarity(sig, other)
                if sim >= dedup.THRESHOLD and (best is None or sim > best[0]):
                    best = (sim, cid)
            if best is not None:
                links.append((a.id, best[1], round(best[0], 3)))
            known[a.id] = sig
            for b in bands:
                local_bands.setdefault(b, set()).add(a.id)
            band_rows += [(b, a.id) for b in bands]
            sig_rows.append((a.id, sig))
        return links, band_rows, sig_rows

    def near_duplicates(self) -> list[dict[str, Any]]:
        cur = self.con.execute("SELECT article_id, original_id, similarity FROM near_duplicates "
                               "ORDER BY article_id")
        return [dict(zip(("article_id", "original_id", "similarity"), r, strict=True))
                for r in cur.fetchall()]

    def seed_agreements(self, rows: list[dict[str, Any]]) -> int:
        """Store known agreements (ATOP); re-seeding the same source replaces it."""
        import json

        self.con.execute("BEGIN TRANSACTION")
        try:
            for src in {r["source"] for r in rows}:
                self.con.execute("DELETE FROM agreement_seeds WHERE source = ?", [src])
            self.con.executemany(
                "INSERT INTO agreement_seeds VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r["source"], r["name"], r["parties"], r["kind"], r["status"],
                  json.dumps(r["steps"]), json.dumps(r["obligations"])) for r in rows])
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self.con.execute("ROLLBACK")
            raise StoreError(f"seeding agreements into {self.path} failed: {e}") from None
        return len(rows)

    def agreement_seeds(self, party: str | None = None) -> list[dict[str, Any]]:
        import json

        sql = ("SELECT source, name, parties, kind, status, steps, obligations "
               "FROM agreement_seeds")
        args: list[Any] = []
        if party:
            sql += " WHERE list_contains(parties, ?)"
            args.append(party)
        cur = self.con.execute(sql + " ORDER BY source, name", args)
        return [{"source": r[0], "name": r[1], "parties": list(r[2]), "kind": r[3],
                 "status": r[4], "steps": json.loads(r[5]), "obligations": json.loads(r[6]),
                 "evidence": []} for r in cur.fetchall()]

    def replace_events(self, doc_id: str, coded: Any) -> None:
        """Swap one article's events for a new coding, atomically."""
        evs = _event_table([coded])
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
            self.con.execute("DELETE FROM sentences WHERE doc_id = ?", [doc_id])
            self.con.execute("DELETE FROM mentions WHERE doc_id = ?", [doc_id])
            self._write_details([coded])
            if evs.num_rows:
                self.con.register("batch_events", evs)
                self.con.execute(f"INSERT INTO events ({', '.join(OUTPUT_FIELDS)}) "
                                 "SELECT * FROM batch_events ON CONFLICT DO NOTHING")
            self.con.execute("UPDATE articles SET n_events = ?, coder_version = ? WHERE id = ?",
                             [evs.num_rows, coded.events[0].coder_version if evs.num_rows
                              else None, doc_id])
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self.con.execute("ROLLBACK")
            raise StoreError(f"re-coding {doc_id} in {self.path} failed: {e}") from None
        finally:
            for name in ("batch_events", "batch_sentences", "batch_mentions"):
                self.con.unregister(name)

    def articles(self) -> Iterator[Article]:
        """Every stored article, as the coder takes it (for re-coding)."""
        cur = self.con.execute("SELECT id, url, title, outlet, published, source, language, "
                               "text FROM articles ORDER BY published NULLS LAST, id")
        for id_, url, title, outlet, published, source, language, text in cur.fetchall():
            yield Article(id=id_, text=text, title=title, url=url, outlet=outlet,
                          published=published, source=source or "-",
                          language=language or "en")

    # ------------------------------------------------------------------ reads
    def events(self, *, country: str | None = None, dyad: tuple[str, str] | None = None,
               root: str | None = None, status: str | None = None, since: str | None = None,
               until: str | None = None, doc_id: str | None = None,
               event_id: str | None = None, min_confidence: float | None = None,
               quad: int | None = None, text: str | None = None,
               limit: int | None = None, offset: int = 0, newest: bool = False,
               con: Any = None) -> Iterator[dict[str, Any]]:
        """Stored events matching every given filter (parameterised, never spliced)."""
        where: list[str] = []
        args: list[Any] = []
        if country:
            where.append("(source_country = ? OR target_country = ?)")
            args += [country, country]
        if dyad:
            where.append("((source_country = ? AND target_country = ?) OR "
                         "(source_country = ? AND target_country = ?))")
            args += [dyad[0], dyad[1], dyad[1], dyad[0]]
        check_filters(root=root, status=status, since=since, until=until)
        if root:
            where.append("cameo LIKE ?")
            args.append(root + "%")
        if status:
            where.append("status = ?")
            args.append(status)
        for value, op in ((since, ">="), (until, "<=")):
            if not value:
                continue
            # an event's date, else its article's: the date as text against the bound, as
            # before, but `published` compared as a DATE (no cast of every row to text)
            bound = _published_bound(value, op)
            if bound is None:
                where.append(f"coalesce(event_date, CAST(published AS VARCHAR)) {op} ?")
                args.append(value)
            else:
                where.append(f"CASE WHEN event_date IS NULL THEN published {bound[0]} ? "
                             f"ELSE event_date {op} ? END")
                args += [bound[1], value]
        for col, val in (("doc_id", doc_id), ("event_id", event_id)):
            if val:
                where.append(f"{col} = ?")
                args.append(val)
        if min_confidence is not None:
            where.append("confidence >= ?")
            args.append(min_confidence)
        if quad is not None:
            where.append("quad_class = ?")
            args.append(int(quad))
        if text:
            # a plain substring, case-insensitive: LIKE wildcards in it are escaped
            where.append("sentence ILIKE ? ESCAPE '\\'")
            esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(f"%{esc}%")
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        columns = ", ".join(OUTPUT_FIELDS)
        if limit is None:
            sql = (f"SELECT {columns} FROM events{cond} ORDER BY published NULLS LAST, doc_id, "
                   "sentence_index, trigger_start, event_id")
        else:
            # a page: choose its rows by a narrow sort (insertion order keeps each article's
            # sentences in order), then read only those rows' wide columns
            order = ("ORDER BY published DESC NULLS LAST, rowid DESC" if newest
                     else "ORDER BY published NULLS LAST, rowid")
            sql = (f"SELECT {columns} FROM events WHERE rowid IN (SELECT rowid FROM events{cond} "
                   f"{order} LIMIT ? OFFSET ?) {order}")
            args += [int(limit), int(offset)]
        cur = (con or self.con).execute(sql, args)  # a cursor per thread (server)
        cols = [d[0] for d in cur.description]
        for row in cur.fetchall():
            rec = dict(zip(cols, row, strict=True))
            if rec["published"] is not None:
                rec["published"] = rec["published"].isoformat()
            yield rec

    def sentences(self, doc_id: str) -> list[dict[str, Any]]:
        """An article's sentences: spans into its text, coded or not, events in each."""
        cur = self.con.execute("SELECT s.sentence_index, s.start_char, s.end_char, s.coded, "
                               "s.n_events, substr(a.text, s.start_char + 1, "
                               "s.end_char - s.start_char) FROM sentences s JOIN articles a "
                               "ON a.id = s.doc_id WHERE s.doc_id = ? ORDER BY 1", [doc_id])
        keys = ("sentence_index", "start", "end", "coded", "n_events", "text")
        return [dict(zip(keys, r, strict=True)) for r in cur.fetchall()]

    def mentions(self, doc_id: str | None = None, *, country: str | None = None
                 ) -> list[dict[str, Any]]:
        """Actor mentions (named, by title, by coreference) of an article or a country."""
        where, args = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            args.append(doc_id)
        if country is not None:
            where.append("country = ?")
            args.append(country)
        sql = ("SELECT doc_id, start_char, end_char, text, actor_code, country, sector, "
               "actor_name, kind, via, confidence FROM mentions"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY doc_id, start_char")
        cur = self.con.execute(sql, args)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def rejects(self) -> list[dict[str, Any]]:
        cur = self.con.execute("SELECT source, reason, detail, rejected_at FROM rejects "
                               "ORDER BY rejected_at, source")
        return [dict(zip(("source", "reason", "detail", "rejected_at"), r, strict=True))
                for r in cur.fetchall()]

    def counts(self, con: Any = None) -> dict[str, int]:
        q = (con or self.con).execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],  # type: ignore[index]
            "events": q("SELECT count(*) FROM events").fetchone()[0],  # type: ignore[index]
            "rejects": q("SELECT count(*) FROM rejects").fetchone()[0],  # type: ignore[index]
        }
