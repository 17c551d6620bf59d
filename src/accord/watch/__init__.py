"""Continuous ingestion: poll RSS/Atom feeds and folders, store only what is new.

`feeds` parses feeds, `fetch` does the polite HTTP, `poller` keeps the state in the store
and runs the loop; `accord watch` is the command line over them.
"""

from accord.watch.feeds import FeedItem, parse_feed
from accord.watch.fetch import FetchResult, fetch
from accord.watch.poller import PollError, PollSummary, Watcher, resolve_sources

__all__ = ["FeedItem", "FetchResult", "PollError", "PollSummary", "Watcher", "fetch",
           "parse_feed", "resolve_sources"]
