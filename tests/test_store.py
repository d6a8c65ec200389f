"""The SQLite store: migrations, idempotent adds, versions, folded search with filters."""
from __future__ import annotations

import sqlite3

import pytest

from rasd.store import SearchQuery, open_store
from rasd.store.fts import light_stem, snippet
from rasd.store.schema import MIGRATIONS


def record(doc_id: str, text: str, **extra) -> dict:
    base = {"id": doc_id, "title": extra.pop("title", None), "text": text, "entities": [], "quotes": [],
            "quantities": [], "times": [], "events": [], "published": extra.pop("published", "2024-05-01")}
    base.update(extra)
    return base


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "rasd.db")
    yield s
    s.close()


def test_wal_and_migrations_recorded(store, tmp_path) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in store.db.execute("SELECT version FROM migrations")] == [v for v, _, _ in MIGRATIONS]
    assert store.migrate() == []  # nothing left to apply on reopen


def test_reingest_is_idempotent(store) -> None:
    r = record("a", "قصفت طائرات حربية مواقع في الشمال.")  # warplanes struck positions in the north
    assert [x.outcome for x in store.add_records([r])] == ["added"]
    assert [x.outcome for x in store.add_records([r])] == ["unchanged"]
    assert [x.outcome for x in store.add_records([dict(r, id="b")])] == ["duplicate"]  # same content, new id
    assert store.count_documents() == 1


def test_same_url_new_content_is_a_new_version(store) -> None:
    r = record("a", "النص الأول للخبر.", url="https://example.org/news/1")   # the story's first text
    store.add_records([r])
    res = store.add_records([dict(r, id="other-id", text="النص المحدث للخبر.")])  # updated text
    assert res[0].outcome == "updated" and res[0].id == "a"
    doc = store.get_document("a")
    assert doc["version"] == 2 and doc["text"] == "النص المحدث للخبر."
    old = store.db.execute("SELECT version FROM document_versions WHERE doc_id='a'").fetchall()
    assert [o[0] for o in old] == [1]


@pytest.mark.parametrize("query", [
    "أحمد",        # hamza form matches bare alef in the text (Ahmad)
    "مستشفي",      # ya matches alef maqsura (hospital)
    "الحكومه",     # ha matches ta marbuta (the government)
    "الجيش",       # matches بالجيش with a clitic (the army)
    "كَتَبَ",       # diacritics in the query (he wrote)
    "جيش",         # a bare stem matches the definite form
])
def test_search_folds_arabic(store, query) -> None:
    store.add_records([record("x", "قال احمد إن مستشفى الحكومة تعرض للقصف، وكتب بيانا يتهم فيه بالجيش.")])
    hits = store.search(SearchQuery(query))
    assert [h.id for h in hits] == ["x"]


def test_search_filters_and_snippet(store) -> None:
    store.add_records([
        record("d1", "اشتباكات في غزة", published="2024-01-10", section="سياسة",
               events=[{"type": "ASSAULT", "status": "claimed", "source": None, "target": None,
                        "evidence": {"start": 0, "end": 5}}],
               entities=[{"text": "غزة", "start": 12, "end": 15, "type": "GPE", "name_en": "Gaza", "id": "Q39760"}]),
        record("d2", "مفاوضات حول غزة", published="2024-03-01", section="اقتصاد"),
    ])
    assert [h.id for h in store.search(SearchQuery("غزة", date_from="2024-02-01"))] == ["d2"]
    assert [h.id for h in store.search(SearchQuery("غزة", section="سياسة"))] == ["d1"]
    assert [h.id for h in store.search(SearchQuery("غزة", entity_id="Q39760"))] == ["d1"]
    assert [h.id for h in store.search(SearchQuery("غزة", event_type="ASSAULT", status="claimed"))] == ["d1"]
    hit = store.search(SearchQuery("بغزة", section="اقتصاد"))[0]
    assert "<mark>غزة</mark>" in hit.snippet


def test_query_syntax_is_not_injected(store) -> None:
    store.add_records([record("a", "نص عادي")])
    for q in ['"', "NEAR(", "a OR", "*", "col:x", "'; DROP TABLE documents; --"]:
        store.search(SearchQuery(q))  # must not raise
    assert store.count_documents() == 1


def test_snippet_escapes_and_highlights_original() -> None:
    s = snippet("<b>قالَ</b> الوزيرُ كلاما", "الوزير")
    assert "&lt;b&gt;" in s.html() and "<mark>الوزيرُ</mark>" not in s.html()
    assert "<mark>الوزير</mark>" in s.html()


@pytest.mark.parametrize("word,stem", [("والناتو", "ناتو"), ("بروسيا", "روسيا"), ("للجيش", "جيش"), ("غزه", "غزه")])
def test_light_stem(word, stem) -> None:
    assert light_stem(word) == stem


def test_not_a_database(tmp_path) -> None:
    from rasd.errors import StoreError
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        open_store(bad)


def test_batch_is_atomic(store) -> None:
    good = record("g", "خبر سليم")
    with pytest.raises(KeyError):
        store.add_records([good, {"title": "no id or text"}])
    assert store.count_documents() == 0
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert isinstance(store.db, sqlite3.Connection)


def test_old_database_is_migrated_with_its_articles(tmp_path) -> None:
    """A database made before bodies moved to their own table keeps every article."""
    from rasd.store.sqlite import _statements
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for version, name, sql in MIGRATIONS[:3]:
        for st in _statements(sql):
            con.execute(st)
        con.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (version, name))
    rec = record("old-1", "خبر قديم عن المفاوضات في الدوحة")  # an old story about talks in Doha
    import json as _json
    con.execute("INSERT INTO documents (id, title, published, text, content_hash, ingested_at, record) "
                "VALUES ('old-1', NULL, '2024-05-01', ?, 'h', 'then', ?)", (rec["text"], _json.dumps(rec)))
    con.execute("INSERT INTO docs_fts (rowid, folded, stems) VALUES (1, 'خبر قديم عن المفاوضات في الدوحه', '')")
    con.commit()
    con.close()
    store = open_store(path)
    assert [r[0] for r in store.db.execute("SELECT version FROM migrations")] == [v for v, _, _ in MIGRATIONS]
    assert store.get_document("old-1")["text"] == rec["text"]
    assert [h.id for h in store.search(SearchQuery("الدوحة"))] == ["old-1"]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ranking_window_falls_back_to_every_match(store, monkeypatch) -> None:
    """With more matches than the window, the newest are ranked; a filter the window misses still finds older ones."""
    import rasd.store.sqlite as sq
    monkeypatch.setattr(sq, "RANK_WINDOW", 3)
    store.add_records([record(f"n{i}", f"تقرير رقم {i} عن الوضع في غزة وتداعياته", section="قديم" if i == 0 else "جديد")
                       for i in range(8)])  # report number i on Gaza
    # the templated reports are near-duplicates of one another: look at all of them
    newest = [h.id for h in store.search(SearchQuery("غزة", limit=2, include_duplicates=True))]
    assert len(newest) == 2 and set(newest) <= {"n5", "n6", "n7"}
    assert [h.id for h in store.search(SearchQuery("غزة", section="قديم", include_duplicates=True))] == ["n0"]
