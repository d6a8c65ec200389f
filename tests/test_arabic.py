"""fold keeps a map to the original; tokens and sentences are spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic import _TOKEN, Token, fold, fold_key, folded_words, sentences, tokenize, word_tokens
from rasd.clitics import clitic_splits, clitic_stems


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


# Characters the fold changes or keeps, mixed: letters, marks, tatweel, ligatures, digits, spaces.
_FOLD_ALPHABET = "".join(chr(c) for c in [*range(0x0600, 0x0700), *range(0xFB50, 0xFB60), *range(0xFE70, 0xFE90),
                                         0x200C, 0x200F, 0x00A0, 0x2009, 0x06F5]) + "AZaz09 .\n"


def _fold_by_char(text: str) -> tuple[str, tuple[int, ...]]:
    """The fold as its definition reads: each character on its own, with its offset."""
    from rasd.arabic import _fold_char
    out, offsets = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        out.append(f)
        offsets.extend([i] * len(f))
    return "".join(out), (*offsets, len(text))


def test_no_folded_character_folds_again() -> None:
    """fold_key replaces character by character in turn: equal to one pass only if outputs are final."""
    from rasd.arabic import _FOLD_CHARS
    assert not any(c in _FOLD_CHARS for f in _FOLD_CHARS.values() for c in f)


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=200))
@settings(max_examples=300, deadline=None)
def test_fast_fold_equals_per_character_fold(text: str) -> None:
    """Long and short texts (fold_key switches method at 48 characters), with and without marks."""
    key, offsets = _fold_by_char(text)
    assert fold_key(text) == key
    f = fold(text)
    assert (f.text, tuple(f.offsets)) == (key, offsets)


def test_fold_long_text_with_marks() -> None:
    # "the ministry of defence announced" with a tatweel and harakat, repeated past the short cut-off
    text = "أعلنـت وزارةُ الدفاع " * 5
    f = fold(text)
    assert f.text == "اعلنت وزاره الدفاع " * 5
    a = f.text.index("وزاره", 10)
    s, e = f.span(a, a + 5)
    assert text[s:e] == "وزارة"  # the span stops before the mark that follows


def _scan(text: str, start: int, end: int) -> list[Token]:
    """A span tokenised on its own, as tokenize did before it sliced the whole text's tokens."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# letters, digits with separators, marks, tatweel, punctuation and spaces: spans cut all of them
_TOKEN_ALPHABET = "قالوزير ١٠2,.،٬٫«»ـَّab\n"
# and without marks or tatweel, with letters that fold (أ ة ى A): each word's key is then a
# slice of the folded text
_ONE_FOR_ONE = "قالوزيرأةىAb ١٠2,.،«»\n"


@given(st.one_of(st.text(alphabet=_TOKEN_ALPHABET, max_size=60),
                 st.text(alphabet=_TOKEN_ALPHABET, min_size=256, max_size=400),
                 st.text(alphabet=_ONE_FOR_ONE, min_size=256, max_size=400)),
       st.integers(0, 420), st.integers(0, 420))
@settings(max_examples=500, deadline=None)
def test_span_tokens_equal_a_scan_of_the_span(text: str, start: int, end: int) -> None:
    """tokenize(text, a, b) slices the whole text's tokens (texts of 256 characters or more);
    a span that cuts a token (`ab1.5`: ab1 . 5 whole, but 1.5 from the 1) is scanned on its own."""
    assert tokenize(text, start, end) == _scan(text, start, end)
    assert word_tokens(text, start, end) == [t for t in _scan(text, start, end) if t.is_word]
    assert folded_words(text, start, end) == [fold_key(t.text) for t in _scan(text, start, end) if t.is_word]


def test_sentence_tokens_are_the_body_tokens() -> None:
    # "the minister said 1.5 million fled. He added: yes", and more sentences: a long body
    text = "قال الوزير إن 1.5 مليون نزحوا. وأضاف: نعم." + " وقال الوزير إن الجيش انسحب." * 10
    a, b = sentences(text)[1]
    assert [t.text for t in tokenize(text, a, b)] == ["وأضاف", ":", "نعم", "."]
    assert [t.text for t in word_tokens(text, 0, 17)] == ["قال", "الوزير", "إن", "1.5"]
    assert [t.text for t in word_tokens(text, 0, 16)] == ["قال", "الوزير", "إن", "1"]  # a cut number
    assert tokenize(text, a, b)[0] is tokenize(text)[7]  # a slice, no new tokens


@pytest.mark.parametrize("word", ["وموسكو", "للجيش", "بالرياض", "قال", "و"])  # and Moscow, to the army, in Riyadh, said
def test_clitic_stems_are_the_stems_of_the_splits(word: str) -> None:
    assert clitic_stems(fold_key(word)) == {stem for _, stem in clitic_splits(fold_key(word))}


# The token pattern takes runs of letters and marks possessively: the same tokens as reading
# one character at a time through the alternation (the plain pattern below).
_PLAIN_TOKEN = r"\d+(?:[.,٫٬]\d+)*|[^\W\d_](?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed])*|\S"
_PLAIN_NUMBER_TOKEN = r"\d+(?:[.,٫٬]\d+)*|[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed])*|\S"
_TOKEN_ALPHABET = "ab_ 1٣.,٫٬ـًَُّْٰۭۖ؟،«»اأبتةى\u0610\u061a\u064b\u065f\u06d6\u06ed\u200c-é中\n"


@given(st.text(alphabet=_TOKEN_ALPHABET, max_size=40))
@settings(max_examples=500, deadline=None)
def test_token_patterns_equal_the_plain_alternation(text: str) -> None:
    import re

    from rasd import arabic
    from rasd.annotate import numbers
    assert [m.span() for m in arabic._TOKEN.finditer(text)] == [m.span() for m in re.finditer(_PLAIN_TOKEN, text)]
    assert [m.span() for m in numbers._TOKEN.finditer(text)] == \
        [m.span() for m in re.finditer(_PLAIN_NUMBER_TOKEN, text)]


def test_stem_test_is_the_set_test_of_the_clitic_stems() -> None:
    from rasd.clitics import clitic_stems, stem_test
    names = frozenset({"موسكو", "الناتو"})  # Moscow, NATO
    test = stem_test(names)
    for word in ("وموسكو", "بموسكو", "والناتو", "موسكو", "كييف", "و", ""):  # and Moscow, in Moscow, and NATO, Kyiv
        assert test[word] == (not names.isdisjoint(clitic_stems(word)))
    assert test["وموسكو"] and not test["كييف"] and stem_test(names) is test
