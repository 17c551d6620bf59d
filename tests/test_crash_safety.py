"""Crash safety: kill -9 in the middle of an ingest keeps every committed batch, leaves a
consistent database, and a re-run ends equal to a clean run."""

import json
import os
import random
import signal
import subprocess
import sys
import time

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


def has_articles_table(db):
    """False when the kill came before the schema was written (the file may already exist:
    DuckDB creates it on connect, and each migration commits on its own)."""
    if not db.exists():
        return False
    con = duckdb.connect(str(db), read_only=True)
    try:
        return bool(con.execute("SELECT count(*) FROM duckdb_tables() "
                                "WHERE table_name = 'articles'").fetchone()[0])
    finally:
        con.close()


def test_a_database_killed_before_its_schema_was_written_opens_and_ingests(tmp_path, clean,
                                                                            coder):
    """Regression: a kill between DuckDB creating the file and the first migrations leaves a
    file with no tables (or some); opening it again finishes the schema and ingests."""
    from accord.batch import ingest

    src, want = clean
    db = tmp_path / "early.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE migrations (name VARCHAR PRIMARY KEY, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.close()
    assert not has_articles_table(db)
    with Store(db) as store:
        ingest([src], store, coder, batch_size=2)
    consistent(db)
    assert snapshot(db)[:2] == want[:2]


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


# --------------------------------------------------------------- twenty random kill points
KILLS = int(os.environ.get("ACCORD_KILL_POINTS", "20"))


def _forked_ingest(src, db, coder):
    """Run an ingest in a forked child (the parsed model is shared, so it starts at once);
    the child reports each commit's running article count on a pipe."""
    from accord.batch import ingest

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        os.close(r)
        try:
            done = 0
            with Store(db) as store:
                def progress(n, _events):
                    nonlocal done
                    done = store.counts()["articles"]
                    os.write(w, f"{done}\n".encode())
                ingest([src], store, coder, batch_size=2, progress=progress)
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def _reported(fd):
    data = b""
    while chunk := os.read(fd, 4096):
        data += chunk
    os.close(fd)
    counts = [int(x) for x in data.split()]
    return counts[-1] if counts else 0


def test_twenty_random_kill_points_keep_committed_batches_and_rerun_equals_clean(
        tmp_path, clean, coder):
    from accord.batch import ingest

    src, want = clean
    pid, fd = _forked_ingest(src, tmp_path / "timing.duckdb", coder)
    start = time.monotonic()
    os.waitpid(pid, 0)
    full = time.monotonic() - start
    assert _reported(fd) == len(want[0])
    rnd = random.Random(int(os.environ.get("ACCORD_KILL_SEED", "2026")))
    committed_at_kill = []
    for k in range(KILLS):
        db = tmp_path / f"kill{k}.duckdb"
        pid, fd = _forked_ingest(src, db, coder)
        time.sleep(rnd.uniform(0, full))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reported = _reported(fd)
        committed_at_kill.append(reported)
        if has_articles_table(db):
            arts, _, _, _ = snapshot(db)
            assert len(arts) >= reported, f"kill {k}: a committed batch was lost"
            consistent(db)
        with Store(db) as store:  # the re-run
            ingest([src], store, coder, batch_size=2)
        consistent(db)
        assert snapshot(db)[:2] == want[:2], f"kill {k}: the re-run differs from a clean run"
    # the kills landed all over the run, not only before or after it
    assert len(set(committed_at_kill)) >= 4, committed_at_kill


def test_kill_mid_export_leaves_no_truncated_file(tmp_path, clean, coder):
    """An export writes beside its target and renames: after kill -9 at any point, the
    target is absent or complete."""
    from accord.batch import ingest
    from accord.export import write

    src, _ = clean
    db = tmp_path / "e.duckdb"
    with Store(db) as store:
        ingest([src], store, coder)
        # enough rows that the export takes a while: copies of the events under new ids
        store.con.execute("INSERT INTO events SELECT e.* REPLACE (e.event_id || '-' || r.i "
                          "AS event_id) FROM events e, range(400) r(i)")
        total = store.counts()["events"]
    start = time.monotonic()
    write(Store(db, read_only=True).events(), "csv", tmp_path / "timing.csv")
    full = time.monotonic() - start
    rnd = random.Random(11)
    for k in range(6):
        out = tmp_path / f"out{k}.csv"
        pid = os.fork()
        if pid == 0:
            try:
                with Store(db, read_only=True) as store:
                    write(store.events(), "csv", out)
            finally:
                os._exit(0)
        time.sleep(rnd.uniform(0, full))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if out.exists():
            with out.open() as f:
                assert sum(1 for _ in f) == total + 1, f"kill {k}: a truncated export"
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        for p in leftovers:  # a killed writer cannot clean up; its part file is hidden
            assert p.name.startswith(".")
            p.unlink()


# --------------------------------------------------------------------------- concurrency
def _free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_ingests_and_a_server_on_one_database_lose_nothing(tmp_path):
    """Two `accord ingest` at once: the second waits for the first. `accord serve` started
    during an ingest waits for it, then owns the file, and a third ingest posts through it.
    Every article of the three inputs ends up stored once."""
    import httpx

    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    corpus(a, n=16, seed=1)
    corpus(b, n=16, seed=2)
    with c.open("w") as f:
        f.write(json.dumps({"id": "c1", "text": "Chile condemned Peru on Monday."}) + "\n")
    for path, prefix in ((a, "a"), (b, "b")):  # distinct ids per input
        path.write_text(path.read_text().replace('"id": "a', f'"id": "{prefix}'))
    db = tmp_path / "shared.duckdb"
    env = dict(os.environ, PYTHONUNBUFFERED="1", ACCORD_TOKEN="secret-token")
    first = subprocess.Popen(ingest_cmd(a, db), stderr=subprocess.PIPE, text=True, env=env)
    assert first.stderr is not None
    for line in first.stderr:  # the first writer holds the file from here on
        if line.startswith("committed batch"):
            break
    second = subprocess.Popen(ingest_cmd(b, db), stderr=subprocess.PIPE, text=True, env=env)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "accord", "serve", "--db", str(db),
                               "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        assert first.wait(timeout=300) == 0
        out2 = second.communicate(timeout=300)[1]
        assert second.returncode == 0, out2
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        third = subprocess.run(ingest_cmd(c, db), capture_output=True, text=True, env=env,
                               timeout=120)
        assert third.returncode == 0 and "through the server" in third.stderr, third.stderr
        health = httpx.get(url + "/health").json()
        assert health["articles"] == 33
    finally:
        server.terminate()
        server.wait(timeout=30)
    consistent(db)
    arts, _, _, _ = snapshot(db)
    assert sorted(i for i, _ in arts) == sorted(
        [f"a{i:03d}" for i in range(16)] + [f"b{i:03d}" for i in range(16)] + ["c1"])
