"""Shared test helpers: paths and a pipeline-built document from a short text."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def assert_offsets(doc) -> None:
    """Every span points at its own text inside the body."""
    for kind in ("entities", "quotes", "quantities", "times"):
        for m in getattr(doc, kind):
            assert doc.text[m.start:m.end] == m.text, (kind, m)


def assert_dump(raw: str, title: str, author: str | None, section: str | None, start: str, end: str,
                furniture: list[str]) -> None:
    """A crawl dump's header fields and body: the body starts and ends where the story does, holds
    none of the page furniture, and is a cut of the source (every body line inside a raw line)."""
    from rasd.extract.dump import parse_dump
    from rasd.extract.lines import split_lines

    d = parse_dump(raw)
    assert (d.title, d.author, d.section) == (title, author, section)
    assert d.text.startswith(start), d.text[:80]
    assert d.text.endswith(end), d.text[-80:]
    for bit in furniture:
        assert bit not in d.text, bit
    raw_lines = [ln.text for ln in split_lines(raw)]
    assert all(any(ln.text in r for r in raw_lines) for ln in split_lines(d.text))


def state_id(kb, name_en: str) -> str:
    """The KB id of the country with this English name."""
    return next(e.id for e in kb.entries.values() if e.subtype == "country" and e.name_en == name_en)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
