"""The NumPy NER network: IOB2-constrained decoding, the convolution arithmetic, the shipped weights."""
from __future__ import annotations

import numpy as np
import pytest

from rasd.annotate.ner_features import sentence_features
from rasd.annotate.ner_model import MODEL_PATH, NerModel, nn_path
from rasd.annotate.ner_nn import NN_FEATURE, NnTagger, _conv, allowed, viterbi, word_chars


def tokenize_words(text: str) -> list[str]:
    """Whitespace tokens (the test sentences carry no punctuation)."""
    return text.split(" ")


LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"]


@pytest.mark.parametrize("prev, nxt, ok", [
    ("B-PERS", "I-PERS", True),
    ("I-PERS", "I-PERS", True),
    ("O", "I-PERS", False),
    ("B-LOC", "I-PERS", False),  # a person's inside cannot follow a place
    ("O", "B-LOC", True),
    ("I-LOC", "O", True),
])
def test_allowed_transitions(prev: str, nxt: str, ok: bool) -> None:
    assert allowed(LABELS)[LABELS.index(prev), LABELS.index(nxt)] == ok


def test_sentence_cannot_start_inside() -> None:
    assert not allowed(LABELS)[-1, LABELS.index("I-LOC")]
    assert allowed(LABELS)[-1, LABELS.index("B-LOC")]


@pytest.mark.parametrize("rows, want", [
    # each token's most likely label is kept when the sequence is legal
    ([[.1, .8, .1, 0, 0], [.1, 0, .9, 0, 0]], ["B-PERS", "I-PERS"]),
    # a lone I-PERS after O is illegal: the decoder picks B-PERS for the second token
    ([[.9, .1, 0, 0, 0], [.1, .3, .6, 0, 0]], ["O", "B-PERS"]),
    # I-LOC after B-PERS is illegal: the best legal path is B-LOC I-LOC
    ([[.1, .5, 0, .4, 0], [.1, 0, 0, 0, .9]], ["B-LOC", "I-LOC"]),
])
def test_viterbi_respects_iob2(rows: list[list[float]], want: list[str]) -> None:
    path = viterbi(np.array(rows), allowed(LABELS))
    assert [LABELS[j] for j in path] == want


def test_conv_matches_a_hand_computed_dilated_convolution() -> None:
    x = np.arange(10, dtype=np.float32).reshape(5, 2)  # 5 steps, 2 channels
    w = np.ones((6, 1), np.float32)  # 3 taps × 2 channels → 1: sums them all
    got = _conv(x, w, np.zeros(1, np.float32), 2)[:, 0]
    rows = x.sum(axis=1)  # 1, 5, 9, 13, 17
    want = [rows[0] + rows[2], rows[1] + rows[3], rows[0] + rows[2] + rows[4], rows[1] + rows[3], rows[2] + rows[4]]
    assert got.tolist() == want


@pytest.mark.parametrize("feature, used", [
    ("gk=B-PER", True), ("kt=ORG", True), ("gt=per_title", True), ("f=5", True), ("se=hi", True),
    ("digit", True), ("quoted", True),
    ("gk-1=B-PER", False), ("w=باريس", False), ("stem=رئيس", False), ("s1=ل", False), ("-1f=0", False),
])
def test_network_reads_gazetteer_shape_and_statistics_features(feature: str, used: bool) -> None:
    assert bool(NN_FEATURE.match(feature)) == used


def test_word_chars_marks_the_boundaries() -> None:
    assert word_chars("بغداد") == "<بغداد>"  # Baghdad
    assert len(word_chars("ب" * 50)) == 20


@pytest.fixture(scope="module")
def net() -> NnTagger:
    got = NnTagger.load(nn_path(MODEL_PATH))
    assert got is not None
    return got


def test_shipped_network_is_small() -> None:
    assert nn_path(MODEL_PATH).stat().st_size < 5_000_000


@pytest.mark.parametrize("sentence, token, label", [
    ("زار الرئيس الفرنسي باريس أمس", "باريس", "LOC"),  # the French president visited Paris yesterday
    ("قال الوزير محمد العلي إن الاتفاق قريب", "محمد", "PERS"),  # minister Mohammed al-Ali said the deal is near
])
def test_shipped_network_finds_plain_names(net: NnTagger, sentence: str, token: str, label: str) -> None:
    toks = sentence.split()
    p = net.probs(toks, sentence_features(toks))
    path = [net.labels[j] for j in viterbi(p, allowed(net.labels))]
    assert path[toks.index(token)].endswith(label)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4)


def test_network_trained_without_people_does_not_see_them_as_organisations(net: NnTagger) -> None:
    # "Jacques Chirac met Fiat": the listed person fires the phrase table's coarse "go=B-" that the
    # shipped network learned on organisations; it is hidden from it there, kept on the company.
    toks = ["التقى", "جاك", "شيراك", "فيات"]
    feats = sentence_features(toks)
    assert "go=B-" in feats[1] and "go=B-per_pol" in feats[1] and "go=B-" in feats[3]
    blind = [[f for f in fs if f not in ("go=B-", "go=I-")] if i in (1, 2) else fs for i, fs in enumerate(feats)]
    assert np.allclose(net.probs(toks, feats), net.probs(toks, blind))
    assert not np.allclose(net.probs(toks, feats), net.probs(toks, [[f for f in fs if f != "go=B-"] for fs in feats]))


def test_shipped_network_on_odd_input(net: NnTagger) -> None:
    assert net.probs([], []).shape == (0, len(net.labels))
    toks = ["«", "x" * 300, "123", "؟"]
    assert net.probs(toks, sentence_features(toks)).shape == (4, len(net.labels))


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def test_sentence_tagger_is_the_crf_alone(model: NerModel) -> None:
    # the pipeline's path (tag_with_marginals) must not change when the network ships
    toks = tokenize_words("وقال وزير الخارجية الأردني أيمن الصفدي في عمان")  # Jordan's FM Ayman Safadi said in Amman
    assert model.tag_with_marginals(toks) == NerModel.load(nn_weight=0).tag_with_marginals(toks)


def test_document_tagger_averages_with_the_network(model: NerModel) -> None:
    doc = [tokenize_words("التقى الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من الاتحاد الأوروبي"),
           # Egypt's Sisi met an EU delegation in Cairo
           tokenize_words("وقال السيسي إن المحادثات بناءة")]  # Sisi said the talks were constructive
    tagged = model.tag_document(doc)
    assert [len(s) for s in tagged] == [len(s) for s in doc]
    assert all(0.0 <= p <= 1.0 for s in tagged for _, p in s)
    assert [y for y, _ in tagged[0]][doc[0].index("القاهرة")] == "B-LOC"  # Cairo
