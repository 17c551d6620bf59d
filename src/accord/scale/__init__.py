"""Coding beyond one machine: an Apache Spark job (`accord spark-ingest`, docs/spark.md).

Nothing here imports pyspark at import time, so accord installs and imports without it.
"""

from accord.scale.spark import SparkSummary, WorkerStat, open_events, open_output, spark_ingest

__all__ = ["SparkSummary", "WorkerStat", "open_events", "open_output", "spark_ingest"]
