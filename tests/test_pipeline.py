"""Pipeline: once an Arabic document has been through, the long-lived tables leave the cyclic GC."""
from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from rasd.model import Document, RawInput
from rasd.pipeline import Pipeline


class SetLang:
    """A stand-in step: the language the test wants (no models to load)."""

    name, requires, provides = "script", ("raw",), ("text", "lang")

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Document) -> Document:
        doc.text, doc.lang = doc.raw, self.lang
        return doc


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # leave the other tests' objects where the GC sees them


def _frozen_after(pipe: Pipeline, raw: str) -> bool:
    """Whether processing one more document froze anything."""
    gc.unfreeze()
    pipe.process(RawInput(id="x", raw=raw))
    return gc.get_freeze_count() > 0


def test_objects_are_frozen_after_the_first_document(unfrozen: None) -> None:
    table = [("وزارة", "ministry")]  # stands for a lexicon a step loaded lazily
    pipe = Pipeline([SetLang("ar")])
    assert _frozen_after(pipe, "قالت الوزارة.")  # "The ministry said."
    assert gc.is_tracked(table) and not any(o is table for o in gc.get_objects())
    assert not _frozen_after(pipe, "قال الوزير.")  # "The minister said.": never again


def test_a_later_first_arabic_document_freezes_once_more(unfrozen: None) -> None:
    english, arabic = Pipeline([SetLang("und")]), SetLang("ar")
    assert _frozen_after(english, "The minister said.")
    assert not _frozen_after(english, "The ministry said.")  # a feed of English freezes once
    english.steps = [arabic]  # the next document is Arabic: its tables are frozen too
    assert _frozen_after(english, "قالت الوزارة.")
    assert not _frozen_after(english, "قال الوزير.")


def test_a_document_still_comes_back_whole(unfrozen: None) -> None:
    doc = Pipeline([SetLang("ar")]).process(RawInput(id="c", raw="قالت الوزارة."))
    assert doc.text == "قالت الوزارة." and doc.lang == "ar" and not doc.problems
