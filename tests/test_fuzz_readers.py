"""A mutation fuzzer for the ingest readers, run for a bounded time.

Seeds are real inputs (the bundled sample, HTML, JSON Lines, legacy encodings); each round
mutates one (flip, drop, repeat or splice bytes, insert a hostile byte sequence) and feeds it
to every reader. The readers must never raise and must answer only with articles or typed
rejections. `ACCORD_FUZZ_SECONDS` sets the budget (5 s by default; .ci/run gives it 60),
`ACCORD_FUZZ_SEED` replays a run; a failure prints the seed and the input that broke it.
"""

import codecs
import json
import os
import random
import time

from tests.conftest import ROOT

from accord.ingest.readers import REJECT_REASONS, read_bytes
from accord.limits import Limits
from accord.records import Article, Rejection

SAMPLE = ROOT / "src" / "accord" / "data" / "sample" / "us-government-news.jsonl"
HOSTILE = [b"\x00", b"\xff\xfe", b"\xfe\xff", codecs.BOM_UTF8, b"\xe2\x80\xa8", b"\r",
           b"\n", b'"', b"\\", b"{", b"<", b"<script>", b"</p>", b"<![CDATA[", b"&#0;",
           b"\xed\xa0\x80", b"\xc0\xaf", "\u202e".encode(), "\u200b".encode(), b"%s%n",
           b"\x1b[2J", "Ω≈ç√".encode(), b"9" * 400, b"[" * 2000]
LIMITS = Limits(max_chars=20_000, max_file_bytes=200_000, max_line_bytes=50_000)


def _seeds() -> list[tuple[bytes, str]]:
    lines = SAMPLE.read_bytes().split(b"\n")[:4]
    text = json.loads(lines[0])["text"]
    return [
        (b"\n".join(lines), "jsonl"),
        (text.encode(), "text"),
        (text.encode("utf-16"), "text"),
        (text.replace("’", "'").encode("cp1252", errors="replace"), "text"),
        (f"<html><head><title>T</title></head><body><article><p>{text}</p></article>"
         "</body></html>".encode(), "html"),
        (json.dumps({"id": 1, "text": text, "published": "2024-01-02"}).encode(), "jsonl"),
    ]


def _mutate(data: bytes, rnd: random.Random, seeds: list[tuple[bytes, str]]) -> bytes:
    for _ in range(rnd.randint(1, 6)):
        if not data:
            data = rnd.choice(HOSTILE)
        i = rnd.randrange(len(data))
        op = rnd.randrange(6)
        if op == 0:  # flip bits
            data = data[:i] + bytes([data[i] ^ (1 << rnd.randrange(8))]) + data[i + 1:]
        elif op == 1:  # drop a run
            data = data[:i] + data[i + rnd.randint(1, 200):]
        elif op == 2:  # repeat a run
            run = data[i:i + rnd.randint(1, 50)]
            data = data[:i] + run * rnd.randint(2, 40) + data[i:]
        elif op == 3:  # insert a hostile sequence
            data = data[:i] + rnd.choice(HOSTILE) + data[i:]
        elif op == 4:  # splice in part of another seed
            other = rnd.choice(seeds)[0]
            j = rnd.randrange(len(other))
            data = data[:i] + other[j:j + rnd.randint(1, 500)]
        else:  # truncate
            data = data[:i]
    return data[:300_000]


def test_readers_survive_a_bounded_mutation_fuzz():
    budget = float(os.environ.get("ACCORD_FUZZ_SECONDS", "5"))
    seed = int(os.environ.get("ACCORD_FUZZ_SEED", str(time.time_ns() % 2**32)))
    rnd = random.Random(seed)
    seeds = _seeds()
    deadline = time.monotonic() + budget
    rounds = 0
    while time.monotonic() < deadline:
        base, kind = rnd.choice(seeds)
        data = _mutate(base, rnd, seeds)
        for k in ("text", "html", "jsonl") if rounds % 4 == 0 else (kind,):
            try:
                items = list(read_bytes(data, "fuzz", k, None, LIMITS))
            except Exception as e:  # pragma: no cover - the failure report
                raise AssertionError(f"ACCORD_FUZZ_SEED={seed} round {rounds} kind {k}: "
                                     f"{type(e).__name__}: {e}; input {data[:300]!r}") from e
            for item in items:
                assert isinstance(item, Article | Rejection), (seed, rounds)
                if isinstance(item, Rejection):
                    assert item.reason in REJECT_REASONS, (seed, rounds, item)
                else:
                    assert item.text.strip() and len(item.text) <= LIMITS.max_chars
        rounds += 1
    assert rounds > 10, "the fuzzer hardly ran"
