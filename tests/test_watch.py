"""`accord watch`: feeds and folders polled into the store, against a local HTTP server.

The server serves a mutable RSS feed, an Atom feed and article pages, counts requests,
honours If-None-Match with 304, and can be told to fail (status) or stall (seconds).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

import accord.cli.watch  # noqa: F401 (registers `accord watch` until cli/__init__ does)
from accord.cli.base import cli
from accord.errors import DataFileError, InputRejected
from accord.store import Store
from accord.watch import Watcher, fetch, parse_feed

# the package exports the function `fetch`, which hides the module of the same name
fetch_module = importlib.import_module("accord.watch.fetch")

ARTICLES = {
    "/news/france-germany": (
        "France and Germany agree on Ukraine aid",
        "The foreign ministers of France and Germany met in Paris on Monday to discuss "
        "support for Ukraine. France praised Germany for its commitment to European defence. "
        "The two ministers agreed to hold further talks in Berlin next month. Officials said "
        "the meeting was cordial and both governments pledged new humanitarian aid."),
    "/news/japan-korea": (
        "Japan and South Korea sign trade pact",
        "Japan and South Korea signed a trade agreement in Tokyo on Tuesday after two years "
        "of negotiations. The Japanese prime minister welcomed the deal as a new chapter in "
        "relations between the neighbours. South Korea said it would cut tariffs on Japanese "
        "machinery from next year."),
    "/news/egypt-jordan": (
        "Egypt hosts Jordanian minister",
        "Egypt hosted the foreign minister of Jordan in Cairo on Wednesday for talks on the "
        "war in Gaza. Egypt and Jordan condemned the attacks on civilians and called for an "
        "immediate ceasefire. The two governments said they would coordinate their aid "
        "deliveries."),
    "/news/kenya-uganda": (
        "Kenya accuses Uganda over border incursion",
        "Kenya accused Uganda on Thursday of sending troops across their shared border near "
        "Lake Victoria. The Kenyan government summoned the Ugandan ambassador in Nairobi to "
        "explain the incident. Uganda denied the accusation and said its soldiers had stayed "
        "on its own territory."),
    "/news/brazil-mexico": (
        "Brazil sends aid to Mexico after floods",
        "Brazil sent humanitarian aid to Mexico on Friday after severe floods in the south of "
        "the country. The Brazilian president said the two nations would stand together. "
        "Mexico thanked Brazil for the rapid support and promised to deepen cooperation on "
        "disaster relief."),
}
DATES = {"/news/france-germany": "Mon, 18 Aug 2025 09:00:00 GMT",
         "/news/japan-korea": "Tue, 19 Aug 2025 09:00:00 GMT",
         "/news/egypt-jordan": "Wed, 20 Aug 2025 09:00:00 GMT",
         "/news/kenya-uganda": "Thu, 21 Aug 2025 09:00:00 GMT"}


def page(path: str) -> bytes:
    """A news page with navigation and a footer (that trafilatura must leave out)."""
    title, text = ARTICLES[path]
    paras = "".join(f"<p>{s.strip()}.</p>" for s in text.rstrip(".").split(". "))
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>"
            f"<a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{title}</h1>"
            f"{paras}</article><footer>Copyright 2025 Example News</footer></body></html>"
            ).encode()


class Site:
    """What the server serves; tests change it between polls."""

    def __init__(self) -> None:
        self.rss = ["/news/france-germany", "/news/japan-korea", "/news/egypt-jordan"]
        self.atom = ["/news/brazil-mexico"]
        self.pages = {p: page(p) for p in ARTICLES}
        self.fail: dict[str, int] = {}  # path -> status to answer instead
        self.stall: dict[str, float] = {}  # path -> seconds to sleep before answering
        self.hooks: dict[str, Callable[[], object]] = {}  # path -> called on each request
        self.raw_items = ""  # extra RSS items, as XML
        self.etags = True
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.url = ""

    def count(self, path: str) -> int:
        with self.lock:
            return sum(p == path for p, _ in self.requests)

    def body(self, path: str) -> tuple[bytes, str] | None:
        if path == "/rss.xml":
            items = "".join(
                f"<item><title>{ARTICLES[p][0]}</title><link>{self.url}{p}</link>"
                f"<guid isPermaLink='false'>guid-{p.rsplit('/', 1)[1]}</guid>"
                f"<pubDate>{DATES.get(p, 'not a date')}</pubDate>"
                f"<description>&lt;p&gt;{ARTICLES[p][0]}&lt;/p&gt;</description></item>"
                for p in self.rss) + self.raw_items
            return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Example News"
                    f"</title><link>{self.url}/</link>{items}</channel></rss>").encode(), \
                "application/rss+xml"
        if path == "/atom.xml":
            entries = "".join(
                f"<entry><id>tag:example.org,2025:{p}</id><title>{ARTICLES[p][0]}</title>"
                f"<link rel='alternate' href='{p}'/><updated>2025-08-22T10:00:00Z</updated>"
                f"</entry>" for p in self.atom)
            return (f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Example Wire</title>"
                    f"<id>tag:example.org,2025:wire</id>{entries}</feed>").encode(), \
                "application/atom+xml"
        if path in self.pages:
            return self.pages[path], "text/html; charset=utf-8"
        return None


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site = self.server.site  # type: ignore[attr-defined]
        with site.lock:
            site.requests.append((self.path, dict(self.headers)))
        time.sleep(site.stall.get(self.path, 0))
        if self.path in site.hooks:
            site.hooks[self.path]()
        if self.path in site.fail:
            self.send_error(site.fail[self.path])
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        found = site.body(self.path)
        if found is None:
            self.send_error(404)
            return
        body, kind = found
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        if site.etags and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if site.etags:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.site = site

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out has hung up: writing to it fails, as it should


@pytest.fixture
def site():
    s = Site()
    server = Server(s)
    s.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "watch.duckdb") as s:
        yield s


class NoCoder:
    """For tests where nothing may be coded: fails if anything is."""

    def code_articles(self, articles, workers=1):
        assert not list(articles), "nothing should be coded here"
        return iter(())


def make_watcher(store, coder, site, feeds=("/rss.xml", "/atom.xml"), **options):
    opts = {"timeout": 2.0, "retries": 0, "backoff": 0.01, "delay": 0.0, "settle": 0.0}
    return Watcher(store, coder, [site.url + f for f in feeds], **(opts | options))


def count(store, table: str, where: str = "") -> int:
    return store.con.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]


# ---------------------------------------------------------------- feeds


def test_rss_and_atom_items_tolerate_namespaces_missing_fields_and_bad_dates():
    rss = b"""<?xml version="1.0"?><rss version="2.0"
      xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
      <item><title>A &amp; B</title><link>/a/1</link><guid isPermaLink="false">id-1</guid>
        <pubDate>Mon, 18 Aug 2025 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Talks &amp;amp; more&lt;/p&gt;</description></item>
      <item><guid>https://example.org/b</guid><dc:date>2025-08-19T10:00:00Z</dc:date></item>
      <item><title>Undated</title><link>https://example.org/c</link>
        <pubDate>sometime last week</pubDate></item>
      <item><title>Repeated</title><link>https://example.org/c</link></item>
      <item/></channel></rss>"""
    items = parse_feed(rss, "https://example.org/feed.xml")
    assert [(i.key, i.url, i.published) for i in items] == [
        ("id-1", "https://example.org/a/1", dt.date(2025, 8, 18)),
        ("https://example.org/b", "https://example.org/b", dt.date(2025, 8, 19)),
        ("https://example.org/c", "https://example.org/c", None)]
    assert items[0].title == "A & B" and items[0].summary == "Talks & more"
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
      <entry><id>tag:example.org,2025:1</id><title type="html">One</title>
        <link rel="self" href="https://example.org/self"/>
        <link href="https://example.org/one"/><updated>2025-08-20T23:30:00-05:00</updated>
        <summary>Short</summary></entry>
      <entry><link rel="alternate" href="two"/><published>not a date</published>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi
        <b>there</b></p></div></content></entry></feed>"""
    one, two = parse_feed(atom, "https://example.org/atom/")
    assert (one.key, one.url, one.published) == (
        "tag:example.org,2025:1", "https://example.org/one", dt.date(2025, 8, 20))
    assert (two.key, two.url, two.published, two.summary) == (
        "https://example.org/atom/two", "https://example.org/atom/two", None, "Hi there")
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/"/>
      <item rdf:about="https://example.org/r"><title>R</title></item></rdf:RDF>"""
    assert [i.key for i in parse_feed(rdf, "u")] == ["https://example.org/r"]


@pytest.mark.parametrize("body", [b"", b"  ", b"not xml at all", b"<html><body>news",
                                  b"<html><body><p>news</p></body></html>",
                                  b"<rss><channel><item></channel></rss>"])
def test_malformed_feed_raises_a_typed_error_naming_the_feed(body):
    with pytest.raises(InputRejected) as e:
        parse_feed(body, "https://example.org/feed.xml")
    assert e.value.reason == "bad_feed"
    assert e.value.source == "https://example.org/feed.xml"


def test_billion_laughs_feed_is_refused_quickly():
    """Python 3.11.7's expat (2.5.0) caps entity amplification: a clean error, no blow-up."""
    decl = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE rss [{decl}]><rss><channel><item>'
            f"<title>&lol9;</title></item></channel></rss>").encode()
    started = time.monotonic()
    with pytest.raises(InputRejected) as e:
        parse_feed(bomb, "https://evil.example/feed.xml")
    assert time.monotonic() - started < 2
    assert e.value.reason == "bad_feed" and "amplification" in e.value.detail
    external = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b"<rss><channel><item><title>&x;</title></item></channel></rss>")
    with pytest.raises(InputRejected, match="undefined entity"):
        parse_feed(external, "https://evil.example/feed.xml")


