"""SQLite schema as ordered migrations; each applied one is recorded in the database."""
from __future__ import annotations

# (version, name, SQL). Append only: never edit an applied migration.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents, annotations, search", """
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    source TEXT,
    title TEXT,
    author TEXT,
    section TEXT,
    published TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    ingested_at TEXT NOT NULL,
    duplicate_of TEXT,
    story_id INTEGER,
    record TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE document_versions (
    doc_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, version)
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name_en TEXT,
    type TEXT,
    name_ar TEXT,
    mention_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    entity_id TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    type TEXT,
    role TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    cue TEXT,
    speaker_text TEXT,
    speaker_id TEXT,
    speaker_name_en TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE quantities (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    value REAL,
    unit TEXT,
    approx INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE times (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    value TEXT,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE events (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    source_id TEXT, source_name TEXT, source_text TEXT,
    target_id TEXT, target_name TEXT, target_text TEXT,
    where_id TEXT, where_name TEXT,
    when_value TEXT,
    quantity_value REAL, quantity_unit TEXT,
    status TEXT NOT NULL,
    claimed_by_id TEXT, claimed_by_name TEXT,
    evidence_start INTEGER, evidence_end INTEGER,
    published TEXT,
    claim_id INTEGER,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_source ON events(source_id);
CREATE INDEX events_target ON events(target_id);
CREATE INDEX events_claim ON events(claim_id);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT,
    first_published TEXT,
    last_published TEXT,
    size INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    source_id TEXT,
    target_id TEXT,
    where_id TEXT,
    when_start TEXT,
    when_end TEXT,
    summary TEXT,
    first_seen TEXT
);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    rule TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    created_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    UNIQUE (rule, kind, ref)
);

CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT,
    last_status INTEGER
);

-- Folded search copy of title and body: one column of folded words, one of light
-- stems; rowid = documents.rowid. Snippets come from documents.text through the
-- fold map, never from this copy. (Not contentless: SQLite 3.40 here lacks
-- contentless_delete, and updates must delete rows.)
CREATE VIRTUAL TABLE docs_fts USING fts5(
    folded, stems, tokenize='unicode61 remove_diacritics 0'
);
"""),
)

MIGRATIONS += (
    (2, "near-duplicate fingerprints and story keys", """
CREATE TABLE fingerprints (
    doc_id TEXT PRIMARY KEY,
    sig BLOB NOT NULL
);
CREATE TABLE story_keys (
    story_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
);
CREATE INDEX story_keys_key ON story_keys(key);
CREATE INDEX stories_last ON stories(last_published);
CREATE INDEX claims_key ON claims(type, source_id, target_id);
"""),
)

MIGRATIONS += (
    (3, "inputs already ingested, for fast resume", """
CREATE TABLE inputs_seen (
    key TEXT PRIMARY KEY,
    raw_hash TEXT NOT NULL,
    doc_id TEXT,
    seen_at TEXT NOT NULL
);
"""),
)

MIGRATIONS += (
    (4, "article bodies and records in their own table", """
-- Filters read small rows: with the body inside `documents`, every filter on a
-- column stored after it walked the body's overflow pages (bench_store: 257 ms
-- median search at 100,000 articles). Bodies now live beside, one row each.
CREATE TABLE document_bodies (
    rowid INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    record TEXT NOT NULL
);
INSERT INTO document_bodies (rowid, text, record) SELECT rowid, text, record FROM documents;
ALTER TABLE documents DROP COLUMN text;
ALTER TABLE documents DROP COLUMN record;
CREATE VIEW documents_full AS
    SELECT d.*, b.text AS text, b.record AS record FROM documents d JOIN document_bodies b ON b.rowid = d.rowid;
"""),
)

MIGRATIONS += (
    (5, "publication day beside mentions and quotes, for entity pages", """
-- An entity page groups its mentions by day and lists its newest quotes; with the
-- day on the mention row an index answers both without visiting documents
-- (bench_store.py: entity page 915 ms at 100,000 articles before).
ALTER TABLE mentions ADD COLUMN published TEXT;
ALTER TABLE quotes ADD COLUMN published TEXT;
UPDATE mentions SET published = (SELECT d.published FROM documents d WHERE d.id = mentions.doc_id);
UPDATE quotes SET published = (SELECT d.published FROM documents d WHERE d.id = quotes.doc_id);
CREATE INDEX mentions_entity_day ON mentions(entity_id, published);
CREATE INDEX quotes_speaker_day ON quotes(speaker_id, published);
CREATE INDEX events_where ON events(where_id);
"""),
)

MIGRATIONS += (
    (6, "indexes for the dashboard's lists and facets", """
-- Measured at 100,000 articles (bench_store.py): the article page scanned every
-- article for its copies, the events page and network sorted every event, and
-- search facets grouped every row.
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX documents_section ON documents(section);
CREATE INDEX events_published ON events(published);
CREATE INDEX events_type_published ON events(type, published);
CREATE INDEX events_status ON events(status);
CREATE INDEX entities_mentions ON entities(mention_count);
CREATE INDEX events_source_day ON events(source_id, published);
CREATE INDEX events_target_day ON events(target_id, published);
CREATE INDEX events_where_day ON events(where_id, published);
CREATE INDEX claims_when_end ON claims(when_end);
"""),
)
