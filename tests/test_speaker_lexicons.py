"""The speaker lexicons' derived sets agree with the readings they stand for."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.speaker_lexicons import anonymous_word, load_lexicons

LEX = load_lexicons()
# keys near the lexicon's own words: its first words and possessed forms, with و/ف, a possessive
# or one letter more or less, and a few plain words (قال said, مصادرها its sources)
_PIECES = sorted(LEX.anonymous_first | LEX.possessed_sources.keys()) + ["قال", "الجيش", "مصادرها", ""]
_KEYS = st.builds(lambda pre, w, suf, cut: (pre + w + suf)[cut:],
                  st.sampled_from(["", "و", "ف", "وو", "ب"]), st.sampled_from(_PIECES),
                  st.sampled_from(["", "ها", "هم", "ه", "ا"]), st.integers(0, 1))


@settings(max_examples=400, deadline=None)
@given(_KEYS)
def test_veil_keys_is_the_veil_word_test(key: str) -> None:
    # `_veiled` reads `key in veil_keys` for `anonymous_word(key) in veil_firsts`
    expected = anonymous_word(key, LEX.anonymous_first, LEX.possessed_sources) in LEX.veil_firsts
    assert (key in LEX.veil_keys) == expected


def test_anonymous_word_examples() -> None:
    cases = [("مصادر", "مصادر"),   # sources
             ("ومصادر", "مصادر"),  # and sources
             ("مصادرها", "مصادر"),  # its sources
             ("قال", None)]         # said: no source word
    for key, word in cases:
        if word is not None and word not in LEX.anonymous_first:
            continue  # the lexicon lacks the row: nothing to check
        assert anonymous_word(key, LEX.anonymous_first, LEX.possessed_sources) == word
