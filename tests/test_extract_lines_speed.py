"""The cheaper word counts of rasd.extract.lines read lines exactly as the full counts did."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rasd.extract.lines import START_MAX_WORDS, date_line_value, is_hashtags

# Short Arabic words, digits, hashtags and all kinds of white space: كتب (wrote), #عاجل (#urgent).
_PIECES = st.sampled_from(["كتب", "الوزير", "#عاجل", "#غزة", "2024", "12", "-", "|", " ", "  ", "\t", "\u00a0"])
_LINES = st.lists(_PIECES, max_size=80).map("".join)


def _old_is_hashtags(text: str) -> bool:
    """is_hashtags as it read before: the words were always split."""
    tags, words = re.findall(r"#\w+", text), text.split()
    return (len(tags) >= 2 and len(tags) * 2 >= len(words)) or (len(tags) == len(words) == 1)


@given(_LINES)
def test_is_hashtags_as_before(text: str) -> None:
    assert is_hashtags(text) == _old_is_hashtags(text)


@given(_LINES, st.integers(min_value=0, max_value=START_MAX_WORDS + 2))
def test_capped_split_counts_words_up_to_the_cap(text: str, cap: int) -> None:
    # line_kind: len(text.split(maxsplit=cap)) > cap exactly when the line has more than cap words
    assert (len(text.split(maxsplit=cap)) > cap) == (len(text.split()) > cap)


def test_date_line_without_digit_is_none() -> None:
    # "الخميس" (Thursday) alone, no digit: no date line; "الخميس 11 أبريل 2024" is one
    assert date_line_value("الخميس") is None
    assert date_line_value("الخميس 11 أبريل 2024") is not None
