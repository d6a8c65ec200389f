"""The NumPy NER network: IOB2-constrained decoding, the convolution arithmetic, the shipped weights."""
from __future__ import annotations

import numpy as np
import pycrfsuite
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


def test_shipped_networks_read_the_people_kinds(net: NnTagger) -> None:
    # fitted on the current features: the listed people's kinds (go=B-per_pol ...) are in each
    # network's vocabulary, so the coarse "go=B-" is not hidden from them on people (below)
    assert len(net._nets) == 2 and all(n._reads_people for n in net._nets)


def _tiny_net(feats: list[str]) -> NnTagger:
    """A deterministic two-label network whose feature vocabulary is `feats` (for the hiding rule)."""
    def grid(*shape: int) -> np.ndarray:
        return (np.arange(np.prod(shape), dtype=np.float32).reshape(shape) % 7 - 3) / 10
    return NnTagger({
        "labels": np.array(["O", "B-ORG"]), "words": np.array(["", "\x00unk"]), "chars": np.array(["", "\x00unk"]),
        "feats": np.array(["", *feats]), "dilations": np.array([1], dtype=np.int16),
        "word_emb": grid(2, 2), "char_emb": grid(2, 2), "char_w": grid(3, 2, 2), "char_b": grid(2),
        "feat_emb": grid(len(feats) + 1, 2), "in_w": grid(8, 4), "in_b": grid(4),
        "conv0_w": grid(3, 4, 4), "conv0_b": grid(4), "out_w": grid(4, 2), "out_b": grid(2),
    })


@pytest.mark.parametrize("vocab, hidden", [
    # a network trained before ner_people read "go=B-" on organisations only: hidden on a listed person
    (["go=B-", "go=I-"], True),
    # a network that learned the people kinds (go=B-per_pol ...) reads the coarse feature on people too
    (["go=B-", "go=I-", "go=B-per_pol", "go=I-per_pol"], False),
])
def test_coarse_phrase_feature_on_people(vocab: list[str], hidden: bool) -> None:
    # "Jacques Chirac met Fiat": the listed person fires the phrase table's coarse "go=B-"
    toks = ["التقى", "جاك", "شيراك", "فيات"]
    feats = sentence_features(toks)
    assert "go=B-" in feats[1] and "go=B-per_pol" in feats[1] and "go=B-" in feats[3]
    blind = [[f for f in fs if f not in ("go=B-", "go=I-")] if i in (1, 2) else fs for i, fs in enumerate(feats)]
    net = _tiny_net(vocab)
    assert np.allclose(net.probs(toks, feats), net.probs(toks, blind)) == hidden


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


def test_network_joins_the_second_pass_only(model: NerModel, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first pass is the CRF alone; the document pass averages with the network
    calls: list[tuple[bool, bool]] = []
    run = NerModel._run

    def spy(self: NerModel, tagger: pycrfsuite.Tagger, feats: list[list[str]], marginals: bool,
            net: np.ndarray | None = None) -> list[tuple[str, float]]:
        calls.append((tagger is self._doc_tagger, net is not None))
        return run(self, tagger, feats, marginals, net)

    monkeypatch.setattr(NerModel, "_run", spy)
    model.tag_document([tokenize_words("وصل وزير الخارجية الروسي إلى دمشق")])  # Russia's FM reached Damascus
    assert calls == [(False, False), (True, True)]
