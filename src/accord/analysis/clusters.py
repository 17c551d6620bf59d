"""One happening, many reports: clustering events across (and within) articles.

Two events are the same happening when they have the same pair of actors (either
direction), the same CAMEO root, compatible dates and evidence that overlaps (but one
article's background mention is never its news). Within one report, more joins:
- one material act told in several sentences (the same pair and base code, done, fresh);
  an aid package and its delivery to come are one;
- a visit and the talks held at it;
- one statement told twice at a meeting of the pair (the same code: "underscored the need
  for open transit … also called on the parties to open other routes");
- a meeting and what was said at it (a readout: "The two met today… The Secretary
  emphasized… They agreed to continue…"), unless the clustering counts acts
  (`meetings=False`, as GDELT's counts).
A cluster counts its mentions (events), sources (outlets) and articles, and keeps every
event as evidence; its representative is its most confident event of what happened.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from accord.records import BRANCH_SECTORS, NON_STATE_SECTORS

DAY_WINDOW = 3  # days between two dated reports of one happening
MIN_OVERLAP = 0.12  # Jaccard of the content words of the two evidence sentences
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "this", "that", "these", "those", "their", "they", "them", "he", "she", "his", "her", "we",
    "our", "us", "will", "would", "could", "may", "might", "can", "said", "says", "say",
    "also", "not", "no", "than", "then", "which", "who", "whom", "what", "when", "while",
    "after", "before", "into", "over", "under", "about", "against", "between", "during",
    "more", "most", "other", "such", "only", "very", "just", "so", "if", "there", "here",
    "today",
))


@dataclass
class Cluster:
    cluster_id: str
    events: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        # what happened represents the happening (a readout's meeting, not what was said
        # at it), and a fresh report before a background mention
        rep = max(self.events, key=lambda e: (
            _reality(e) == "occurred", not e.get("background"), e["cameo"][:2] == "04",
            e["confidence"], -len(e["sentence"] or "")))
        dates = sorted(d for e in self.events if (d := e.get("event_date") or e.get("published")))
        return {
            "cluster_id": self.cluster_id, "source_country": rep["source_country"],
            "target_country": rep["target_country"], "cameo": rep["cameo"],
            "status": rep["status"], "date": dates[0] if dates else None,
            "num_mentions": len(self.events),
            "num_sources": len({e.get("outlet") or e.get("url") or e["doc_id"]
                                for e in self.events}),
            "num_articles": len({e["doc_id"] for e in self.events}),
            "sentence": rep["sentence"], "event_ids": [e["event_id"] for e in self.events],
        }


def _stem(word: str) -> str:
    """Crude and enough here: "Iran's" is "iran", "drones" is "drone", "applied" and
    "applies" are "apply" (the verb and its noun forms still differ)."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith(("ied", "ies")):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


def _words(text: str | None) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall((text or "").lower()) if w not in _STOP)


def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same time, at the precision both reports give; an undated background mention can
    be any earlier happening."""
    da, db_ = a.get("event_date"), b.get("event_date")
    if da and db_:
        width = min(len(da), len(db_))
        if width == 10:
            x, y = _day(da), _day(db_)
            return x is not None and y is not None and abs((x - y).days) <= DAY_WINDOW
        return da[:width] == db_[:width]
    undated = [e.get("background") and not e.get("event_date") for e in (a, b)]
    if all(undated):
        return True  # two undated background mentions: any earlier happening, both
    for bg, other, other_date in ((a, b, db_), (b, a, da)):
        if bg.get("background") and not bg.get("event_date"):
            # an undated background mention can be any happening before its article,
            # not one after it
            when = str(other_date or other.get("published") or "")
            pub = str(bg.get("published") or "")
            return not (when and pub and when > pub[:len(when)])
    if a.get("background") or b.get("background"):
        return True
    when_a, when_b = str(da or a.get("published") or ""), str(db_ or b.get("published") or "")
    if not when_a or not when_b:
        return True
    width = min(len(when_a), len(when_b))
    if width < 10:  # "in 2022" is not a report published in 2024
        return when_a[:width] == when_b[:width]
    pa, pb = _day(when_a), _day(when_b)
    return pa is None or pb is None or abs((pa - pb).days) <= DAY_WINDOW


def _side(code: str | None, country: str | None) -> str:
    """An actor's side from its row (Actor.party): the country, or for a country's own
    groups, courts, legislature and press the full code (KENOPP and KENEDU are two sides)."""
    if not country:
        return ""
    rest = (code or "")[len(country):] if (code or "").startswith(country) else ""
    return country + rest if rest in NON_STATE_SECTORS | BRANCH_SECTORS else country


def _sides(e: dict[str, Any]) -> tuple[str, str]:
    """(source side, target side), in the event's direction: the countries, but within one
    country its groups (KENOPP against KENGOV and KENEDU against KENGOV are two pairs)."""
    src, tgt = e["source_country"], e.get("target_country") or ""
    if src != tgt:
        return src, tgt
    return (_side(e.get("source_code"), src), _side(e.get("target_code"), tgt))


def _pair(e: dict[str, Any]) -> tuple[str, str]:
    """The two actors' sides, either direction."""
    a, b = _sides(e)
    return (a, b) if a <= b else (b, a)


