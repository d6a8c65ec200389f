"""A bare التحالف (the coalition) linked to the coalition the story's war says (rasd/annotate/coalitions.py)."""
from __future__ import annotations

from functools import lru_cache

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb


@lru_cache(maxsize=1)
def _kb():
    return load_kb()


def coalitions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name_en) for m in recognise(_kb(), text, "2018-06-14", None) if "coalition" in m.name_en]


@pytest.mark.parametrize("text, expected", [
    # "Coalition jets struck Houthi positions in Saada; the coalition said the strikes were precise."
    ("شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة. وقال التحالف إن الغارات دقيقة.",
     [("التحالف", "Saudi-led coalition"), ("التحالف", "Saudi-led coalition")]),
    # "The military coalition said its ships were not hit near Hodeidah in Yemen."
    ("وقال التحالف العسكري إن سفنه لم تصب قرب الحديدة في اليمن.", [("التحالف", "Saudi-led coalition")]),
    # "The coalition struck Daesh positions in Mosul."
    ("قصف التحالف مواقع داعش في الموصل.", [("التحالف", "US-led coalition")]),
    # "The coalition's official spokesman (للتحالف: ل + التحالف) said ... in Yemen": behind a clitic
    ("وقال المتحدث الرسمي للتحالف إن القصف طال صنعاء في اليمن.", [("لتحالف", "Saudi-led coalition")]),
])
def test_bare_coalition_of_the_story_war(text: str, expected: list[tuple[str, str]]) -> None:
    assert coalitions(text) == expected


@pytest.mark.parametrize("text", [
    "فاز التحالف في الانتخابات.",                                   # "the coalition won the elections": no war named
    "وقال التحالف الوطني إن الحكومة ستعقد جلسة في صنعاء باليمن.",     # the National Alliance: another name
    "قصف التحالف مواقع داعش والحوثيين في اليمن.",                      # both wars named: which coalition?
])
def test_bare_coalition_left_alone(text: str) -> None:
    assert coalitions(text) == []
