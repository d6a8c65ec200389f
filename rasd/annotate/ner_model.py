"""The statistical Arabic NER model: a linear-chain CRF (python-crfsuite) over hand-built features.

    model = NerModel.load()
    model.tag(["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس"])
    # said the French president Emmanuel Macron in Paris
    # → ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"]

    model.tag_document([sentence1_tokens, sentence2_tokens, ...])  # better: sees the article

Trained by `scripts/train_ner.py` on ANERCorp train, features in `ner_features` (word,
affixes, stems, lexicon and KB-name gazetteers, trigger words, quotes, jackknifed
training-text word statistics) and, for the
document second pass, `ner_context`. Types: PER, ORG, LOC (countries, cities and other
places: the record's GPE and LOC), MISC. Input is sentences of raw word tokens with
punctuation split off, as `rasd.arabic.tokenize` produces. Model files: ner.crfsuite
(first pass), ner.doc.crfsuite (second pass), ner.stats.tsv.gz (word statistics) and,
when present, ner.nn.npz: a small convolutional network (`ner_nn`, trained by
`scripts/train_ner_nn.py`; two fits, averaged) whose label probabilities are averaged with
the document pass's marginals in `tag_document` before an IOB2-constrained Viterbi decode
(its characters reach names the CRF never saw). `tag` and `tag_with_marginals` are the CRF alone.
"""
from __future__ import annotations

import struct
from importlib import resources
from pathlib import Path

import numpy as np
import pycrfsuite

from rasd.annotate.ner_context import context_features
from rasd.annotate.ner_features import Memo, WordStats, load_gazetteer, load_stats, sentence_features
from rasd.annotate.ner_known import Known, KnownMemo, known_features, model_attributes
from rasd.annotate.ner_nn import NnTagger, allowed, viterbi

MODEL_PATH = Path(str(resources.files("rasd.annotate"))) / "models" / "ner.crfsuite"
# Longer sentences are tagged in windows: CRF cost is linear, but crawl dumps can
# hold "sentences" of thousands of tokens with no full stop.
MAX_TOKENS = 400
# Share of the network's probabilities in the CRF + network average of the document
# tagger's second pass (NerModel._run). Session 8, held-out tenths 9 / 0 / 4 of train, two
# networks (seeds 13, 29) averaged, second pass only: weight 0 (CRF alone) 0.7869 / 0.8403 /
# 0.7196, mean 0.7823; 0.4: 0.8007 / 0.8372 / 0.7213, 0.7864; 0.5: 0.8053 / 0.8379 / 0.7209,
# 0.7880. In both passes the same networks gave 0.7841 (0.4) and 0.7836 (0.5). BENCHMARKS.md.
NN_WEIGHT = 0.5


def doc_path(model_path: Path) -> Path:
    """Where a model's document second pass lives (ner.crfsuite → ner.doc.crfsuite)."""
    return model_path.with_suffix(".doc.crfsuite")


def stats_path(model_path: Path) -> Path:
    """Where the training-text word statistics of a model live (ner.crfsuite → ner.stats.tsv.gz)."""
    return model_path.with_suffix(".stats.tsv.gz")


def nn_path(model_path: Path) -> Path:
    """Where a model's convolutional network lives (ner.crfsuite → ner.nn.npz)."""
    return model_path.with_suffix(".nn.npz")


def _clean(tokens: list[str]) -> list[str]:
    """Tokens as non-empty strings (an empty or blank token becomes "_")."""
    return [t if t and not t.isspace() else "_" for t in map(str, tokens)]


def _api_tag(label: str) -> str:
    """ANERCorp's PERS → the record's PER."""
    return label[:-1] if label.endswith("-PERS") else label


