"""Named migrations, applied in order and recorded in the `migrations` table."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR, title VARCHAR, outlet VARCHAR, published DATE,
    source VARCHAR, language VARCHAR, text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    n_sentences INTEGER, n_events INTEGER,
    coder_version VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER, sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    source_code VARCHAR, source_country VARCHAR, source_name VARCHAR,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER, object_text VARCHAR,
    cameo VARCHAR, cameo_name VARCHAR, cameo_root VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, plover VARCHAR, status VARCHAR, background BOOLEAN,
    event_date VARCHAR, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    attribution VARCHAR, confidence DOUBLE, published DATE, url VARCHAR, outlet VARCHAR,
    coder_version VARCHAR
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_dyad ON events(source_country, target_country);
CREATE TABLE rejects (
    source VARCHAR NOT NULL, reason VARCHAR NOT NULL, detail VARCHAR,
    rejected_at TIMESTAMP DEFAULT current_timestamp
);
"""),
    ("0002_agreement_seeds", """
CREATE TABLE agreement_seeds (
    source VARCHAR NOT NULL, name VARCHAR NOT NULL, parties VARCHAR[] NOT NULL,
    kind VARCHAR, status VARCHAR, steps JSON, obligations JSON,
    PRIMARY KEY (source, name)
);
"""),
    ("0003_near_duplicates", """
CREATE TABLE article_bands (band VARCHAR NOT NULL, article_id VARCHAR NOT NULL);
CREATE INDEX article_bands_band ON article_bands(band);
CREATE TABLE article_signatures (article_id VARCHAR PRIMARY KEY, signature UINTEGER[]);
CREATE TABLE near_duplicates (
    article_id VARCHAR PRIMARY KEY, original_id VARCHAR NOT NULL, similarity DOUBLE
);
"""),
    # `accord watch`: per-source HTTP validators, and every feed item or file already
    # handled (recorded only after its article or rejection is committed)
    ("0004_watch", """
CREATE TABLE watch_feeds (
    feed VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR,
    last_polled TIMESTAMP, last_status VARCHAR
);
CREATE TABLE watch_items (
    feed VARCHAR NOT NULL, item_key VARCHAR NOT NULL, url VARCHAR, article_id VARCHAR,
    seen_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (feed, item_key)
);
CREATE INDEX watch_items_url ON watch_items(url);
"""),
    ("0005_sentences_and_mentions", """
CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, coded BOOLEAN NOT NULL,
    n_events INTEGER NOT NULL,
    PRIMARY KEY (doc_id, sentence_index)
);
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    text VARCHAR, actor_code VARCHAR NOT NULL, country VARCHAR, sector VARCHAR,
    actor_name VARCHAR, kind VARCHAR, via VARCHAR, confidence DOUBLE
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_country ON mentions(country);
"""),
]
