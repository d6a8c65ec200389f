"""Closed-class word lists are compared with folded keys, so they must be folded themselves."""
from __future__ import annotations

import pytest

from rasd.annotate.function_words import DEMONSTRATIVES, RELATIVES
from rasd.arabic import fold_key


@pytest.mark.parametrize("words", [DEMONSTRATIVES, RELATIVES])
def test_lists_are_folded(words: frozenset[str]) -> None:
    assert all(fold_key(w) == w for w in words)


@pytest.mark.parametrize("word, listed", [
    ("هذا", True),     # this
    ("هؤلاء", False),  # these (people): a plural, read by speaker resolution only
])
def test_demonstratives(word: str, listed: bool) -> None:
    assert (fold_key(word) in DEMONSTRATIVES) is listed


def test_relatives_cover_the_dual_and_feminine_plural() -> None:
    # اللذين (the two who), اللواتي (the women who)
    assert {"اللذين", "اللواتي"} <= RELATIVES
