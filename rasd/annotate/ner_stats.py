"""Training-text word statistics for the NER features: counted, saved beside a model, loaded.

Each folded word maps to how often it was seen and how often inside a PERS, LOC, ORG or
MISC span (سوريا "Syria": mostly LOC), read by `ner_features` as the word-statistic features.
"""
from __future__ import annotations

import gzip
from pathlib import Path

from rasd.arabic import fold_key

# Word statistics: folded word → (times seen, times inside PERS, LOC, ORG, MISC spans).
WordStats = dict[str, tuple[int, int, int, int, int]]
STAT_TYPES = ("PERS", "LOC", "ORG", "MISC")


def count_words(sents: list[tuple[list[str], list[str]]]) -> WordStats:
    """How often each folded word occurs, and inside which types."""
    acc: dict[str, list[int]] = {}
    for toks, tags in sents:
        for tok, tag in zip(toks, tags):
            typ = tag[2:] if tag != "O" else ""
            row = acc.setdefault(fold_key(tok) or tok, [0, 0, 0, 0, 0])
            row[0] += 1
            if typ in STAT_TYPES:
                row[1 + STAT_TYPES.index(typ)] += 1
    return {k: (v[0], v[1], v[2], v[3], v[4]) for k, v in acc.items()}


def save_stats(stats: WordStats, path: Path) -> None:
    """Write word statistics as gzipped TSV, sorted so the file is reproducible."""
    lines = ["word\tn\t" + "\t".join(STAT_TYPES)]
    lines += ["\t".join([w, *map(str, row)]) for w, row in sorted(stats.items())]
    # no file name or time in the gzip header, so a retrain gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def load_stats(path: Path) -> WordStats | None:
    """Word statistics saved beside a model, or None when the model has none."""
    if not path.exists():
        return None
    stats: WordStats = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            w, *nums = line.rstrip("\n").split("\t")
            a, b, c, d, e = (int(x) for x in nums)
            stats[w] = (a, b, c, d, e)
    return stats
