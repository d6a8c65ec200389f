"""Tests for the event classifier's frame features: crowd and state organ beside a trigger, other
triggers near it, negation and modality, its quarter of the sentence, exact neighbour pairs."""
from __future__ import annotations

import pytest

from rasd.annotate.event_frame import frame_features
from rasd.annotate.triggers import find_triggers
from rasd.arabic import fold_key, tokenize
from rasd.clitics import clitic_splits


def frame(text: str) -> list[str]:
    """The frame features of a sentence, its words and stems cut as event_classifier.features does."""
    words = [fold_key(t.text) for t in tokenize(text) if t.is_word]
    stems = [clitic_splits(w)[-1][1] if len(w) > 3 else w for w in words]
    return frame_features(words, stems, find_triggers(text))


@pytest.mark.parametrize("text,gloss,feature,present", [
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "thousands of students demonstrated: a crowd after the verb",
     "fr:PROTEST:crowd_after", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "no state organ near it", "fr:PROTEST:organ_after", False),
    ("اعتقلت الشرطة عشرات خلال مظاهرة أمس", "the police arrested dozens during a demonstration: an organ before",
     "fr:PROTEST:organ_before", True),
    ("اعتقلت الشرطة عشرات خلال مظاهرة أمس", "and a COERCE trigger near the protest: it is acted on",
     "fr:PROTEST:with_COERCE", True),
    ("أطلقت الشرطة النار على مظاهرة في العاصمة", "the police fired on a demonstration: an ASSAULT near it",
     "fr:PROTEST:with_ASSAULT", True),
    ("قالت الشرطة إن المتظاهرين احتشدوا", "the police said the protesters gathered: 'that' is no modal",
     "fr:PROTEST:modal", False),
    ("قد يتظاهر العمال غدا", "the workers may demonstrate tomorrow: a modal before", "fr:PROTEST:modal", True),
    ("تظاهر العمال أمس", "the workers demonstrated yesterday: no modal", "fr:PROTEST:modal", False),
    ("نزل المتظاهرون إلى الشوارع", "the protesters took to the streets: the exact pair before",
     "fr:PROTEST:pp:نزل_المتظاهرون", True),
    ("تظاهر العمال أمس", "the sentence opens on the trigger: its first quarter", "fr:PROTEST:q0", True),
    ("تظاهر العمال أمس", "one trigger type in the sentence", "fs:types:PROTEST", True),
])
def test_frame_features(text: str, gloss: str, feature: str, present: bool) -> None:
    assert (feature in frame(text)) is present, gloss


def test_no_words_no_features() -> None:
    assert frame_features([], [], []) == []


def test_the_classifier_reads_the_frame_in_near_and_struct_only() -> None:
    from rasd.annotate.event_classifier import VARIANTS, features, select
    feats = features("تظاهر آلاف الطلاب أمس")  # thousands of students demonstrated yesterday
    assert any(f.startswith("fr:") for f in select(feats, VARIANTS["struct"]))
    assert any(f.startswith("fr:") for f in select(feats, VARIANTS["near"]))
    assert not any(f.startswith(("fr:", "fs:")) for f in select(feats, VARIANTS["base"]))