# ---------------------------------------------------------------- fetch


def test_fetch_is_polite_and_conditional(site):
    first = fetch(site.url + "/rss.xml")
    assert first.status == 200 and first.etag and b"<rss" in first.body
    again = fetch(site.url + "/rss.xml", etag=first.etag, last_modified="Mon, 18 Aug 2025 "
                  "09:00:00 GMT")
    assert again.not_modified and again.body == b""
    (_, h1), (_, h2) = site.requests
    assert h1["User-Agent"].startswith("accord/")
    assert "+https://github.com/accord-events/accord" in h1["User-Agent"]
    assert "If-None-Match" not in h1
    assert h2["If-None-Match"] == first.etag
    assert h2["If-Modified-Since"] == "Mon, 18 Aug 2025 09:00:00 GMT"


def test_fetch_retries_server_errors_but_not_client_errors(site):
    site.fail["/rss.xml"] = 503
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/rss.xml", retries=2, backoff=0.01)
    assert e.value.reason == "server_error" and site.count("/rss.xml") == 3
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/missing", retries=2, backoff=0.01)
    assert e.value.reason == "not_found" and site.count("/missing") == 1
    site.fail["/forbidden"] = 403
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/forbidden", retries=2, backoff=0.01)
    assert e.value.reason == "http_error" and site.count("/forbidden") == 1


