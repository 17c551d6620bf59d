"""Turning inputs (text, HTML, JSON Lines, folders, stdin) into Articles or typed Rejections.

A reader never raises for a bad input: it yields a `Rejection` and goes on, so one broken
article never stops a batch.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from accord.ingest.clean import normalise, strip_debris
from accord.limits import DEFAULT_LIMITS, Limits
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
    "time_limit": "coding the article took longer than the per-article time limit",
}
MAX_ARTICLE_CHARS = DEFAULT_LIMITS.max_chars
# frequent English function words: news prose has well over 10% of them
_ENGLISH = frozenset("""the of and to in a is that for on with as by was were said from at it
its an be has have had are will would this which who not but their his her they after over
about against than been also new more""".split())
# frequent function words of the other languages news comes in (Spanish, French, German,
# Italian, Portuguese): a short text full of names has few English ones, and is English
# unless these outnumber them
_FOREIGN = frozenset("""de la el en los las del y que un una por con para es se le les des et
du au dans pour est une sur der die das und ist nicht mit von zu dem ein eine auf il di che
non della sono do da em os uma""".split())
SHORT_TEXT_WORDS = 40  # below this, the share of English function words is too noisy
_WORDS = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """Share of English function words among the words, and the number of words."""
    words = _WORDS.findall(text.casefold())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH for w in words) / len(words), len(words)


def foreign_over_english(text: str) -> bool:
    """More function words of another language than of English (for short texts, where a
    brief full of names "President Lula hosted President Milei in Brasilia" has few)."""
    words = _WORDS.findall(text.casefold())
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 2 and foreign > sum(w in _ENGLISH for w in words)
def latin_share(text: str) -> float:
    """Share of Latin-script letters among the letters (1.0 when there are none)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 1.0
    return sum(c < "\u0250" for c in letters) / len(letters)


TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MAX_BYTES = DEFAULT_LIMITS.max_file_bytes
EARLIEST = dt.date(1800, 1, 1)  # a publication date before this is a typo, not history

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
            date = dt.date.fromisoformat(text)
        else:
            date = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None
    latest = dt.date.today() + dt.timedelta(days=2)  # time zones: a day ahead is real
    if not EARLIEST <= date <= latest:
        raise ValueError(f"published {value!r} is outside {EARLIEST}..{latest}; "
                         "fix the date or leave it out")
    return date


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), else the legacy encoding
    that best explains the bytes (cp1252, latin-1, cp1251, ...): news archives hold all of
    them. Raise UnicodeDecodeError when no encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    order = _utf16_order(data)  # before UTF-8: NUL bytes are valid UTF-8
    if order is not None:
        return data.decode(order, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if sum(b < 0x80 for b in data[:65536]) >= 0.9 * len(data[:65536]):
            try:  # English with a few accents ("Élysée"): Windows-1252 is the usual suspect
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        import charset_normalizer

        best = charset_normalizer.from_bytes(data[:1_000_000]).best()
        if best is None or best.encoding.startswith("utf_16"):
            raise err from None
        return data.decode(best.encoding, errors="replace")


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0) / pairs
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0) / pairs
    # and its first character is ASCII too: b"{}\n0\x00\n\x000" (hypothesis) has NULs
    # in even places but starts with "{}", no UTF-16 unit
    if odd > 0.3 and even < 0.02 and head[1] == 0:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02 and head[0] == 0:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(head):
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
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Item:
    if len(text) > 4 * max_chars:  # do not clean megabytes only to reject them
        return Rejection(source, "too_large", f"{len(text)} characters > limit {max_chars}; "
                         "split the text into articles or raise --max-chars")
    body = strip_debris(text, title)
    if not body.strip():
        return Rejection(source, "empty", "no text left after removing whitespace and debris")
    if len(body) > max_chars:
        return Rejection(source, "too_large", f"{len(body)} characters > limit "
                         f"{max_chars}; split the text into articles or raise --max-chars")
    if latin_share(body) < 0.5:
        return Rejection(source, "not_english", "most letters are not Latin script; accord "
                         "codes English text")
    share, n = english_share(body)
    if n >= SHORT_TEXT_WORDS and share < 0.08 or n < SHORT_TEXT_WORDS and \
            foreign_over_english(body):
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


def read_text(data: bytes, source: str, published: dt.date | None = None,
              limits: Limits = DEFAULT_LIMITS) -> Item:
    if _looks_binary(data):
        return Rejection(source, "binary", "contains NUL bytes; give a text, HTML or JSONL file")
    try:
        text = decode(data)
    except UnicodeDecodeError as e:
        return Rejection(source, "undecodable", f"not UTF-8 text ({e.reason} at byte {e.start}); "
                         "convert it to UTF-8 first")
    return make_article(text, source=source, title=_first_line_title(normalise(text[:4000])),
                        published=published, max_chars=limits.max_chars)


def read_html(data: bytes, source: str, published: dt.date | None = None,
              limits: Limits = DEFAULT_LIMITS) -> Item:
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
        text = _deep_page_text(html)
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
        outlet=getattr(doc, "sitename", None), published=date, max_chars=limits.max_chars,
    )


