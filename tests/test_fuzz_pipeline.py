"""The whole extract over generated and mutated inputs: no crash, no hang, valid offsets.

Any `step-failed` (or a step's own `*-failed`) problem counts as a crash. Inputs: short
generated Arabic news text, random bytes decoded leniently, truncated and deeply nested
HTML, bidi controls (U+202E, U+2067), NUL bytes, cp1256 bytes read as latin-1, a long
line, empty strings. `bench/fuzz.py` runs the same checks over 100,000 inputs.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.model import Document, RawInput
from rasd.pipeline import Pipeline
from tests.conftest import ROOT

# the army shelled the city; the minister said that talks continue; about 10 thousand troops
SENTENCES = (
    "قصف الجيش المدينة صباح الاثنين.",
    "وقال الوزير إن المحادثات مستمرة.",
    "وصل نحو 10 آلاف جندي إلى الحدود.",
    "ونفى المتحدث «أي تورط في الهجوم».",
    "وأعلنت روسيا إسقاط ١٥ مسيرة أوكرانية في ٣ مارس ٢٠٢٤.",
)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u061c"
SETTINGS = settings(derandomize=True, max_examples=40, deadline=None)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.default()


def check(pipe: Pipeline, raw: str, kind: str = "text", published: str | None = "2024-05-17") -> Document:
    """Run one input; fail on any recorded step failure or broken offset."""
    doc = pipe.process(RawInput(id="fuzz", raw=raw, kind=kind, published=published))  # type: ignore[arg-type]
    failed = [p for p in doc.problems if p.reason.endswith("-failed")]
    assert not failed, failed
    n = len(doc.text)
    for field in ("entities", "quotes", "quantities", "times"):
        for m in getattr(doc, field):
            assert 0 <= m.start <= m.end <= n and doc.text[m.start:m.end] == m.text, (field, m)
    for m in doc.title_spans:  # headline-only spans point into the title
        assert doc.title and doc.title[m.start:m.end] == m.text, m
    for e in doc.events:
        assert 0 <= e.evidence[0] <= e.evidence[1] <= n, e
    json.dumps(doc.to_record(), ensure_ascii=False)
    if not raw.strip():
        assert any(p.reason == "empty-body" for p in doc.problems)  # reported, not dropped
    return doc


articles = st.lists(st.sampled_from(SENTENCES) | st.text(alphabet=BIDI + "\x00«»\"ﻻ٣", max_size=4),
                    max_size=8).map(" ".join)


@SETTINGS
@given(articles, st.sampled_from(["text", "html"]))
@pytest.mark.timeout(120)
def test_generated_articles(pipe: Pipeline, text: str, kind: str) -> None:
    raw = text if kind == "text" else f"<html><body><article><p>{text}</p></article></body></html>"
    check(pipe, raw, kind)


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["utf-8", "latin-1", "cp1256", "utf-16"]))
@pytest.mark.timeout(120)
def test_random_bytes_decoded_leniently(pipe: Pipeline, data: bytes, encoding: str) -> None:
    check(pipe, data.decode(encoding, "replace"))


@SETTINGS
@given(st.integers(0, 100_000), st.booleans())
@pytest.mark.timeout(120)
def test_truncated_html_page(pipe: Pipeline, cut: int, head: bool) -> None:
    page = (ROOT / "samples/sudan-elfasher.html").read_text(encoding="utf-8")
    cut = cut % (len(page) + 1)
    check(pipe, page[:cut] if head else page[cut:], "html")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("raw, kind", [
    ("", "text"), ("", "html"), ("   \n\t", "text"), ("\x00" * 1000, "text"),
    ("<html><body>" + "<div>" * 5000 + SENTENCES[0] + "</div>" * 5000 + "</body></html>", "html"),
    ("<html><body>" + "<div>" * 5000 + SENTENCES[1], "html"),  # never closed
    ("<" * 3000 + SENTENCES[2], "html"),
    ("".join(s + BIDI for s in SENTENCES), "text"),
    ("\u202e" + SENTENCES[1] + "\u2067" + SENTENCES[3] + "\u2069", "text"),
    (" ".join(SENTENCES).replace(" ", "\x00"), "text"),
    ("\n".join(SENTENCES).encode("cp1256", "replace").decode("latin-1"), "text"),  # wrong encoding
    ("\n".join(SENTENCES).encode("utf-8").decode("latin-1"), "html"),   # mojibake
    ("Putin said Кремль 北京 " + SENTENCES[1] + " שלום 2024-05-17 $3.5bn", "text"),
    ("\ufdd0\ufbc2" + SENTENCES[0] + "\ufdfe", "text"),  # unassigned presentation-form code points
    ("«" * 500 + SENTENCES[3] + "»" * 3, "text"),
    ("\n" * 10_000 + SENTENCES[0], "text"),
    ("\ud83d" + SENTENCES[1] + "\udfff", "text"),  # lone surrogates, as json.loads gives for "\ud83d"
])
def test_mutated_inputs(pipe: Pipeline, raw: str, kind: str) -> None:
    check(pipe, raw, kind)


@pytest.mark.slow  # ~15 s of CPU for both; the wall-clock limit leaves room for a busy machine
@pytest.mark.timeout(600)
@pytest.mark.parametrize("raw", [
    "a" * 1_000_000,                                   # 1 MB without a newline
    ("word " * 20 + SENTENCES[2]) * 4_000,             # mostly Latin, some Arabic
])
def test_one_megabyte_line(pipe: Pipeline, raw: str) -> None:
    check(pipe, raw[:1_000_000])


@pytest.mark.timeout(300)
def test_pool_of_two_keeps_every_article_in_order() -> None:
    from rasd.runner.local import run_local

    raws = ["", "\x00" * 50, SENTENCES[0], "<html><body>" + "<div>" * 400, "\ud83d" + SENTENCES[1], SENTENCES[2]]
    items = [RawInput(id=f"a{i}", raw=r) for i, r in enumerate(raws)]
    docs = list(run_local(items, workers=2, chunksize=1))
    assert [d.id for d in docs] == [f"a{i}" for i in range(len(raws))]
    for d in docs:
        assert not [p for p in d.problems if p.reason.endswith("-failed")], d.problems
    assert [p.reason for p in docs[0].problems] == ["empty-body"]
