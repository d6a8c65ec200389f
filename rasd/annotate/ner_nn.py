"""A small convolutional NER tagger, run in NumPy: characters carry it to names it never saw.

Each token is a word vector (its folded form, and its longest clitic-stripped stem, from
one table), a character CNN over the folded word (max-pooled), and the sum of vectors
of the token's gazetteer, shape and word-statistic features (the same strings the CRF
sees: `gk=B-PER`, `kt=PER`, `digit`, `f=5` ...). Dilated 1-D convolutions over the
sentence mix in the neighbours; a softmax gives each token a distribution over the
IOB2 labels. `NerModel` averages it with the CRF's marginals (see `ner_model`).

Trained by `scripts/train_ner_nn.py` (PyTorch, training only); the weights ship as
float16 in `models/ner.nn.npz`. Everything that hangs on one word form (lookups and
the character CNN) is memoised per word, as in the CRF's features.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from rasd.annotate.ner_words import analyse

# Which CRF feature strings the network also reads: gazetteer hits, shape, word statistics.
NN_FEATURE = re.compile(r"^(?:g[pontk]|kt|s?[fet])=|^(?:digit|hasdigit|latin|punct|al|quoted|BOS|EOS)$")
MAX_CHARS = 20  # characters of a word the character CNN reads (longer words are cut)
MEMO_WORDS = 1 << 16
PAD, UNK = 0, 1


# The phrase table's coarse features ("inside some listed name") and a person's kinds in it.
_PHRASE_ANY = frozenset({"go=B-", "go=I-"})
_PERSON_PHRASE = ("go=B-per_", "go=I-per_")


def _in_person_phrase(feats: list[str]) -> bool:
    """Whether the token's phrase-table hit is a listed person (جاك شيراك), not an organisation."""
    return any(f.startswith(_PERSON_PHRASE) for f in feats)


def word_chars(word: str) -> str:
    """The characters the CNN reads: the folded word between boundary marks."""
    return "<" + word[:MAX_CHARS - 2] + ">"


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, out=x)


def _conv(x: np.ndarray, w: np.ndarray, b: np.ndarray, dil: int) -> np.ndarray:
    """1-D 'same' convolution of x (time × in), kernel 3, dilation `dil`; w is (3·in × out)."""
    n, d = x.shape
    xp = np.zeros((n + 2 * dil, d), np.float32)
    xp[dil:dil + n] = x
    cols = np.concatenate([xp[:n], x, xp[2 * dil:]], axis=1)
    return cols @ w + b


def _single_threaded_blas() -> None:
    """Keep BLAS on one thread: rasd runs one process per core, and on matrices this small
    OpenBLAS's threads spin far more CPU than they save (500 vs 10,700 tokens/s measured)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1, user_api="blas")


class _Net:
    """One trained network's weights and vocabularies."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.labels: list[str] = [str(x) for x in arrays["labels"]]
        self._words = {str(w): i for i, w in enumerate(arrays["words"])}
        self._chars = {str(c): i for i, c in enumerate(arrays["chars"])}
        self._feats = {str(f): i for i, f in enumerate(arrays["feats"])}
        self._known = frozenset(self._feats)
        # A network trained before ner_people existed read "go=B-" as an organisation or MISC
        # phrase; it is not shown that feature where the phrase is a person's name (below).
        self._reads_people = any(f.startswith(_PERSON_PHRASE) for f in self._feats)
        # kernels (3 × in × out) as contiguous (3·in × out) matrices, ready for `_conv`
        self._w = {k: np.ascontiguousarray(v.astype(np.float32).reshape(-1, v.shape[-1]) if v.ndim == 3
                                           else v.astype(np.float32))
                   for k, v in arrays.items() if k not in ("labels", "words", "chars", "feats", "dilations")}
        self._dil = [int(d) for d in arrays["dilations"]]
        # The input layer is linear, so it is split: the word part is applied once per word
        # form (memoised), the feature part folded into one projected row per feature.
        w = self._w
        n_feat = w["feat_emb"].shape[1]
        self._in_word = w["in_w"][:-n_feat]
        self._feat_proj = w["feat_emb"] @ w["in_w"][-n_feat:]
        self._memo: dict[str, np.ndarray] = {}

    def _word_vector(self, raw: str) -> np.ndarray:
        """The input layer's share of one token's word, stem and character CNN vectors (memoised)."""
        got = self._memo.get(raw)
        if got is not None:
            return got
        t = analyse(raw)
        w = self._w
        emb = w["word_emb"]
        ids = [self._chars.get(c, UNK) for c in word_chars(t.word)]
        ch = _conv(w["char_emb"][ids], w["char_w"], w["char_b"], 1).max(axis=0)
        vec = np.concatenate([emb[self._words.get(t.word, UNK)], emb[self._words.get(t.longest, UNK)],
                              _relu(ch)]) @ self._in_word
        if len(self._memo) >= MEMO_WORDS:
            self._memo.clear()
        self._memo[raw] = vec
        return vec

    def probs(self, tokens: list[str], feats: list[list[str]]) -> np.ndarray:
        """Label probabilities (tokens × labels) for one non-empty sentence."""
        w = self._w
        rows: list[int] = []
        cols: list[int] = []
        known, index = self._known, self._feats
        for i, fs in enumerate(feats):
            hit = known.intersection(fs)  # one C-level pass: ~25 strings a token, ~5 known
            if not self._reads_people and not hit.isdisjoint(_PHRASE_ANY) and _in_person_phrase(fs):
                hit -= _PHRASE_ANY
            for f in hit:
                rows.append(i)
                cols.append(index[f])
        hot = np.zeros((len(tokens), len(self._feat_proj)), np.float32)
        hot[rows, cols] = 1.0
        h = _relu(np.stack([self._word_vector(t) for t in tokens]) + hot @ self._feat_proj + w["in_b"])
        for layer, dil in enumerate(self._dil):
            h = h + _relu(_conv(h, w[f"conv{layer}_w"], w[f"conv{layer}_b"], dil))
        z = h @ w["out_w"] + w["out_b"]
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