def test_fetch_timeout_and_refused_connection_are_typed(site):
    site.stall["/rss.xml"] = 1.5
    started = time.monotonic()
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/rss.xml", timeout=0.2, retries=1, backoff=0.01)
    assert e.value.reason == "timeout" and e.value.source == site.url + "/rss.xml"
    assert time.monotonic() - started < 1.2
    with pytest.raises(InputRejected) as e:  # nothing listens on port 9 of this host
        fetch("http://127.0.0.1:9/feed.xml", timeout=1, retries=0)
    assert e.value.reason == "unreachable"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed.xml",
                                 "data:text/plain,hello", "gopher://example.org/",
                                 "http:///no-host", "/etc/passwd"])
def test_fetch_refuses_anything_but_http(url):
    with pytest.raises(InputRejected) as e:
        fetch(url)
    assert e.value.reason == "bad_scheme"


def test_fetch_refuses_a_redirect_off_http_and_caps_the_body(site, monkeypatch):
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/to-file")
    assert e.value.reason == "bad_scheme" and e.value.source == "file:///etc/passwd"
    monkeypatch.setattr(fetch_module, "MAX_BODY", 100)
    with pytest.raises(InputRejected) as e:
        fetch(site.url + "/news/france-germany")
    assert e.value.reason == "too_large"


