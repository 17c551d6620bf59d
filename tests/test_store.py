import datetime as dt

import duckdb
import pytest

from accord.batch import ingest
from accord.errors import StoreError
from accord.store import Store


def _corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Headline\nOn Monday, Chile and Peru signed a trade agreement.\n")
    (d / "b.jsonl").write_text(
        '{"id": "n1", "text": "France condemned Russia on Tuesday.", "published": "2025-08-21"}\n'
        '{broken\n'
        '{"id": "n2", "text": "Japan praised India.", "published": "2025-08-20"}\n')
    (d / "c.txt").write_bytes(b"\x00\x01binary")
    (d / "empty.txt").write_text("")
    return d


def test_ingest_stores_articles_events_and_rejections(tmp_path, coder):
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        s = ingest([_corpus(tmp_path)], store, coder, batch_size=2)
        assert s.articles == 3 and s.events >= 3
        assert sorted(r.reason for r in s.rejected) == ["bad_json", "binary", "empty"]
        counts = store.counts()
        assert counts == {"articles": 3, "events": s.events, "rejects": 3}
        rows = list(store.events(dyad=("RUS", "FRA")))
        assert rows and rows[0]["doc_id"] == "n1" and rows[0]["published"] == "2025-08-21"


def test_ingesting_twice_stores_once(tmp_path, coder):
    db = tmp_path / "a.duckdb"
    corpus = _corpus(tmp_path)
    with Store(db) as store:
        first = ingest([corpus], store, coder)
        second = ingest([corpus], store, coder)
        assert second.articles == 0 and second.events == 0
        assert second.duplicates == first.articles
        assert store.counts()["events"] == first.events


def test_same_text_under_another_id_is_a_duplicate(tmp_path, coder):
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "1", "text": "Chile thanked Peru."}\n'
                 '{"id": "2", "text": "  Chile   thanked Peru. "}\n')
    with Store(tmp_path / "d.duckdb") as store:
        s = ingest([f], store, coder)
        assert (s.articles, s.duplicates) == (1, 1)


def test_filters_are_validated(tmp_path, coder):
    from accord.errors import QueryError
    with Store(tmp_path / "d.duckdb") as store:
        with pytest.raises(QueryError):
            list(store.events(root="0'; DROP TABLE events; --"))
        with pytest.raises(QueryError):
            list(store.events(status="maybe"))


def test_newer_database_is_refused(tmp_path):
    db = tmp_path / "new.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO migrations (name) VALUES ('9999_future')")
    con.close()
    with pytest.raises(StoreError, match="newer accord"):
        Store(db)


def test_read_only_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="accord ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_older_database_is_upgraded(tmp_path):
    db = tmp_path / "old.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM migrations WHERE name = '0002_agreement_seeds'")
    con.execute("DROP TABLE agreement_seeds")
    con.close()
    with Store(db) as s:
        names = [r[0] for r in s.con.execute("SELECT name FROM migrations ORDER BY name")
                 .fetchall()]
        from accord.store.schema import MIGRATIONS
        assert names == [name for name, _ in MIGRATIONS]
        assert "0002_agreement_seeds" in names
        assert s.agreement_seeds() == []


def test_recode_reports_and_applies_differences(tmp_path, coder):
    from accord.recode import recode
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "r1", "text": "France condemned Russia on Tuesday.", '
                 '"published": "2025-08-21"}\n')
    with Store(tmp_path / "r.duckdb") as store:
        ingest([f], store, coder)
        store.con.execute("UPDATE events SET cameo = '051'")
        diff = recode(store, coder)
        assert (diff.changed, diff.added, diff.removed) == (1, 0, 0)
        recode(store, coder, apply=True)
        assert [r["cameo"][:2] for r in store.events()] == ["11"]
        assert recode(store, coder).changed == 0


def test_syndicated_copies_are_linked_and_distinct_articles_are_not(tmp_path, coder):
    """Near-duplicate detection on the sample corpus: each article, and a copy of it with a
    new id, a byline and one word in a hundred changed (a syndicated edit)."""
    import json
    import random

    from accord.knowledge.tsv import packaged
    rnd = random.Random(3)
    src = packaged("sample", "us-government-news.jsonl").read_text().splitlines()
    copies = []
    for line in src:
        a = json.loads(line)
        words = a["text"].split(" ")
        for i in rnd.sample(range(len(words)), max(1, len(words) // 100)):
            words[i] = "edited"
        copies.append(json.dumps({"id": a["id"] + "-copy", "published": a["published"],
                                  "text": "By a staff writer\n" + " ".join(words)}))
    f = tmp_path / "all.jsonl"
    f.write_text("\n".join(src + copies) + "\n")
    with Store(tmp_path / "n.duckdb") as store:
        s = ingest([f], store, coder, batch_size=16)
        assert s.articles == 62
        links = {d["article_id"]: d["original_id"] for d in store.near_duplicates()}
    originals = [json.loads(x)["id"] for x in src]
    assert {k: v for k, v in links.items()} == {o + "-copy": o for o in originals}


def test_sentences_and_mentions_are_stored_with_offsets_into_the_text(tmp_path, coder, seed_text):
    """What the coder saw, kept: each sentence's span (and whether it was coded) and each
    actor mention (named or by coreference) with its resolution."""
    src = tmp_path / "seed.txt"
    src.write_text(seed_text)
    with Store(tmp_path / "s.duckdb") as store:
        ingest([src], store, coder, published=dt.date(2025, 8, 21))
        [(doc, text, n_sent, n_events)] = store.con.execute(
            "SELECT id, text, n_sentences, n_events FROM articles").fetchall()
        sents = store.sentences(doc)
        assert len(sents) == n_sent and sum(s["n_events"] for s in sents) == n_events
        assert all(text[s["start"]:s["end"]] == s["text"] and s["coded"] for s in sents)
        ments = store.mentions(doc)
        assert {"BLR", "IRN", "RUS"} <= {m["country"] for m in ments}
        assert all(text[m["start_char"]:m["end_char"]] == m["text"] for m in ments)
        assert any(m["via"] == "coref" for m in ments)
        assert store.mentions(country="BLR") and not store.mentions(country="XXX")
        # re-ingesting adds nothing
        ingest([src], store, coder, published=dt.date(2025, 8, 21))
        assert len(store.mentions(doc)) == len(ments) and len(store.sentences(doc)) == n_sent

