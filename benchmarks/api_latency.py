"""Latency of GET /api/events under concurrent clients over N stored events (issue target:
p95 < 100 ms at 1 million events and 20 clients on loopback).

usage: python -m benchmarks.api_latency [--events 1000000] [--clients 20] [--requests 25]
                                        [--cache-seconds S] [--json F]

Events are generated in DuckDB (as benchmarks/relations.py does), stored in publication
order as ingestion stores news (`--layout scattered` spreads each day's events over the
whole table instead, the worst case for a query). The server is the real
`accord serve`, started as its own process on a free loopback port, as users run it; the
clients are asyncio tasks in this process, each with its own keep-alive connection, sending
requests one after another with varied filters (country, dyad, status, root). The server
caches event pages briefly (repeats are answered from memory): the output says how many
requests needed a query (`queried`); `--cache-seconds 0` sends every request to DuckDB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from accord.store import Store
from benchmarks.relations import generate

FILTERS = ("country", "dyad", "country+status", "root+since")


def params_for(rnd: random.Random) -> dict[str, str | int]:
    a, b = rnd.sample(range(120), 2)
    kind = rnd.choice(FILTERS)
    params: dict[str, str | int] = {
        "country": {"country": f"C{a:02d}"},
        "dyad": {"a": f"C{a:02d}", "b": f"C{b:02d}"},
        "country+status": {"country": f"C{a:02d}", "status": "occurred"},
        "root+since": {"root": "19", "since": "2024-06"},
    }[kind]
    return {**params, "limit": 50}


async def run_clients(base: str, clients: int, requests: int, round_: int = 0
                      ) -> tuple[list[float], float]:
    times: list[float] = []

    async def client(seed: int) -> None:
        rnd = random.Random(round_ * 1000 + seed)  # each round asks other pages
        async with httpx.AsyncClient(timeout=60) as c:
            for _ in range(requests):
                t0 = time.perf_counter()
                r = await c.get(base + "/api/events", params=params_for(rnd))
                times.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    raise RuntimeError(r.text)

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return times, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, port: int, cache_seconds: float | None) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "accord", "serve", "--db", str(db), "--port", str(port)]
    if cache_seconds is not None:
        cmd += ["--cache-seconds", str(cache_seconds)]
    proc = subprocess.Popen(cmd, env={**os.environ, "ACCORD_TOKEN": ""},
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("accord serve did not answer within 120 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=1, help="repeat the load, report each")
    ap.add_argument("--cache-seconds", type=float, default=None,
                    help="the server's page cache (default: the server's default; 0: off)")
    ap.add_argument("--layout", choices=("published", "scattered"), default="published",
                    help="events stored in publication order, as ingestion stores news "
                         "(default), or each day's spread over the whole table")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "api.duckdb"
        with Store(db) as s:
            generate(s, args.events, in_published_order=args.layout == "published")
        port = free_port()
        proc = serve(db, port, args.cache_seconds)
        base = f"http://127.0.0.1:{port}"
        try:
            for round_ in range(args.rounds):
                before = httpx.get(base + "/health").json().get("page_cache", {})
                times, wall = asyncio.run(run_clients(base, args.clients, args.requests,
                                                     round_))
                after = httpx.get(base + "/health").json().get("page_cache", {})
                times.sort()
                results.append({
                    "events": args.events, "layout": args.layout, "clients": args.clients,
                    "requests": len(times),
                    "p50_ms": round(statistics.median(times) * 1000, 1),
                    "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1),
                    "max_ms": round(times[-1] * 1000, 1),
                    "requests_per_s": round(len(times) / wall, 1),
                    "queried": after.get("misses", 0) - before.get("misses", 0),
                })
                print(json.dumps(results[-1]), flush=True)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
