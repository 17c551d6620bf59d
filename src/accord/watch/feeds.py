"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to FeedItems.

Feeds in the wild are sloppy: elements are matched by local name whatever their namespace,
every field but the key may be missing, and a date that does not parse becomes None rather
than losing the item. Only a document that is not a feed at all raises.

Safety: the XML is parsed by ElementTree over expat. Expat 2.4.1+ (Python 3.11.7 ships
2.5.0) refuses entity-expansion attacks ("billion laughs") with "limit on input
amplification factor ... breached", and ElementTree never resolves external entities (it
reports them as undefined), so a hostile feed can neither blow up memory nor read local
files. With an older expat we refuse any feed that declares entities (tests/test_watch.py
checks the refusal of a billion-laughs feed).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import pyexpat
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from accord.errors import InputRejected

# expat before 2.4.1 has no amplification limit: then no entity declarations at all
_EXPAT_GUARDS = pyexpat.version_info >= (2, 4, 1)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: `key` identifies it across polls (guid, Atom id, or link)."""

    key: str
    url: str | None
    title: str | None
    published: dt.date | None
    summary: str | None


def _local(tag: object) -> str:
    """`{namespace}name` -> `name` (comments and processing instructions have no str tag)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: ET.Element, name: str) -> Iterator[ET.Element]:
    return (c for c in el if _local(c.tag) == name)


def _text(el: ET.Element, *names: str) -> str | None:
    """Stripped text of the first child with one of `names` (in that order) that has any."""
    for name in names:
        for child in _children(el, name):
            value = " ".join("".join(child.itertext()).split())
            if value:
                return value
    return None


def _date(value: str | None) -> dt.date | None:
    """RFC 822 (RSS pubDate) or ISO 8601 (Atom, dc:date) to a date; None when neither."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _strip_html(value: str | None) -> str | None:
    """Feed summaries are often escaped HTML: keep their words."""
    if not value:
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return text or None


def _atom_link(entry: ET.Element) -> str | None:
    """The entry's page: rel="alternate" (the default), HTML preferred over other types."""
    best: str | None = None
    for link in _children(entry, "link"):
        href = (link.get("href") or "").strip()
        if not href or link.get("rel", "alternate") != "alternate":
            continue
        if link.get("type", "text/html") in ("text/html", "application/xhtml+xml"):
            return href
        best = best or href
    return best


def _rss_item(item: ET.Element) -> tuple[str | None, str | None, str | None]:
    """(guid, link, date text) of an RSS 2.0 or RSS 1.0 item."""
    link = _text(item, "link")
    guid_el = next(_children(item, "guid"), None)
    guid = " ".join("".join(guid_el.itertext()).split()) if guid_el is not None else ""
    if guid and not link and guid_el is not None and guid_el.get("isPermaLink") != "false" \
            and guid.startswith(("http://", "https://")):
        link = guid  # a permalink guid is the page when there is no <link>
    about = next((v for k, v in item.attrib.items() if _local(k) == "about"), None)
    return guid or about, link, _text(item, "pubDate", "date", "published", "updated")


def _items(root: ET.Element, feed_url: str) -> Iterator[FeedItem]:
    kind = _local(root.tag)
    if kind in ("rss", "RDF"):
        # RSS 2.0 nests items in <channel>; RSS 1.0 makes them siblings of it
        entries = [e for e in root.iter() if _local(e.tag) == "item"]
    elif kind == "feed":
        entries = [e for e in root if _local(e.tag) == "entry"]
    else:
        raise InputRejected(feed_url, "bad_feed", f"not an RSS or Atom feed (the document is "
                            f"a <{kind}> element)")
    for entry in entries:
        if kind == "feed":
            link = _atom_link(entry)
            key = _text(entry, "id")
            when = _text(entry, "published", "updated", "date")
        else:
            key, link, when = _rss_item(entry)
        title = _strip_html(_text(entry, "title"))
        summary = _strip_html(_text(entry, "encoded", "content", "description", "summary"))
        if link:
            link = urljoin(feed_url, link)  # relative links are relative to the feed
        key = key or link
        if not key:
            if not (title or summary):
                continue  # nothing identifies it and nothing to read: not an item
            key = "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()
        yield FeedItem(key=key, url=link, title=title, published=_date(when), summary=summary)


def parse_feed(data: bytes, feed_url: str) -> list[FeedItem]:
    """The items of an RSS or Atom document, in document order, one per key.

    Raise `InputRejected(feed_url, "bad_feed", ...)` for anything that is not a feed
    (empty, not XML, HTML, entity tricks); never for a sloppy item.
    """
    if not data.strip():
        raise InputRejected(feed_url, "bad_feed", "the feed is empty")
    if not _EXPAT_GUARDS and b"<!ENTITY" in data:
        raise InputRejected(feed_url, "bad_feed", "declares XML entities, which this "
                            f"Python's expat {pyexpat.EXPAT_VERSION} cannot parse safely")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        hint = " (an HTML page, not a feed?)" if b"<html" in data[:2048].lower() else ""
        raise InputRejected(feed_url, "bad_feed", f"not well-formed XML: {e}{hint}") from None
    seen: set[str] = set()
    out: list[FeedItem] = []
    for item in _items(root, feed_url):
        if item.key not in seen:
            seen.add(item.key)
            out.append(item)
    return out