class NerModel:
    """A loaded CRF tagger; load once (it opens the model file) and reuse."""

    def __init__(self, tagger: pycrfsuite.Tagger, stats: WordStats | None = None,
                 doc_tagger: pycrfsuite.Tagger | None = None, nn: NnTagger | None = None,
                 nn_weight: float = NN_WEIGHT) -> None:
        self._tagger = tagger
        self._doc_tagger = doc_tagger
        self._gaz = load_gazetteer()
        self._stats = stats
        self._memo: Memo = {}  # per-word features of the words tagged so far
        self._nn = nn if nn_weight > 0 else None
        self._nn_weight = nn_weight
        self._nn_file: Path | None = None  # loaded by tag_document when first needed
        # the sentence tagger's attribute strings: features it would ignore are not built
        # or handed over (`ner_known`; same tags and marginals, about half the strings)
        self._known: Known | None = None
        self._known_memo = KnownMemo()
        self._api = {y: _api_tag(y) for y in tagger.labels()}  # B-PERS → B-PER, looked up per token

    @classmethod
    def load(cls, path: Path | None = None, nn_weight: float = NN_WEIGHT) -> NerModel:
        """The committed model (or the model file at `path`; `nn_weight` 0: the CRF alone)."""
        path = path or MODEL_PATH
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        doc_tagger = None
        if doc_path(path).exists():
            doc_tagger = pycrfsuite.Tagger()
            doc_tagger.open(str(doc_path(path)))
        model = cls(tagger, load_stats(stats_path(path)), doc_tagger, None, nn_weight)
        model._nn_file = nn_path(path) if nn_weight > 0 else None
        try:
            model._known = Known.of(model_attributes(path))
        except (OSError, ValueError, struct.error):  # another file layout: hand over every feature
            model._known = None
        return model

    @property
    def has_document_pass(self) -> bool:
        """True when the model ships the document-level second pass."""
        return self._doc_tagger is not None

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-PER, I-LOC, …, O) for one sentence of word tokens."""
        return [t for t, _ in self.tag_with_marginals(tokens, marginals=False)]

    def tag_with_marginals(self, tokens: list[str], marginals: bool = True,
                           entities_only: bool = False) -> list[tuple[str, float]]:
        """Each token's tag with the model's marginal probability of that tag (`entities_only`:
        of the tags other than O only, the O tags carrying 1.0)."""
        out: list[tuple[str, float]] = []
        for a in range(0, len(tokens), MAX_TOKENS):
            out.extend(self._tag_window(tokens[a:a + MAX_TOKENS], marginals, entities_only))
        return out

    def tag_document(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """Tags with marginals for every sentence of one article, using the whole article.

        The first pass tags each sentence alone (the CRF); the second pass also sees how
        the first tagged the same words in the nearby sentences (see `ner_context`) and
        averages its marginals with the network's probabilities when the model ships one
        (ner.nn.npz, loaded on the first call). The network in the first pass too measured
        lower on held-out tenths of train (BENCHMARKS.md, session 8).
        """
        if self._doc_tagger is None:
            return [self.tag_with_marginals(s) for s in sentences]
        windows = [_clean(s[a:a + MAX_TOKENS]) for s in sentences
                   for a in range(0, max(len(s), 1), MAX_TOKENS)]
        feats = [sentence_features(w, self._gaz, self._stats, self._memo) for w in windows]
        if self._nn_file is not None:
            self._nn, self._nn_file = NnTagger.load(self._nn_file), None
        first = [self._run(self._tagger, f, False) for f in feats]
        nets = [self._net(w, f) for w, f in zip(windows, feats)]
        ctx = context_features(windows, [[y for y, _ in s] for s in first])
        flat = [self._run(self._doc_tagger, [a + b for a, b in zip(f, c)], True, p)
                for f, c, p in zip(feats, ctx, nets)]
        out: list[list[tuple[str, float]]] = []
        for s in sentences:
            parts = flat[:max(1, -(-len(s) // MAX_TOKENS))]
            flat = flat[len(parts):]
            out.append([(_api_tag(y), p) for part in parts for y, p in part])
        return out

    def _tag_window(self, tokens: list[str], marginals: bool, entities_only: bool = False) -> list[tuple[str, float]]:
        # The CRF alone: with the network the sentence tagger gained on ANERCorp (tenths
        # 9 / 0 of train +0.7 / +1.0, test 0.710 → 0.720) but the pipeline, which tags
        # sentence by sentence through model_spans, lost on the dev set (entities 0.954 →
        # 0.951, events 0.528 → 0.500) and its entity step ran ~2x slower. BENCHMARKS.md.
        if self._known is not None:
            feats = known_features(_clean(tokens), self._gaz, self._stats, self._known, self._known_memo)
        else:
            feats = sentence_features(_clean(tokens), self._gaz, self._stats, self._memo)
        api = self._api
        return [(api[y], p) for y, p in self._run(self._tagger, feats, marginals, entities_only=entities_only)]

    def _net(self, tokens: list[str], feats: list[list[str]]) -> np.ndarray | None:
        """The network's label probabilities for one window (None without a network)."""
        return self._nn.probs(tokens, feats) if self._nn is not None else None

    def _run(self, tagger: pycrfsuite.Tagger, feats: list[list[str]], marginals: bool,
             net: np.ndarray | None = None, entities_only: bool = False) -> list[tuple[str, float]]:
        """Raw corpus labels (B-PERS, …) with marginals from one tagger (averaged with the network's)."""
        tagger.set(feats)
        if net is not None and len(feats):
            labels = self._nn.labels
            ok = allowed(labels)
            crf = np.array([[tagger.marginal(y, i) for y in labels] for i in range(len(feats))])
            p = (1 - self._nn_weight) * crf + self._nn_weight * net
            best = viterbi(p, ok)
            return [(labels[j], float(p[i, j])) for i, j in enumerate(best)]
        labels = tagger.tag()
        if not marginals:
            return [(y, 1.0) for y in labels]
        if entities_only:  # the pipeline's spans never read an O's marginal: most tokens are O, and
            # asking crfsuite for each was 2.8% of the pipeline's instructions (callgrind)
            return [(y, 1.0 if y == "O" else tagger.marginal(y, i)) for i, y in enumerate(labels)]
        return [(y, tagger.marginal(y, i)) for i, y in enumerate(labels)]
