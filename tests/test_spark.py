"""The Spark job in local[2]: coding runs inside executor processes, one pipeline per
process, and gives exactly the events the single-process coder gives on the same input."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import accord
from accord.ingest import read_inputs
from accord.pipeline import Coder
from accord.records import OUTPUT_FIELDS, Article
from accord.store.db import content_hash

pytestmark = pytest.mark.slow
pytest.importorskip("pyspark", reason="PySpark is not installed (pip install 'accord[spark]')")
if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
    pytest.skip("no Java for Spark (needs Java 17+ on PATH or JAVA_HOME)",
                allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from accord.scale import spark as job  # noqa: E402

SAMPLE = Path(accord.__file__).parent / "data" / "sample" / "us-government-news.jsonl"
BROKEN = '{"id": "broken-line", "text": "a line cut off'


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """One local[2] session for the module: starting the JVM is the slow part."""
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors run this venv's Python
    session = (SparkSession.builder.master("local[2]").appName("accord-test")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.python.worker.reuse", "true")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus plus a broken line (32), a repeated article (33) and the text of
    another under a new id (34)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    renamed = {**json.loads(lines[4]), "id": "renamed-copy"}
    path = tmp_path_factory.mktemp("spark-in") / "corpus.jsonl"
    path.write_text("\n".join([*lines, BROKEN, lines[2], json.dumps(renamed)]) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(spark: SparkSession, corpus: Path, tmp_path_factory: pytest.TempPathFactory
        ) -> tuple[job.SparkSummary, Path]:
    out = tmp_path_factory.mktemp("spark-out") / "coded"
    return job.spark_ingest(spark, str(corpus), str(out), partitions=4), out


def local_articles(path: Path) -> list[Article]:
    """What local ingest codes from `path`: its reader, then batch.py's dedup by id and text."""
    seen: set[str] = set()
    fresh = []
    for item in read_inputs([str(path)]):
        if isinstance(item, Article):
            keys = {item.id, content_hash(item.text)}
            if not keys & seen:
                seen |= keys
                fresh.append(item)
    return fresh


