"""arabic_share counts as a plain loop over the characters would (it counts with map and a regex)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.extract.script import SAMPLE_CHARS, arabic_share


def _loop_share(text: str) -> float:
    letters = arabic = 0
    for ch in text[:SAMPLE_CHARS]:
        if ch.isalpha():
            letters += 1
            arabic += "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"
    return arabic / letters if letters else 0.0


# Arabic letters, marks and digits, the block edges, Latin, and any other character.
_CHARS = st.one_of(st.sampled_from("ابتةىأ\u064b\u0660\u06ff\u0600\u0750\u077f\ufb50\ufeff\ufdf2 aZ1.،"),
                   st.characters())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_share_equals_the_loop(text: str) -> None:
    assert arabic_share(text) == _loop_share(text)


def test_share_reads_only_the_start() -> None:
    # "the army" after 4000 Latin letters is not read
    assert arabic_share("a" * SAMPLE_CHARS + "الجيش") == 0.0
    assert arabic_share("الجيش قال") == 1.0  # "the army said"
