"""Proclitics of folded Arabic words: the splits of a word into clitic and stem, and a
memoised test of whether any of its stems is among a table's words.

وموسكو → موسكو (and Moscow → Moscow); للجيش → الجيش (of the army → the army). Words are
folded first (`rasd.arabic.fold_key`); every table the annotators match is keyed the same way.
"""
from __future__ import annotations

from functools import lru_cache

# Proclitics, longest first. ال is the article; the others are و ف ب ل ك and their stacks.
PROCLITICS: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "وللـ", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
    "وب", "فب", "ول", "فل", "وك", "ال", "و", "ف", "ب", "ل", "ك",
)


def clitic_splits(word: str, min_stem: int = 2) -> list[tuple[str, str]]:
    """Candidate (proclitic, stem) splits of a folded word, the unsplit word first.

    وموسكو → [("", "وموسكو"), ("و", "موسكو")]; للافروف → [..., ("ل", "لافروف")].
    `لل` before a stem also stands for ل + ال (للجيش = ل + الجيش), so that split
    yields the stem with its article restored.
    """
    return list(_clitic_splits(word, min_stem))


@lru_cache(maxsize=1 << 16)
def clitic_stems(word: str) -> frozenset[str]:
    """The stems of `clitic_splits(word)` (the word itself included), as a set: one set test
    against a table's first words rules out most words before any loop over their splits."""
    return frozenset(stem for _, stem in _clitic_splits(word, 2))


class StemTest(dict[str, bool]):
    """Folded word → whether one of its `clitic_stems` is among `names`, memoised: a table's
    first-word test of every token of a body (a call and a set test each, 0.058 → 0.021 ms
    a bench body). Made once per table by `stem_test`; forgets all past MEMO_WORDS words."""

    def __init__(self, names: frozenset[str]) -> None:
        super().__init__()
        self.names = names

    def __missing__(self, word: str) -> bool:
        if len(self) >= MEMO_WORDS:
            self.clear()
        found = self[word] = not self.names.isdisjoint(clitic_stems(word))
        return found


MEMO_WORDS = 1 << 16


@lru_cache(maxsize=32)
def stem_test(names: frozenset[str]) -> StemTest:
    """The memoised `StemTest` of one read-only table's first words."""
    return StemTest(names)


# Proclitics by their first letter: most words rule out all but a few at once
# (clitic_splits was ~16% of the pipeline's time on the dev inputs, cProfile).
_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(p for p in PROCLITICS if p[0] == c) for c in {p[0] for p in PROCLITICS}
}


@lru_cache(maxsize=1 << 16)
def _clitic_splits(word: str, min_stem: int) -> tuple[tuple[str, str], ...]:
    out = [("", word)]
    for p in _BY_FIRST.get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= min_stem:
            stem = word[len(p):]
            out.append((p, stem))
            if p.endswith("لل"):
                out.append((p[:-1], "ال" + stem[0:]))  # للجيش → ل + الجيش
    return tuple(out)