def as_tuples(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows as comparable tuples of every output field; dates as ISO text, as to_row has."""
    out = []
    for r in rows:
        out.append(tuple(v.isoformat() if hasattr(v, "isoformat") else v
                         for v in (r[f] for f in OUTPUT_FIELDS)))
    return sorted(out, key=repr)


def events_of(con: Any, sql: str = "SELECT * FROM events") -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_coding_runs_in_executor_processes(run: tuple[job.SparkSummary, Path]) -> None:
    summary, _ = run
    assert summary.partitions >= 2  # at least two partitions were coded
    assert summary.articles == 31 and sum(w.articles for w in summary.workers) == 31
    # every partition was coded by a Python worker, not by this (the driver's) process
    assert all(w.pid != os.getpid() for w in summary.workers)
    # and this process never built the job's coder: nothing came back here to be coded
    assert job._CODERS == {}
    # one pipeline per worker process, loaded once however many partitions it coded
    assert summary.coder_loads == len(summary.processes)
    for pid in {w.pid for w in summary.workers}:
        assert len({w.coder for w in summary.workers if w.pid == pid}) == 1


def test_same_events_as_the_single_process_coder(run: tuple[job.SparkSummary, Path],
                                                 corpus: Path, coder: Coder) -> None:
    summary, out = run
    expected = [e.to_row() for c in coder.code_articles(local_articles(corpus))
                for e in c.events]
    got = events_of(job.open_output(out))
    assert len(got) == summary.events == len(expected) > 100
    assert as_tuples(got) == as_tuples(expected)


def test_rejects_and_repeats_as_local_ingest(run: tuple[job.SparkSummary, Path],
                                             corpus: Path) -> None:
    summary, out = run
    assert summary.rejected == 1 and summary.duplicates == 2
    con = job.open_output(out)
    (source, reason, detail), = con.execute("SELECT * FROM rejects").fetchall()
    assert source == f"{corpus}:32" and reason == "bad_json" and detail
    # the articles coded are those local ingest codes, named by the same path:line
    stored = dict(con.execute("SELECT id, source FROM articles").fetchall())
    assert stored == {a.id: a.source for a in local_articles(corpus)}
    assert "renamed-copy" not in stored


def test_duckdb_reads_the_partitioned_output(run: tuple[job.SparkSummary, Path]) -> None:
    summary, out = run
    folders = [p.name for p in (out / "events").iterdir() if p.is_dir()]
    assert len(folders) > 10 and all(f.startswith("published_date=") for f in folders)
    con = job.open_output(out)
    mismatched = con.execute(
        "SELECT count(*) FROM events WHERE published_date "
        "<> coalesce(CAST(published AS VARCHAR), 'unknown')").fetchone()
    assert mismatched == (0,)
    (n_events,) = con.execute("SELECT sum(n_events) FROM articles").fetchone() or (None,)
    assert n_events == summary.events
    ((usa,),) = job.open_events(out).filter("source_country = 'USA'").count("*").fetchall()
    assert 0 < usa < summary.events


def test_parquet_input_is_read_as_jsonl_is(spark: SparkSession, coder: Coder,
                                           tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    keys = ("id", "url", "title", "outlet", "published", "text")
    objs = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[5:10]]
    rows = [{k: o.get(k) for k in keys} for o in objs] + [{"id": "no-text", "text": None}]
    for r in rows:  # a real date column, as Parquet writers produce
        r["published"] = dt.date.fromisoformat(r["published"]) if r.get("published") else None
    table = pa.Table.from_pylist(rows, schema=pa.schema(
        [(k, pa.date32() if k == "published" else pa.string()) for k in keys]))
    pq.write_table(table, tmp_path / "articles.parquet")
    (tmp_path / "same.jsonl").write_text("\n".join(json.dumps(o) for o in objs) + "\n",
                                         encoding="utf-8")

    summary = job.spark_ingest(spark, str(tmp_path / "articles.parquet"),
                               str(tmp_path / "out"), partitions=2)
    assert summary.articles == 5 and summary.partitions == 2 and summary.rejected == 1
    con = job.open_output(tmp_path / "out")
    expected = [e.to_row() for c in coder.code_articles(local_articles(tmp_path / "same.jsonl"))
                for e in c.events]
    assert as_tuples(events_of(con)) == as_tuples(expected)
    assert con.execute("SELECT source, reason FROM rejects").fetchall() == [
        (f"{tmp_path / 'articles.parquet'}:6", "bad_field")]


def test_cli_command(spark: SparkSession, corpus: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    import accord.cli.spark  # noqa: F401 (registers spark-ingest)
    from accord.cli.base import cli
    from accord.errors import StoreError

    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(corpus.read_text(encoding="utf-8").splitlines()[:3]) + "\n",
                     encoding="utf-8")
    args = ["spark-ingest", str(small), str(tmp_path / "out"), "--partitions", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "coded 3 articles" in result.stderr and "rejected 0 inputs" in result.stderr
    assert spark.sparkContext._jsc is not None  # the test's session was reused, not stopped
    again = CliRunner().invoke(cli, args)
    assert isinstance(again.exception, StoreError) and "already exists" in str(again.exception)


def test_lines_keep_their_numbers_across_splits(spark: SparkSession, corpus: Path,
                                                tmp_path: Path) -> None:
    """A file Spark reads in several splits, in a folder of two: every line is still named
    path:line exactly as local ingest names it (no coding here, only the reader)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus, folder / "a.jsonl")
    shutil.copy(corpus, folder / "b.jsonl")
    spark.conf.set("spark.sql.files.maxPartitionBytes", "16k")
    try:
        parsed = job.parse_input(spark, str(folder), "jsonl")
        assert parsed.rdd.getNumPartitions() > 2
        got = sorted((r.source, r.ok, r.id) for r in parsed.collect())
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
    want = sorted((i.source, isinstance(i, Article), getattr(i, "id", None))
                  for i in read_inputs([str(folder)]))
    assert got == want and len(got) == 2 * 34


def test_an_article_over_the_time_limit_is_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The executor side of the time limit: coding that stopped early is flagged (the job
    then writes it to rejects as `time_limit`, as local ingest does), never kept as is."""
    import datetime as dt
    from types import SimpleNamespace

    from pyspark.sql import Row

    class Stopped:
        version = "test"

        def code_articles(self, articles: Any) -> Iterator[Any]:
            for a in articles:
                yield SimpleNamespace(article=a, events=[], sentences=9,
                                      limit_hit="coding stopped at sentence 3 of 9")

    monkeypatch.setitem(job._CODERS, "stopped", (Stopped(), "1:1", 0.0))
    row = Row(file="file:/in.jsonl", line=7, source="/in.jsonl:7", id="a", text="Text.",
              title=None, url=None, outlet=None, published=dt.date(2024, 5, 1))
    (out,) = job._code_partition("stopped", 0, [row])
    names = job._coded_schema().fieldNames()
    got = dict(zip(names, out, strict=True))
    assert got["_limit_hit"] == "coding stopped at sentence 3 of 9"
    assert (got["_file"], got["_line"], got["source"]) == ("file:/in.jsonl", 7, "/in.jsonl:7")
    assert got["published_date"] == "2024-05-01" and got["_partition"] == 0
