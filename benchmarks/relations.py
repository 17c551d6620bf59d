"""Latency of the relations views over N generated events (issue target: < 300 ms each at
1 million events).

usage: python benchmarks/relations.py [--events 1000000] [--json]

Events are generated inside DuckDB (120 actors, all 7,140 pairs, 3 years of days, all
quad classes and statuses) in accord's schema; each view is timed three times, best kept.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from accord.analysis.relations import Query, alerts, country_profile, dyad_profile, network
from accord.store import Store


def generate(store: Store, n: int, in_published_order: bool = False) -> None:
    """N events over 120 actors and 3 years. By default each actor's and each day's events
    are spread evenly over the table (the worst layout for a query); `in_published_order`
    stores them as ingestion does, a day's news after the day before's."""
    order = "ORDER BY i % 1095, i" if in_published_order else ""
    store.con.execute(f"""
        INSERT INTO events (event_id, doc_id, sentence_index, sentence, source_code,
            source_country, target_code, target_country, cameo, cameo_root, quad_class,
            goldstein, status, background, event_date, date_precision, published, confidence,
            outlet)
        SELECT 'e' || i, 'd' || (i // 5), 0, 'sentence ' || i,
               'C' || lpad(CAST(i % 120 AS VARCHAR), 2, '0'),
               'C' || lpad(CAST(i % 120 AS VARCHAR), 2, '0'),
               'C' || lpad(CAST((i % 120 + 1 + (i // 120) % 119) % 120 AS VARCHAR), 2, '0'),
               'C' || lpad(CAST((i % 120 + 1 + (i // 120) % 119) % 120 AS VARCHAR), 2, '0'),
               ['040', '062', '111', '190'][1 + i % 4], ['04', '06', '11', '19'][1 + i % 4],
               1 + i % 4, [1.0, 6.4, -2.0, -10.0][1 + i % 4],
               ['occurred', 'occurred', 'occurred', 'intended', 'negated', 'hedged'][1 + i % 6],
               false, CAST(DATE '2023-01-01' + CAST(i % 1095 AS INTEGER) AS VARCHAR), 'day',
               DATE '2023-01-01' + CAST(i % 1095 AS INTEGER), 0.8, 'outlet' || (i % 50)
        FROM range({n}) t(i) {order}""")


def best(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(min(times) * 1000, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "bench.duckdb")
        t0 = time.perf_counter()
        generate(store, args.events)
        gen_s = time.perf_counter() - t0
        q = Query(store.con)
        result = {
            "events": args.events, "generate_s": round(gen_s, 1),
            "dyad_ms": best(lambda: dyad_profile(q, "C00", "C01")),
            "country_ms": best(lambda: country_profile(q, "C00")),
            "network_ms": best(lambda: network(q, min_events=1)),
            "alerts_ms": best(lambda: alerts(q, 7, 90)),
        }
        store.close()
    print(json.dumps(result) if args.json else "\n".join(f"{k:14} {v}"
                                                          for k, v in result.items()))


if __name__ == "__main__":
    main()