# ---------------------------------------------------------------- sources and failures


def test_sources_other_than_http_feeds_folders_and_lists_are_refused(store, tmp_path):
    for bad in ("ftp://example.org/feed.xml", "file:///etc/passwd"):
        with pytest.raises(InputRejected) as e:
            Watcher(store, NoCoder(), [bad])
        assert e.value.reason == "bad_scheme"
    with pytest.raises(InputRejected) as e:
        Watcher(store, NoCoder(), [str(tmp_path / "missing")])
    assert e.value.reason == "not_found"
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttps://example.org/rss.xml#top\n\nfile:///etc/passwd\n")
    with pytest.raises(DataFileError) as e:
        Watcher(store, NoCoder(), [str(listing)])
    assert e.value.line == 4
    listing.write_text("# my feeds\nhttps://example.org/rss.xml#top\n  \n.\n")
    w = Watcher(store, NoCoder(), [str(listing), "https://example.org/rss.xml#top"])
    assert w.sources == ["https://example.org/rss.xml#top", str(tmp_path.resolve())]


def test_a_feed_that_times_out_is_an_error_in_the_summary_not_a_crash(store, site):
    site.stall["/rss.xml"] = 1.5
    site.rss = []
    site.atom = []
    w = make_watcher(store, NoCoder(), site, timeout=0.2, retries=1)
    summary = w.poll_once()
    assert summary.feeds == 2 and summary.not_modified == 0
    (err,) = summary.errors
    assert (err.feed, err.source, err.reason) == (site.url + "/rss.xml",) * 2 + ("timeout",)
    status = dict(store.con.execute("SELECT feed, last_status FROM watch_feeds").fetchall())
    assert status == {site.url + "/rss.xml": "timeout", site.url + "/atom.xml": "200"}


def test_a_gone_page_is_stored_as_a_rejection_once(store, site):
    site.rss = ["/news/france-germany"]
    site.atom = []
    del site.pages["/news/france-germany"]
    w = make_watcher(store, NoCoder(), site, feeds=("/rss.xml",))
    first = w.poll_once()
    assert (first.new, first.rejected, first.articles, first.errors) == (1, 1, 0, ())
    assert [r["reason"] for r in store.rejects()] == ["not_found"]
    assert count(store, "watch_items", "WHERE article_id IS NULL") == 1
    site.etags = False  # the feed comes back whole: the item is seen, not fetched again
    second = w.poll_once()
    assert (second.items, second.new, second.rejected) == (1, 0, 0)
    assert site.count("/news/france-germany") == 1 and count(store, "rejects") == 1


def test_a_page_failing_for_good_is_given_up_after_some_polls(store, site):
    site.rss = ["/news/france-germany"]
    site.fail["/news/france-germany"] = 502
    w = make_watcher(store, NoCoder(), site, feeds=("/rss.xml",), give_up_after=3)
    polls = [w.poll_once() for _ in range(4)]
    assert [p.new for p in polls] == [1, 1, 1, 0]
    assert [len(p.errors) for p in polls] == [1, 1, 1, 0]
    assert [p.rejected for p in polls] == [0, 0, 1, 0]
    assert "gave up after 3 polls" in store.rejects()[0]["detail"]
    assert site.count("/news/france-germany") == 3


# ---------------------------------------------------------------- polling with the coder


