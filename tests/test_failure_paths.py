"""A full disk, a read-only disk, a wrong --db path: clear errors, and nothing committed
is lost. The disk cases mount a small tmpfs (root only; skipped elsewhere)."""

import json
import subprocess
import sys
import uuid

import pytest

from accord.batch import ingest
from accord.errors import ExportError, StoreError
from accord.export import write
from accord.store import Store


def _mount(path, options):
    path.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def _umount(path):
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    _mount(disk, "size=1m")
    yield disk
    _umount(disk)


def _corpus(path, n):
    with path.open("w") as f:
        for i in range(n):
            # hex does not compress; the function words keep it English enough to store
            noise = " ".join(f"the {uuid.uuid4().hex} of the" for _ in range(60))
            text = (f"Chile condemned Peru over incident {i} on Monday. Reference {noise}.")
            f.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")


@pytest.mark.slow
def test_full_disk_stops_with_advice_and_keeps_committed_batches(tmp_path, small_disk, coder):
    src = tmp_path / "in.jsonl"
    _corpus(src, 300)
    db = small_disk / "a.duckdb"
    with pytest.raises(StoreError, match="the disk is full") as err, Store(db) as store:
        ingest([src], store, coder, batch_size=20)
    assert "run the same command again" in str(err.value)
    # what was committed is there and consistent
    with Store(db, read_only=True) as store:
        n = store.counts()["articles"]
        per_doc = dict(store.con.execute(
            "SELECT doc_id, count(*) FROM events GROUP BY doc_id").fetchall())
        for id_, n_events in store.con.execute("SELECT id, n_events FROM articles").fetchall():
            assert per_doc.get(id_, 0) == n_events
    assert 0 < n < 300
    # with space again, the same command finishes the job
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    with Store(db) as store:
        summary = ingest([src], store, coder, batch_size=20)
        assert summary.duplicates == n and store.counts()["articles"] == 300


def test_full_disk_during_export_leaves_no_partial_file(small_disk, coder, tmp_path):
    rows = [{"event_id": str(i), "sentence": "x" * 2000} for i in range(3000)]
    out = small_disk / "events.jsonl"
    with pytest.raises(ExportError, match="disk is full"):
        write(iter(rows), "jsonl", out)
    assert list(small_disk.iterdir()) == []


def test_read_only_disk_refuses_ingest_clearly_but_serves_queries(tmp_path, coder):
    disk = tmp_path / "ro"
    _mount(disk, "size=8m")
    try:
        src = tmp_path / "in.jsonl"
        _corpus(src, 3)
        with Store(disk / "a.duckdb") as store:
            ingest([src], store, coder)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(StoreError, match="read-only") as err:
            Store(disk / "a.duckdb")
        assert "--db" in str(err.value)
        with Store(disk / "a.duckdb", read_only=True) as store:
            assert store.counts()["articles"] == 3
    finally:
        _umount(disk)


@pytest.mark.parametrize("make,needle", [
    (lambda p: p.write_text("not a database"), "not a DuckDB database"),
    (lambda p: p.mkdir(), "the path is a folder"),
    (lambda p: None, "its folder does not exist"),
])
def test_wrong_db_paths_say_what_is_wrong(tmp_path, make, needle):
    db = tmp_path / "x.duckdb"
    make(db)
    if needle == "its folder does not exist":
        db = tmp_path / "missing" / "x.duckdb"
    with pytest.raises(StoreError, match=needle):
        Store(db)


def test_cli_reports_a_wrong_db_without_a_traceback(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_text("not a database")
    done = subprocess.run([sys.executable, "-m", "accord", "events", "--db", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "not a DuckDB database" in done.stderr and "Traceback" not in done.stderr
