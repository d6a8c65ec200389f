"""Sentence classifier: is this sentence an event of a PLOVER type (ASSAULT, PROTEST)?

Trigger words alone over-fire: `اغتيال` (assassination) also appears in commentary,
history and denials. A small logistic regression over folded word uni/bigrams and the
trigger matches decides whether a sentence reports an actual event of the type. Pure
Python, weights in `rasd/annotate/event_classifier.json.gz`, built by
`scripts/train_event_classifier.py` from the OEDA Arabic gold sentences (MIT licence,
Copyright (c) 2018 Open Event Data Alliance).
"""
from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.annotate.triggers import find_triggers
from rasd.arabic import clitic_splits, fold_key, tokenize

MODEL_PATH = Path(__file__).resolve().parent / "event_classifier.json.gz"
EPOCHS = 12     # passes of SGD; 5-fold CV on the GSR sets flat beyond ~10
RATE = 0.2
# L2 picked by 5-fold CV on the GSR sentences among 1e-4, 1e-3, 1e-2, 3e-2, 1e-1:
# ASSAULT F1 0.603 / 0.588 / 0.656 / 0.576 / 0.607 (rules + classifier at 0.5)
L2 = 1e-2


def features(text: str) -> list[str]:
    """Folded word stems and bigrams; each trigger's type, form, strength, neighbours and place."""
    words = [fold_key(t.text) for t in tokenize(text) if t.is_word]
    stems = [clitic_splits(w)[-1][1] if len(w) > 3 else w for w in words]
    feats = ["bias"] + [f"w:{s}" for s in stems] + [f"b:{a}_{b}" for a, b in zip(stems, stems[1:])]
    trigs = find_triggers(text)
    for t in trigs:
        feats += [f"t:{t.type}", f"t:{t.type}:{'s' if t.strong else 'w'}", f"tf:{t.type}:{fold_key(t.text)}",
                  f"tpos:{t.type}:{min(t.index // 5, 4)}", f"tv:{t.type}:{t.verb}"]
        if 0 < t.index <= len(stems):
            feats.append(f"tp:{t.type}:{stems[t.index - 1]}")   # the word before: لم، في، بعد ...
        if t.index + 1 < len(stems):
            feats.append(f"tn:{t.type}:{stems[t.index + 1]}")   # the word after: its subject or object
    feats += [f"ntrig:{min(len(trigs), 4)}", f"len:{min(len(words) // 10, 5)}"]
    if any(c.isdigit() for c in text):
        feats.append("digit")
    return feats


@dataclass(frozen=True, slots=True)
class LogReg:
    """A binary logistic regression over string features."""

    weights: dict[str, float]

    def proba(self, feats: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(examples: Sequence[tuple[list[str], bool]], epochs: int = EPOCHS) -> LogReg:
    """SGD logistic regression in a fixed order (deterministic), positives up-weighted to balance."""
    w: dict[str, float] = {}
    pos = sum(1 for _, y in examples if y) or 1
    pos_weight = (len(examples) - pos) / pos
    for epoch in range(epochs):
        rate = RATE / (1 + epoch)
        for feats, y in examples:
            fs = set(feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(w.get(f, 0.0) for f in fs)))))
            g = ((1.0 if y else 0.0) - p) * (pos_weight if y else 1.0)
            for f in fs:
                w[f] = w.get(f, 0.0) * (1 - rate * L2) + rate * g
    return LogReg({f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3})


@dataclass(frozen=True, slots=True)
class EventClassifier:
    """Per-type models and the probability threshold above which a sentence is that event."""

    models: dict[str, LogReg]
    thresholds: dict[str, float]

    def accepts(self, event_type: str, sentence: str) -> bool:
        """False only when a model for this type exists and scores the sentence below threshold."""
        model = self.models.get(event_type)
        if model is None:
            return True
        return model.proba(features(sentence)) >= self.thresholds.get(event_type, 0.5)

    def to_json(self) -> dict:
        return {"models": {k: m.weights for k, m in self.models.items()}, "thresholds": self.thresholds}

    def save(self, path: Path = MODEL_PATH) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(self.to_json(), fh, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=2)
def load_classifier(path: Path = MODEL_PATH) -> EventClassifier | None:
    """The committed classifier, or None when its file is absent."""
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return EventClassifier({k: LogReg(v) for k, v in data["models"].items()}, data["thresholds"])