@pytest.mark.slow
def test_first_poll_stores_every_item_then_an_unchanged_feed_costs_a_304(store, site, coder):
    w = make_watcher(store, coder, site)
    first = w.poll_once()
    assert (first.feeds, first.items, first.new, first.articles) == (2, 4, 4, 4)
    assert first.events > 0 and first.errors == () and first.rejected == 0
    assert count(store, "articles") == 4 and count(store, "watch_items") == 4
    rows = store.con.execute("SELECT url, published, title FROM articles ORDER BY url")
    by_url = {u: (p, t) for u, p, t in rows.fetchall()}
    # the feed's date wins over the page's guess (its footer says "Copyright 2025")
    assert by_url[site.url + "/news/france-germany"] == (
        dt.date(2025, 8, 18), "France and Germany agree on Ukraine aid")
    assert by_url[site.url + "/news/brazil-mexico"][0] == dt.date(2025, 8, 22)
    dyads = {(e["source_country"], e["target_country"]) for e in store.events()}
    assert ("FRA", "DEU") in dyads
    linked = store.con.execute("SELECT count(*) FROM watch_items w JOIN articles a "
                               "ON a.id = w.article_id").fetchone()[0]
    assert linked == 4
    pages = len(site.requests)
    second = w.poll_once()
    assert (second.not_modified, second.new, second.articles, second.events) == (2, 0, 0, 0)
    feed_requests = site.requests[pages:]
    assert [p for p, _ in feed_requests] == ["/rss.xml", "/atom.xml"]
    assert all(h.get("If-None-Match") for _, h in feed_requests)
    assert count(store, "articles") == 4


@pytest.mark.slow
def test_run_picks_up_a_new_item_within_one_interval(store, site, coder):
    w = make_watcher(store, coder, site)
    w.poll_once()  # everything there now is seen
    interval, stop = 0.3, threading.Event()
    added: list[float] = []
    polls: list[tuple[float, object]] = []

    def on_poll(summary) -> None:
        polls.append((summary.started.replace(tzinfo=dt.UTC).timestamp(), summary))
        if len(polls) == 1:
            site.rss.insert(0, "/news/kenya-uganda")  # published between two polls
            added.append(time.time())
        if len(polls) == 3:
            stop.set()

    n = w.run(interval, stop=stop, on_poll=on_poll)
    assert n == 3
    (_, quiet), (found_at, found), (_, after) = polls
    assert quiet.new == 0 and found.new == 1 and found.articles == 1 and after.new == 0
    assert found.events > 0
    assert 0 <= found_at - added[0] <= interval + 0.1
    assert count(store, "articles") == 5
    assert store.con.execute("SELECT published FROM articles WHERE url LIKE '%kenya%'"
                             ).fetchone()[0] == dt.date(2025, 8, 21)


@pytest.mark.slow
def test_a_failing_page_is_retried_next_poll_while_the_others_are_stored(store, site, coder):
    site.fail["/news/japan-korea"] = 500
    w = make_watcher(store, coder, site, feeds=("/rss.xml",), retries=1)
    first = w.poll_once()
    assert (first.new, first.articles) == (3, 2)
    (err,) = first.errors
    assert (err.reason, err.source) == ("server_error", site.url + "/news/japan-korea")
    assert site.count("/news/japan-korea") == 2  # the retry within the fetch
    assert count(store, "watch_items") == 2 and count(store, "rejects") == 0
    # the feed's ETag is not kept while an item waits, so no 304 can hide it
    assert store.con.execute("SELECT etag FROM watch_feeds").fetchone()[0] is None
    del site.fail["/news/japan-korea"]
    second = w.poll_once()
    assert (second.not_modified, second.new, second.articles, second.errors) == (0, 1, 1, ())
    assert site.count("/news/france-germany") == 1  # the stored ones are not fetched again
    third = w.poll_once()
    assert (third.not_modified, third.new) == (1, 0)
    assert count(store, "articles") == 3 and count(store, "watch_items") == 3


