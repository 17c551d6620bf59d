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
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

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


async def run_clients(base: str, clients: int, requests: int, round_: int = 0,
                      kind: str = "raw") -> tuple[list[float], float]:
    times: list[float] = []

    async def client(seed: int) -> None:
        rnd = random.Random(round_ * 1000 + seed)  # each round asks other pages
        if kind == "httpx":
            async with httpx.AsyncClient(timeout=60) as c:
                for _ in range(requests):
                    t0 = time.perf_counter()
                    r = await c.get(base + "/api/events", params=params_for(rnd))
                    times.append(time.perf_counter() - t0)
                    if r.status_code != 200:
                        raise RuntimeError(r.text)
            return
        host, port = base.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            for _ in range(requests):
                path = "/api/events?" + urlencode(params_for(rnd))
                t0 = time.perf_counter()
                status, body = await raw_get(reader, writer, host, path)
                times.append(time.perf_counter() - t0)
                if status != 200:
                    raise RuntimeError(body.decode(errors="replace"))
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    return times, time.perf_counter() - t0


async def raw_get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str,
                  path: str) -> tuple[int, bytes]:
    """One GET on a kept-alive HTTP/1.1 connection, with as little client work as a load
    tool written in C would do: on a small machine the clients share the server's cores,
    and httpx spends about 2.5 ms of CPU per request."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    found = re.search(rb"(?im)^content-length: *(\d+)", head)
    if found is None:
        raise RuntimeError("the server sent no Content-Length")
    return status, await reader.readexactly(int(found.group(1)))


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) // 1024 if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, port: int, cache_seconds: float | None, event_index: bool = True
          ) -> subprocess.Popen[bytes]:
    """`accord serve` on DB, answering, with its event index built (when on)."""
    cmd = [sys.executable, "-m", "accord", "serve", "--db", str(db), "--port", str(port)]
    if cache_seconds is not None:
        cmd += ["--cache-seconds", str(cache_seconds)]
    if not event_index:
        cmd.append("--no-event-index")
    proc = subprocess.Popen(cmd, env={**os.environ, "ACCORD_TOKEN": ""},
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
            if health.status_code == 200 and health.json().get(
                    "event_index", {}).get("state") != "building":
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
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="raw: a minimal keep-alive HTTP/1.1 client (default); httpx: the "
                         "httpx library, which costs the shared cores more per request")
    ap.add_argument("--no-event-index", action="store_true",
                    help="serve pages from DuckDB queries, not the in-memory event index")
    ap.add_argument("--db", help="serve a copy of this database instead of generating one")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "api.duckdb"
        if args.db:  # a copy: the server's writes (none here) never touch the original
            shutil.copyfile(args.db, db)
        else:
            with Store(db) as s:
                generate(s, args.events, in_published_order=args.layout == "published")
        port = free_port()
        proc = serve(db, port, args.cache_seconds, not args.no_event_index)
        base = f"http://127.0.0.1:{port}"
        try:
            for round_ in range(args.rounds):
                health = httpx.get(base + "/health").json()
                before, index = health.get("page_cache", {}), health.get("event_index", {})
                cpu0, mine0 = cpu_seconds(proc.pid), time.process_time()
                times, wall = asyncio.run(run_clients(base, args.clients, args.requests,
                                                     round_, args.client))
                cpu1, mine1 = cpu_seconds(proc.pid), time.process_time()
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
                    "client": args.client,
                    "server_cpu_ms_per_request": round((cpu1 - cpu0) / len(times) * 1000, 2),
                    "client_cpu_ms_per_request": round((mine1 - mine0) / len(times) * 1000,
                                                       2),
                    "event_index": index.get("state"),
                    "index_build_s": index.get("build_seconds"),
                    "index_mb": round(index.get("bytes", 0) / 1e6),
                    "server_rss_mb": rss_mb(proc.pid),
                })
                print(json.dumps(results[-1]), flush=True)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
