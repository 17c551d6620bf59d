"""The embedded DuckDB store: articles, events and rejected inputs."""

from accord.store.db import IngestSummary, Store

__all__ = ["IngestSummary", "Store"]
