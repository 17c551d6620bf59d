"""A benchmark corpus of N realistic articles, recombined from real sentences.

    python -m benchmarks.corpus --articles 1000 --out corpus.jsonl [--seed 1]

Sentences come from the bundled sample (U.S. Government news, public domain) and the seed
story. Each article takes 20–30 of them from different source articles; in each, the state
names, weekdays and numbers are replaced consistently (Iran -> Peru throughout one article),
so that no sentence repeats across the corpus while the prose stays real news prose. A
sentence with nothing to vary is used once only. The builder reports how many sentences
repeat (0 unless the corpus outgrows the variations: that count is reported, never hidden).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "accord" / "data" / "sample" / "us-government-news.jsonl"
SEED = ROOT / "tests" / "fixtures" / "seed.txt"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    sentences: int
    unique_sentences: int
    repeated_sentences: int
    templates: int


def _countries() -> list[tuple[str, str]]:
    """(name, adjective) of states with one-word names, from accord's own data."""
    from accord.actors.kb import default_kb

    return sorted((c.name, c.adjectives[0]) for c in default_kb().countries.values()
                  if c.kind == "state" and c.name.isalpha() and c.adjectives
                  and c.adjectives[0].isalpha())


def _templates() -> list[tuple[int, str]]:
    """(source article, sentence) for every sentence of the sample and the seed story."""
    texts = [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8")
             .splitlines() if line.strip()]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    out = []
    for doc, text in enumerate(texts):
        for para in text.split("\n"):
            for s in _SENT.split(para.strip()):
                if len(s.split()) >= 6 and s[-1:] in ".!?\"”’":
                    out.append((doc, s))
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b")
_NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*\b")
_CALENDAR = re.compile(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b")


def _vary(s: str, words: dict[str, str], rnd: random.Random) -> str:
    """One variant of a sentence: states (and their adjectives) renamed as the article's
    mapping says, numbers, years, weekdays and months redrawn."""
    if words:
        s = re.sub(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b",
                   lambda m: words[m.group(0)], s)
    s = _NUMBER.sub(lambda m: str(rnd.randint(2, 999)), s)
    s = _YEAR.sub(lambda m: str(rnd.randint(1995, 2025)), s)
    return _CALENDAR.sub(lambda m: rnd.choice(WEEKDAYS if m.group(0) in WEEKDAYS
                                              else MONTHS), s)


def articles(n: int, seed: int = 1) -> Iterator[dict[str, object]]:
    """N articles as JSON Lines records (id, title, published, text). A template that
    yields no new variant in 30 draws is retired, so sentences repeat only once every
    template is spent (counted by `write`)."""
    rnd = random.Random(seed)
    states = _countries()
    names = [n for n, _ in states] + [a for _, a in states]
    pool = []
    for _doc, s in _templates():
        found = [w for w in names if re.search(rf"\b{w}\b", s)]
        if found or _NUMBER.search(s) or _YEAR.search(s) or _CALENDAR.search(s):
            pool.append((s, found))
    seen: set[str] = set()
    day = dt.date(2024, 1, 1)
    for i in range(n):
        order = rnd.sample(range(len(states)), len(states))
        words = {}
        for (name, adj), j in zip(states, order, strict=True):
            words[name], words[adj] = states[j]
        sentences: list[str] = []
        want = rnd.randint(20, 30)
        for s, found in rnd.sample(pool, len(pool)):
            if len(sentences) == want:
                break
            for _ in range(30):
                mine = {w: words[w] for w in found}
                out = _vary(s, mine, rnd)
                if out not in seen:
                    break
                order = rnd.sample(range(len(states)), len(states))
                for (name, adj), j in zip(states, order, strict=True):
                    words[name], words[adj] = states[j]
            else:
                pool.remove((s, found))  # spent: retire it
                continue
            seen.add(out)
            sentences.append(out)
        while len(sentences) < want:  # every template spent: repeats, counted by write()
            sentences.append(rnd.choice(_templates())[1])
        paras = [" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3)]
        yield {"id": f"bench-{seed}-{i:06d}", "title": sentences[0][:80],
               "published": (day + dt.timedelta(days=i % 700)).isoformat(),
               "text": "\n\n".join(paras)}


def write(path: Path, n: int, seed: int = 1) -> CorpusStats:
    """Write the corpus and count its sentences, distinct and repeated."""
    with path.open("w", encoding="utf-8") as f:
        for art in articles(n, seed):
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    return stats(path)


def stats(path: Path) -> CorpusStats:
    """Articles and sentences of a corpus file, distinct and repeated."""
    counts: dict[str, int] = {}
    n = total = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            n += 1
            for para in str(json.loads(line)["text"]).split("\n\n"):
                for s in _SENT.split(para):
                    counts[s] = counts.get(s, 0) + 1
                    total += 1
    repeated = sum(c - 1 for c in counts.values())
    return CorpusStats(n, total, len(counts), repeated, len(_templates()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    stats = write(args.out, args.articles, args.seed)
    print(json.dumps(stats.__dict__), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
