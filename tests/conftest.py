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


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
