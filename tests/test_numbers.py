"""Arabic numbers: digits, separators, number words and scale words."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.numbers import find_numbers, parse_digits, parse_number, tokens
from rasd.arabic import fold_key


@pytest.mark.parametrize("text,value", [
    ("25", 25),                     # Western digits
    ("٢٥", 25),                     # Eastern Arabic digits
    ("۲۵", 25),                     # Persian digits
    ("10,000", 10000),              # thousands comma
    ("١٠٬٠٠٠", 10000),              # Arabic thousands separator
    ("10.000", 10000),              # thousands dot (Maghreb, Europe)
    ("1.5", 1.5),                   # decimal dot
    ("٣٫٥", 3.5),                   # Arabic decimal separator
    ("1,250,000", 1250000),
])
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text,value", [
    ("10 آلاف", 10000),             # 10 thousand
    ("1.5 مليون", 1_500_000),       # 1.5 million
    ("مليون ونصف مليون", 1_500_000),  # a million and half a million
    ("مليون ونصف", 1_500_000),        # a million and a half
    ("مليونين ونصف المليون", 2_500_000),  # two and a half million
    ("ثلاثة آلاف وربع", 3250),         # three thousand and a quarter
    ("٢ مليار", 2_000_000_000),     # 2 billion, Eastern digits
    ("40 ألف", 40000),              # 40 thousand
    ("ثلاثة", 3),                   # three (masculine)
    ("ثلاث", 3),                    # three (feminine)
    ("اثنان", 2), ("اثنين", 2),     # two, nominative and oblique
    ("خمسة عشر", 15),               # fifteen
    ("أربعة عشر", 14),              # fourteen
    ("اثنا عشر", 12),               # twelve
    ("إحدى عشرة", 11),              # eleven (feminine)
    ("عشرون", 20), ("عشرين", 20),   # twenty, both cases
    ("خمسة وعشرون", 25),            # twenty-five
    ("خمسة و عشرون", 25),           # twenty-five, detached "and"
    ("مئة", 100), ("مائة", 100),    # hundred, both spellings
    ("مئتين", 200),                 # two hundred (dual)
    ("ثلاث مئة", 300),              # three hundred in two words
    ("ثلاثمائة", 300),              # three hundred in one word
    ("ألف", 1000), ("ألفين", 2000), # thousand, two thousand
    ("ثلاثة آلاف", 3000),           # three thousand
    ("عشرة آلاف", 10000),           # ten thousand
    ("عشرين ألفا", 20000),          # twenty thousand (accusative)
    ("مئة ألف", 100000),            # a hundred thousand
    ("ثلاثة آلاف وخمسمائة", 3500),  # three thousand five hundred
    ("مليون", 1_000_000),
    ("عشرات", 10),                  # dozens: lower bound 10
    ("مئات", 100),                  # hundreds: lower bound 100
    ("آلاف", 1000),                 # thousands alone: lower bound 1000
    ("عشرات الآلاف", 10000),        # tens of thousands
    ("وثلاثة", 3),                  # "and three": the clitic is peeled
    ("75 ألفا و800", 75800),        # 75 thousand and 800 (digits glued to و)
    ("نصف مليون", 500_000),         # half a million
])
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "الثالث",       # the third: an ordinal, not a count
    "الخامسة",      # the fifth (feminine ordinal)
    "جندي",         # a soldier: no number
    "7579HJ",       # a code glued to Latin letters
    "",
    "نحو 10 جنود",  # more than one number expression's worth of words
])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_vague_and_definite_flags() -> None:
    text = "الغارات الأربع وعشرات الجرحى"  # the four strikes and dozens of wounded
    spans = find_numbers(tokens(text))
    assert [(text[s.start:s.end], s.definite, s.vague) for s in spans] == [
        ("الأربع", True, False), ("عشرات", False, True)]


def test_digits_split_from_glued_word() -> None:
    text = "لقي 15حوثيا مصرعهم"  # 15 Houthis were killed (no space after the digits)
    [span] = find_numbers(tokens(text))
    assert (text[span.start:span.end], span.value) == ("15", 15)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩.,٫٬ -/:وعشرةثلاثألفمليون")) , max_size=40))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_number_spans_point_into_text(text: str) -> None:
    for span in find_numbers(tokens(text)):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize("text, value", [
    ("ملياري دولار", 2_000_000_000),   # two billion dollars (dual in construct)
    ("مليوني دولار", 2_000_000),       # two million dollars
    ("ألفي جندي", 2000),               # two thousand soldiers
])
def test_construct_duals_of_scales(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(tokens(text))] == [value]


@given(st.text(alphabet="قالوزيرأةىAbـَ ١٠2,.،«»\n", max_size=80), st.integers(0, 90), st.integers(0, 90))
@settings(max_examples=300, deadline=None)
def test_token_keys_are_folded_tokens(text: str, start: int, end: int) -> None:
    """Each token's key is its own fold, also when the span is folded once and sliced."""
    assert all(t.key == fold_key(t.text) and text[t.start:t.end] == t.text for t in tokens(text, start, end))
