"""Hostile inputs, ingested in one batch: every one is stored or rejected with a typed reason,
and no event of a valid text is lost.

    python -m benchmarks.hostile_inputs [--markdown] [--json OUT] [--no-huge]

builds the inputs in a temporary folder (two of them 200 MB), ingests the folder with
`accord.batch.ingest` into a fresh DuckDB file, and compares what was stored with what the
clean text of each input codes to on its own. The table in docs/reliability.md is this
script's `--markdown` output; tests/test_hostile_inputs.py checks that it is current.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HUGE = 200 * 1024 * 1024
# real English news prose (each codes to at least one event)
NEWS = ("The foreign ministers of France and Germany met in Paris on Monday. France "
        "condemned Russia for the attack on Ukrainian ports. Germany pledged new aid to "
        "Ukraine.")
NEWS_ACCENTS = ("The Élysée said President Macron hosted Mexico’s president in Paris on "
                "Tuesday. France signed a trade agreement with Mexico.")
ACCENTS_2 = ("Côte d’Ivoire’s président welcomed Ghana’s foreign minister in Abidjan on "
             "Friday.")
NEWS_2 = ("Kenya accused Uganda of violating the border accord. Uganda denied the "
          "accusation on Wednesday.")
RUSSIAN = ("Президент Беларуси Александр Лукашенко встретился в Минске с президентом Ирана. "
           "Стороны договорились работать над договором о стратегическом партнерстве.")
FRENCH = ("Le président de la République a reçu son homologue mexicain à l'Élysée mardi. Les "
          "deux pays ont signé un accord commercial et une déclaration commune sur le climat.")
CHINESE = "中国外交部发言人表示，中方坚决反对美国对台军售，并敦促美方停止干涉中国内政。"
ARABIC = "أعلنت وزارة الخارجية المصرية أن الوزير التقى نظيره الأردني في القاهرة يوم الاثنين."


def _news(k: int) -> str:
    """NEWS made unique: the same text twice would be stored once (a duplicate)."""
    return f"{NEWS} Round {k} of the talks is planned."


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    files: Callable[[Path], list[Path]]  # writes the input(s), returns the paths
    expect: tuple[str, ...]  # outcome per record: "stored" or "rejected:<reason>"
    controls: tuple[str, ...] = ()  # the clean texts whose events must all be stored
    huge: bool = False


def _write(folder: Path, name: str, data: bytes) -> list[Path]:
    p = folder / name
    p.write_bytes(data)
    return [p]


def _jsonl(*records: Any) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n"
                    for r in records)


def _huge_text(folder: Path) -> list[Path]:
    p = folder / "huge.txt"
    chunk = (NEWS + "\n").encode() * 4096
    with p.open("wb") as f:
        while f.tell() < HUGE:
            f.write(chunk)
    return [p]


def _huge_line(folder: Path) -> list[Path]:
    """One 200 MB JSON line between two good ones: only it is rejected."""
    p = folder / "huge-line.jsonl"
    chunk = (NEWS + " ").encode() * 4096
    with p.open("wb") as f:
        f.write(_jsonl({"id": "before-huge", "text": _news(10)}))
        f.write(b'{"id": "huge", "text": "')
        while f.tell() < HUGE:
            f.write(chunk)
        f.write(b'"}\n')
        f.write(_jsonl({"id": "after-huge", "text": _news(11)}))
    return [p]


def _nested_html(depth: int, k: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + f"<p>{_news(k)}</p>" + "</div>" * depth
            + "</body></html>").encode()


def _mixed_jsonl() -> bytes:
    return _jsonl(
        {"id": "good-1", "text": NEWS, "published": "2024-05-06"},
        b'{"id": "broken", "text": "France condemned',
        {"id": "typed", "text": 42},
        {"id": "typed-title", "text": NEWS_2, "title": ["a", "list"]},
        b'["not", "an", "object"]',
        {"id": "too-long", "text": NEWS * 1500},
        {"id": "year-1", "text": NEWS_2, "published": "0001-01-01"},
        {"id": "year-2999", "text": NEWS_2, "published": "2999-01-01"},
        {"id": "not-a-date", "text": NEWS_2, "published": "yesterday"},
        b'{"id": "deep", "text": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b"\xff\xfe\x00garbage\x00",
        {"id": "nul", "text": "Kenya\u0000 accused Uganda\u0007 of violating the border "
                              "accord."},
        {"id": "good-2", "text": _news(9)},
    )


def _link(folder: Path) -> list[Path]:
    p = folder / "dangling.txt"
    p.symlink_to(folder / "no-such-file.txt")
    return [p]


ZW = "\u200b\u200d\ufeff\u2060"

CASES: tuple[Case, ...] = (
    Case("empty.txt", "an empty file", lambda d: _write(d, "empty.txt", b""),
         ("rejected:empty",)),
    Case("blank.txt", "only spaces, tabs and newlines",
         lambda d: _write(d, "blank.txt", b" \t\n \r\n  \n"), ("rejected:empty",)),
    Case("image.dat", "a PNG image with a wrong name",
         lambda d: _write(d, "image.dat", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(512)),
         ("rejected:binary",)),
    Case("huge.txt", "a 200 MB text file (one 'article')", _huge_text,
         ("rejected:too_large",), huge=True),
    Case("huge-line.jsonl", "JSON Lines: a 200 MB line between two good lines", _huge_line,
         ("stored", "rejected:too_large", "stored"), (_news(10), _news(11)), huge=True),
    Case("nested.html", "HTML nested 5,000 <div>s deep around a news paragraph",
         lambda d: _write(d, "nested.html", _nested_html(5000, 1)), ("stored",), (_news(1),)),
    Case("nested-200.html", "HTML nested 200 <div>s deep around a news paragraph",
         lambda d: _write(d, "nested-200.html", _nested_html(200, 2)), ("stored",),
         (_news(2),)),
    Case("broken.html", "HTML with unclosed and stray tags",
         lambda d: _write(d, "broken.html", (
             f"<html><head><title>Talks</title><body><div><p>{_news(3)}<p><b>{NEWS_2}</i>"
             "</div></span><table><tr><td>"
         ).encode()), ("stored",), (_news(3) + "\n" + NEWS_2,)),
    Case("scripts.html", "HTML with scripts and styles only",
         lambda d: _write(d, "scripts.html", (
             b"<html><head><style>p{color:red}</style><script>var x = 'France condemned "
             b"Russia';</script></head><body><script>document.write('Germany');</script>"
             b"</body></html>")), ("rejected:no_text",)),
    Case("mixed.jsonl", "JSON Lines: broken, wrongly typed, huge, deeply nested, absurd "
         "dates, a NUL, beside good lines", lambda d: _write(d, "mixed.jsonl", _mixed_jsonl()),
         ("stored", "rejected:bad_json", "rejected:bad_field", "rejected:bad_field",
          "rejected:bad_json", "rejected:too_large", "rejected:bad_field",
          "rejected:bad_field", "rejected:bad_field", "rejected:bad_json",
          "rejected:undecodable", "stored", "stored"),
         (NEWS, "Kenya accused Uganda of violating the border accord.", _news(9))),
    Case("cp1252.txt", "English in Windows-1252 (accents, curly quotes)",
         lambda d: _write(d, "cp1252.txt", NEWS_ACCENTS.encode("cp1252")), ("stored",),
         (NEWS_ACCENTS,)),
    Case("latin1.txt", "English in ISO-8859-1",
         lambda d: _write(d, "latin1.txt", NEWS_ACCENTS.replace("’", "'").encode("latin-1")),
         ("stored",), (NEWS_ACCENTS.replace("’", "'"),)),
    Case("cp1251.txt", "Russian in Windows-1251",
         lambda d: _write(d, "cp1251.txt", RUSSIAN.encode("cp1251")),
         ("rejected:not_english",)),
    Case("utf16-bom.txt", "UTF-16 with a byte-order mark",
         lambda d: _write(d, "utf16-bom.txt", _news(4).encode("utf-16")), ("stored",),
         (_news(4),)),
    Case("utf16le.txt", "UTF-16 LE without a byte-order mark",
         lambda d: _write(d, "utf16le.txt", _news(5).encode("utf-16-le")), ("stored",),
         (_news(5),)),
    Case("utf16be.txt", "UTF-16 BE without a byte-order mark",
         lambda d: _write(d, "utf16be.txt", _news(6).encode("utf-16-be")), ("stored",),
         (_news(6),)),
    Case("utf16.jsonl", "JSON Lines in UTF-16",
         lambda d: _write(d, "utf16.jsonl", codecs.BOM_UTF16_LE + _jsonl(
             {"id": "u16", "text": _news(7)}).decode().encode("utf-16-le")), ("stored",),
         (_news(7),)),
    Case("legacy-line.jsonl", "JSON Lines with one line in Windows-1252",
         lambda d: _write(d, "legacy-line.jsonl", _jsonl({"id": "l1", "text": NEWS_2})
                          + json.dumps({"id": "l2", "text": ACCENTS_2}, ensure_ascii=False)
                          .encode("cp1252") + b"\n"), ("stored", "stored"),
         (NEWS_2, ACCENTS_2)),
    Case("mixed-scripts.txt", "English with names in Cyrillic and Arabic script",
         lambda d: _write(d, "mixed-scripts.txt", (
             "Belarus (Беларусь) and Iran (ایران) agreed to work toward a strategic "
             "partnership treaty. Belarus hosted Iran's president in Minsk.").encode()),
         ("stored",), ("Belarus (Беларусь) and Iran (ایران) agreed to work toward a strategic "
                       "partnership treaty. Belarus hosted Iran's president in Minsk.",)),
    Case("french.txt", "French news", lambda d: _write(d, "french.txt", FRENCH.encode()),
         ("rejected:not_english",)),
    Case("chinese.txt", "Chinese news", lambda d: _write(d, "chinese.txt", CHINESE.encode()),
         ("rejected:not_english",)),
    Case("arabic.html", "Arabic news page", lambda d: _write(d, "arabic.html", (
        f"<html><body><article><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>"
    ).encode()), ("rejected:not_english",)),
    Case("dates.txt", "absurd dates in the text (February 30, the year 40000, 1066)",
         lambda d: _write(d, "dates.txt", (
             b"France condemned Russia on February 30. Germany will host Ukraine in the year "
             b"40000. England invaded France in 1066.")), ("stored",),
         ("France condemned Russia on February 30. Germany will host Ukraine in the year "
          "40000. England invaded France in 1066.",)),
    Case("run-on.txt", "a 'sentence' of 30,000 tokens (a list scraped as prose)",
         lambda d: _write(d, "run-on.txt", (
             "the talks of France and Germany, and " * 4000 + "others. " + _news(8)
         ).encode()), ("stored",), (_news(8),)),
    Case("zero-width.txt", "zero-width, bidi and control characters inside words",
         lambda d: _write(d, "zero-width.txt", (
             f"Fr{ZW}ance cond\u200bemned Rus\u00adsia\x07 on Monday.\x1b Ger\u202eman"
             "y pledged new aid to Ukraine.").encode()), ("stored",),
         ("France condemned Russia on Monday. Germany pledged new aid to Ukraine.",)),
    Case("dangling.txt", "a symbolic link to a missing file", _link, ("rejected:unreadable",)),
)


@dataclass
class Outcome:
    case: Case
    got: tuple[str, ...]
    expected_events: int = 0
    stored_events: int = 0
    lost: int = 0
    extra: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.got == self.case.expect and self.lost == 0 and self.extra == 0


def _signature(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows)


def _line_of(source: str, path: str) -> int:
    return int(source[len(path) + 1:]) if source != path else 0


def run(folder: Path, db: Path, coder: Any = None, *, huge: bool = True,
        limits: Any = None) -> list[Outcome]:
    """Build every case in `folder`, ingest the folder in one run, and judge each case."""
    from collections import Counter

    from accord.batch import ingest
    from accord.ingest.readers import make_article
    from accord.pipeline import default_coder
    from accord.records import Article
    from accord.store import Store

    coder = coder or default_coder()
    cases = [c for c in CASES if huge or not c.huge]
    paths = {c.name: [str(p) for p in c.files(folder)] for c in cases}
    with Store(db) as store:
        ingest([folder], store, coder, batch_size=8, **({"limits": limits} if limits else {}))
        arts = store.con.execute("SELECT id, source FROM articles").fetchall()
        rejects = [(r["source"], r["reason"], r["detail"]) for r in store.rejects()]
        events = list(store.events())
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    out = []
    for case in cases:
        records: list[tuple[int, str, str | None]] = []
        stored_rows: list[dict[str, Any]] = []
        for path in paths[case.name]:
            mine = lambda s, path=path: s == path or s.startswith(path + ":")  # noqa: E731
            for id_, source in arts:
                if mine(source):
                    records.append((_line_of(source, path), "stored", None))
                    stored_rows += by_doc.get(id_, [])
            for source, reason, detail in rejects:
                if mine(source):
                    records.append((_line_of(source, path), f"rejected:{reason}", detail))
        records.sort(key=lambda r: r[0])
        want: list[dict[str, Any]] = []
        for text in case.controls:
            art = make_article(text, source="control", published=None)
            assert isinstance(art, Article), f"control text of {case.name} is rejected"
            want += [e.to_row() for e in coder.code(art).events]
        w, g = Counter(_signature(want)), Counter(_signature(stored_rows))
        out.append(Outcome(case, tuple(r[1] for r in records), len(want), len(stored_rows),
                           sum((w - g).values()), sum((g - w).values()),
                           [f"{r[1]}: {r[2]}" for r in records if r[2]]))
    return out


def markdown(outcomes: list[Outcome]) -> str:
    """The table of docs/reliability.md."""
    lines = ["| input | what it is | outcome per record | events of the valid text | "
             "stored | lost |", "|---|---|---|---|---|---|"]
    for o in outcomes:
        got = ", ".join(g.replace("rejected:", "rejected `") + ("`" if "rejected" in g else "")
                        for g in o.got)
        lines.append(f"| `{o.case.name}` | {o.case.what} | {got} | {o.expected_events} | "
                     f"{o.stored_events} | {o.lost} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--markdown", action="store_true", help="print the docs table")
    ap.add_argument("--json", type=Path, help="write every outcome as JSON here")
    ap.add_argument("--no-huge", action="store_true", help="leave out the 200 MB inputs")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="accord-hostile-") as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        outcomes = run(folder, Path(tmp) / "h.duckdb", huge=not args.no_huge)
    if args.markdown:
        sys.stdout.write(markdown(outcomes))
    else:
        for o in outcomes:
            flag = "ok  " if o.ok else "FAIL"
            print(f"{flag} {o.case.name:20} {', '.join(o.got):60} lost {o.lost} extra {o.extra}")
            if not o.ok:
                print(f"     expected {', '.join(o.case.expect)}", *o.details, sep="\n     ")
    if args.json:
        args.json.write_text(json.dumps([{
            "input": o.case.name, "what": o.case.what, "outcome": list(o.got),
            "expected": list(o.case.expect), "events_expected": o.expected_events,
            "events_stored": o.stored_events, "lost": o.lost, "extra": o.extra,
            "details": o.details} for o in outcomes], indent=1, ensure_ascii=False))
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    raise SystemExit(main())