@pytest.mark.slow
def test_no_item_is_ever_ingested_twice(store, site, coder, tmp_path):
    # the same story at a second address, and a page of the RSS feed listed in Atom too
    site.pages["/copy/france-germany"] = site.pages["/news/france-germany"]
    site.atom = ["/news/brazil-mexico", "/copy/france-germany", "/news/egypt-jordan"]
    ARTICLES["/copy/france-germany"] = ARTICLES["/news/france-germany"]
    try:
        site.etags = False  # every poll downloads both feeds whole
        w = make_watcher(store, coder, site)
        polls = [w.poll_once() for _ in range(3)]
        assert [p.new for p in polls] == [6, 0, 0]
        assert polls[0].articles == 4 and polls[0].duplicates == 2
        assert site.count("/news/egypt-jordan") == 1  # known by its URL: not fetched again
        # a crash after the articles were committed but before the items were marked seen
        store.con.execute("DELETE FROM watch_items")
        restarted = make_watcher(store, coder, site)
        redo = restarted.poll_once()
        assert (redo.new, redo.articles, redo.duplicates) == (6, 0, 6)
        assert restarted.poll_once().new == 0
    finally:
        del ARTICLES["/copy/france-germany"]
    assert count(store, "articles") == 4
    assert count(store, "watch_items") == 6
    assert store.con.execute("SELECT count(DISTINCT (feed, item_key)) FROM watch_items"
                             ).fetchone()[0] == 6
    # every item's article id points at the one stored copy of its text
    ids = store.con.execute("SELECT url, article_id FROM watch_items").fetchall()
    assert len({aid for _, aid in ids}) == 4 and None not in {aid for _, aid in ids}
    by_url = dict(ids)
    assert by_url[site.url + "/copy/france-germany"] == by_url[site.url + "/news/france-germany"]
    events = store.con.execute("SELECT count(*), count(DISTINCT event_id) FROM events")
    total, distinct = events.fetchone()
    assert total == distinct


STORY = ("The president of Chile met the prime minister of Peru in Lima on Monday. Chile "
         "and Peru signed an agreement on fishing rights. Peru praised Chile for its help "
         "after the earthquake.")


