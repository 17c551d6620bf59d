"""Text normalisation and removal of scraping debris, driven by `data/patterns/debris.txt`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from accord.errors import DataFileError
from accord.knowledge.tsv import packaged

# zero-width and bidi controls that break tokenisation but carry no text
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# UTF-8 quotes and dashes read as Mac Roman ("Russia‚Äôs"; the lead byte also shows up as
# the C1 control U+0082 or is lost): left as is, "Russia‚Äôs" is one unknown word and the
# actor is missed
_MOJIBAKE = re.compile("[\u201a\u0082]?\u00c4([\u00f2\u00f4\u00fa\u00f9\u00ee\u00ec])")
_MOJIBAKE_FIX = {"\u00f2": "\u2018", "\u00f4": "\u2019", "\u00fa": "\u201c",
                 "\u00f9": "\u201d", "\u00ee": "\u2014", "\u00ec": "\u2013"}


def load_debris(path: Path | None = None) -> list[re.Pattern[str]]:
    """Compile one regular expression per non-comment line; a bad one names its line."""
    path = path or packaged("patterns", "debris.txt")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            out.append(re.compile(line, re.IGNORECASE))
        except re.error as e:
            raise DataFileError(str(path), n, f"bad regular expression: {e}") from None
    return out


@lru_cache(maxsize=1)
def default_debris() -> tuple[re.Pattern[str], ...]:
    return tuple(load_debris())


def normalise(text: str) -> str:
    """NFC, no invisible or control characters or Mac Roman mojibake of quotes, one space
    between words, \\n line ends."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _MOJIBAKE.sub(lambda m: _MOJIBAKE_FIX[m.group(1)], text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def strip_debris(
    text: str, title: str | None = None, patterns: tuple[re.Pattern[str], ...] | None = None
) -> str:
    """Drop debris lines, repeated lines and a headline repeated below the first line."""
    patterns = default_debris() if patterns is None else patterns
    kept: list[str] = []
    seen: set[str] = set()
    for line in normalise(text).split("\n"):
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        key = line.casefold()
        if any(p.fullmatch(line) for p in patterns):
            continue
        if key in seen and len(line) < 200:  # duplicated headline or caption
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept).strip()
