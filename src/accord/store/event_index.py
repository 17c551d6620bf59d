"""An in-memory read model of the events table, for the server's event pages.

A page of `Store.events(..., limit=…)` costs DuckDB 6-14 ms at a million events: the filter
columns are scanned and the page's rows, scattered over the table, are decompressed column by
column. The server answers many such pages a second, so it keeps this snapshot instead: the
output columns as an Arrow table (strings dictionary-encoded) plus small numpy arrays of the
filter columns, both sort orders, and each country's events in those orders. A page is then a
slice of a posting list, a few vectorised masks and an Arrow `take` (well under a
millisecond). Pages equal the store's query exactly (same filters, same order, same rows:
tested against it); text search (`text=`) is not indexed and stays with DuckDB.

A snapshot never changes. The server's one writer makes a new one after each commit
(`with_new_events`), readers keep whichever snapshot they started with.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from accord.records import OUTPUT_FIELDS
from accord.store.db import STATUSES, check_filters

# columns whose values repeat (codes, names, an article's url and outlet): kept as
# dictionaries, which is most of the memory saved against plain strings
_DICTIONARY = ("doc_id", "source_code", "source_country", "source_name", "target_code",
               "target_country", "target_name", "cameo", "cameo_name", "cameo_root", "plover",
               "status", "event_date", "date_precision", "location_name", "location_country",
               "attribution", "url", "outlet", "coder_version")
_SELECT = ", ".join(OUTPUT_FIELDS)
_LAST = np.int64(1) << 40  # a missing publication date sorts after every real one


@dataclass(frozen=True)
class _Postings:
    """Each country's events as ranks in one sort order (ranks ascending: newest first for
    the newest-first order), concatenated, with each country's start."""

    ranks: np.ndarray
    starts: np.ndarray

    def of(self, country: int) -> np.ndarray:
        return self.ranks[self.starts[country]:self.starts[country + 1]]


