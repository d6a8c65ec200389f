"""Headline-only facts are kept with title offsets, apart from the body's spans."""
from __future__ import annotations

from rasd.annotate.title import AnnotateTitle
from rasd.model import Document, Mention
from rasd.store import open_store


def test_headline_only_quantity_kept_with_title_offsets() -> None:
    # Title: "Two soldiers killed and 24 wounded in an attack"; body: says only "two soldiers were killed".
    doc = Document(id="t", title="مقتل جنديين وإصابة 24 آخرين في هجوم", text="قال الجيش إن جنديين قتلا في الهجوم.",
                   published="2024-05-01")
    doc.quantities = []
    doc = AnnotateTitle()(doc)
    rec = doc.to_record()
    title_q = [q for q in rec["quantities"] if q.get("field") == "title"]
    assert any(q["value"] == 24 for q in title_q)
    for q in title_q:
        assert "start" not in q and doc.title[q["title_start"]:q["title_end"]] == q["text"]


def test_entities_already_in_body_are_not_repeated() -> None:
    doc = Document(id="t", title="روسيا تقصف خاركيف", text="قصفت روسيا مدينة خاركيف.", published="2024-05-01")
    doc.entities = [Mention("روسيا", 5, 10, "GPE", "Russia", "Q159")]
    doc = AnnotateTitle()(doc)
    assert all(m.id != "Q159" for m in doc.title_spans if isinstance(m, Mention))


def test_store_keeps_title_spans_in_the_record_only(tmp_path) -> None:
    doc = Document(id="t", title="مقتل جنديين وإصابة 24 آخرين في هجوم", text="نص قصير عن الهجوم وأسبابه وتداعياته.",
                   published="2024-05-01")
    rec = AnnotateTitle()(doc).to_record()
    store = open_store(tmp_path / "t.db")
    store.add_records([rec])
    assert any(q.get("field") == "title" for q in store.get_document("t")["quantities"])
    assert store.db.execute("SELECT count(*) FROM quantities").fetchone()[0] == 0
