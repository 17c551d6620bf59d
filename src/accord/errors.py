"""One exception tree for the whole library.

Every error carries enough context (the input, the file and line) for a user to act on it.
The CLI turns these into messages and exit codes; library code never prints or exits.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base class of every error accord raises on purpose."""


class DataFileError(AccordError):
    """A knowledge file (actors, patterns, CAMEO table) has a malformed line."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}:{line}: {reason}")


class ModelNotInstalledError(AccordError):
    """The spaCy model package is missing; nothing is downloaded at run time."""


class InputRejected(AccordError):
    """One input (file, JSONL line, stdin) cannot be read as an article.

    `reason` is a short machine-readable code (see `accord.ingest.REJECT_REASONS`).
    """

    def __init__(self, source: str, reason: str, detail: str) -> None:
        self.source = source
        self.reason = reason
        self.detail = detail
        super().__init__(f"{source}: {reason}: {detail}")


class StoreError(AccordError):
    """The database cannot be opened or written."""


class StoreBusyError(StoreError):
    """Another process holds the database file for writing (DuckDB allows one writer)."""


class QueryError(AccordError):
    """A filter or query argument is invalid."""


class ConfigError(AccordError):
    """A setting (a resource limit, an option) has an invalid value."""


class ExportError(AccordError):
    """An export or output file cannot be written (full disk, missing folder, permissions)."""
