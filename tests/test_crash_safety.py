"""Crash safety: kill -9 in the middle of an ingest keeps every committed batch, leaves a
consistent database, and a re-run ends equal to a clean run."""

import json
import os
import random
import signal
import subprocess
import sys

import duckdb
import pytest

from accord.store import Store

pytestmark = pytest.mark.slow

COUNTRIES = ["Chile", "Peru", "Ghana", "Togo", "Kenya", "Uganda", "Japan", "India", "Brazil",
             "Mexico", "Poland", "Latvia", "Egypt", "Jordan", "Norway", "Spain"]
VERBS = ["condemned", "praised", "met", "imposed sanctions on", "sent aid to", "threatened",
         "signed a trade agreement with", "accused", "hosted"]


def corpus(path, n=24, seed=7):
    rnd = random.Random(seed)
    with open(path, "w") as f:
        for i in range(n):
            a, b = rnd.sample(COUNTRIES, 2)
            text = " ".join(f"{rnd.choice(COUNTRIES)} {rnd.choice(VERBS)} "
                            f"{rnd.choice(COUNTRIES)} on Monday." for _ in range(6))
            f.write(json.dumps({"id": f"a{i:03d}", "text": f"{a} {rnd.choice(VERBS)} {b}. "
                                + text, "published": "2024-03-0" + str(1 + i % 9)}) + "\n")


def ingest_cmd(src, db):
    return [sys.executable, "-m", "accord", "ingest", str(src), "--db", str(db),
            "--batch-size", "2", "--verbose"]


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    arts = con.execute("SELECT id, n_events FROM articles ORDER BY id").fetchall()
    events = con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()
    per_doc = dict(con.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id").fetchall())
    orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN "
                          "(SELECT id FROM articles)").fetchone()[0]
    con.close()
    return arts, events, per_doc, orphans


def consistent(db):
    arts, _, per_doc, orphans = snapshot(db)
    assert orphans == 0, "events without their article"
    for id_, n in arts:
        assert per_doc.get(id_, 0) == n, f"article {id_} lost events"


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    d = tmp_path_factory.mktemp("crash")
    src = d / "in.jsonl"
    corpus(src)
    db = d / "clean.duckdb"
    subprocess.run(ingest_cmd(src, db), check=True, capture_output=True, timeout=300)
    return src, snapshot(db)


@pytest.mark.parametrize("kill_after", [1, 4, 9])
def test_kill_mid_ingest_keeps_committed_batches(tmp_path, clean, kill_after):
    src, want = clean
    db = tmp_path / "k.duckdb"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(ingest_cmd(src, db), stderr=subprocess.PIPE, text=True, env=env)
    committed = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("committed batch"):
            committed += 1
            if committed == kill_after:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    arts, _, _, _ = snapshot(db)
    assert len(arts) >= 2 * kill_after, "a committed batch was lost"
    consistent(db)
    subprocess.run(ingest_cmd(src, db), check=True, capture_output=True, timeout=300)
    consistent(db)
    assert snapshot(db)[:2] == want[:2], "the re-run differs from a clean run"


def test_second_writer_waits_then_says_who_holds_the_file(tmp_path):
    from accord.errors import StoreError
    db = tmp_path / "w.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, time, sys; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
        "time.sleep(30)"), str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="Another accord process"):
            Store(db, wait=0.5)
    finally:
        holder.kill()
        holder.wait()
    Store(db, wait=5).close()  # free again
