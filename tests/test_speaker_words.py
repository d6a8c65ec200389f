"""Word-level helpers of speaker resolution: clitics, body head nouns, gender."""
from __future__ import annotations

import pytest

from rasd.annotate.speaker_words import body_heads, head_before, listed_form, noun_gender, strip_al


def test_group_heads_are_head_nouns() -> None:
    # every non-state group's head (حزب party, حركة movement) also sets a name's gender
    assert body_heads("group") <= body_heads("head")


@pytest.mark.parametrize("word, column, listed", [
    ("حركه", "group", True),     # حركة حماس: the Hamas movement
    ("قوات", "group", False),    # قوات: forces are a state's organ, not a group's head
    ("الدفاع", "generic", True),  # الدفاع المدني: civil defence, no short form of one body
    ("تحالف", "generic", False),  # التحالف العربي → التحالف may stand for the coalition
])
def test_body_head_columns(word: str, column: str, listed: bool) -> None:
    assert (word in body_heads(column)) is listed


@pytest.mark.parametrize("text, head", [
    ("أعلن تنظيم «القاعدة»", "تنظيم"),  # the al-Qaeda organisation announced
    ("قالت حركة حماس", "حركه"),          # the Hamas movement said
    ("قال الرئيس بوتين", None),          # the president Putin: no body's head
])
def test_head_before(text: str, head: str | None) -> None:
    name = text.split()[-1].strip("«»")
    assert head_before(text, text.rindex(name)) == head


@pytest.mark.parametrize("key, gender", [("وزاره", "f"), ("الجيش", "m"), ("القوات", "f")])
def test_noun_gender(key: str, gender: str) -> None:
    assert noun_gender(key) == gender


def test_strip_al() -> None:
    assert [strip_al(k) for k in ("والجيش", "للجيش", "الجيش", "جيش")] == ["جيش"] * 4


@pytest.mark.parametrize("key, form", [
    ("بيان", "بيان"),     # a statement
    ("وبيان", "بيان"),    # and a statement
    ("فبيان", "بيان"),    # so a statement
    ("ببيان", None),      # in a statement: ب governs it, no conjunction
    ("تصريح", None),      # unlisted
])
def test_listed_form(key: str, form: str | None) -> None:
    assert listed_form(key, {"بيان"}) == form
