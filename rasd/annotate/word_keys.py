"""Matching keys of a word for the event vocabulary: its folded stems without proclitics and
suffixes, and for verbs the stems behind an imperfective or future prefix.

`وقصفت` (and she shelled) → قصفت، قصف; `يستهدف` (targets) → استهدف. Trigger, claim-marker and
event-role rules compare these keys with their word lists, so one listed form finds its variants.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.arabic import fold_key
from rasd.clitics import clitic_splits

# Pronoun, number and person suffixes stripped for matching (longest first):
# شنتها → شنت → شن (launched it); متظاهرون → متظاهر (protesters).
SUFFIXES: tuple[str, ...] = ("هما", "هم", "ها", "هن", "وا", "ون", "ين", "ات", "ان", "تا", "ه", "ت", "ا")
_PRONOUNS = frozenset({"هما", "هم", "ها", "هن", "ه"})
PRONOUN_ENDINGS = tuple(_PRONOUNS)  # for str.endswith, built once
# A final hamza sits on ya or waw before a pronoun: لقاء (meeting) → لقائه، لقاؤها; اعتداء → اعتدائها.
HAMZA_SEATS: tuple[str, ...] = ("ائ", "اؤ")
# Imperfective and future prefixes of verbs: يقصف → قصف، ستدعم → دعم، يستهدف → استهدف.
VERB_PREFIXES: tuple[str, ...] = ("سي", "ست", "سن", "ي", "ت", "ن", "ا")


@lru_cache(maxsize=1 << 16)  # called ~5 times per word by triggers, claims and actors (bench_pipeline profile)
def word_keys(word: str) -> frozenset[str]:
    """Folded matching keys of one word: itself, without proclitics, without suffixes."""
    out: set[str] = set()
    # a folded final ه from ة is the feminine ending, not the pronoun: طلبة (students) ≠ طلب + ه
    sufs = SUFFIXES if not word.endswith("ة") else tuple(x for x in SUFFIXES if x != "ه")
    for _, stem in clitic_splits(fold_key(word)):
        out.add(stem)
        for suf in sufs:
            if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                inner = stem[: -len(suf)]
                out.add(inner)
                if suf in _PRONOUNS and inner.endswith("ت"):  # مسؤوليتها → مسؤوليه (ة before a pronoun)
                    out.add(inner[:-1] + "ه")
                if suf in _PRONOUNS and inner.endswith(HAMZA_SEATS):  # لقائه، لقاؤه → لقاء (his meeting)
                    out.add(inner[:-1] + "ء")
                out.update(inner[: -len(s2)] for s2 in SUFFIXES
                           if inner.endswith(s2) and len(inner) - len(s2) >= 2)
    return frozenset(out)


@lru_cache(maxsize=1 << 16)  # the keys of one word: called for every word, several times over
def verb_keys(keys: frozenset[str]) -> frozenset[str]:
    """Extra keys for verbs: imperfective stems and their Form VIII/X past (يستهدف → استهدف)."""
    out: set[str] = set()
    for k in keys:
        if k.startswith("ال"):  # the article: a noun (الأمين "the secretary" is no يلوم-verb لام "blamed")
            continue
        if k + "ت" not in keys:  # دعوات (calls) → دعوا is a noun stripped of its ending, no verb
            out.update(_defective_pasts(k))
        for pre in VERB_PREFIXES:
            if k.startswith(pre) and len(k) - len(pre) >= 2:
                stem = k[len(pre):]
                out.update((stem, "ا" + stem))
    return frozenset(out - keys)


def _defective_pasts(key: str) -> tuple[str, ...]:
    """The lexicon form of a final-weak past whose last letter drops before ت or وا:
    استدعت، ألغوا → استدعى، ألغى (folded ي); دعت، دعوا → دعا."""
    for ending in ("ت", "وا"):
        if key.endswith(ending) and not key.endswith("ات") and len(key) - len(ending) >= 2:
            stem = key[: -len(ending)]
            return stem + "ي", stem + "ا"
    return ()