class EventIndex:
    """One immutable snapshot of the events table; see the module docstring."""

    def __init__(self, table: Any) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        # one chunk per column: `take` on a chunked column joins its chunks on every call
        self.table = table = table.unify_dictionaries().combine_chunks()
        self.n = n = table.num_rows
        src, tgt = table["source_country"], table["target_country"]
        src, tgt = _plain(src), _plain(tgt)
        self.countries = pc.unique(pa.chunked_array(src.chunks + tgt.chunks, type=pa.string())
                                   ).drop_null()
        self._country_ids = {c: i for i, c in enumerate(self.countries.to_pylist())}
        self.src = _ids(src, self.countries)
        self.tgt = _ids(tgt, self.countries)
        self.status = _ids(table["status"], pa.array(STATUSES))
        self.cameo_values = pc.unique(_plain(table["cameo"])).drop_null()
        self.cameo = _ids(table["cameo"], self.cameo_values)
        self.doc_values = pc.unique(_plain(table["doc_id"])).drop_null()
        self.doc = _ids(table["doc_id"], self.doc_values)
        self._doc_ids = {d: i for i, d in enumerate(self.doc_values.to_pylist())}
        self.quad = table["quad_class"].fill_null(0).to_numpy().astype(np.int8)
        self.confidence = table["confidence"].cast(pa.float64()).fill_null(np.nan).to_numpy()
        # an event's date, else its article's, as text: what `since`/`until` compare
        when = pc.coalesce(_plain(table["event_date"]), table["published"].cast(pa.string()))
        self.when_values = pc.unique(when).drop_null()
        self.when = _ids(when, self.when_values)
        self._when_text = np.array(self.when_values.to_pylist(), dtype=str)
        self._cameo_text = np.array(self.cameo_values.to_pylist(), dtype=str)
        days = table["published"].cast(pa.int32()).fill_null(0).to_numpy().astype(np.int64)
        missing = table["published"].is_null().to_numpy()
        seq = np.arange(n, dtype=np.int64)
        # the store's orders: `published NULLS LAST, rowid` and its newest-first mirror
        self.order_oldest = np.lexsort((seq, np.where(missing, _LAST, days)))
        self.order_newest = np.lexsort((-seq, np.where(missing, _LAST, -days)))
        self._postings = {newest: self._post(order) for newest, order in
                          ((False, self.order_oldest), (True, self.order_newest))}
        # a page reads dictionary columns through numpy (codes, then the values as Python
        # objects): Arrow's own decoding to Python costs a page three times as much
        self._decoded = {name: _codes_and_values(table[name].chunk(0))
                         for name in _DICTIONARY if table[name].num_chunks}
        self._rest = table.drop_columns(list(self._decoded))

    @classmethod
    def build(cls, con: Any) -> EventIndex:
        """A snapshot of every stored event (`con`: a DuckDB connection or cursor)."""
        return cls(_encode(_arrow(con.sql(f"SELECT {_SELECT} FROM events ORDER BY rowid"))))

    def with_new_events(self, con: Any, event_ids: list[str], total: int | None = None
                        ) -> EventIndex | None:
        """The snapshot after a commit that added `event_ids` (and nothing else), or None
        when the table changed otherwise (rows deleted or replaced): then build anew.
        `total`: the table's row count, when the caller has just counted it."""
        import pyarrow as pa

        if total is None:
            total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        if total == self.n:
            return self if not event_ids else None
        new = _encode(_arrow(con.sql(f"SELECT {_SELECT} FROM events WHERE event_id IN "
                                     "(SELECT unnest(?::VARCHAR[])) ORDER BY rowid",
                                     params=[event_ids])))
        if total != self.n + new.num_rows:
            return None
        return EventIndex(pa.concat_tables([self.table, new], promote_options="permissive"))

    @cached_property
    def nbytes(self) -> int:
        """Memory held (for /health; counted when first asked, not on every write)."""
        arrays = (self.src, self.tgt, self.status, self.cameo, self.doc, self.quad,
                  self.confidence, self.when, self.order_oldest, self.order_newest)
        posts = sum(p.ranks.nbytes + p.starts.nbytes for p in self._postings.values())
        decoded = sum(  # codes copied where values were missing, and the Python values
            (codes.nbytes if self.table[name].chunk(0).indices.null_count else 0)
            + values.nbytes + sum(sys.getsizeof(v) for v in values[:-1])
            for name, (codes, values) in self._decoded.items())
        return int(self.table.nbytes + sum(a.nbytes for a in arrays) + posts + decoded)

    def page(self, *, country: str | None = None, dyad: tuple[str, str] | None = None,
             root: str | None = None, status: str | None = None, since: str | None = None,
             until: str | None = None, doc_id: str | None = None,
             min_confidence: float | None = None, quad: int | None = None, limit: int = 50,
             offset: int = 0, newest: bool = False) -> list[dict[str, Any]]:
        """What `Store.events(...)` returns for the same filters, `limit` and `offset`."""
        import pyarrow as pa

        check_filters(root=root, status=status, since=since, until=until)
        rows = self.rows(country=country, dyad=dyad, root=root, status=status, since=since,
                         until=until, doc_id=doc_id, min_confidence=min_confidence,
                         quad=quad, limit=limit, offset=offset, newest=newest)
        if not len(rows):
            return []
        columns = self._rest.take(pa.array(rows, type=pa.int64())).to_pydict()
        for name, (codes, values) in self._decoded.items():
            columns[name] = values[codes[rows]].tolist()
        columns["published"] = [d and d.isoformat() for d in columns["published"]]
        return [dict(zip(OUTPUT_FIELDS, values, strict=True))
                for values in zip(*(columns[f] for f in OUTPUT_FIELDS), strict=True)]

    def rows(self, *, country: str | None, dyad: tuple[str, str] | None, root: str | None,
             status: str | None, since: str | None, until: str | None, doc_id: str | None,
             min_confidence: float | None, quad: int | None, limit: int, offset: int,
             newest: bool) -> np.ndarray:
        """The page's row numbers in the table, in the page's order."""
        order = self.order_newest if newest else self.order_oldest
        wanted = [c for c in (country, *(dyad or ())) if c]
        ids = [self._country_ids.get(c, -1) for c in wanted]
        if -1 in ids:
            return np.empty(0, dtype=np.int64)
        candidates = order[self._postings[newest].of(ids[0])] if ids else order
        tests = self._tests(dyad=dyad, root=root, status=status,
                            since=since, until=until, doc_id=doc_id,
                            min_confidence=min_confidence, quad=quad)
        if tests is None:
            return np.empty(0, dtype=np.int64)
        need, found, chunks, start, step = offset + limit, 0, [], 0, 4096
        while start < len(candidates) and found < need:
            part = candidates[start:start + step]
            for test in tests:
                part = part[test(part)]
            chunks.append(part)
            found += len(part)
            start, step = start + step, step * 2
        hits = np.concatenate(chunks) if chunks else np.empty(0, dtype=np.int64)
        return hits[offset:need]

    def _tests(self, *, dyad: tuple[str, str] | None,
               root: str | None, status: str | None, since: str | None, until: str | None,
               doc_id: str | None, min_confidence: float | None, quad: int | None
               ) -> list[Any] | None:
        """Row tests for the filters (each maps row numbers to a mask); None: nothing can
        match. A value outside a column's vocabulary is given index -1, which reads the
        `False` appended to each lookup table."""
        src, tgt, tests = self.src, self.tgt, []
        # the candidates are the country's events (else the dyad's first country's), so the
        # country needs no test of its own
        if dyad:
            a, b = self._country_ids[dyad[0]], self._country_ids[dyad[1]]
            tests.append(lambda r: ((src[r] == a) & (tgt[r] == b)) |
                         ((src[r] == b) & (tgt[r] == a)))
        if root:
            codes = np.append(np.char.startswith(self._cameo_text, root), False)
            tests.append(lambda r: codes[self.cameo[r]])
        if status:
            s = STATUSES.index(status)
            tests.append(lambda r: self.status[r] == s)
        if since or until:
            dates = np.ones(len(self._when_text), dtype=bool)
            if since:
                dates &= self._when_text >= since
            if until:
                dates &= self._when_text <= until
            dates = np.append(dates, False)
            tests.append(lambda r: dates[self.when[r]])
        if doc_id:
            d = self._doc_ids.get(doc_id)
            if d is None:
                return None
            tests.append(lambda r: self.doc[r] == d)
        if min_confidence is not None:
            floor = float(min_confidence)
            tests.append(lambda r: self.confidence[r] >= floor)
        if quad is not None:
            q = int(quad)
            tests.append(lambda r: self.quad[r] == q)
        return tests

    def _post(self, order: np.ndarray) -> _Postings:
        rank = np.empty(self.n, dtype=np.int64)
        rank[order] = np.arange(self.n, dtype=np.int64)
        rows = np.arange(self.n, dtype=np.int64)
        has_src, has_tgt = self.src >= 0, (self.tgt >= 0) & (self.tgt != self.src)
        country = np.concatenate([self.src[has_src], self.tgt[has_tgt]]).astype(np.int64)
        ranks = np.concatenate([rank[rows[has_src]], rank[rows[has_tgt]]])
        by = np.lexsort((ranks, country))
        starts = np.searchsorted(country[by], np.arange(len(self.countries) + 1))
        return _Postings(ranks=ranks[by], starts=starts)


