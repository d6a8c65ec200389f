"""The cheaper word counts of rasd.extract.lines read lines exactly as the full counts did."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rasd.extract.lines import START_MAX_WORDS, Line, date_line_value, is_hashtags, split_lines

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


def _old_split_lines(raw: str) -> list[Line]:
    """split_lines as it read before: the break regex over every text."""
    out: list[Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n|\u2028|\u2029", raw):
        out.append(Line(raw[pos:m.start()], pos, m.start(), len(out)))
        pos = m.end()
    if pos < len(raw):
        out.append(Line(raw[pos:], pos, len(raw), len(out)))
    return out


# قال "said", a space, and every kind of line break (LF only, CRLF, CR, Unicode separators)
@given(st.lists(st.sampled_from(["قال", " ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029"]), max_size=30).map("".join))
def test_split_lines_as_before(raw: str) -> None:
    assert split_lines(raw) == _old_split_lines(raw)


@given(st.lists(st.sampled_from(["قال", " ", "\n", "\n\n"]), max_size=30).map("".join))
def test_split_lines_lf_only_as_before(raw: str) -> None:
    assert split_lines(raw) == _old_split_lines(raw)
