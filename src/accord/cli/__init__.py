"""The `accord` command line: a thin shell over the library.

Messages and progress go to stderr; data goes to stdout, so `accord extract ... > out.jsonl`
stays clean. Commands live in modules by topic; this package assembles them.
"""

from accord.cli import (  # noqa: F401 (registers commands)
    analysis,
    coding,
    evaluation,
    knowledge,
    serve,
    spark,
    watch,
)
from accord.cli.base import cli, emit, main
from accord.cli.evaluation import _check_floors

__all__ = ["_check_floors", "cli", "emit", "main"]
