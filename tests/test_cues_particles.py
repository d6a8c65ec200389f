"""`cues.hamza_particle`: a particle written with its hamza is never the name part it folds to."""
from __future__ import annotations

import pytest

from rasd.annotate.cues import hamza_particle


@pytest.mark.parametrize(("word", "expected"), [
    ("بأن", True),    # "that": folded, it is بان (Ban, as in Ban Ki-moon)
    ("بان", False),   # written without the hamza: may be the name
    ("أن", True),     # "that"
    ("إن", True),     # "that" after قال
    ("لأنه", True),   # "because he"
    ("كأن", True),    # "as if"
    ("فإن", True),    # "then (that)"
    ("بأنهم", True),  # "that they"
    ("وأن", True),    # "and that"
    ("أحمد", False),  # Ahmad: a hamza, but no particle
    ("إيران", False),  # Iran
    ("كان", False),   # "was": no hamza written
])
def test_hamza_particle(word: str, expected: bool) -> None:
    assert hamza_particle(word) is expected
