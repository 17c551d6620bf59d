"""The mission story, pinned: a golden file of its events, and the events it must contain.

Regenerate the golden file after an intended change with
`ACCORD_UPDATE_GOLDEN=1 pytest tests/test_seed_golden.py`, and review the diff.
"""

import json
import os
from pathlib import Path

import pytest
from tests.conftest import code

GOLDEN = Path(__file__).parent / "golden" / "seed.jsonl"
KEYS = ("sentence_index", "source_code", "cameo", "target_code", "status", "background",
        "event_date", "location_name", "attribution", "trigger_text", "object_text")


@pytest.fixture(scope="module")
def seed_rows(coder, seed_text):
    return code(coder, seed_text, "2025-08-21")


def test_seed_matches_golden_file(seed_rows):
    got = [{k: r[k] for k in KEYS} for r in seed_rows]
    if os.environ.get("ACCORD_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in got))
    want = [json.loads(line) for line in GOLDEN.read_text().splitlines()]
    assert got == want


def _find(rows, pair, root=None, status=None, symmetric=True):
    out = []
    for r in rows:
        p = (r["source_country"], r["target_country"])
        if p != pair and not (symmetric and p == pair[::-1]):
            continue
        if root and not r["cameo"].startswith(root):
            continue
        if status and r["status"] != status:
            continue
        out.append(r)
    return out


def test_presidential_meeting_in_minsk_on_wednesday(seed_rows):
    [e] = _find(seed_rows, ("BLR", "IRN"), "04", "occurred")
    assert e["event_date"] == "2025-08-20" and e["location_name"] == "Minsk"
    assert e["background"] is False


def test_intent_to_sign_strategic_partnership_treaty(seed_rows):
    hits = [r for r in _find(seed_rows, ("BLR", "IRN"), status="intended")
            if r["attribution"] == "Belarusian state media"]
    assert hits and "treaty" in hits[0]["object_text"]


def test_military_aid_drones_to_russia(seed_rows):
    [e] = _find(seed_rows, ("IRN", "RUS"), "07", symmetric=False)
    assert e["cameo"] == "072" and e["object_text"] == "drones"


def test_iran_russia_agreement_signed_in_january(seed_rows):
    [e] = _find(seed_rows, ("IRN", "RUS"), "05", "occurred")
    assert e["event_date"] == "2025-01" and e["background"] is True


def test_mutual_defence_clause_is_negated(seed_rows):
    [e] = _find(seed_rows, ("IRN", "RUS"), status="negated")
    assert "mutual defense clause" in e["object_text"]


def test_western_sanctions_on_iran_and_belarus(seed_rows):
    for target in ("IRN", "BLR"):
        assert _find(seed_rows, ("WST", target), "16", symmetric=False)


def test_iran_offers_help_against_sanctions(seed_rows):
    assert _find(seed_rows, ("IRN", "BLR"), "07", "intended", symmetric=False)


def test_cooperation_could_extend_is_hedged(seed_rows):
    assert _find(seed_rows, ("IRN", "BLR"), status="hedged")


def test_belarus_agreed_to_host_russian_nuclear_missiles(seed_rows):
    [e] = [r for r in _find(seed_rows, ("BLR", "RUS"), "06", symmetric=False)
           if r["trigger_text"] == "host"]
    assert "missiles" in e["object_text"] and e["background"] is True


def test_debris_lines_yield_no_events(seed_rows, seed_text):
    assert all("Also read" not in r["sentence"] and "Others are reading" not in r["sentence"]
               for r in seed_rows)
