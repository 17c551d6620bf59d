import codecs
import datetime as dt
import json

import pytest

from accord.ingest import article_id, read_inputs
from accord.ingest.clean import normalise, strip_debris
from accord.ingest.readers import make_article
from accord.records import Article, Rejection


def _read(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_inputs([p]))


def test_plain_text_becomes_article_with_title_and_hash_id(tmp_path):
    [a] = _read(tmp_path, "s.txt", b"Talks in Oslo\nNorway hosted talks on Monday.\n")
    assert isinstance(a, Article)
    assert a.title == "Talks in Oslo"
    assert a.id == article_id(a.text) and len(a.id) == 16


def test_debris_lines_are_dropped_and_duplicate_headline_removed():
    text = "Big news\nOthers are reading now\nBig news\nChile signed a deal.\nAlso read\nRead more"
    assert strip_debris(text) == "Big news\nChile signed a deal."


def test_jsonl_keeps_good_lines_and_rejects_bad_ones(tmp_path):
    lines = [json.dumps({"id": "a1", "text": "Peru recalled its envoy.",
                         "published": "2024-01-02"}),
             "{not json",
             json.dumps({"id": "a2", "text": 5}),
             json.dumps({"id": "a3", "text": "Chile met Peru.", "published": "yesterday"}),
             json.dumps(["a list"]),
             json.dumps({"text": "Ghana thanked Togo."})]
    items = _read(tmp_path, "b.jsonl", "\n".join(lines).encode())
    arts = [i for i in items if isinstance(i, Article)]
    rej = [i for i in items if isinstance(i, Rejection)]
    assert [a.id for a in arts][0] == "a1" and arts[0].published == dt.date(2024, 1, 2)
    assert len(arts) == 2
    assert {(r.source.rsplit(":", 1)[1], r.reason) for r in rej} == {
        ("2", "bad_json"), ("3", "bad_field"), ("4", "bad_field"), ("5", "bad_json")}


def test_empty_binary_and_undecodable_inputs_are_rejected_with_reasons(tmp_path):
    assert _read(tmp_path, "e.txt", b"  \n ")[0].reason == "empty"
    assert _read(tmp_path, "b.txt", b"\x00\x01\x02abc")[0].reason == "binary"
    r = _read(tmp_path, "u.txt", bytes(range(128, 256)))[0]
    assert r.reason == "undecodable" and "u.txt" in r.source
    # a legacy encoding is decoded, then judged: Russian is not coded
    r = _read(tmp_path, "r.txt", "Привет, Минск и Тегеран".encode("cp1251"))[0]
    assert r.reason == "not_english"


def test_utf16_with_bom_is_read(tmp_path):
    data = codecs.BOM_UTF16_LE + "Mali expelled envoys.".encode("utf-16-le")
    [a] = _read(tmp_path, "w.txt", data)
    assert isinstance(a, Article) and a.text == "Mali expelled envoys."


def test_missing_path_and_directory_recursion(tmp_path):
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "e" / "x.txt").write_text("Kenya praised Uganda.")
    (tmp_path / "d" / "y.txt").write_text("")
    items = list(read_inputs([tmp_path / "d", tmp_path / "nope.txt"]))
    kinds = sorted(type(i).__name__ + ":" + getattr(i, "reason", "") for i in items)
    assert kinds == ["Article:", "Rejection:empty", "Rejection:not_found"]


def test_html_main_text_title_and_date(tmp_path):
    html = (b"<html><head><title>T</title><meta property='article:published_time' "
            b"content='2025-08-21'></head><body><nav>Menu Home</nav><article><h1>Summit</h1>"
            b"<p>On Wednesday, the presidents of Chile and Peru met in Lima to discuss trade and"
            b" migration across their long shared border.</p><p>Others are reading now</p>"
            b"<p>They agreed to sign a new trade agreement next year, officials said.</p>"
            b"</article></body></html>")
    [a] = _read(tmp_path, "p.html", html)
    assert isinstance(a, Article)
    assert a.published == dt.date(2025, 8, 21)
    assert "Others are reading" not in a.text and "met in Lima" in a.text


def test_html_without_text_is_rejected(tmp_path):
    [r] = _read(tmp_path, "s.html", b"<html><script>var a=1;</script><style>p{}</style></html>")
    assert isinstance(r, Rejection) and r.reason == "no_text"


def test_invisible_and_control_characters_are_removed():
    assert strip_debris("Iran\u200b and\x07 Iraq\u00a0met.") == "Iran and Iraq met."


