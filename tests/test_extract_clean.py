"""The clean step: structured metadata wins, problems instead of crashes, HTML and dumps routed."""
from __future__ import annotations

import pytest

from rasd.extract.clean import CleanArticle
from rasd.model import Document

DUMP = "سياسة\nالبرلمان يقر الموازنة العامة\nكتب: عمر نبيل\n\nأقر البرلمان اليوم الموازنة العامة للعام المقبل بأغلبية كبيرة بعد نقاش استمر يومين."


def test_dump_fields_filled():
    doc = CleanArticle()(Document(id="1", raw=DUMP))
    assert (doc.title, doc.author, doc.section) == ("البرلمان يقر الموازنة العامة", "عمر نبيل", "سياسة")
    assert doc.text.startswith("أقر البرلمان") and not doc.problems


def test_structured_metadata_wins_and_missing_is_filled():
    doc = Document(id="1", raw=DUMP, title="عنوان من المصدر", published="2024-05-01")
    doc = CleanArticle()(doc)
    assert doc.title == "عنوان من المصدر"       # SGML/JSONL title kept
    assert doc.published == "2024-05-01"
    assert doc.author == "عمر نبيل"             # filled from the dump


def test_html_routed_by_kind(fixtures):
    raw = (fixtures / "extract" / "egypt-portal.html").read_text(encoding="utf-8")
    doc = CleanArticle()(Document(id="1", raw=raw, kind="html"))
    assert (doc.published, doc.author) == ("2024-04-11", "محمود عبد الحليم")


@pytest.mark.parametrize("raw, kind", [("", "text"), ("  \n", "text"), ("7579HJ\n|", "text"),
                                       ("", "html"), ("<html><body></body></html>", "html")])
def test_empty_or_garbage_recorded_as_problem(raw, kind):
    doc = CleanArticle()(Document(id="1", raw=raw, kind=kind))
    assert doc.text == ""
    assert [p.reason for p in doc.problems] == ["empty-body"]


def test_body_is_a_cut_of_the_source():
    doc = CleanArticle()(Document(id="1", raw=DUMP.replace("\n", "\r\n")))
    assert doc.text in DUMP.replace("\n", "\r\n")


def test_html_fragment_in_a_text_record_goes_through_html():
    paras = "".join(f"<p>الفقرة رقم {i} من نص الخبر الطويل الذي يشرح ما جرى في الاجتماع الوزاري اليوم.</p>"
                    for i in range(12))
    doc = CleanArticle()(Document(id="1", raw=f"<div class='post'><h1>اجتماع وزاري</h1>{paras}</div>"))
    assert "<p>" not in doc.text and "الفقرة رقم 3" in doc.text


def test_clean_kind_keeps_the_body_whole() -> None:
    """An SGML <TEXT> body (kind "clean") is kept as given: a dateline line and short paragraphs stay."""
    from rasd.extract.clean import CleanArticle
    from rasd.model import Document

    raw = "القاهرة 5 مارس (شينخوا)\nقال مسؤول إن المحادثات ستستأنف.\nنعم.\n"
    doc = CleanArticle()(Document(id="s", raw=raw, kind="clean", title="عنوان"))
    assert doc.text == raw.strip() and doc.title == "عنوان" and not doc.problems


def test_over_long_body_is_cut_with_a_problem() -> None:
    """A 300,000-character input is cut at a line break before 200,000 characters, and says so."""
    from rasd.extract.clean import MAX_BODY_CHARS, CleanArticle
    from rasd.model import Document

    line = "قال مسؤول إن المحادثات ستستأنف الأسبوع المقبل في الدوحة.\n"  # talks resume next week in Doha
    doc = CleanArticle()(Document(id="big", raw=line * (300_000 // len(line)), kind="clean"))
    assert len(doc.text) <= MAX_BODY_CHARS and doc.text.endswith("الدوحة.")
    assert [p.reason for p in doc.problems] == ["body-truncated"]
