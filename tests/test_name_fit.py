"""The build scripts' test of whether a Latin spelling fits an Arabic name part (scripts/name_fit.py)."""
from __future__ import annotations

import pytest

from rasd.arabic import fold_key
from scripts.name_fit import MIN_FIT, fits


@pytest.mark.parametrize("arabic, latin", [
    ("سلطان", "Sultan"),
    ("محمد", "Mohammed"),
    ("عبدالله", "Abdullah"),
    ("تركمان", "Turkman"),      # Turkmen
    ("خورخي", "Jorge"),         # Spanish j is خ
    ("خوسيه", "Jose"),
    ("تسوي", "Cui"),            # Chinese c is ts
    ("جيجيقه", "Djedjiga"),     # Maghrebi dj is ج
    ("الحربي", "Al-Harbi"),     # the article on both sides
])
def test_spellings_of_the_part_fit(arabic: str, latin: str) -> None:
    assert fits(fold_key(arabic), latin) >= MIN_FIT


@pytest.mark.parametrize("arabic, latin", [
    ("تركمان", "Nasrallah"),    # another word of the same name
    ("سلطان", "Al-Sharji"),
    ("ممثل", "Hasan"),          # "actor", a description in the label
    ("في", "In"),               # "in"
    ("من", "Produced"),         # "by"
    ("يوحنا", "Pope"),          # the title, not the name (John)
])
def test_slipped_pairs_do_not_fit(arabic: str, latin: str) -> None:
    assert fits(fold_key(arabic), latin) < MIN_FIT