class NnTagger:
    """One or more trained networks (same labels); `probs` averages their label distributions."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        groups: dict[str, dict[str, np.ndarray]] = {}
        for key, val in arrays.items():  # "1/word_emb": the second network's (no "/": a single one)
            net, _, name = key.rpartition("/")
            groups.setdefault(net, {})[name] = val
        self._nets = [_Net(groups[k]) for k in sorted(groups)]
        self.labels = self._nets[0].labels

    @classmethod
    def load(cls, path: Path) -> NnTagger | None:
        """The network(s) saved at `path`, or None when there is no such file."""
        if not path.exists():
            return None
        _single_threaded_blas()
        with np.load(path, allow_pickle=False) as z:
            return cls({k: z[k] for k in z.files})

    def probs(self, tokens: list[str], feats: list[list[str]]) -> np.ndarray:
        """Label probabilities (tokens × labels) for one sentence, given its CRF feature strings."""
        if not tokens:
            return np.zeros((0, len(self.labels)), np.float32)
        out = self._nets[0].probs(tokens, feats)
        for net in self._nets[1:]:
            out = out + net.probs(tokens, feats)
        return out / len(self._nets) if len(self._nets) > 1 else out


@lru_cache(maxsize=8)
def _allowed(labels: tuple[str, ...]) -> np.ndarray:
    n = len(labels)
    ok = np.ones((n + 1, n), bool)  # the last row: sentence start
    for j, y in enumerate(labels):
        if y.startswith("I-"):
            for i, prev in enumerate((*labels, "O")):
                ok[i, j] = prev[2:] == y[2:] and prev != "O"
    ok.flags.writeable = False
    return ok


def allowed(labels: list[str]) -> np.ndarray:
    """Which label may follow which in IOB2 (I-X only after B-X or I-X); row: previous."""
    return _allowed(tuple(labels))


def viterbi(p: np.ndarray, ok: np.ndarray) -> list[int]:
    """The most probable label sequence under the IOB2 constraint, from per-token probabilities.

    Plain Python over the 9 labels: per token a handful of comparisons, cheaper than
    NumPy calls on 9 × 9 arrays (9 → 3 µs a token).
    """
    n_lab = p.shape[1]
    logp = np.log(np.maximum(p, 1e-9)).tolist()
    # labels that may follow anything (O, B-X) vs those with a short list of allowed predecessors (I-X)
    prevs = [None if ok[:-1, j].all() else [i for i in range(n_lab) if ok[i, j]] for j in range(n_lab)]
    labs = range(n_lab)
    score = [lp if ok[-1, j] else lp - 1e9 for j, lp in enumerate(logp[0])]
    back: list[list[int]] = []
    for row in logp[1:]:
        top = max(labs, key=score.__getitem__)
        bp = [top if pr is None else (pr[0] if score[pr[0]] >= score[pr[1]] else pr[1]) if len(pr) == 2
              else max(pr, key=score.__getitem__) for pr in prevs]
        score = [score[b] + lp for b, lp in zip(bp, row)]
        back.append(bp)
    path = [max(labs, key=score.__getitem__)]
    for bp in reversed(back):
        path.append(bp[path[-1]])
    return path[::-1]
