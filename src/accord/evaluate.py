"""Scoring the coder against gold data annotated under ANNOTATION.md.

The real-news gold is scored by the shared scorer (tools/score_events.py) so that accord's
figures are the same ones any other system would get; this module produces its input.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from accord.errors import AccordError
from accord.ingest import read_inputs
from accord.knowledge.tsv import packaged
from accord.records import Article


@dataclass(frozen=True)
class EvalResult:
    report: str
    system_path: Path
    f1: float | None


def _adapt(event: dict[str, object], published: dict[str, str]) -> dict[str, object]:
    """accord's output contract to the scorer's fields (as tools/adapt_events.py does)."""
    status = event.get("status")
    if status == "occurred" and event.get("background"):
        status = "past"
    return {"doc": event["doc_id"], "sentence": event["sentence"],
            "source_country": event["source_country"], "target_country": event["target_country"],
            "cameo": event["cameo"], "status": status, "event_date": event.get("event_date"),
            "attribution": event.get("attribution")}


def run_eval(*, gold: str, articles: str | None, scorer: str, out: str) -> EvalResult:
    from accord.pipeline import default_coder

    gold_path, scorer_path = Path(gold), Path(scorer)
    for p, what in ((gold_path, "gold file"), (scorer_path, "scorer")):
        if not p.exists():
            raise AccordError(f"{what} {p} not found; pass --gold/--scorer with the paths of "
                              "the shared data (../shared/data/gold, ../shared/tools)")
    art_path = Path(articles) if articles else packaged("sample", "us-government-news.jsonl")
    items = [a for a in read_inputs([art_path]) if isinstance(a, Article)]
    published = {a.id: a.published.isoformat() if a.published else "" for a in items}
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    events_path = out_dir / "events.jsonl"
    system_path = out_dir / "system.jsonl"
    coder = default_coder()
    with open(events_path, "w", encoding="utf-8") as ev, \
            open(system_path, "w", encoding="utf-8") as sy:
        for coded in coder.code_articles(items):
            for e in coded.events:
                row = e.to_row()
                ev.write(json.dumps(row, ensure_ascii=False) + "\n")
                sy.write(json.dumps(_adapt(row, published), ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, str(scorer_path), str(gold_path), str(system_path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise AccordError(f"the scorer failed: {proc.stderr.strip()[-500:]}")
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    f1 = None
    if last.startswith("F1="):
        f1 = float(last.split()[0].split("=")[1])
    return EvalResult(proc.stdout, system_path, f1)
