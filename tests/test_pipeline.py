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


@pytest.mark.parametrize("lang,frozen_after_one", [("ar", True), ("und", False)])
def test_objects_are_frozen_until_an_arabic_document(unfrozen: None, lang: str, frozen_after_one: bool) -> None:
    pipe = Pipeline([SetLang(lang)])
    table = [("وزارة", "ministry")]  # stands for a lexicon a step loaded lazily
    # "The ministry said." / "The minister said."
    pipe.process(RawInput(id="a", raw="قالت الوزارة."))
    assert gc.get_freeze_count() > 0  # frozen after every document ...
    assert gc.is_tracked(table) and not any(o is table for o in gc.get_objects())
    gc.unfreeze()
    pipe.process(RawInput(id="b", raw="قال الوزير."))
    # ... until an Arabic one has been through: then never again
    assert (gc.get_freeze_count() == 0) is frozen_after_one


def test_a_document_still_comes_back_whole(unfrozen: None) -> None:
    doc = Pipeline([SetLang("ar")]).process(RawInput(id="c", raw="قالت الوزارة."))
    assert doc.text == "قالت الوزارة." and doc.lang == "ar" and not doc.problems
