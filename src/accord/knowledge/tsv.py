"""Reading accord's tab-separated data files with line-level validation.

Each bad line becomes a `DataFileError` naming the file and line; the loader decides
whether to raise it (packaged files must be clean) or to collect it and go on (user files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TypeVar

from accord.errors import DataFileError

T = TypeVar("T")


@dataclass
class LoadReport:
    """What a loader read: good records count and the rejected lines."""

    loaded: int = 0
    errors: list[DataFileError] = field(default_factory=list)


def packaged(*parts: str) -> Path:
    """Path of a data file shipped in the package."""
    return Path(str(resources.files("accord").joinpath("data", *parts)))


def load_words(path: Path) -> frozenset[str]:
    """A list of single words, one a line ("#" starts a comment), lower-cased; any other line
    is rejected with the file and line, so that a user's edit cannot silently widen a rule
    the list feeds."""
    out = set()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = raw.split("#", 1)[0].strip()
        if not word:
            continue
        if not word.isalpha():
            raise DataFileError(str(path), n, f"expected one word of letters, got {raw!r}")
        out.add(word.lower())
    return frozenset(out)


def split_list(value: str) -> list[str]:
    """A `|`-separated field; `-` or empty means no items."""
    value = value.strip()
    if value in ("", "-"):
        return []
    return [v.strip() for v in value.split("|") if v.strip()]


def opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def read_header(path: Path) -> tuple[str, ...]:
    """The column names of a data file (its first line that is not a comment)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                return tuple(x.strip() for x in line.rstrip("\n").split("\t"))
    return ()


def iter_rows(
    path: Path, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str] | DataFileError]]:
    """Yield (line number, row or error) for each data line; a bad header raises."""
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                if tuple(f.strip() for f in fields) != columns:
                    raise DataFileError(
                        str(path), n, f"header must be {'<TAB>'.join(columns)}, got {line!r}"
                    )
                header_seen = True
                continue
            if len(fields) == len(columns) - 1:
                # an empty last field may have been trimmed by an editor
                fields.append("")
            if len(fields) != len(columns):
                yield n, DataFileError(
                    str(path), n, f"expected {len(columns)} tab-separated fields, got {len(fields)}"
                )
                continue
            yield n, dict(zip(columns, fields, strict=True))
    if not header_seen:
        raise DataFileError(str(path), 1, "file has no header line")


def load_records(
    path: Path,
    columns: tuple[str, ...],
    parse: Callable[[dict[str, str]], T],
    *,
    strict: bool,
    report: LoadReport | None = None,
) -> list[T]:
    """Parse every row with `parse`; ValueError from it marks the line as malformed.

    strict=True raises on the first bad line (packaged data must be clean); otherwise the
    error is recorded in `report` and the rest of the file loads.
    """
    out: list[T] = []
    for n, row in iter_rows(path, columns):
        if isinstance(row, DataFileError):
            if strict or report is None:
                raise row
            report.errors.append(row)
            continue
        try:
            out.append(parse(row))
        except ValueError as e:
            err = DataFileError(str(path), n, str(e))
            if strict or report is None:
                raise err from None
            report.errors.append(err)
            continue
        if report is not None:
            report.loaded += 1
    return out
