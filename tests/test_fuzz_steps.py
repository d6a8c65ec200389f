"""Property tests: number, quantity, time and quote parsing never crash and keep offsets.

Texts are generated from pieces of Arabic news language (number words, units, month
names, cue verbs, quotation marks) shuffled with stray characters, so the parsers
meet half-sentences such as `نحو « ١٥ آلاف قال` (about « 15 thousand said).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.numbers import parse_number
from rasd.annotate.quantities import FindQuantities
from rasd.annotate.quotes import FindQuotes
from rasd.annotate.times import ResolveTimes
from rasd.model import Document

PIECES = (
    # numbers and their words: 10, 1.5, ١٥, thousand(s), million, fifteen, three, half, dozens
    "10", "1.5", "10,000", "١٥", "٣٫٥", "٢٠٢٤", "ألف", "آلاف", "مليون", "ملايين", "خمسة عشر",
    "ثلاثة", "ثلاث", "نصف", "عشرات", "مئات", "المئات", "أكثر من", "نحو", "حوالي", "قرابة", "%",
    # counted nouns: troops, people, dead, wounded, drones, dollars
    "جندي", "جنديا", "شخصا", "قتيلا", "جريحا", "مسيرة", "دولار", "كيلومترا",
    # times: Monday, yesterday, last week, March, Ramadan, in 2024, ago, morning
    "الاثنين", "يوم", "أمس", "الأسبوع الماضي", "مارس", "آذار", "رمضان", "عام", "منذ", "صباح", "الساعة",
    "/", "-", ":", "هـ", "م",
    # quotes: said, added (f.), denied, according to, that, marks
    "وقال", "وأضافت", "نفى", "بحسب", "إن", "أن", ":", "«", "»", '"', "“", "”", "'",
    # names and titles
    "الرئيس", "وزير الخارجية", "المتحدث باسم الجيش", "مصدر", "روسيا", "غزة",
    ".", "،", "؟", "\n", "\n\n",
)
STRAY = "\u064b\u0651\u0640\u202e\u2067\u200f\x00\ufeff\ufdd0ﻻ0٩<>&"
pieces = st.sampled_from(PIECES) | st.text(alphabet=STRAY, min_size=1, max_size=3)
texts = st.lists(pieces, max_size=40).flatmap(
    lambda ps: st.lists(st.sampled_from(["", " ", "  ", "\u00a0"]), min_size=len(ps), max_size=len(ps))
    .map(lambda seps: "".join(p + s for p, s in zip(ps, seps))))
published = st.sampled_from([None, "2024-05-17", "2024-02-29T10:00:00Z", "", "not a date", "0001-01-01"])
SETTINGS = settings(derandomize=True, max_examples=150, deadline=None)


@pytest.fixture(scope="module")
def steps() -> dict:
    return {"quantities": FindQuantities(), "times": ResolveTimes(), "quotes": FindQuotes()}


def _doc(text: str, pub: str | None) -> Document:
    doc = Document(id="fuzz", raw=text, text=text, published=pub)
    doc.provided.update({"text", "published", "entities"})
    return doc


def _assert_clean(doc: Document, field: str) -> None:
    """No failure recorded, every span is its own text."""
    failed = [p for p in doc.problems if p.reason.endswith("-failed")]
    assert not failed, failed
    for m in getattr(doc, field):
        assert 0 <= m.start <= m.end <= len(doc.text) and doc.text[m.start:m.end] == m.text, m


@SETTINGS
@given(texts)
def test_parse_number_returns_a_number_or_none(text: str) -> None:
    value = parse_number(text)
    assert value is None or (isinstance(value, float | int) and value == value)  # never NaN


@pytest.mark.parametrize("text, value", [
    ("10 آلاف", 10000),      # 10 thousand
    ("خمسة عشر", 15),        # fifteen
    ("١٥", 15),              # Eastern Arabic digits
    ("", None),
    ("\ufdd0", None),         # an unassigned code point
])
def test_parse_number_examples(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@SETTINGS
@given(texts, published)
def test_quantities_never_crash_and_keep_offsets(steps: dict, text: str, pub: str | None) -> None:
    _assert_clean(steps["quantities"](_doc(text, pub)), "quantities")


@SETTINGS
@given(texts, published)
def test_times_never_crash_and_keep_offsets(steps: dict, text: str, pub: str | None) -> None:
    doc = steps["times"](_doc(text, pub))
    _assert_clean(doc, "times")
    assert all(t.value and t.value[:1].isdigit() for t in doc.times), doc.times


@SETTINGS
@given(texts, published)
def test_quotes_never_crash_and_keep_offsets(steps: dict, text: str, pub: str | None) -> None:
    doc = steps["quotes"](_doc(text, pub))
    _assert_clean(doc, "quotes")
    for q in doc.quotes:
        assert q.speaker is None or q.speaker.text.strip(), q
