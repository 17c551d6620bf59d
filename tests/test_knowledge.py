import pytest

from accord.actors.kb import load_kb, parse_partial_date
from accord.errors import DataFileError
from accord.knowledge.cameo import cameo_table
from accord.knowledge.patterns import NO_EVENT, Patterns, default_patterns

PEOPLE_HEADER = "name\taliases\tcountry\trole\tsector\tstart\tend\tsource\tas_of\n"


def test_cameo_table_has_every_root_and_quad_classes():
    table = cameo_table()
    assert len(table) > 300
    assert {table[f"{r:02d}"].quad_class for r in range(1, 21)} == {1, 2, 3, 4}
    assert table["057"].plover == "SUPPORT" and table["163"].goldstein == -8
    with pytest.raises(KeyError, match="unknown CAMEO code '999'"):
        table["999"]


def test_packaged_knowledge_loads_cleanly():
    kb = load_kb()
    assert len(kb.countries) >= 200
    assert kb.countries["BLR"].cow == 370
    assert "Masoud Pezeshkian" in kb.roles
    pats = default_patterns()
    assert len(pats.verbs) > 100 and len(pats.nouns) > 20
    roots = {p.cameo[:2] for ps in pats.verbs.values() for p in ps
             if p.cameo != NO_EVENT} | {
        n.cameo[:2] for ns in pats.nouns.values() for n in ns}
    assert roots == {f"{r:02d}" for r in range(1, 21)}, "every CAMEO root is reachable"


def test_user_file_bad_line_is_reported_with_file_and_line_and_rest_loads(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text(PEOPLE_HEADER
                 + "Ann Example\t-\tNOR\thead_of_state\tGOV\t2020-01-01\t-\tme\t2026-01-01\n"
                 + "Bad Date\t-\tNOR\thead_of_state\tGOV\t2020-13-45\t-\tme\t2026-01-01\n"
                 + "Too\tFew\n"
                 + "Bo Example\t-\tNOR\thead_of_state\tXXX\t2020-01-01\t-\tme\t2026-01-01\n")
    kb = load_kb((str(f),))
    assert "Ann Example" in kb.roles
    errors = [(e.line, e.reason) for e in kb.report.errors]
    assert [line for line, _ in errors] == [3, 4, 5]
    assert "month must be in 1..12" in errors[0][1] or "day is out of range" in errors[0][1] \
        or "date" in errors[0][1]
    assert "expected 9" in errors[1][1]
    assert "unknown sector 'XXX'" in errors[2][1]
    assert all(str(f) == e.path for e in kb.report.errors)


def test_unknown_header_names_the_file(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_text("what\tever\n")
    with pytest.raises(DataFileError, match="x.tsv:1: unknown header"):
        load_kb((str(f),))


def test_pattern_file_rejects_unknown_codes_and_bad_lemmas(tmp_path):
    f = tmp_path / "v.tsv"
    f.write_text("verb\tobject\tcameo\tnote\nscold\t-\t111\tok\nScold\t-\t111\tupper\n"
                 "scold\t-\t999\tbad code\n")
    pats = Patterns()
    pats.add_file(f, "verbs", strict=False)
    assert [e.line for e in pats.report.errors] == [3, 4]
    assert "unknown CAMEO code '999'" in pats.report.errors[1].reason
    assert pats.verb_code("scold", set(), set())[0].cameo == "111"
    with pytest.raises(DataFileError):
        Patterns().add_file(f, "verbs", strict=True)


def test_noun_modifier_selects_the_code(tmp_path):
    f = tmp_path / "n.tsv"
    f.write_text("noun\tmodifier\tcameo\tnote\naid\t-\t070\t\naid\tmilitary|lethal\t072\t\n")
    pats = Patterns()
    pats.add_file(f, "nouns", strict=True)
    assert pats.noun_code("aid", {"military"}) == "072"
    assert pats.noun_code("aid", {"more"}) == "070"
    assert pats.noun_code("help", set()) is None


def test_most_specific_verb_pattern_wins(tmp_path):
    f = tmp_path / "v.tsv"
    f.write_text("verb\tobject\tcameo\tnote\nsend\t-\t070\t\nsend\tweapon|drone\t072\t\n"
                 "send in\ttroop\t154\t\n")
    pats = Patterns()
    pats.add_file(f, "verbs", strict=True)
    assert pats.verb_code("send", set(), {"food"})[0].cameo == "070"
    assert pats.verb_code("send", set(), {"drone"})[0].cameo == "072"
    assert pats.verb_code("send", {"in"}, {"troop"})[0].cameo == "154"


def test_partial_dates():
    assert str(parse_partial_date("2024-02", end=True)) == "2024-02-29"
    assert str(parse_partial_date("2024")) == "2024-01-01"
    with pytest.raises(ValueError):
        parse_partial_date("02/2024")


def test_calibration_maps_raw_confidence_to_measured_precision():
    from accord.pipeline import calibrated, load_calibration
    bins = load_calibration()
    assert bins and all(0 <= p <= 1 for _, p in bins)
    assert [p for _, p in bins] == sorted(p for _, p in bins)  # monotone
    assert calibrated(0.2, [(0.0, 0.6), (0.5, 0.8)]) == 0.6
    assert calibrated(0.7, [(0.0, 0.6), (0.5, 0.8)]) == 0.8
    assert calibrated(0.7, []) == 0.7


def test_no_pattern_row_is_shadowed_by_an_identical_earlier_row():
    pats = default_patterns()
    for verb, rows in pats.verbs.items():
        keys = [(p.particle, p.objects) for p in rows]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"verb {verb!r} has rows that can never win: {dupes}"
