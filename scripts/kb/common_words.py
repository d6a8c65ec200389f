"""Arabic words that are usually not names, measured on tagged news corpora (build time only).

A gazetteer's alternate names include plain words (الحزم "firmness", سحر "magic" are also
Yemeni towns). A one-word name of a minor place is dropped when the tagged corpora use that
word mostly outside entities. Corpora: ANERCorp (CC BY-SA 4.0) training split and NewsFANE
(CC BY-SA 3.0) in ../shared/data; only counts are used, nothing of them is stored.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from rasd.arabic import fold_key
from scripts.kb.common import SHARED

MIN_PLAIN = 2        # seen at least this often outside any entity …
MAX_NAME_SHARE = 0.2  # … and inside an entity at most this share of the time


def _conll(path: Path, sep: str | None) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.strip().replace("\u200e", "").split(sep)
        if len(parts) == 2:
            rows.append((fold_key(parts[0]), parts[1]))
    return rows


@lru_cache(maxsize=1)
def word_counts() -> tuple[Counter, Counter]:
    """(plain, inside-entity) counts of folded tokens."""
    plain: Counter = Counter()
    named: Counter = Counter()
    sources = [(SHARED / "anercorp" / "train_approx.txt", " "),
               (SHARED / "newsfane" / "NewsFANE_Gold_2014_170K.txt", "\t")]
    for path, sep in sources:
        if not path.exists():
            continue
        for tok, tag in _conll(path, sep):
            (plain if tag == "O" else named)[tok] += 1
    return plain, named


def is_common_word(key: str, min_plain: int = MIN_PLAIN) -> bool:
    """True for a one-token folded key used mostly as a plain word in tagged news."""
    if " " in key:
        return False
    plain, named = word_counts()
    p, n = plain[key], named[key]
    return p >= min_plain and n <= MAX_NAME_SHARE * (p + n)
