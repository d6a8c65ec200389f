"""Tests for the event classifier's word-key and letter features and their groups."""
from __future__ import annotations

import pytest

from rasd.annotate.event_classifier import VARIANTS, EventClassifier, LogReg, features, select
from rasd.annotate.event_features import BASE_GROUPS


@pytest.mark.parametrize("text,gloss,feature", [
    ("تظاهر المتظاهرون أمس", "the protesters demonstrated yesterday: the plural's key", "k:متظاهر"),
    ("هتف آلاف المتظاهرين", "thousands of protesters chanted: the oblique plural's key", "k:متظاهر"),
    ("تظاهر آلاف الطلاب أمام البرلمان", "thousands of students demonstrated: a neighbour's letters",
     "cg:PROTEST:طلاب"),
    ("تظاهر آلاف الطلاب أمام البرلمان", "a neighbour's first letters, padded", "cg:PROTEST:#طلا"),
])
def test_key_and_letter_features(text: str, gloss: str, feature: str) -> None:
    assert feature in features(text), gloss


def test_letters_only_near_a_trigger() -> None:
    # زار الوزير المدينة (the minister visited the city): no PROTEST trigger, no PROTEST letters
    assert not any(f.startswith("cg:PROTEST:") for f in features("زار الوزير المدينة أمس"))


def test_select_routes_keys_and_letters_to_their_groups_only() -> None:
    feats = features("تظاهر آلاف الطلاب أمس")  # thousands of students demonstrated yesterday
    base = select(feats, VARIANTS["base"])
    assert any(f.startswith("k:") for f in base) and not any(f.startswith("cg:") for f in base)
    near = select(feats, VARIANTS["near"])
    assert any(f.startswith("cg:") for f in near) and not any(f.startswith("k:") for f in near)
    struct = select(feats, VARIANTS["struct"])
    assert not any(f.startswith(("k:", "cg:", "w:")) for f in struct) and "t:PROTEST" in struct
    # a model saved before these groups (base groups alone) reads none of them
    assert not any(f.startswith(("k:", "cg:")) for f in select(feats, BASE_GROUPS))


def test_a_key_weight_moves_the_decision() -> None:
    sentence = "تظاهر المتظاهرون أمس"  # the protesters demonstrated yesterday
    weights = {"bias": -1.0, "k:متظاهر": 3.0}
    with_keys = EventClassifier({"PROTEST": LogReg(weights)}, {"PROTEST": 0.5}, {"PROTEST": VARIANTS["base"]})
    without = EventClassifier({"PROTEST": LogReg(weights)}, {"PROTEST": 0.5}, {"PROTEST": BASE_GROUPS})
    assert with_keys.accepts("PROTEST", sentence)
    assert not without.accepts("PROTEST", sentence)
