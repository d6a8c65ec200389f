"""fold keeps a map to the original; tokens and sentences are spans."""
from __future__ import annotations

import pytest

from rasd.arabic import clitic_splits, fold, fold_key, sentences, tokenize


@pytest.mark.parametrize("raw,key", [
    ("أحمد", "احمد"),            # hamza on alef → bare alef (Ahmad)
    ("إيران", "ايران"),          # Iran
    ("مستشفى", "مستشفي"),        # alef maqsura → ya (hospital)
    ("الحكومة", "الحكومه"),      # ta marbuta → ha (the government)
    ("كَتَبَ", "كتب"),            # diacritics dropped (he wrote)
    ("الـــجيش", "الجيش"),       # tatweel dropped (the army)
    ("٢٠٢٤", "2024"),            # Eastern Arabic digits
    ("۱۲", "12"),                # Persian digits
    ("NATO", "nato"),
])
def test_fold_key(raw: str, key: str) -> None:
    assert fold_key(raw) == key


def test_fold_offsets_map_back() -> None:
    text = "قالَ الـوزيرُ إنّ"
    f = fold(text)
    i = f.text.index("الوزير")
    a, b = f.span(i, i + len("الوزير"))
    assert text[a:b] == "الـوزير"  # the original spelling, tatweel kept


def test_tokenize_spans() -> None:
    text = "وقال 10,000 جندي، «نعم»"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["وقال", "10,000", "جندي", "،", "«", "نعم", "»"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_sentences() -> None:
    text = "قال الوزير إن 1.5 مليون نزحوا. وأضاف: نعم؟ ثم\nسطر جديد"
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["قال الوزير إن 1.5 مليون نزحوا.", "وأضاف: نعم؟", "ثم", "سطر جديد"]


@pytest.mark.parametrize("word,stem", [
    ("وموسكو", "موسكو"),   # and Moscow
    ("بروسيا", "روسيا"),   # in Russia
    ("للجيش", "الجيش"),    # for the army: ل + ال
    ("والناتو", "الناتو"),  # and NATO
])
def test_clitic_splits(word: str, stem: str) -> None:
    assert stem in [s for _, s in clitic_splits(word)]