def _arrow(relation: Any) -> Any:
    """A DuckDB relation's rows as an Arrow table (the method's name changed in DuckDB 1.4)."""
    fetch = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
    return fetch()


def _plain(column: Any) -> Any:
    import pyarrow as pa

    return column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column


def _ids(column: Any, values: Any) -> np.ndarray:
    """Each row's position in `values`, -1 where missing or not among them."""
    import pyarrow.compute as pc

    found = pc.index_in(_plain(column), value_set=_plain(values)).fill_null(-1)
    return found.to_numpy().astype(np.int32)


def _encode(table: Any) -> Any:
    """The repetitive string columns as dictionaries."""
    import pyarrow.compute as pc

    for name in _DICTIONARY:
        i = table.schema.get_field_index(name)
        table = table.set_column(i, name, pc.dictionary_encode(table[name]))
    return table


def _codes_and_values(column: Any) -> tuple[np.ndarray, np.ndarray]:
    """A dictionary column as numpy codes (a missing value: the last code) and its values
    as Python objects (None last); codes are Arrow's own memory where nothing is missing."""
    values = np.array([*column.dictionary.to_pylist(), None], dtype=object)
    indices = column.indices
    if indices.null_count:
        indices = indices.fill_null(len(values) - 1)
    return indices.to_numpy(), values
