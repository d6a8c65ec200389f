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
(first pass), ner.doc.crfsuite (second pass), ner.stats.tsv.gz (word statistics).
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.annotate.ner_context import context_features
from rasd.annotate.ner_features import (
    Memo, WordStats, load_gazetteer, load_stats, sentence_features)

MODEL_PATH = Path(str(resources.files("rasd.annotate"))) / "models" / "ner.crfsuite"
# Longer sentences are tagged in windows: CRF cost is linear, but crawl dumps can
# hold "sentences" of thousands of tokens with no full stop.
MAX_TOKENS = 400


def doc_path(model_path: Path) -> Path:
    """Where a model's document second pass lives (ner.crfsuite → ner.doc.crfsuite)."""
    return model_path.with_suffix(".doc.crfsuite")


def stats_path(model_path: Path) -> Path:
    """Where the training-text word statistics of a model live (ner.crfsuite → ner.stats.tsv.gz)."""
    return model_path.with_suffix(".stats.tsv.gz")


def _clean(tokens: list[str]) -> list[str]:
    """Tokens as non-empty strings (an empty or blank token becomes "_")."""
    return [t if t and not t.isspace() else "_" for t in (str(x) for x in tokens)]


def _api_tag(label: str) -> str:
    """ANERCorp's PERS → the record's PER."""
    return label[:-1] if label.endswith("-PERS") else label


class NerModel:
    """A loaded CRF tagger; load once (it opens the model file) and reuse."""

    def __init__(self, tagger: pycrfsuite.Tagger, stats: WordStats | None = None,
                 doc_tagger: pycrfsuite.Tagger | None = None) -> None:
        self._tagger = tagger
        self._doc_tagger = doc_tagger
        self._gaz = load_gazetteer()
        self._stats = stats
        self._memo: Memo = {}  # per-word features of the words tagged so far

    @classmethod
    def load(cls, path: Path | None = None) -> "NerModel":
        """The committed model (or the model file at `path`)."""
        path = path or MODEL_PATH
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        doc_tagger = None
        if doc_path(path).exists():
            doc_tagger = pycrfsuite.Tagger()
            doc_tagger.open(str(doc_path(path)))
        return cls(tagger, load_stats(stats_path(path)), doc_tagger)

    @property
    def has_document_pass(self) -> bool:
        """True when the model ships the document-level second pass."""
        return self._doc_tagger is not None

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-PER, I-LOC, …, O) for one sentence of word tokens."""
        return [t for t, _ in self.tag_with_marginals(tokens, marginals=False)]

    def tag_with_marginals(self, tokens: list[str], marginals: bool = True) -> list[tuple[str, float]]:
        """Each token's tag with the model's marginal probability of that tag."""
        out: list[tuple[str, float]] = []
        for a in range(0, len(tokens), MAX_TOKENS):
            out.extend(self._tag_window(tokens[a:a + MAX_TOKENS], marginals))
        return out

    def tag_document(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """Tags with marginals for every sentence of one article, using the whole article.

        The first pass tags each sentence alone; the second pass also sees how the first
        tagged the same words in the nearby sentences (see `ner_context`).
        """
        if self._doc_tagger is None:
            return [self.tag_with_marginals(s) for s in sentences]
        windows = [_clean(s[a:a + MAX_TOKENS]) for s in sentences
                   for a in range(0, max(len(s), 1), MAX_TOKENS)]
        feats = [sentence_features(w, self._gaz, self._stats, self._memo) for w in windows]
        first = [self._run(self._tagger, f, False) for f in feats]
        ctx = context_features(windows, [[y for y, _ in s] for s in first])
        flat = [self._run(self._doc_tagger, [a + b for a, b in zip(f, c)], True)
                for f, c in zip(feats, ctx)]
        out: list[list[tuple[str, float]]] = []
        for s in sentences:
            parts = flat[:max(1, -(-len(s) // MAX_TOKENS))]
            flat = flat[len(parts):]
            out.append([(_api_tag(y), p) for part in parts for y, p in part])
        return out

    def _tag_window(self, tokens: list[str], marginals: bool) -> list[tuple[str, float]]:
        feats = sentence_features(_clean(tokens), self._gaz, self._stats, self._memo)
        return [(_api_tag(y), p) for y, p in self._run(self._tagger, feats, marginals)]

    @staticmethod
    def _run(tagger: pycrfsuite.Tagger, feats: list[list[str]], marginals: bool) -> list[tuple[str, float]]:
        """Raw corpus labels (B-PERS, …) with marginals from one tagger."""
        tagger.set(feats)
        labels = tagger.tag()
        if not marginals:
            return [(y, 1.0) for y in labels]
        return [(y, tagger.marginal(y, i)) for i, y in enumerate(labels)]
