"""Entity readings decided by evidence around a word: clitics, media cues, earlier full names."""
from __future__ import annotations

from functools import lru_cache

import pytest

from rasd.annotate.entities import recognise
from rasd.kb import load_kb
from rasd.model import Mention


@lru_cache(maxsize=1)
def _kb():
    return load_kb()


def run(text: str) -> list[Mention]:
    return recognise(_kb(), text, "2025-03-01", None)


def names(text: str) -> list[str]:
    return [m.name_en for m in run(text)]


@pytest.mark.parametrize("text, absent, present", [
    # "They seek to undermine their resolve": ل + verbal noun + من, no river.
    ("يسعون للنيل من عزيمتهم.", "Nile", None),
    # "to receive their punishment": one ل before نيل, no article to restore.
    ("قدموا للقضاء لنيل جزائهم.", "Nile", None),
    # "The Nile flooded from the south": the river itself.
    ("فاض النيل من الجنوب.", None, "Nile"),
    # "The delegation came to Cairo from Amman": a capital after لل stays.
    ("وصل الوفد للقاهرة من عمان.", None, "Cairo"),
])
def test_clitic_article(text: str, absent: str | None, present: str | None) -> None:
    found = names(text)
    assert absent is None or absent not in found
    assert present is None or present in found
