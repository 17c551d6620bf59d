"""Events within one state: a government and its own rebels, opposition or citizens are
two sides (Actor.party); a state's organs are never a side against the state itself.
Sentences are hand-written."""

from tests.conftest import code, triples


def _sides(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}


def test_government_and_its_citizens_are_two_sides(coder):
    rows = code(coder, "The Russian government thanked Russian citizens for their support.")
    assert ("RUSGOV", "05", "RUSCVL") in _sides(rows), triples(rows)


def test_a_state_and_its_own_organs_are_one_side(coder):
    rows = code(coder, "Iran's foreign minister said Iran will expand trade with Iraq.")
    assert all(r["source_country"] != r["target_country"] for r in rows), triples(rows)


# ------------------------------------------------ groups with no country of their own
def _pairs(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["target_code"]) for r in rows}


def _mentions(coder, text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text -> (actor code, how it was found)."""
    from accord.ingest.readers import make_article

    ca = coder.code(make_article(text, source="t", id="t"))
    return {m.text: (m.actor.code, m.via) for m in ca.mentions}


def test_a_group_takes_the_country_of_the_place_it_hangs_on(coder):
    # a capital stands for its government, but not when a group hangs on it
    got = _mentions(coder, "Striking workers in Islamabad rejected the offer on Monday.")
    assert got.get("workers in Islamabad", ("",))[0] == "PAKLAB", got
    got = _mentions(coder, "Protesters in Nairobi burned tyres outside the parliament.")
    assert got.get("Protesters in Nairobi", ("",))[0] == "KENOPP", got
    got = _mentions(coder, "Separatists in Ethiopia rejected the ceasefire offer.")
    assert got.get("Separatists in Ethiopia", ("",))[0] == "ETHREB", got
    got = _mentions(coder, "An armed group based in Mali claimed the kidnapping.")
    assert got.get("armed group based in Mali", ("",))[0] == "MLIREB", got




def test_community_and_party_words_between_a_state_and_its_sector(coder):
    got = _mentions(coder, "Syrian Druze villagers asked Damascus for help.")
    assert got.get("Syrian Druze villagers", ("",))[0] == "SYRCVL", got
    got = _mentions(coder, "Thousands of Chinese Uighurs fled the region.")
    assert got.get("Chinese Uighurs", ("",))[0] == "CHNCVL", got
    got = _mentions(coder, "The Libyan National Army shelled the port.")
    assert all(code != "LBYMIL" or text != "Libyan" for text, (code, _) in got.items())


def test_a_state_organ_acting_on_a_bare_group_makes_it_that_states(coder):
    rows = code(coder, "Kenyan riot police fired water cannon to scatter protesters.")
    assert any(s == ("KENCOP", "KENOPP") for s in _pairs(rows)), triples(rows)
    rows = code(coder, "The Zambian government detained several opposition leaders.")
    assert ("ZMBGOV", "17", "ZMBOPP") in _sides(rows), triples(rows)
    rows = code(coder, "A Tunisian court sentenced ten students to prison.")
    assert any(r["source_code"] == "TUNJUD" and r["target_code"] == "TUNEDU"
               for r in rows), triples(rows)


def test_support_and_force_from_abroad_stay_international(coder):
    for text in ("Turkey backs the rebels.",
                 "French troops attacked militants near the border.",
                 "The Saudi government funded the rebels.",
                 "Egypt armed the militias.",
                 "The Qatari government hosted opposition leaders."):
        got = _mentions(coder, text)
        assert not any(via == "domestic" for _code, via in got.values()), (text, got)


def test_a_foreign_group_is_not_the_organs_own(coder):
    got = _mentions(coder, "Italian police detained foreign workers at the port.")
    assert not any(via == "domestic" for _code, via in got.values()), got


def test_a_protest_with_no_target_is_aimed_at_the_groups_own_government(coder):
    rows = code(coder, "Thousands of Chilean students marched through Santiago on Thursday.")
    hits = [r for r in rows if r["source_code"] == "CHLEDU" and r["cameo"].startswith("14")]
    assert hits and hits[0]["target_code"] == "CHLGOV", triples(rows)


def test_a_protest_by_a_state_gets_no_implicit_target(coder):
    rows = code(coder, "Canada boycotted the ceremony in Beijing.")
    assert not any(r["source_country"] == r["target_country"] for r in rows), triples(rows)


def test_one_state_events_make_no_ledger_rows():
    from accord.analysis.ledgers import agreements, sanctions

    e = {"event_id": "e1", "doc_id": "d", "sentence_index": 0, "source_country": "SDN",
         "target_country": "SDN", "cameo": "057", "status": "occurred",
         "object_text": "a peace agreement", "trigger_text": "signed", "event_date": None,
         "published": "2024-05-01"}
    assert agreements([e]) == []
    assert sanctions([{**e, "cameo": "163", "object_text": "sanctions"}]) == []


def test_a_court_or_parliament_acting_on_its_government_is_a_domestic_event(coder):
    rows = code(coder, "The Peruvian Congress censured the Peruvian government on Monday.")
    assert ("PERLEG", "11", "PERGOV") in _sides(rows), triples(rows)


def test_a_parliament_ratifying_a_foreign_treaty_is_no_event_with_its_own_state(coder):
    rows = code(coder, "Iran's parliament ratified the agreement with Russia.")
    assert all(r["source_country"] != r["target_country"] for r in rows), triples(rows)


def test_the_readme_example_of_a_domestic_event(coder):
    rows = code(coder, "Ugandan police arrested dozens of opposition activists in Kampala.")
    assert ("UGACOP", "17", "UGAOPP") in _sides(rows), triples(rows)


def test_a_government_and_its_rebels_condemning_together_is_no_event_between_them(coder):
    # regression (review): the censure-by-two rule counted countries, not sides
    rows = code(coder, "The Sudanese government and Sudanese rebels condemned the attack "
                       "on the convoy.")
    assert not any(r["source_country"] == r["target_country"] == "SDN" for r in rows), \
        triples(rows)
