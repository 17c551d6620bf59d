"""`accord spark-ingest`: code a corpus inside Apache Spark executors (docs/spark.md).

Also the script to hand to spark-submit on a cluster, where `accord` itself is not the
entry point: `spark-submit ... accord/cli/spark.py INPUT OUTPUT [options]`.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from accord.cli.base import MODEL_OPTION, _date, _err, cli
from accord.cli.base import main as run


@cli.command("spark-ingest")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_path", metavar="OUTPUT")
@click.option("--master", help="Spark master URL (local[4], yarn, spark://host:7077, "
              "k8s://...). Default: spark-submit's --master, else local[*].")
@MODEL_OPTION
@click.option("--partitions", type=click.IntRange(1), help="Code in this many partitions "
              "(default: Spark's default parallelism, one per executor core).")
@click.option("--format", "input_format", type=click.Choice(["auto", "jsonl", "parquet"]),
              default="auto", show_default=True,
              help="Input format; auto: parquet for *.parquet or a folder of them.")
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for "
              "inputs that carry none.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
def spark_ingest_command(input_path: str, output_path: str, master: str | None, model: str,
                         partitions: int | None, input_format: str, published: dt.date | None,
                         overwrite: bool) -> None:
    """Code INPUT (JSON Lines, or Parquet with the same fields; a file, folder or glob on
    any file system Spark reads) inside Spark executors and write Parquet to OUTPUT.

    \b
    OUTPUT/events    events (output contract), partitioned by published_date
    OUTPUT/articles  coded articles, partitioned by published_date
    OUTPUT/rejects   inputs that could not be read, with their reason

    Repeated articles (same id or same text) are coded once. Query the output with DuckDB:
    docs/spark.md.
    """
    from accord.scale.spark import build_session, spark_ingest

    spark, created = build_session(master)
    try:
        summary = spark_ingest(
            spark, input_path, output_path, model=model, partitions=partitions,
            input_format=None if input_format == "auto" else input_format,
            published=published, overwrite=overwrite)
    finally:
        if created:
            spark.stop()
    hosts = sorted({host for host, _ in summary.processes})
    _err(f"coded {summary.articles} articles into {summary.events} events in "
         f"{summary.partitions} partitions on {len(summary.processes)} worker processes "
         f"({', '.join(hosts)}; {summary.coder_loads} pipeline loads) in "
         f"{summary.seconds:.1f} s")
    _err(f"skipped {summary.duplicates} repeated articles; rejected {summary.rejected} inputs "
         f"(listed in {output_path}/rejects)")
    _err(f"wrote {output_path}/events and {output_path}/articles (Parquet by published_date)")


def main() -> None:
    """Entry point for spark-submit, which runs a Python file rather than `accord`."""
    run(spark_ingest_command, sys.argv[1:], "accord spark-ingest")


if __name__ == "__main__":
    main()
