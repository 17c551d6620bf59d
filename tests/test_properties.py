"""Invariants that hold for any input: the readers and the coder never raise on text, and
every offset points into the article."""

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accord.ingest.readers import make_article, read_bytes
from accord.records import Article, Rejection

WORDS = st.sampled_from(["Chile", "Peru", "met", "condemned", "the", "Russian", "troops",
                         "in", "Minsk", "on", "Monday", "will", "not", "sign", "a", "treaty",
                         "with", "Iran", "sanctions", "he", "they", ".", ",", "\n", "“", "’s"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join)))
def test_coder_never_raises_and_offsets_point_into_the_text(coder, text):
    art = make_article(text, source="prop")
    if isinstance(art, Rejection):
        return
    for e in coder.code(art).events:
        r = e.to_row()
        assert art.text[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
        assert art.text[r["source_start"]:r["source_end"]] == r["source_text"]
        assert art.text[r["trigger_start"]:r["trigger_end"]] == r["trigger_text"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["text", "html", "jsonl"]))
def test_readers_turn_any_bytes_into_articles_or_typed_rejections(data, kind):
    for item in read_bytes(data, "fuzz", kind):
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Rejection):
            assert item.reason and item.detail


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url"]),
                    st.one_of(st.text(max_size=30), st.integers(), st.none(), st.floats()),
                    max_size=5).map(json.dumps),
    st.text(max_size=40)), max_size=8))
@example(lines=["\x85"])
@example(lines=["{}", "0\x00", "\x000"])  # NULs at even places: not UTF-16 (session 10)
def test_jsonl_lines_never_break_the_batch(lines):
    flat = [line.replace("\n", " ").rstrip("\r") for line in lines]
    data = "\n".join(flat).encode()
    items = list(read_bytes(data, "f.jsonl", "jsonl"))
    if not data.strip():
        assert [i.reason for i in items] == ["empty"]  # type: ignore[union-attr]
    else:
        # a line of Unicode-only whitespace (U+0085, U+2028) is not blank in JSON: it is
        # listed as a rejection, never skipped in silence (hypothesis found "\x85")
        assert len(items) == sum(1 for line in flat if line.encode().strip())
