"""The model-known NER features: exactly the full features less the strings the CRF ignores."""
from __future__ import annotations

import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.ner_features import sentence_features
from rasd.annotate.ner_known import Known, KnownMemo, _lefts, known_features, model_attributes
from rasd.annotate.ner_model import MODEL_PATH, NerModel

SENTENCES = [
    # the Egyptian president Abdel Fattah al-Sisi arrived in Cairo on Monday
    ["وصل", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "إلى", "القاهرة", "يوم", "الاثنين"],
    # and the United States said « the talks succeeded »
    ["وقالت", "الولايات", "المتحدة", "«", "نجحت", "المحادثات", "»", "."],
    # the spokesman of Hezbollah told the agency
    ["وقال", "المتحدث", "باسم", "حزب", "الله", "لوكالة", "رويترز", "إن", "الهجوم", "فشل"],
    # NATO met in Brussels with 30 ministers
    ["واجتمع", "حلف", "شمال", "الأطلسي", "في", "بروكسل", "مع", "30", "وزيرا"],
    ["Reuters", "?", "_"],  # Latin letters, punctuation, a placeholder
    ["في"],  # one word
    [],
]


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def _expected(model: NerModel, tokens: list[str]) -> list[list[bytes]]:
    attrs = model._known.attrs
    return [[s.encode() for s in f if s in attrs]
            for f in sentence_features(tokens, model._gaz, model._stats, {})]


def test_attributes_are_the_models(model: NerModel) -> None:
    # Read from the file's attribute table: the same set crfsuite's own dump lists.
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    assert model_attributes(MODEL_PATH) == {a for a, _ in tagger.info().state_features}


def test_lefts_take_every_split_at_a_bar() -> None:
    # a word may itself hold "|": every split before a bar is a possible left part
    assert _lefts(frozenset({"bg-=a|b", "bg-=x|y|z", "cx1=q|f=0"}), "bg-=") == {"a", "x", "x|y"}


@pytest.mark.parametrize("tokens", SENTENCES)
def test_known_features_are_the_full_ones_filtered(model: NerModel, tokens: list[str]) -> None:
    memo = KnownMemo()
    for _ in range(2):  # fresh, then from the memo
        assert known_features(tokens, model._gaz, model._stats, model._known, memo) == _expected(model, tokens)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([w for s in SENTENCES for w in s] + ["«", '"', "بوش", "قال"]), max_size=14))
def test_any_word_sequence(model: NerModel, tokens: list[str]) -> None:
    assert known_features(tokens, model._gaz, model._stats, model._known, KnownMemo()) == _expected(model, tokens)


def test_without_statistics(model: NerModel) -> None:
    known = Known.of(model._known.attrs)
    for tokens in SENTENCES:
        full = sentence_features(tokens, model._gaz, None, {})
        assert known_features(tokens, model._gaz, None, known, KnownMemo()) == [
            [s.encode() for s in f if s in known.attrs] for f in full]


def test_tags_and_marginals_unchanged(model: NerModel) -> None:
    # The point of it all: the CRF answers exactly as with every feature handed over.
    full = NerModel.load(nn_weight=0)
    full._known = None
    for tokens in SENTENCES:
        assert model.tag_with_marginals(tokens) == full.tag_with_marginals(tokens)
