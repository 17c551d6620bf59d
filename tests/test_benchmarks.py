"""The benchmark harness itself: the corpus is realistic and never repeats a sentence, and
the memory sampler sees child processes."""

import json
import subprocess
import sys
import time

from benchmarks import corpus
from benchmarks.pipeline import TreeMemory, _children, table


def test_corpus_articles_have_20_to_30_sentences_and_no_sentence_repeats(tmp_path):
    path = tmp_path / "c.jsonl"
    stats = corpus.write(path, 300, seed=3)
    assert stats.articles == 300 and stats.repeated_sentences == 0
    assert stats.unique_sentences == stats.sentences > 300 * 19
    arts = [json.loads(line) for line in path.read_text().splitlines()]
    assert len({a["id"] for a in arts}) == 300
    assert all(a["text"] and a["published"] for a in arts)
    # deterministic for a seed
    again = tmp_path / "d.jsonl"
    corpus.write(again, 300, seed=3)
    assert again.read_bytes() == path.read_bytes()


def test_memory_sampler_counts_the_children_of_a_process():
    code = ("import subprocess, sys, time; p = subprocess.Popen([sys.executable, '-c', "
            "'x = bytearray(150_000_000); import time; time.sleep(1.5)']); p.wait()")
    proc = subprocess.Popen([sys.executable, "-c", code])
    mem = TreeMemory(proc.pid, every=0.1)
    mem.start()
    time.sleep(0.8)
    assert len(_children(proc.pid)) >= 2
    proc.wait()
    mem.done.set()
    mem.join()
    assert mem.peak_kb > 140_000  # the child's 150 MB counted under the parent


def test_table_reports_ratios_to_the_floor():
    runs = [{"mode": "floor", "seconds": 10.0, "peak_memory_mb": 800},
            {"mode": "extract", "seconds": 12.5, "peak_memory_mb": 900}]
    out = table(runs, 100, 2500)
    assert "| 0.80 |" in out and "| 10.0 | 10.0 | 250 | 1.00 |" in out


def test_api_latency_benchmark_runs_the_server_and_reports_each_round(tmp_path):
    """A small run of the latency benchmark: the real server, its index built, both
    clients; figures that are measured, not made up (every request is answered)."""
    out = tmp_path / "lat.json"
    for client in ("raw", "httpx"):
        subprocess.run([sys.executable, "-m", "benchmarks.api_latency", "--events", "3000",
                        "--clients", "3", "--requests", "6", "--rounds", "2",
                        "--client", client, "--json", str(out)], check=True, timeout=300,
                       capture_output=True)
        rounds = json.loads(out.read_text())
        assert len(rounds) == 2 and all(r["requests"] == 18 for r in rounds)
        assert all(r["event_index"] == "ready" and r["client"] == client for r in rounds)
        assert all(0 < r["p50_ms"] <= r["p95_ms"] <= r["max_ms"] for r in rounds)
        assert rounds[0]["queried"] > 0
