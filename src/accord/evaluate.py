"""Scoring the coder against gold data annotated under ANNOTATION.md.

The real-news gold is scored by the shared scorer (tools/score_events.py) so that accord's
figures are the same ones any other system would get; this module produces its input.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.ingest import read_inputs
from accord.knowledge.cameo import cameo_era_code
from accord.knowledge.tsv import packaged
from accord.nlp import DEFAULT_MODEL
from accord.records import Article


@dataclass(frozen=True)
class EvalResult:
    report: str
    system_path: Path
    f1: float | None
    figures: dict[str, float]


def _adapt(event: dict[str, object], published: dict[str, str]) -> dict[str, object]:
    """accord's output contract to the scorer's fields (as tools/adapt_events.py does)."""
    status = event.get("status")
    if status == "occurred" and event.get("background"):
        status = "past"
    return {"doc": event["doc_id"], "sentence": event["sentence"],
            "source_country": event["source_country"], "target_country": event["target_country"],
            "cameo": event["cameo"], "status": status, "event_date": event.get("event_date"),
            "attribution": event.get("attribution")}


@lru_cache(maxsize=2)
def _coded(path: str, model: str) -> tuple[Any, ...]:
    from accord.pipeline import default_coder

    items = [a for a in read_inputs([path]) if isinstance(a, Article)]
    return tuple(default_coder(model).code_articles(items))


def coded_sample(articles: str | Path | None = None, model: str = DEFAULT_MODEL
                 ) -> tuple[Any, ...]:
    """The articles a gold file annotates (default: the bundled sample), coded once per
    process and model: `accord eval` scores, labels misses and measures calibration on it."""
    path = Path(articles) if articles else packaged("sample", "us-government-news.jsonl")
    return _coded(str(path), model)


def labelled_events(gold: str | Path, sample: tuple[Any, ...]) -> list[tuple[Any, int]]:
    """Each coded event in a gold-annotated sentence with 1 when it matches a gold event of
    that sentence (source and target among the gold's, root among its roots), else 0."""
    gold_p = Path(gold)
    rows = _jsonl(gold_p)
    sent_p = Path(str(gold_p).replace(".gold.jsonl", ".gold.sentences.jsonl"))
    annotated = {(r["doc"], _norm(r["sentence"])) for r in _jsonl(sent_p)}
    by_sent: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for g in rows:
        by_sent.setdefault((g["doc"], _norm(g["sentence"])), []).append(g)
    out = []
    for coded in sample:
        for e in coded.events:
            key = (e.doc_id, _norm(e.sentence))
            if key not in annotated:
                continue
            right = any(_pair_ok(e, set(g["source"]), set(g["target"]), bool(g["symmetric"]),
                                 bool(g.get("target_optional")))
                        and e.cameo_root in g["roots"] for g in by_sent.get(key, []))
            out.append((e, int(right)))
    return out


def run_eval(*, gold: str, articles: str | None, scorer: str, out: str,
             model: str = DEFAULT_MODEL) -> EvalResult:
    gold_path, scorer_path = Path(gold), Path(scorer)
    for p, what in ((gold_path, "gold file"), (scorer_path, "scorer")):
        if not p.exists():
            raise AccordError(f"{what} {p} not found; pass --gold/--scorer with the paths of "
                              "the shared data (../shared/data/gold, ../shared/tools)")
    sample = coded_sample(articles, model)
    published = {c.article.id: c.article.published.isoformat() if c.article.published else ""
                 for c in sample}
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    events_path = out_dir / "events.jsonl"
    system_path = out_dir / "system.jsonl"
    with open(events_path, "w", encoding="utf-8") as ev, \
            open(system_path, "w", encoding="utf-8") as sy:
        for coded in sample:
            for e in coded.events:
                row = e.to_row()
                ev.write(json.dumps(row, ensure_ascii=False) + "\n")
                sy.write(json.dumps(_adapt(row, published), ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, str(scorer_path), str(gold_path), str(system_path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise AccordError(f"the scorer failed: {proc.stderr.strip()[-500:]}")
    figures = scorer_figures(proc.stdout)
    return EvalResult(proc.stdout, system_path, figures.get("real_news_f1"), figures)


def scorer_figures(report: str) -> dict[str, float]:
    """The floors' real-news figures from the shared scorer's report: F1, recall and
    precision (its last line) and the share of the gold's intended, negated, hedged and
    background events found with their status (issue 4's status target)."""
    last = report.strip().splitlines()[-1] if report.strip() else ""
    figures = {f"real_news_{k.lower()}": float(v)
               for k, v in re.findall(r"(F1|recall|precision)=([0-9.]+)", last)}
    if found := re.search(r"^modality recall[^:]*: \d+/\d+ = ([0-9.]+)", report, re.M):
        figures["real_news_modality_recall"] = float(found[1])
    return figures


# PLOVER 0.5/0.6 event types of the PLOVER gold-standard records, by CAMEO root. The records
# predate the 2021 type list (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE), so roots are compared.
PLOVER_OLD_ROOTS: dict[str, set[str]] = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10"},
    "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"},
    "MOBILIZE": {"15"}, "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18", "20"},
    "FIGHT": {"19"},
}
CAMEO_COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA"}


def _actor_ok(system: str | None, gold: list[dict[str, object]],
              states: frozenset[str]) -> bool:
    """Gold actors are ISO codes, or IGO/NGO/IMG for any organisation or group."""
    if system is None:
        return not gold
    for g in gold:
        code = str(g.get("code") or "") if isinstance(g, dict) else ""
        code = CAMEO_COUNTRY_ALIASES.get(code, code)
        if code == system:
            return True
        # any organisation or bloc accord resolves (UNO, EUR, AMN, WST...), never a state
        if code in ("IGO", "NGO", "IMG") and system not in states:
            return True
    return False


@dataclass(frozen=True)
class PloverScore:
    records: int
    type_p: float
    type_r: float
    dyad_p: float
    dyad_r: float

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> str:
        return (f"PLOVER gold records: {self.records}\n"
                f"event type only:          P={self.type_p:.3f} R={self.type_r:.3f} "
                f"F1={self.f1(self.type_p, self.type_r):.3f}\n"
                f"source, target, type:     P={self.dyad_p:.3f} R={self.dyad_r:.3f} "
                f"F1={self.f1(self.dyad_p, self.dyad_r):.3f}")


def run_plover_eval(path: str, model: str = DEFAULT_MODEL, one_sided: bool = False
                    ) -> PloverScore:
    """Score coded events against the PLOVER gold-standard records (one event a record).

    Recall: records with at least one system event of the right type (and, for the dyad
    score, with a source among the gold sources and a target among the gold targets).
    Precision: system events that match their record's gold event, over all system events.
    """
    from accord.ingest.readers import make_article
    from accord.pipeline import default_coder

    p = Path(path)
    if not p.exists():
        raise AccordError(f"PLOVER gold file {p} not found")
    coder = default_coder(model).with_options(one_sided=one_sided)
    states = frozenset(c.iso3 for c in coder.kb.countries.values())
    rows = _jsonl(p)
    sys_n = type_ok = dyad_ok = rec_type = rec_dyad = 0
    for row in rows:
        roots = PLOVER_OLD_ROOTS.get(row["event"], set())
        item = make_article(row["text"], source=row["id"], id=row["id"])
        if not isinstance(item, Article):
            continue
        events = coder.code(item).events
        src = [a for a in (row.get("source") or []) if isinstance(a, dict)]
        tgt = [a for a in (row.get("target") or []) if isinstance(a, dict)]
        hit_t = hit_d = False
        for e in events:
            sys_n += 1
            # the records are coded the CAMEO way: an intended act is the intent to act
            if cameo_era_code(e.cameo, e.status, e.quad_class)[:2] in roots:
                type_ok += 1
                hit_t = True
                tc = e.target.actor.country if e.target else None
                sc = e.source.actor.country
                if (_actor_ok(sc, src, states) and (not tgt or _actor_ok(tc, tgt, states))) or (
                        _actor_ok(tc, src, states) and _actor_ok(sc, tgt, states)):
                    dyad_ok += 1
                    hit_d = True
        rec_type += hit_t
        rec_dyad += hit_d
    n = len(rows)
    return PloverScore(n, type_ok / sys_n if sys_n else 0.0, rec_type / n if n else 0.0,
                       dyad_ok / sys_n if sys_n else 0.0, rec_dyad / n if n else 0.0)


@dataclass(frozen=True)
class ActorScore:
    phrases: int
    country_ok: int
    sector_ok: int
    misses: dict[str, list[str]]
    friends: int
    friends_avoided: int
    friend_misses: list[str]

    def report(self) -> str:
        lines = [
            f"actor phrases: {self.phrases}",
            f"country accuracy: {self.country_ok}/{self.phrases} = "
            f"{self.country_ok / max(self.phrases, 1):.3f}",
            f"sector accuracy:  {self.sector_ok}/{self.phrases} = "
            f"{self.sector_ok / max(self.phrases, 1):.3f}",
            f"false friends avoided: {self.friends_avoided}/{self.friends}",
        ]
        for kind, items in sorted(self.misses.items()):
            lines.append(f"  {kind}: {len(items)}")
            lines += [f"    {x}" for x in items[:15]]
        lines += [f"  false friend resolved: {x}" for x in self.friend_misses]
        return "\n".join(lines)


def run_actor_eval(phrases: str | Path, friends: str | Path | None = None,
                   model: str = DEFAULT_MODEL) -> ActorScore:
    """Resolve each test phrase on its date; compare country and sector with the key.

    A phrase counts as resolved by its first mention; a false friend is avoided when no
    mention covers the phrase in its sentence.
    """
    import datetime as dt
    from collections import defaultdict

    from accord.knowledge.tsv import iter_rows
    from accord.pipeline import default_coder

    coder = default_coder(model)
    n = c_ok = s_ok = 0
    misses: dict[str, list[str]] = defaultdict(list)
    for _, row in iter_rows(Path(phrases), ("text", "date", "country", "sector", "origin")):
        if isinstance(row, Exception):
            raise AccordError(str(row))
        day = dt.date.fromisoformat(row["date"]) if row["date"].strip() else None
        doc = coder.nlp(row["text"])
        found = coder.matcher.find(doc, day)
        n += 1
        want_s = row["sector"].strip() or None
        # the phrase's head decides ("NATO-member Norway" is Norway)
        roots = [t.i for t in doc if t.dep_ == "ROOT"]
        head = [m for m in found if any(m.token_start <= r < m.token_end for r in roots)]
        chosen = (head or found)[:1]
        got = chosen[0].actor if chosen else None
        label = f"{row['text']!r} {row['date']} want {row['country']}/{want_s or '-'}"
        if got is None:
            misses["no match"].append(label)
            continue
        if got.country == row["country"]:
            c_ok += 1
            if (got.sector or None) == want_s:
                s_ok += 1
            else:
                misses["wrong sector"].append(f"{label} got {got.code}")
        else:
            misses["wrong country"].append(f"{label} got {got.code}")
    f_n = f_ok = 0
    f_miss: list[str] = []
    if friends is not None and Path(friends).exists():
        for _, row in iter_rows(Path(friends), ("text", "sentence", "note")):
            if isinstance(row, Exception):
                raise AccordError(str(row))
            f_n += 1
            sent = row["sentence"]
            at = sent.find(row["text"])
            doc = coder.nlp(sent)
            hit = [m for m in coder.matcher.find(doc, None)
                   if at >= 0 and m.start < at + len(row["text"]) and m.end > at]
            if hit:
                f_miss.append(f"{row['text']!r} in {sent!r} -> {hit[0].actor.code}")
            else:
                f_ok += 1
    return ActorScore(n, c_ok, s_ok, dict(misses), f_n, f_ok, f_miss)


@dataclass(frozen=True)
class ClusterScore:
    items: int
    pairs: int
    pair_accuracy: float
    bcubed_p: float
    bcubed_r: float
    with_events: int = 0  # sentences with at least one event to cluster
    gold_events: ClusterScore | None = None  # the same pairs, clustering the gold's events
    said_same: int = 0  # labelled pairs the clustering puts together
    said_same_right: int = 0  # of which the label says "same"
    same_pairs: int = 0  # labelled "same"
    bound_f1: float = 0.0  # the best B-cubed F1 any clustering of these events could reach
    acts: ClusterScore | None = None  # against the one-act labels, GDELT's clustering

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_p, self.bcubed_r
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> str:
        out = (f"clustering: {self.items} sentences in {self.pairs} labelled pairs "
               f"({self.with_events} with an event of accord's)\n"
               f"pair accuracy: {self.pair_accuracy:.3f}; of the {self.same_pairs} pairs "
               f"labelled same, {self.said_same_right} put together; of the "
               f"{self.said_same} put together, {self.said_same - self.said_same_right} "
               f"labelled different\n"
               f"B-cubed: P={self.bcubed_p:.3f} R={self.bcubed_r:.3f} F1={self.bcubed_f1:.3f} "
               f"(at most {self.bound_f1:.3f} with these events: a sentence with none stays "
               f"alone)")
        g = self.gold_events
        if g is not None:
            out += (f"\nclustering the gold's events instead (the clustering alone; "
                    f"{g.with_events} sentences with a gold event): pair accuracy "
                    f"{g.pair_accuracy:.3f}, B-cubed P={g.bcubed_p:.3f} R={g.bcubed_r:.3f} "
                    f"F1={g.bcubed_f1:.3f}")
        if self.acts is not None:
            body = self.acts.report().split("\n", 1)[1]
            out += ("\none act (the same_act labels; what was said at a meeting apart from "
                    "it, as GDELT's counts: cluster(meetings=False)):\n" + body)
        return out


def run_cluster_eval(pairs: str | Path, articles: str | Path | None = None,
                     seed: str | Path | None = None, model: str = DEFAULT_MODEL,
                     gold: str | Path | None = None) -> ClusterScore:
    """Sentences of the pair set are clustered through their events: two sentences are one
    happening when an event of each falls in one cluster. Scored against the components of
    the gold "same" pairs (B-cubed over sentences) and on each labelled pair. With `gold`
    (the real-news gold of the same articles), the gold's events are clustered too, which
    separates the clustering's own errors from the coder's missed events."""
    import dataclasses
    import datetime as dt

    from accord.ingest.readers import make_article
    from accord.knowledge.tsv import iter_rows
    from accord.pipeline import default_coder

    coded = list(coded_sample(articles, model))  # coded once per process, as for the gold
    if seed is not None and Path(seed).exists():
        s = make_article(Path(seed).read_text(encoding="utf-8"), source="seed", id="seed",
                         published=dt.date(2025, 8, 21))
        if isinstance(s, Article):
            coded += default_coder(model).code_articles([s])
    items = [c.article for c in coded]
    events = [e.to_row() for c in coded for e in c.events]
    rows = []
    for _, row in iter_rows(Path(pairs), ("a_doc", "a_sentence", "b_doc", "b_sentence", "same",
                                          "same_act", "note")):
        if isinstance(row, Exception):
            raise AccordError(str(row))
        if row["same_act"] == "1" and row["same"] != "1":
            raise AccordError(f"{pairs}: a pair that is one act is one happening too: "
                              f"{row['a_sentence'][:60]!r}; set its 'same' to 1")
        rows.append(row)
    published = {a.id: a.published.isoformat() if a.published else None for a in items}
    golden = gold_events_as_rows(Path(gold), published) \
        if gold is not None and Path(gold).exists() else None

    def scored(label: str, meetings: bool) -> ClusterScore:
        score = score_clusters(rows, events, label=label, meetings=meetings)
        if golden is None:
            return score
        return dataclasses.replace(score, gold_events=score_clusters(
            rows, golden, label=label, meetings=meetings))

    return dataclasses.replace(scored("same", True), acts=scored("same_act", False))


def gold_events_as_rows(gold: Path, published: dict[str, str | None]) -> list[dict[str, Any]]:
    """The real-news gold's events in the shape of accord's rows (one per source-target
    pair), for clustering: what the clusters would be if the coder were perfect."""
    from accord.knowledge.cameo import cameo_table

    table = cameo_table()
    out = []
    for i, g in enumerate(_jsonl(gold)):
        code = g.get("cameo") or ""
        entry = table.get(code)
        past = g.get("status") == "past"
        quad = entry.quad_class if entry else None
        for src in g.get("source") or []:
            for tgt in g.get("target") or [None]:
                out.append({"event_id": f"gold{i}-{src}-{tgt}", "doc_id": g["doc"],
                            "sentence": g["sentence"], "source_country": src,
                            "target_country": tgt, "cameo": code,
                            "quad_class": quad,
                            # the gold writes a background event's status as "past"
                            "status": "occurred" if past else g.get("status"),
                            "event_date": g.get("event_date"), "background": past,
                            "published": published.get(g["doc"]), "object_text": None,
                            "confidence": 1.0, "outlet": None, "url": None})
    return out


def score_clusters(rows: list[dict[str, str]], events: list[dict[str, Any]], *,
                   label: str = "same", meetings: bool = True) -> ClusterScore:
    """B-cubed over the pair set's sentences, each in the clusters of its events, against
    the `label` column: "same" (one happening: a readout's statements join its meeting, as
    the store's clusters do) or "same_act" (one act, as GDELT's counts: `meetings=False`)."""
    from accord.analysis.clusters import cluster

    def norm(t: str) -> str:
        return " ".join(t.split())

    sent_events: dict[tuple[str, str], set[str]] = {}
    for e in events:
        sent_events.setdefault((e["doc_id"], norm(e["sentence"])), set()).add(e["event_id"])
    cid = {e["event_id"]: c.cluster_id for c in cluster(events, meetings=meetings)
           for e in c.events}

    def clusters_of(doc: str, sent: str) -> set[str]:
        key = norm(sent)
        ids = sent_events.get((doc, key), set())
        if not ids:  # the coder may split a sentence differently: containment
            ids = {i for (d, s), v in sent_events.items() if d == doc and (s in key or key in s)
                   for i in v}
        return {cid[i] for i in ids}

    item_keys = sorted({(r["a_doc"], r["a_sentence"]) for r in rows}
                       | {(r["b_doc"], r["b_sentence"]) for r in rows})
    idx = {k: i for i, k in enumerate(item_keys)}
    gold = list(range(len(item_keys)))
    pred = list(range(len(item_keys)))

    def find(p: list[int], x: int) -> int:
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(p: list[int], a: int, b: int) -> None:
        ra, rb = find(p, a), find(p, b)
        if ra != rb:
            p[max(ra, rb)] = min(ra, rb)

    item_clusters = {k: clusters_of(*k) for k in item_keys}
    ok = said_same = said_right = 0
    for r in rows:
        a, b = (r["a_doc"], r["a_sentence"]), (r["b_doc"], r["b_sentence"])
        if r[label] == "1":
            union(gold, idx[a], idx[b])
        said = bool(item_clusters[a] & item_clusters[b])
        ok += said == (r[label] == "1")
        said_same += said
        said_right += said and r[label] == "1"
    by_cluster: dict[str, list[int]] = {}
    for k, cs in item_clusters.items():
        for c in cs:
            by_cluster.setdefault(c, []).append(idx[k])
    for members in by_cluster.values():
        for m in members[1:]:
            union(pred, members[0], m)
    # the best any clustering could do with these events: every "same" pair whose two
    # sentences both have an event put together, nothing else (a sentence with no event
    # stays alone whatever the clustering does)
    best = list(range(len(item_keys)))
    for r in rows:
        a, b = (r["a_doc"], r["a_sentence"]), (r["b_doc"], r["b_sentence"])
        if r[label] == "1" and item_clusters[a] and item_clusters[b]:
            union(best, idx[a], idx[b])
    n = len(item_keys)
    g = [find(gold, i) for i in range(n)]
    prec, rec = _bcubed(g, [find(pred, i) for i in range(n)])
    bound = _bcubed(g, [find(best, i) for i in range(n)])
    return ClusterScore(n, len(rows), ok / len(rows) if rows else 0.0, prec, rec,
                        with_events=sum(1 for v in item_clusters.values() if v),
                        said_same=said_same, said_same_right=said_right,
                        same_pairs=sum(r[label] == "1" for r in rows),
                        bound_f1=2 * bound[0] * bound[1] / (bound[0] + bound[1])
                        if sum(bound) else 0.0)


def _bcubed(gold: list[int], pred: list[int]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (each item's cluster label)."""
    n = len(gold)
    prec = rec = 0.0
    for i in range(n):
        same_q = {j for j in range(n) if pred[j] == pred[i]}
        same_g = {j for j in range(n) if gold[j] == gold[i]}
        both = len(same_q & same_g)
        prec += both / len(same_q)
        rec += both / len(same_g)
    return prec / max(n, 1), rec / max(n, 1)


@dataclass(frozen=True)
class CameoExampleScore:
    examples: int
    coded: int
    root_ok: int
    by_root: dict[str, tuple[int, int]]

    def report(self) -> str:
        lines = [f"CAMEO codebook examples: {self.examples} sentences, {self.coded} coded",
                 f"root-code accuracy: {self.root_ok}/{self.examples} = "
                 f"{self.root_ok / max(self.examples, 1):.3f}"]
        lines.append("  root  examples  right")
        for root, (n, ok) in sorted(self.by_root.items()):
            lines.append(f"  {root}    {n:8d}  {ok:5d}")
        return "\n".join(lines)


def run_cameo_examples(path: str | Path, model: str = DEFAULT_MODEL, one_sided: bool = False
                       ) -> CameoExampleScore:
    """Each codebook example sentence is right when an event coded from it has the root of
    the code it illustrates (the ontology-coverage measure)."""
    import csv

    from accord.ingest.readers import make_article
    from accord.pipeline import default_coder

    coder = default_coder(model).with_options(one_sided=one_sided)
    n = coded = ok = 0
    by_root: dict[str, list[int]] = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            text = (row.get("example") or "").strip()
            if not text or text == "NA":
                continue
            n += 1
            root = row["code"][:2]
            counts = by_root.setdefault(root, [0, 0])
            counts[0] += 1
            art = make_article(text, source=row["code"], id=row["code"])
            if not isinstance(art, Article):
                continue
            # the codebook codes the CAMEO way: "will provide aid" is intent (033)
            roots = {cameo_era_code(e.cameo, e.status, e.quad_class)[:2]
                     for e in coder.code(art).events}
            coded += bool(roots)
            if root in roots:
                ok += 1
                counts[1] += 1
    return CameoExampleScore(n, coded, ok, {k: (v[0], v[1]) for k, v in by_root.items()})


def _jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file (the gold and reference sets), blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\"'`‘’“”]", "", text).lower().split())


def _pair_ok(e: Any, src: set[str], tgt: set[str], symmetric: bool,
             target_optional: bool = False) -> bool:
    """The scorer's actor match: a gold event with no target, or an optional one, accepts
    an event with none."""
    s_, t_ = e.source.actor.country, e.target.actor.country if e.target else None
    fwd = s_ in src and (t_ in tgt or ((not tgt or target_optional) and t_ is None))
    return fwd or (symmetric and t_ in src and s_ in tgt)


def miss_causes(gold: str | Path, articles: str | Path | None = None,
                model: str = DEFAULT_MODEL) -> tuple[dict[str, int], list[str]]:
    """Label each required gold event the coder misses with its cause: actor not found
    (source or target), no pattern, wrong code, wrong actor pairing, wrong status, or the
    sentence not found (segmentation)."""
    from accord.actors import coref
    from accord.pipeline import default_coder

    coder = default_coder(model)
    sample = {c.article.id: c for c in coded_sample(articles, model)}
    arts = {k: c.article for k, c in sample.items()}
    rows = _jsonl(Path(gold))
    causes: dict[str, int] = {}
    listing: list[str] = []
    cache: dict[str, Any] = {}
    for g in rows:
        if g.get("optional") or g["doc"] not in arts:
            continue
        art = arts[g["doc"]]
        if art.id not in cache:
            doc = coder.nlp(art.text)
            named = coder.matcher.find(doc, art.published)
            # the parse again, for the mentions; the events are the ones scored
            cache[art.id] = (doc, sample[art.id].events,
                             named + coref.resolve(doc, named, coder._speaker(art)))
        doc, events, mentions = cache[art.id]
        want = _norm(g["sentence"])
        sent = next((s for s in doc.sents if _norm(s.text) and (
            _norm(s.text) in want or want in _norm(s.text))), None)
        if sent is None:
            cause = "sentence not found"
        else:
            evs = [e for e in events if sent.start_char <= e.sentence_start < sent.end_char]
            src, tgt = set(g["source"]), set(g["target"])

            good = [e for e in evs if _pair_ok(e, src, tgt, bool(g.get("symmetric")),
                                                 bool(g.get("target_optional")))
                    and e.cameo_root in g["roots"]]
            if good:
                status = g["status"]
                got = {"past" if e.status == "occurred" and e.background else e.status
                       for e in good}
                if status in got:
                    continue
                cause = "wrong status"
            else:
                found = {m.actor.country for m in mentions
                         if sent.start <= m.token_start < sent.end}
                if not src & found:
                    cause = "actor not found (source)"
                elif tgt and not tgt & found:
                    cause = "actor not found (target)"
                elif not evs:
                    cause = "no pattern"
                elif any(e.cameo_root in g["roots"] for e in evs):
                    cause = "wrong actor pairing"
                else:
                    cause = "wrong code"
        causes[cause] = causes.get(cause, 0) + 1
        listing.append(f"{cause}: {'/'.join(g['source'])} {g['cameo']} "
                       f"{'/'.join(g['target']) or '-'} {g['status']} | {g['sentence'][:90]}")
    return causes, sorted(listing)


def expected_calibration_error(gold: str | Path, min_confidence: float = 0.0,
                               bins: int = 10, model: str = DEFAULT_MODEL) -> tuple[float, int]:
    """ECE of the coder's confidence on the real-news dev set: events in annotated sentences
    with confidence ≥ `min_confidence`, right when they match a gold event of their sentence.
    (The calibration table is fitted on the same set: an in-sample figure.)"""
    buckets: dict[int, list[tuple[float, int]]] = {}
    n = 0
    for e, right in labelled_events(gold, coded_sample(None, model)):
        if e.confidence < min_confidence:
            continue
        buckets.setdefault(min(int(e.confidence * bins), bins - 1), []).append(
            (e.confidence, right))
        n += 1
    ece = sum(abs(sum(c for c, _ in b) / len(b) - sum(r for _, r in b) / len(b)) * len(b)
              for b in buckets.values()) / max(n, 1)
    return round(ece, 4), n
