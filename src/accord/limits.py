"""Resource bounds per input, so that one pathological article cannot stall a batch.

Every bound is configurable (the CLI's `--max-chars`, `--max-seconds`,
`--max-sentence-tokens`) and every hit is reported: an input over a size bound or over the
time bound is rejected with a typed reason (`too_large`, `time_limit`) that `accord rejects`
lists; a sentence over the token bound is left uncoded and counted in the ingest summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Limits:
    # characters of one article after cleaning; longer texts are collections, not articles
    max_chars: int = 200_000
    # bytes of one text or HTML file, checked before reading it (JSON Lines files stream
    # line by line, so their size is unbounded; each line is bounded by max_line_bytes)
    max_file_bytes: int = 50 * 1024 * 1024
    max_line_bytes: int = 8 * 1024 * 1024
    # seconds of coding (after parsing) for one article, checked between sentences
    max_seconds: float = 30.0
    # tokens of one sentence: real news sentences stay under 100 (the longest in the bundled
    # sample has 75); a 'sentence' of thousands of tokens is a list or a table, and coding
    # it costs time that grows with the square of its length
    max_sentence_tokens: int = 200

    def __post_init__(self) -> None:
        for name in ("max_chars", "max_file_bytes", "max_line_bytes", "max_seconds",
                     "max_sentence_tokens"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"limit {name} must be positive, got {getattr(self, name)}")


DEFAULT_LIMITS = Limits()
