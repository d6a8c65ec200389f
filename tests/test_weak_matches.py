"""Weak gazetteer towns: whether the article is about one of a town's states."""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.weak_matches import _in_state

_STATES = ["SY", "YE", "IQ", None]


def _in_state_by_copy(states: Counter[str], entries: list) -> bool:
    """The reading `_in_state` replaces: a copy of the counts less the mention's own state."""
    strong = states.copy()
    strong.subtract(e.country for e in entries[:1] if e.country)
    return any(strong.get(e.country or "", 0) > 0 for e in entries)


def test_own_mention_alone_is_no_state() -> None:
    # a Syrian town (say تل أبيض, Tal Abyad) counted once by itself: the article names no Syria
    assert not _in_state(Counter({"SY": 1}), [SimpleNamespace(country="SY")])
    assert _in_state(Counter({"SY": 2}), [SimpleNamespace(country="SY")])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["SY", "YE", "IQ"]), st.integers(1, 3)),
       st.lists(st.sampled_from(_STATES), min_size=1, max_size=4))
def test_in_state_agrees_with_counter_copy(counts: dict[str, int], countries: list[str | None]) -> None:
    states, entries = Counter(counts), [SimpleNamespace(country=c) for c in countries]
    assert _in_state(states, entries) == _in_state_by_copy(states, entries)
