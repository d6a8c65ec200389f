"""Document-context features for the NER model's second pass.

A name is often clear in one sentence of an article and opaque in the next
(حزب الليكود "the Likud party" ... قرر الليكود "Likud decided"). The first pass tags each
sentence alone; the second pass sees, for every token, how the first pass tagged the
same word (clitics stripped) in the neighbouring sentences, plus the token's own
first-pass tag. The training script makes these first-pass tags out-of-fold, so the
second pass learns how far to trust them on unseen text.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rasd.arabic import fold_key
from rasd.clitics import clitic_splits

# Sentences either side whose first-pass tags a token can see: about one article in
# ANERCorp, whose test file has no article breaks.
WINDOW = 12


@lru_cache(maxsize=1 << 14)
def _keys(token: str) -> tuple[str, ...]:
    """The folded word and its proclitic-stripped stems of 3+ letters (وبوش → بوش)."""
    word = fold_key(token) or token
    return tuple(dict.fromkeys(s for _, s in clitic_splits(word) if len(s) >= 3 or s == word))


def _sentence_memory(tokens: list[str], labels: list[str]) -> tuple[Counter, Counter]:
    """(key → times seen, (key, type) → times inside a first-pass entity) for one sentence."""
    seen: Counter = Counter()
    tagged: Counter = Counter()
    for tok, lab in zip(tokens, labels):
        for k in _keys(tok):
            seen[k] += 1
            if lab != "O":
                tagged[k, lab[2:]] += 1
    return seen, tagged


def _bucket(share: float) -> str:
    return "0" if share <= 0 else "lo" if share < 0.34 else "mid" if share < 0.67 else "hi"


TYPES = ("PERS", "LOC", "ORG", "MISC")


def _token_feats(keys: tuple[str, ...], own: str, seen: Counter, tagged: Counter) -> list[str]:
    """What the first pass said about this word elsewhere in the window (this token left out)."""
    key = max(keys, key=lambda k: seen[k])
    n = seen[key] - 1
    if n <= 0:
        return ["d:none"]
    counts = {t: tagged[key, t] - (own == t) for t in TYPES}
    ent = sum(counts.values())
    feats = [f"d:share={_bucket(ent / n)}"]
    if ent > 0:
        feats.append(f"d:type={max(TYPES, key=lambda t: counts[t])}")
    return feats


def _shift(total: Counter, part: Counter, sign: int) -> None:
    """Add (sign 1) or take away (sign -1) one sentence's counts from the window's."""
    for k, v in part.items():
        total[k] += sign * v


def context_features(sentences: list[list[str]], labels: list[list[str]]) -> list[list[list[str]]]:
    """Per sentence, per token: second-pass features from first-pass `labels` of the document."""
    mem = [_sentence_memory(t, lab) for t, lab in zip(sentences, labels)]
    out: list[list[list[str]]] = []
    # The window slides: each sentence's counts enter once and leave once, instead of
    # summing 2 * WINDOW + 1 sentences per sentence (a count of 0 reads as absent).
    seen: Counter = Counter()
    tagged: Counter = Counter()
    for s, t in mem[:WINDOW]:
        _shift(seen, s, 1)
        _shift(tagged, t, 1)
    for i, (toks, labs) in enumerate(zip(sentences, labels)):
        if i + WINDOW < len(mem):
            _shift(seen, mem[i + WINDOW][0], 1)
            _shift(tagged, mem[i + WINDOW][1], 1)
        if i - WINDOW - 1 >= 0:
            _shift(seen, mem[i - WINDOW - 1][0], -1)
            _shift(tagged, mem[i - WINDOW - 1][1], -1)
        padded = ["BOS"] + labs + ["EOS"]
        out.append([_token_feats(_keys(tok), lab[2:], seen, tagged)
                    + [f"p1={lab}", f"p1-1={padded[j]}", f"p1+1={padded[j + 2]}"]
                    for j, (tok, lab) in enumerate(zip(toks, labs))])
    return out
