"""Coreference's tiny per-article KB: which words may begin one of the article's names."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.coref import index_names
from rasd.annotate.entities import new_entry
from rasd.clitics import StemTest

# Names an article might introduce: Choe Son Hui, Lise Grande, the Popular Resistance.
_NAMES = index_names([(new_entry("PER", "تشوي سون هوي", None, "rasd:name"), "تشوي سون هوي"),
                      (new_entry("PER", "ليز غراندي", None, "rasd:name"), "ليز غراندي"),
                      (new_entry("ORG", "المقاومة الشعبية", None, "rasd:name"), "المقاومة الشعبية")])
# folded words: the names' words bare and behind clitics (وتشوي "and Choe", للمقاومة "for the
# resistance"), common words (قال "said", في "in"), and the empty key of punctuation
_WORDS = ["تشوي", "وتشوي", "بتشوي", "هوي", "غراندي", "ليز", "المقاومه", "للمقاومه", "والمقاومه",
          "قال", "في", "الشعبيه", ""]


def test_starts_in_finds_names_behind_clitics() -> None:
    # قال وتشوي في : "said and Choe in": only وتشوي may begin a name
    assert _NAMES.starts_in(["قال", "وتشوي", "في", ""]) == [1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20))
def test_starts_in_agrees_with_stem_test(keys: list[str]) -> None:
    # the one-comprehension reading picks the same words as a fresh StemTest, word by word
    test = StemTest(_NAMES.first_tokens())
    assert _NAMES.starts_in(keys) == [i for i, k in enumerate(keys) if k and test[k]]