@pytest.mark.slow
def test_a_folder_source_picks_up_each_new_file_once(store, coder, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(STORY)
    w = Watcher(store, coder, [str(inbox)], settle=0)
    first = w.poll_once()
    assert (first.items, first.new, first.articles) == (1, 1, 1) and first.events > 0
    assert w.poll_once().new == 0
    # written under a hidden name and renamed when complete: never read half-written
    (inbox / ".b.txt.part").write_text(STORY.replace("Chile", "Bolivia"))
    assert w.poll_once().new == 0
    (inbox / ".b.txt.part").rename(inbox / "b.txt")
    second = w.poll_once()
    assert (second.items, second.new, second.articles) == (2, 1, 1)
    assert w.poll_once().new == 0
    # touched but unchanged: seen as a new version, stored as nothing new
    os.utime(inbox / "a.txt", (time.time() - 60, time.time() - 60))
    touched = w.poll_once()
    assert (touched.new, touched.articles, touched.duplicates) == (1, 0, 1)
    assert count(store, "articles") == 2
    # a file changed within the last `settle` seconds waits for the next poll
    (inbox / "c.txt").write_text(STORY.replace("Chile", "Ecuador"))
    patient = Watcher(store, coder, [str(inbox)], settle=30)
    assert (patient.poll_once().items, patient.poll_once().new) == (1, 0)  # only a.txt is old
    os.utime(inbox / "c.txt", (time.time() - 60, time.time() - 60))
    settled = patient.poll_once()
    assert (settled.items, settled.new, settled.articles) == (2, 1, 1)


@pytest.mark.slow
def test_cli_watch_once(site, coder, tmp_path, monkeypatch):
    monkeypatch.setattr(accord.cli.watch, "_coder", lambda *args: coder)
    db = str(tmp_path / "cli.duckdb")
    args = ["watch", site.url + "/rss.xml", "--db", db, "--once", "--delay", "0"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "poll 1: 1 sources (0 unchanged), 3 items, 3 new: 3 articles" in first.stderr
    assert first.stdout == ""
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "(1 unchanged), 0 items, 0 new" in again.stderr
    with Store(db, read_only=True) as s:
        assert s.counts()["articles"] == 3
    refused = CliRunner().invoke(cli, ["watch", "ftp://example.org/feed", "--db", db])
    assert refused.exit_code == 2 and "bad_scheme" in refused.stderr
    assert "--interval" in CliRunner().invoke(cli, ["watch", "--help"]).stdout


@pytest.mark.slow
def test_a_stop_request_ends_the_poll_between_items_and_loses_none(store, site, coder):
    stop = threading.Event()
    site.hooks["/news/japan-korea"] = stop.set  # "Ctrl-C" while this page downloads
    w = make_watcher(store, coder, site, feeds=("/rss.xml",))
    cut = w.poll_once(stop)
    assert cut.stopped and (cut.new, cut.articles) == (3, 2)  # the page in hand is kept
    assert site.count("/news/egypt-jordan") == 0 and count(store, "watch_items") == 2
    rest = w.poll_once()
    assert (rest.not_modified, rest.new, rest.articles, rest.stopped) == (0, 1, 1, False)
    assert count(store, "articles") == 3


@pytest.mark.slow
@pytest.mark.skipif(threading.current_thread() is not threading.main_thread(),
                    reason="signal handlers need the main thread")
def test_cli_ctrl_c_stops_after_the_current_item(site, coder, tmp_path, monkeypatch):
    monkeypatch.setattr(accord.cli.watch, "_coder", lambda *args: coder)
    site.hooks["/news/japan-korea"] = lambda: signal.raise_signal(signal.SIGINT)
    db = str(tmp_path / "cli.duckdb")
    before = signal.getsignal(signal.SIGINT)
    r = CliRunner().invoke(cli, ["watch", site.url + "/rss.xml", "--db", db, "--delay", "0",
                                 "--interval", "3600"])
    assert r.exit_code == 0, r.output
    assert "stopping after the current item" in r.stderr and "- stopped" in r.stderr
    assert "3 new: 2 articles" in r.stderr
    assert signal.getsignal(signal.SIGINT) is before  # the CLI put the handler back
    with Store(db, read_only=True) as s:
        assert s.counts()["articles"] == 2


@pytest.mark.slow
def test_an_item_without_a_link_is_read_from_the_feed_itself(store, site, coder):
    site.rss = []
    site.raw_items = (
        "<item><guid isPermaLink='false'>brief-1</guid><title>Briefing</title>"
        "<pubDate>Fri, 22 Aug 2025 08:00:00 GMT</pubDate><description>&lt;p&gt;India and "
        "Pakistan agreed on Friday to resume talks on water sharing. India praised Pakistan "
        "for releasing the fishermen.&lt;/p&gt;</description></item>"
        "<item><guid isPermaLink='false'>brief-2</guid><title>No text</title></item>")
    w = make_watcher(store, coder, site, feeds=("/rss.xml",))
    s = w.poll_once()
    assert (s.new, s.articles, s.rejected) == (2, 1, 1) and s.events > 0
    art = next(store.articles())
    assert art.source == site.url + "/rss.xml#brief-1" and art.published == dt.date(2025, 8, 22)
    assert art.text.startswith("India and Pakistan agreed")
    assert [r["reason"] for r in store.rejects()] == ["empty"]
    assert len(site.requests) == 1  # the feed alone


def test_a_database_held_by_another_process_skips_the_poll_not_the_watcher(site, tmp_path):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('holding', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        site.rss, site.atom = [], []
        w = Watcher(str(db), NoCoder(), [site.url + "/rss.xml"], wait=0.3, delay=0)
        busy = w.poll_once()
        assert [e.reason for e in busy.errors] == ["unavailable"] and busy.feeds == 0
    finally:
        holder.kill()
        holder.wait()
    free = w.poll_once()
    assert (free.feeds, free.errors) == (1, ())
