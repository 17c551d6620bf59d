"""Latency of GET /api/events under concurrent clients over N stored events (issue target:
p95 < 100 ms at 1 million events and 20 clients on loopback).

usage: python -m benchmarks.api_latency [--events 1000000] [--clients 20] [--requests 25]
                                        [--cache-seconds S]

Events are generated in DuckDB (as benchmarks/relations.py does); the server runs in this
process on a free loopback port (uvicorn); each client thread sends its requests one after
another with varied filters (country, dyad, status, root). The server caches event pages
briefly (repeated requests are answered from memory): the output says how many requests
were answered by a query (`queried`); `--cache-seconds 0` sends every request to DuckDB.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from accord.server.app import create_app
from accord.store import Store
from benchmarks.relations import generate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=25)
    ap.add_argument("--cache-seconds", type=float, default=None,
                    help="the server's page cache (default: the server's default; 0: off)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "api.duckdb"
        with Store(db) as s:
            generate(s, args.events)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        app = create_app(db) if args.cache_seconds is None else create_app(
            db, cache_seconds=args.cache_seconds)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}/api/events"
        times: list[float] = []
        lock = threading.Lock()

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            with httpx.Client(timeout=30) as c:
                for _ in range(args.requests):
                    a, b = rnd.sample(range(120), 2)
                    params = rnd.choice([
                        {"country": f"C{a:02d}"},
                        {"a": f"C{a:02d}", "b": f"C{b:02d}"},
                        {"country": f"C{a:02d}", "status": "occurred"},
                        {"root": "19", "since": "2024-06"},
                    ])
                    params["limit"] = 50
                    t0 = time.perf_counter()
                    r = c.get(base, params=params)
                    took = time.perf_counter() - t0
                    assert r.status_code == 200, r.text
                    with lock:
                        times.append(took)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        server.should_exit = True
        app.state.store.close()
    times.sort()
    print(json.dumps({
        "events": args.events, "clients": args.clients, "requests": len(times),
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1),
        "max_ms": round(times[-1] * 1000, 1),
        "requests_per_s": round(len(times) / wall, 1),
        "queried": app.state.pages.misses if app.state.pages.seconds > 0 else len(times),
    }))


if __name__ == "__main__":
    main()
