"""Turning inputs (text, HTML, JSON Lines, folders, stdin) into Articles or typed Rejections.

A reader never raises for a bad input: it yields a `Rejection` and goes on, so one broken
article never stops a batch.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from accord.ingest.clean import normalise, strip_debris
from accord.records import Article, Rejection

# every reason a Rejection can carry; `accord rejects` lists them
REJECT_REASONS = {
    "not_found": "the path does not exist",
    "empty": "no text after cleaning",
    "binary": "the file is binary, not text",
    "undecodable": "the bytes are not valid UTF-8/UTF-16 text",
    "bad_json": "a JSON Lines line is not a JSON object",
    "bad_field": "a JSON field has the wrong type or an invalid value",
    "too_large": "the input exceeds the size limit",
    "no_text": "HTML without extractable main text",
    "unreadable": "the file cannot be read (permissions, I/O error)",
    "not_english": "the text is not in English (accord codes English news)",
}
MAX_ARTICLE_CHARS = 200_000  # one pathological article must not stall a batch
# frequent English function words: news prose has well over 10% of them
_ENGLISH = frozenset("""the of and to in a is that for on with as by was were said from at it
its an be has have had are will would this which who not but their his her they after over
about against than been also new more""".split())
_WORDS = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """Share of English function words among the words, and the number of words."""
    words = _WORDS.findall(text.casefold())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH for w in words) / len(words), len(words)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MAX_BYTES = 50 * 1024 * 1024

Item = Article | Rejection


def article_id(text: str) -> str:
    """A stable id from the normalised text, for articles that come without one."""
    key = " ".join(normalise(text).split()).casefold()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any) -> dt.date | None:
    """ISO date or datetime string to a date; raise ValueError for anything else."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; raise UnicodeDecodeError otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8")


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def make_article(
    text: str,
    *,
    source: str,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
) -> Item:
    body = strip_debris(text, title)
    if not body.strip():
        return Rejection(source, "empty", "no text left after removing whitespace and debris")
    if len(body) > MAX_ARTICLE_CHARS:
        return Rejection(source, "too_large", f"{len(body)} characters > limit "
                         f"{MAX_ARTICLE_CHARS}; split the text into articles")
    share, n = english_share(body)
    if n >= 12 and share < 0.08:
        return Rejection(source, "not_english", f"only {share:.0%} English function words in "
                         f"{n} words; accord codes English text")
    return Article(
        id=id or article_id(body), text=body, title=title, url=url, outlet=outlet,
        published=published, source=source,
    )


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", "!", "?", ":")):
        return first
    return None


def read_text(data: bytes, source: str, published: dt.date | None = None) -> Item:
    if _looks_binary(data):
        return Rejection(source, "binary", "contains NUL bytes; give a text, HTML or JSONL file")
    try:
        text = decode(data)
    except UnicodeDecodeError as e:
        return Rejection(source, "undecodable", f"not UTF-8 text ({e.reason} at byte {e.start}); "
                         "convert it to UTF-8 first")
    return make_article(text, source=source, title=_first_line_title(normalise(text)),
                        published=published)


def read_html(data: bytes, source: str, published: dt.date | None = None) -> Item:
    import trafilatura

    if _looks_binary(data):
        return Rejection(source, "binary", "contains NUL bytes; not an HTML page")
    try:
        html = decode(data)
    except UnicodeDecodeError:
        html = data.decode("latin-1")  # HTML often declares its own legacy charset
    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        return Rejection(source, "no_text", "trafilatura found no main text in the page")
    date = published
    if date is None and getattr(doc, "date", None):
        try:
            date = parse_date(doc.date)  # type: ignore[union-attr]
        except ValueError:
            date = None
    return make_article(
        text, source=source, title=getattr(doc, "title", None), url=getattr(doc, "url", None),
        outlet=getattr(doc, "sitename", None), published=date,
    )


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
    return value


def read_jsonl_line(line: str, source: str, published: dt.date | None = None) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejection(source, "bad_json", f"{e.msg} at column {e.colno}")
    if not isinstance(obj, dict):
        return Rejection(source, "bad_json", f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejection(source, "bad_field", "field 'text' is missing or not a string")
    try:
        pub = parse_date(obj.get("published")) or published
        return make_article(
            text, source=source, id=_opt_str(obj, "id"), title=_opt_str(obj, "title"),
            url=_opt_str(obj, "url"), outlet=_opt_str(obj, "outlet"), published=pub,
        )
    except ValueError as e:
        return Rejection(source, "bad_field", str(e))


def read_jsonl(data: bytes, source: str, published: dt.date | None = None) -> Iterator[Item]:
    try:
        text = decode(data)
    except UnicodeDecodeError as e:
        yield Rejection(source, "undecodable", f"not UTF-8 ({e.reason} at byte {e.start})")
        return
    # JSON Lines are separated by "\n" alone: str.splitlines() would also split inside a
    # JSON string holding U+2028 or a form feed, breaking a valid record
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if line.strip():
            yield read_jsonl_line(line, f"{source}:{n}", published)


def read_bytes(data: bytes, source: str, kind: str, published: dt.date | None = None
               ) -> Iterator[Item]:
    """Read one input's bytes as `kind` (text, html or jsonl)."""
    if len(data) > MAX_BYTES:
        yield Rejection(source, "too_large", f"{len(data)} bytes > limit {MAX_BYTES}")
    elif not data.strip():
        yield Rejection(source, "empty", "the input is empty")
    elif kind == "jsonl":
        yield from read_jsonl(data, source, published)
    elif kind == "html":
        yield read_html(data, source, published)
    else:
        yield read_text(data, source, published)


def sniff_kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                yield p
    else:
        yield path


def read_inputs(
    paths: Iterable[str | Path], *, published: dt.date | None = None, stdin_kind: str = "text"
) -> Iterator[Item]:
    """Every article (or rejection) in the given files, folders and `-` (stdin)."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "-", stdin_kind, published)
            continue
        root = Path(raw)
        if not root.exists():
            yield Rejection(str(root), "not_found", "no such file or folder")
            continue
        for path in iter_files(root):
            try:
                size = path.stat().st_size
                if size > MAX_BYTES:
                    yield Rejection(str(path), "too_large", f"{size} bytes > limit {MAX_BYTES}")
                    continue
                data = path.read_bytes()
            except OSError as e:
                yield Rejection(str(path), "unreadable", e.strerror or str(e))
                continue
            yield from read_bytes(data, str(path), sniff_kind(path, data), published)
