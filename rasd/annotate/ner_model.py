"""The statistical Arabic NER model: a linear-chain CRF (python-crfsuite) over hand-built features.

    model = NerModel.load()
    model.tag(["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس"])
    # said the French president Emmanuel Macron in Paris
    # → ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"]

Trained by `scripts/train_ner.py` on ANERCorp train (+ NewsFANE), features in
`rasd.annotate.ner_features`. Types: PER, ORG, LOC (countries, cities and other places),
MISC. Input is one sentence of raw word tokens with punctuation split off, as
`rasd.arabic.tokenize` produces.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.annotate.ner_features import load_gazetteer, sentence_features

MODEL_PATH = Path(str(resources.files("rasd.annotate"))) / "models" / "ner.crfsuite"
# Longer sentences are tagged in windows: CRF cost is linear, but crawl dumps can
# hold "sentences" of thousands of tokens with no full stop.
MAX_TOKENS = 400


def _api_tag(label: str) -> str:
    """ANERCorp's PERS → the record's PER."""
    return label[:-1] if label.endswith("-PERS") else label


class NerModel:
    """A loaded CRF tagger; load once (it opens the model file) and reuse."""

    def __init__(self, tagger: pycrfsuite.Tagger) -> None:
        self._tagger = tagger
        self._gaz = load_gazetteer()

    @classmethod
    def load(cls, path: Path | None = None) -> "NerModel":
        """The committed model (or the model file at `path`)."""
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path or MODEL_PATH))
        return cls(tagger)

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-PER, I-LOC, …, O) for one sentence of word tokens."""
        return [t for t, _ in self.tag_with_marginals(tokens, marginals=False)]

    def tag_with_marginals(self, tokens: list[str], marginals: bool = True) -> list[tuple[str, float]]:
        """Each token's tag with the model's marginal probability of that tag."""
        out: list[tuple[str, float]] = []
        for a in range(0, len(tokens), MAX_TOKENS):
            out.extend(self._tag_window(tokens[a:a + MAX_TOKENS], marginals))
        return out

    def _tag_window(self, tokens: list[str], marginals: bool) -> list[tuple[str, float]]:
        clean = [t if t and not t.isspace() else "_" for t in (str(x) for x in tokens)]
        self._tagger.set(sentence_features(clean, self._gaz))
        labels = self._tagger.tag()
        probs = ([self._tagger.marginal(y, i) for i, y in enumerate(labels)]
                 if marginals else [1.0] * len(labels))
        return [(_api_tag(y), p) for y, p in zip(labels, probs)]
