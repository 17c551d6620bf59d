"""Whole-process throughput and memory: spaCy's floor, `accord extract`, `accord ingest`.

    python -m benchmarks.pipeline --articles 1000 --workers 2 [--modes floor,extract,ingest]
                                  [--corpus FILE] [--json OUT]

Builds (or reuses) a corpus of recombined real sentences (benchmarks/corpus.py), then runs,
one after the other on the same corpus and each as a fresh process *including model
loading*: (a) raw spaCy `nlp.pipe` with accord's model, components and process count (the
floor); (b) `accord extract` to /dev/null; (c) `accord ingest` into a new DuckDB file.
Reports articles/s, sentences/s, the ratio of (b) and (c) to (a), and peak memory of the
whole process tree (proportional set size, so pages the worker processes share with their
parent count once), as a table and as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import corpus as corpus_mod


def _children(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += parents.get(pid, [])
    return out


def _memory_kb(pid: int) -> int:
    """Proportional set size (falls back to resident size)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants until it ends."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = self.peak_main_kb = self.peak_children_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            mem = {p: _memory_kb(p) for p in _children(self.pid)}
            main = mem.get(self.pid, 0)
            self.peak_kb = max(self.peak_kb, sum(mem.values()))
            self.peak_main_kb = max(self.peak_main_kb, main)
            self.peak_children_kb = max(self.peak_children_kb, sum(mem.values()) - main)
            self.done.wait(self.every)


def run_mode(mode: str, corpus: Path, workers: int, model: str, tmp: Path) -> dict[str, object]:
    """One whole process; returns its wall time, peak tree memory and counts."""
    py = sys.executable
    db = tmp / f"bench-{time.time_ns()}.duckdb"
    cmd = {
        "floor": [py, "-m", "benchmarks.spacy_floor", str(corpus), "--workers", str(workers),
                  "--model", model],
        "extract": [py, "-m", "accord", "extract", str(corpus), "--workers", str(workers),
                    "--model", model, "--format", "jsonl"],
        "ingest": [py, "-m", "accord", "ingest", str(corpus), "--db", str(db),
                   "--workers", str(workers), "--model", model],
    }[mode]
    out = tempfile.TemporaryFile() if mode != "extract" else open(os.devnull, "wb")  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[1])
    mem = TreeMemory(proc.pid)
    mem.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    mem.done.set()
    mem.join()
    if proc.returncode:
        raise SystemExit(f"{mode} failed ({proc.returncode}): {err.decode()[-2000:]}")
    result: dict[str, object] = {"mode": mode, "seconds": round(seconds, 2),
                                 "peak_memory_mb": round(mem.peak_kb / 1024),
                                 "peak_main_process_mb": round(mem.peak_main_kb / 1024),
                                 "peak_worker_processes_mb": round(mem.peak_children_kb / 1024)}
    if mode == "floor":
        out.seek(0)
        result.update(json.loads(out.read()))
    if mode == "ingest":
        import duckdb
        con = duckdb.connect(str(db), read_only=True)
        result["stored_articles"] = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        result["stored_events"] = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.close()
        db.unlink()
    out.close()
    return result


def table(results: list[dict[str, object]], articles: int, sentences: int) -> str:
    floor = next((r for r in results if r["mode"] == "floor"), None)
    lines = ["| run (whole process, model loading included) | seconds | articles/s | "
             "sentences/s | of the floor | peak memory |", "|---|---|---|---|---|---|"]
    names = {"floor": "raw spaCy `nlp.pipe` (floor)", "extract": "`accord extract`",
             "ingest": "`accord ingest` (DuckDB)"}
    for r in results:
        s = float(r["seconds"])  # type: ignore[arg-type]
        ratio = (f"{float(floor['seconds']) / s:.2f}"  # type: ignore[arg-type]
                 if floor is not None and r is not floor else "1.00" if r is floor else "-")
        lines.append(f"| {names[str(r['mode'])]} | {s:.1f} | {articles / s:.1f} | "
                     f"{sentences / s:.0f} | {ratio} | {r['peak_memory_mb']} MB |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--model", default="sm")
    ap.add_argument("--modes", default="floor,extract,ingest")
    ap.add_argument("--corpus", type=Path, help="reuse this corpus (else built in a temp dir)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp_name:
        tmp = Path(tmp_name)
        path = args.corpus or tmp / "corpus.jsonl"
        if args.corpus is None or not path.exists():
            stats = corpus_mod.write(path, args.articles)
        else:
            stats = corpus_mod.stats(path)
        results = [run_mode(m, path, args.workers, args.model, tmp)
                   for m in args.modes.split(",")]
    floor = next((r for r in results if r["mode"] == "floor"), None)
    sentences = int(floor["sentences"]) if floor else stats.sentences  # type: ignore[call-overload]
    report = {"machine": f"{platform.machine()}, {os.cpu_count()} cores",
              "python": platform.python_version(), "workers": args.workers,
              "model": args.model, "corpus": stats.__dict__, "runs": results}
    print(table(results, stats.articles, sentences))
    print(json.dumps(report), file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
