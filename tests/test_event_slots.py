"""The event slots' shortcuts read the same words as the plain code they replace (property tests)."""
from __future__ import annotations

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.event_slots import PREV_CHARS, _prev_words, _words_before
from rasd.arabic import fold_key, word_tokens

# Arabic words with marks and tatweel, numbers with separators, punctuation and spaces: windows
# and mentions that begin inside a word (وإسرائيل) or a number (10,000).
PIECES = ("و", "إسرائيل", "قصفت", "الطائرات", "مواقع", "\u064e", "\u0640", "10", ",", "٫", "5", "،", ".", " ", " ",
          "  ", "\n", "«", "ﻻ", "AB")
texts = st.lists(st.sampled_from(PIECES), max_size=160).map("".join)
SETTINGS = settings(derandomize=True, max_examples=600, deadline=None)


def before(text: str, lo: int, start: int, n: int) -> list[str]:
    """`_words_before` over the whole text as the sentence, folded."""
    words = word_tokens(text)
    ends, starts = [t.end for t in words], [t.start for t in words]
    return [fold_key(t.text) for t in _words_before(text, lo, start, n, words, (starts, bisect_right(ends, start)))[-n:]]


@SETTINGS
@given(texts, st.data())
def test_words_before_a_mention_are_the_windows_own_words(text: str, data: st.DataObject) -> None:
    # a sentence is the whole text here; the window and the mention may start anywhere in it
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    lo = data.draw(st.integers(0, start))
    n = data.draw(st.integers(1, 4))
    assert before(text, lo, start, n) == [fold_key(t.text) for t in word_tokens(text, lo, start)[-n:]]
    assert before(text, max(0, start - PREV_CHARS), start, n) == _prev_words(text, start, n)


def test_words_before_a_glued_name_keep_its_clitic() -> None:
    # قصفت الطائرات وإسرائيل (the aircraft shelled, and Israel): the mention starts after و
    text = "قصفت الطائرات وإسرائيل"
    start = text.index("إسرائيل")
    words = word_tokens(text)
    ends, starts = [t.end for t in words], [t.start for t in words]
    got = _words_before(text, 0, start, 3, words, (starts, bisect_right(ends, start)))
    assert [t.text for t in got] == ["قصفت", "الطائرات", "و"]