def _reality(e: dict[str, Any]) -> str:
    status = e.get("status") or "occurred"
    return "possible" if status in ("intended", "hedged") else status


def same_happening(a: dict[str, Any], b: dict[str, Any],
                   words: dict[str, frozenset[str]]) -> bool:
    if a["cameo"][:2] != b["cameo"][:2]:
        return False
    if _pair(a) != _pair(b):
        return False
    if _reality(a) != _reality(b):
        return False  # an act that happened is not one that may, will or did not happen
    if not dates_compatible(a, b) or _tally(a) or _tally(b):
        return False
    if a["doc_id"] == b["doc_id"] and bool(a.get("background")) != bool(b.get("background")):
        return False  # one report tells the background act as earlier than its news
    wa, wb = words[a["event_id"]], words[b["event_id"]]
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= MIN_OVERLAP


VERBAL_QUADS = frozenset((1, 3))  # verbal cooperation and verbal conflict


MATERIAL_QUADS = frozenset((2, 4))  # material cooperation and material conflict


def one_act(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One article's reports of one material act: the same pair (for force, in the same
    direction: a strike and the counter-strike are two acts; aid or troops sent are told
    from either end), the same base code (aid given, troops sent, aerial weapons used:
    CAMEO's first three digits), both done and fresh (not background), at compatible
    times. An article that tells of a strike or a delivery in several sentences tells of
    one, so no shared words are needed; two acts of one kind that the article dates apart,
    one that may or did not happen, a background mention, a tally of many acts over time
    ("in total ... since 2022": `_tally`) and statements (verbal quads, where one article
    often holds several) stay apart. Aid is the exception to "done": the package a report
    announces and its delivery to come ("will be delivered to the front lines") are one
    (`_planned_delivery`)."""
    return (_fresh_in_one_report(a, b)
            and (_sides(a) == _sides(b) if a.get("quad_class") == 4 else _pair(a) == _pair(b))
            and a["cameo"][:3] == b["cameo"][:3]
            and a.get("quad_class") in MATERIAL_QUADS and b.get("quad_class") in MATERIAL_QUADS
            and (_reality(a) == _reality(b) == "occurred" or _planned_delivery(a, b))
            and not _tally(a) and not _tally(b))


def _fresh_in_one_report(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two events of one article, with a target, both fresh (not background), at compatible
    times: what every within-report rule asks first."""
    return (a["doc_id"] == b["doc_id"] and bool(a.get("target_country"))
            and not a.get("background") and not b.get("background")
            and dates_compatible(a, b))


AID_ROOT = "07"
# what makes aid to come other aid than the package told ("will send more weapons")
MORE_WORDS = frozenset(("more", "further", "additional", "another", "extra", "next"))


def _planned_delivery(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Aid given and aid of the same kind the same article says is to come: the package
    and its delivery, unless the aid to come is more of it ("will send more")."""
    if a["cameo"][:2] != AID_ROOT or {a.get("status"), b.get("status")} != {
            "occurred", "intended"}:
        return False
    planned = a if a.get("status") == "intended" else b
    said = (planned.get("object_text") or "").lower()
    return not MORE_WORDS.intersection(_WORD.findall(said))


def one_statement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One readout's reports of one statement: the same pair and the same full CAMEO code
    (not a meeting's own), both said and fresh, at compatible times ("the Secretary
    underscored the need for open transit through the corridor ... He also called on the
    parties to open other routes"). `cluster` applies it only where the article reports a
    meeting of the pair at that time: a speech that condemns one state in many sentences
    condemns it for many acts. GDELT folds such repeats within an article into one event
    too; a statement the article dates apart, a background mention and a tally stay apart."""
    return (_fresh_in_one_report(a, b)
            and _pair(a) == _pair(b) and a["cameo"] == b["cameo"] and a["cameo"][:2] != "04"
            and a.get("quad_class") in VERBAL_QUADS and b.get("quad_class") in VERBAL_QUADS
            and _reality(a) == _reality(b) == "occurred"
            and not _tally(a) and not _tally(b))


# a visit made or hosted, and the talks held at it
VISIT_CODES = frozenset(("042", "043"))
TALKS_CODE = "040"


def visit_talks(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One report's visit and the talks held at it: "traveled to Beijing for meetings" (042)
    and "the two sides had candid discussions" (040), the same pair, both fresh and done,
    at compatible times. A visit planned or told as background, or talks another day, are
    other acts."""
    return (_fresh_in_one_report(a, b) and _pair(a) == _pair(b)
            and {a["cameo"][:3], b["cameo"][:3]} in ({c, TALKS_CODE} for c in VISIT_CODES)
            and _reality(a) == _reality(b) == "occurred")


# words that make a sentence a tally of many acts over time ("in total, the U.S. has provided
# $39.7 billion since February 2022", "has continued to draw down stocks to arm Ukraine"),
# not a report of one
TALLY = re.compile(r"\b(in total|to date|so far|altogether|cumulative(ly)?|"
                   r"since the (beginning|start|outset)|(has|have) (also )?continued to)\b",
                   re.IGNORECASE)


def _tally(e: dict[str, Any]) -> bool:
    """Whether the event's sentence tallies acts over time; not when the event is the act
    the span starts from ("since the beginning of Russia's invasion": the invasion)."""
    text = e.get("sentence") or ""
    at = (e.get("trigger_start") or 0) - (e.get("sentence_start") or 0)
    for m in TALLY.finditer(text):
        rest = text[m.end():at]
        if m.group(0).lower().startswith("since") and 0 <= m.end() <= at and \
                rest.startswith(" of ") and "," not in rest:
            continue
        return True
    return False


def one_meeting(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One article's meeting between a pair and a statement between the same pair that it
    reports without another time: what was said, urged, promised or criticised at the
    meeting is part of it, and so is an act planned there (aid that "will be delivered").
    A background mention, a denied act or a material act done (aid sent, force used) is
    its own happening."""
    if a["doc_id"] != b["doc_id"] or not a.get("target_country") \
            or not b.get("target_country"):
        return False  # a meeting is between a pair
    if _pair(a) != _pair(b):
        return False
    for meeting, said in ((a, b), (b, a)):
        if (meeting["cameo"][:2] == "04" and _reality(meeting) == "occurred"
                and not meeting.get("background") and not said.get("background")
                and _reality(said) != "negated"
                and (said.get("quad_class") in VERBAL_QUADS or _reality(said) == "possible")
                and _no_other_time(meeting, said)):
            return True
    return False


def _no_other_time(meeting: dict[str, Any], said: dict[str, Any]) -> bool:
    """The statement gives no date of its own, or one that fits the meeting's (its own date,
    else its report's day)."""
    if not said.get("event_date"):
        return dates_compatible(meeting, said)
    when = meeting.get("event_date") or meeting.get("published")
    if not when:
        return False
    return dates_compatible({**meeting, "event_date": when, "background": False}, said)


def cluster(events: Iterable[dict[str, Any]], *, meetings: bool = True) -> list[Cluster]:
    """Clusters of events: single-link within each actor pair and root, and within each
    article's actor pair for its material acts and its meetings. `meetings=False` keeps
    what was said at a meeting apart from it: each cluster then counts the reports of one
    act (GDELT's NumMentions)."""
    evs = list(events)
    words = {e["event_id"]: _words(e.get("sentence")) | _words(e.get("object_text"))
             for e in evs}
    parent = {e["event_id"]: e["event_id"] for e in evs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: dict[str, Any], b: dict[str, Any]) -> None:
        ra, rb = find(a["event_id"]), find(b["event_id"])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    reports: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for e in evs:
        pair = _pair(e)
        groups[(pair, e["cameo"][:2])].append(e)
        reports[(e["doc_id"], pair)].append(e)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if same_happening(a, b, words):
                    union(a, b)
    for report in reports.values():
        for i, a in enumerate(report):
            for b in report[i + 1:]:
                if one_act(a, b):
                    union(a, b)
        met = [m for m in report if m["cameo"][:2] == "04" and _reality(m) == "occurred"
               and not m.get("background")]
        for i, a in enumerate(report if met else ()):
            for b in report[i + 1:]:
                if visit_talks(a, b) or one_statement(a, b) and any(
                        _no_other_time(m, a) for m in met):
                    union(a, b)  # a visit and its talks; a readout's statement told twice
    for report in reports.values() if meetings else ():
        for m in (e for e in report if e["cameo"][:2] == "04"):
            for e in report:
                if e is not m and one_meeting(m, e):
                    union(m, e)
    out: dict[str, Cluster] = {}
    for e in evs:
        root = find(e["event_id"])
        out.setdefault(root, Cluster(f"c{root}")).events.append(e)
    return sorted(out.values(), key=lambda c: c.cluster_id)