class _Paragraphs(HTMLParser):
    """Paragraph text of a page, and its nesting depth, with the standard library's parser:
    libxml2 (under trafilatura) gives up on pages nested deeper than 255 elements."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript",
                      "template", "svg", "form"})
    BLOCK = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "td", "br", "article",
                       "section", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.max_depth = self.skipping = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        if tag in self.SKIP:
            self.skipping += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _deep_page_text(html: str) -> str | None:
    """The text of a page too deep for trafilatura: prose lines of eight words or more."""
    parser = _Paragraphs()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on a broken marked section (fuzzer)
        return None
    if parser.max_depth <= 250:
        return None  # trafilatura read it and found no article: trust that
    lines = [" ".join(x.split()) for x in "".join(parser.parts).split("\n")]
    prose = [x for x in lines if len(x.split()) >= 8]
    return "\n".join(prose) or None


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string, got {type(value).__name__}")
    return value


def read_jsonl_line(line: str, source: str, published: dt.date | None = None,
                    limits: Limits = DEFAULT_LIMITS) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejection(source, "bad_json", f"{e.msg} at column {e.colno}")
    except RecursionError:
        return Rejection(source, "bad_json", "nested too deeply to be an article record")
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
            max_chars=limits.max_chars,
        )
    except ValueError as e:
        return Rejection(source, "bad_field", str(e))


def read_jsonl(data: bytes, source: str, published: dt.date | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(data):
        try:
            data = decode(data).encode("utf-8")
        except UnicodeDecodeError as e:  # found by tests/test_fuzz_readers.py
            yield Rejection(source, "undecodable", f"not UTF-16 ({e.reason} at byte "
                            f"{e.start}); convert the file to UTF-8")
            return
    yield from stream_jsonl(io.BytesIO(data), source, published, limits)


def stream_jsonl(stream: BinaryIO, source: str, published: dt.date | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """JSON Lines from a byte stream, one line in memory at a time, so a file of any size
    reads in flat memory. Each line is decoded on its own: one line in a legacy encoding
    or one over the line limit is rejected (or repaired) without touching the others."""
    n = 0
    while True:
        raw = stream.readline(limits.max_line_bytes + 1)
        if not raw:
            return
        n += 1
        if len(raw) > limits.max_line_bytes and not raw.endswith(b"\n"):
            skipped = len(raw)
            while (more := stream.readline(1 << 20)) and (skipped := skipped + len(more)) and \
                    not more.endswith(b"\n"):
                pass
            yield Rejection(f"{source}:{n}", "too_large", f"line of {skipped} bytes > limit "
                            f"{limits.max_line_bytes}")
            continue
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        # JSON Lines are separated by "\n" alone: str.splitlines() would also split inside a
        # JSON string holding U+2028 or a form feed, breaking a valid record
        raw = raw.rstrip(b"\r\n")
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode(raw)
            except UnicodeDecodeError as e:
                yield Rejection(f"{source}:{n}", "undecodable",
                                f"not UTF-8 ({e.reason} at byte {e.start})")
                continue
        yield read_jsonl_line(line, f"{source}:{n}", published, limits)


def read_bytes(data: bytes, source: str, kind: str, published: dt.date | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Read one input's bytes as `kind` (text, html or jsonl)."""
    if kind != "jsonl" and len(data) > limits.max_file_bytes:
        yield Rejection(source, "too_large", f"{len(data)} bytes > limit "
                        f"{limits.max_file_bytes}")
    elif not data.strip():
        yield Rejection(source, "empty", "the input is empty")
    elif kind == "jsonl":
        yield from read_jsonl(data, source, published, limits)
    elif kind == "html":
        yield read_html(data, source, published, limits)
    else:
        yield read_text(data, source, published, limits)


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
            # a dangling link is an input the user meant: it is rejected, not skipped
            if (p.is_file() or (p.is_symlink() and not p.exists())) \
                    and not p.name.startswith("."):
                yield p
    else:
        yield path


def read_inputs(
    paths: Iterable[str | Path], *, published: dt.date | None = None, stdin_kind: str = "text",
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Item]:
    """Every article (or rejection) in the given files, folders and `-` (stdin)."""
    for raw in paths:
        if str(raw) == "-":
            if stdin_kind == "jsonl":
                yield from stream_jsonl(sys.stdin.buffer, "-", published, limits)
            else:
                yield from read_bytes(sys.stdin.buffer.read(limits.max_file_bytes + 1), "-",
                                      stdin_kind, published, limits)
            continue
        root = Path(raw)
        if not root.exists():
            yield Rejection(str(root), "not_found", "no such file or folder")
            continue
        for path in iter_files(root):
            yield from _read_file(path, published, limits)


def _read_file(path: Path, published: dt.date | None, limits: Limits) -> Iterator[Item]:
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as f:
                head = f.read(4096)
                if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or \
                        _utf16_order(head):
                    data = head + f.read(limits.max_file_bytes)
                    yield from read_bytes(data, str(path), "jsonl", published, limits)
                    return
                f.seek(0)
                yield from stream_jsonl(f, str(path), published, limits)
            return
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield Rejection(str(path), "too_large", f"{size} bytes > limit "
                            f"{limits.max_file_bytes}; split it or raise the file limit")
            return
        data = path.read_bytes()
    except OSError as e:
        yield Rejection(str(path), "unreadable", e.strerror or str(e))
        return
    yield from read_bytes(data, str(path), sniff_kind(path, data), published, limits)
