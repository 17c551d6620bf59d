"""Every modality cue in patterns/modality.tsv, tested on at least one hand-written sentence.

The cases live in fixtures/modality_cases.tsv (cue, sentence, source, root, target, status);
none comes from the seed story.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import code, triples

MODALITY = (Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "patterns"
            / "modality.tsv")
CASES = Path(__file__).parent / "fixtures" / "modality_cases.tsv"
# roots of joint acts (meet, talks, sign an agreement with): either direction codes the event
JOINT_ROOTS = {"04", "05"}


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]


def _cues() -> set[str]:
    return {r["cue"] for r in _rows(MODALITY)}


def _cases() -> list[dict[str, str]]:
    return _rows(CASES)


# Known engine gaps, by sentence: what the parse or the coder does wrong. strict, so that a fix
# turns the case into an XPASS failure and the entry must be removed.
XFAIL: dict[str, str] = {
    "Japan is mulling imposing sanctions on Russia.":
        "spaCy parses 'imposing' as amod of 'sanctions', so there is no impose predicate; "
        "only the 'mull' verb row is coded (JPN 014 RUS, 'occurred')",
}


def _params() -> list:
    out = []
    for c in _cases():
        key = c["sentence"]
        marks = [pytest.mark.xfail(reason=XFAIL[key], strict=True)] if key in XFAIL else []
        out.append(pytest.param(c, id=c["cue"], marks=marks))
    return out


def test_every_cue_has_a_case():
    missing = _cues() - {c["cue"] for c in _cases()}
    assert not missing, f"modality cues without a case: {sorted(missing)}"


def test_cases_name_known_cues():
    unknown = {c["cue"] for c in _cases()} - _cues()
    assert not unknown, f"cases for cues not in modality.tsv: {sorted(unknown)}"


def test_xfail_entries_name_cases():
    stale = set(XFAIL) - {c["sentence"] for c in _cases()}
    assert not stale, f"XFAIL entries for sentences not in the cases file: {sorted(stale)}"


@pytest.mark.parametrize("case", _params())
def test_cue_sets_status(coder, case):
    src, tgt, root, status = case["source"], case["target"], case["root"], case["status"]
    pairs = {(src, tgt), (tgt, src)} if root in JOINT_ROOTS else {(src, tgt)}
    rows = code(coder, case["sentence"])
    hits = [r for r in rows if (r["source_country"], r["target_country"]) in pairs
            and r["cameo"][:2] == root and r["status"] == status]
    assert hits, f"no {src}-{root}-{tgt} {status} event in {sorted(triples(rows))}"


@pytest.mark.parametrize("sentence,status", [
    # the means of an attempt or of a pressure is done: the sanctions were imposed
    ("Algeria once again tried to pressure Morocco by imposing sanctions on Morocco.",
     "occurred"),
    # a future attempt keeps its auxiliary
    ("Algeria will try to pressure Morocco by imposing sanctions on Morocco.", "intended"),
])
def test_means_of_an_attempt_happened(coder, sentence, status):
    rows = code(coder, sentence)
    assert ("DZA", "16", "MAR", status) in triples(rows), sorted(triples(rows))


def test_as_discussed_by_refers_back_to_an_earlier_act(coder):
    rows = code(coder, "Chile and Peru will hold talks on Friday, as discussed by their "
                       "presidents in Lima.")
    back = [r for r in rows if r["trigger_text"] == "discussed"]
    assert back and all(r["background"] for r in back), rows
    # the talks announced for Friday are no background
    assert any(r["trigger_text"] == "hold" and not r["background"] for r in rows), rows


def test_a_past_when_clause_is_background_also_when_parsed_as_an_adverb(coder):
    """spaCy tags a clause-initial "When" advmod as often as mark; the clause is the story's
    background either way (ANNOTATION.md, Status)."""
    rows = code(coder, "When Chile invaded Peru, it thought the world would look away.")
    hits = [r for r in rows if r["source_country"] == "CHL" and r["target_country"] == "PER"]
    assert hits and all(r["background"] for r in hits), rows