@pytest.mark.parametrize("broken,fixed", [
    ("Kenya\u00c4\u00f4s envoy", "Kenya\u2019s envoy"),
    ("\u00c4\u00faDialogue\u00c4\u00f9", "\u201cDialogue\u201d"),
    ("\u00c4\u00f2truce\u00c4\u00f4", "\u2018truce\u2019"),
    ("talks \u00c4\u00ee then", "talks \u2014 then"),
    ("2019\u00c4\u00ec2020", "2019\u20132020"),
    ("Chile\u201a\u00c4\u00f4s port", "Chile\u2019s port"),  # lead byte kept as U+201A
    ("Chile\u0082\u00c4\u00f4s port", "Chile\u2019s port"),  # ... or as a C1 control
])
def test_mac_roman_mojibake_of_quotes_and_dashes_is_repaired(broken, fixed):
    assert normalise(broken) == fixed


def test_real_letters_that_resemble_mojibake_are_kept():
    assert normalise("\u00c4rzte in \u00c4gypten") == "\u00c4rzte in \u00c4gypten"


def test_non_english_text_is_rejected_with_a_reason(tmp_path):
    ru = ("Президенты Беларуси и Ирана встретились в Минске, чтобы обсудить более тесные "
          "связи между своими странами и сотрудничество во всех областях.")
    fr = ("Les présidents du Bélarus et de l'Iran se sont rencontrés à Minsk pour discuter de "
          "liens plus étroits entre leurs pays et de coopération.")
    for name, text in (("ru.txt", ru), ("fr.txt", fr)):
        [r] = _read(tmp_path, name, text.encode())
        assert isinstance(r, Rejection) and r.reason == "not_english", name


def test_oversized_article_is_rejected_not_coded(tmp_path):
    from accord.ingest.readers import MAX_ARTICLE_CHARS
    text = ("Chile met Peru on Monday. " * (MAX_ARTICLE_CHARS // 20)).encode()
    [r] = _read(tmp_path, "big.txt", text)
    assert isinstance(r, Rejection) and r.reason == "too_large"


def test_jsonl_record_with_a_line_separator_inside_a_string_is_kept(tmp_path):
    # regression: str.splitlines() split records at U+2028 inside JSON strings
    line = json.dumps({"id": "x", "text": "Chile met Peru.\u2028Peru thanked Chile."},
                      ensure_ascii=False)
    [a] = _read(tmp_path, "s.jsonl", (line + "\n").encode())
    assert isinstance(a, Article) and a.id == "x"


def test_truncated_utf16_jsonl_is_rejected_not_raised():
    """Regression (found by the fuzzer): a UTF-16 JSON Lines file cut mid-character."""
    from accord.ingest.readers import read_bytes
    data = codecs.BOM_UTF16_LE + '{"text": "Chile met Peru."}\n'.encode("utf-16-le") + b"e"
    [r] = list(read_bytes(data, "x.jsonl", "jsonl"))
    assert r.reason == "undecodable"


def test_broken_marked_section_in_html_is_rejected_not_raised():
    """Regression (found by the fuzzer): html.parser asserts on '<![CDATsaid'."""
    from accord.ingest.readers import read_bytes
    [r] = list(read_bytes(b"<![CDATsaid, and I quote, the Charter is clear.", "x.html", "html"))
    assert r.reason == "no_text"


@pytest.mark.parametrize("text", [
    "Brazil's President Luiz Inacio Lula da Silva hosted Argentine President Javier Milei "
    "in Brasilia.",
    "Vietnam's President Vo Van Thuong welcomed Cuban President Miguel Diaz-Canel in Hanoi.",
])
def test_a_short_brief_full_of_names_is_english(text):
    """Regression: a one-sentence brief has few English function words ("in") and was
    rejected as not English."""
    assert isinstance(make_article(text, source="t"), Article)


def test_a_short_text_in_another_language_is_still_rejected():
    r = make_article("El presidente de Brasil recibió a su homólogo de Argentina en la capital.",
                     source="t")
    assert isinstance(r, Rejection) and r.reason == "not_english"


def test_link_lines_with_a_headline_are_debris():
    """Regression: "Also read: <headline>" lines were kept and coded as events."""
    text = ("Israel and Lebanon held talks.\nAlso read: Israel strikes Hezbollah targets in "
            "Lebanon\nRelated: US imposes sanctions on Iran\nSee also: Iran talks\n"
            "Related talks are planned: the two sides will meet.")
    assert strip_debris(text, None) == ("Israel and Lebanon held talks.\nRelated talks are "
                                        "planned: the two sides will meet.")
