"""English names for bodies the KB lacks, read from their words (rasd/annotate/body_english.py)."""
from __future__ import annotations

import pytest

from rasd.annotate.body_english import english_body
from rasd.arabic import fold_key


@pytest.mark.parametrize("arabic, place, english", [
    ("المجلس الوطني للانتخابات", "Venezuela", "National Council for Elections in Venezuela"),
    ("المنسقية العامة للنازحين واللاجئين", "Darfur",
     "General Coordination for Displaced Persons and Refugees in Darfur"),
    ("المفوضية العليا المستقلة للانتخابات", None, "Independent High Commission for Elections"),  # adjectives reversed
    ("اللجنة الوطنية لحقوق الإنسان", None, "National Committee for Human Rights"),  # ل + a noun in construct
    ("لجنة الأمن القومي", None, "National Security Committee"),   # a head in construct, its noun's adjective
    ("مجلس الأمن", None, "Security Council"),
])
def test_descriptive_names_are_translated(arabic: str, place: str | None, english: str) -> None:
    assert english_body(fold_key(arabic).split(), place) == english


@pytest.mark.parametrize("arabic", [
    "المجلس",                   # the head alone: no name
    "مجلس حلب",                 # a proper name in it (Aleppo council): romanised by the caller
    "إذاعة الأندلس",            # a head outside the list (radio) and a proper name
    "المجلس الوطني للتراث",     # a word outside the list (heritage): all or nothing
])
def test_other_names_are_left_to_romanisation(arabic: str) -> None:
    assert english_body(fold_key(arabic).split()) is None
