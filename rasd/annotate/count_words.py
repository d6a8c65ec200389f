"""The vocabulary of counts: counted nouns, measures, casualty cues and approximators.

`classify` tells what a (folded) word says about a number next to it, peeling proclitics
and deriving inflected forms from the singulars of `units.tsv`: `والجنود` (and the
soldiers) → troops; `جنديين` (two soldiers) → troops, dual; `كيلومترات` → a distance,
never counted; `وأصيب` (and ... were wounded) → the cue "wounded".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.annotate.numbers import Tok
from rasd.arabic import fold_key
from rasd.clitics import clitic_splits
from rasd.lexicon import load_table


@dataclass(frozen=True, slots=True)
class Noun:
    """What a word says about a count: its unit, its role in units.tsv, and whether it is a dual."""

    unit: str
    role: str  # count, currency, exclude, cue
    dual: bool = False


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, str, bool]]:
    """Folded word → (unit, role, takes the sound plural), from `units.tsv`."""
    return {fold_key(r["word"]): (r["unit"], r["role"], r.get("plural") == "sound")
            for r in load_table("units") if r["role"] != "before"}


@lru_cache(maxsize=1)
def not_count_before() -> frozenset[str]:
    """Folded words that make the number after them a name, rank, age or clock time (units.tsv)."""
    return frozenset(fold_key(r["word"]) for r in load_table("units") if r["role"] == "before")


@lru_cache(maxsize=1)
def approximators() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """(phrases before the number, phrases after it) as folded token tuples, longest first."""
    rows = load_table("approximators")
    split = {pos: sorted((tuple(fold_key(r["phrase"]).split()) for r in rows if r["position"] == pos),
                         key=len, reverse=True) for pos in ("before", "after")}
    return tuple(split["before"]), tuple(split["after"])


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Folded month names and the first words of two-word names (كانون، تشرين، ربيع ...)."""
    return frozenset(fold_key(r["word"]).split()[0] for r in load_table("months"))


def is_month(toks: list[Tok], j: int) -> bool:
    """True when token j is a month name (a number before it is a day, not a count)."""
    key = toks[j].key
    return key in month_words() or (key[:1] in "وفب" and key[1:] in month_words())


@lru_cache(maxsize=65536)
def classify(key: str) -> Noun | None:
    """The counted noun, measure or cue a folded word is, peeling clitics and inflections."""
    table = unit_table()
    for clitic, stem in clitic_splits(key):
        definite = "ال" in clitic or clitic.endswith("لل") or stem.startswith("ال")
        noun = _classify_stem(stem, table, definite)
        if noun is not None:
            return noun
    return None


def _classify_stem(stem: str, table: dict[str, tuple[str, str, bool]], definite: bool) -> Noun | None:
    """Exact, accusative (-ا), sound plural (-ون -ين -ات) and dual (-ان -ين -تان -تين) forms."""
    if stem in table:
        return Noun(*table[stem][:2])
    candidates = (
        (stem[:-1], "ا", False), (stem[:-3] + "ه", "تان", True), (stem[:-3] + "ه", "تين", True),
        (stem[:-2], "ان", True), (stem[:-2], "ين", None), (stem[:-2], "ون", False),
        (stem[:-2] + "ه", "ات", False), (stem[:-2], "ات", False),
    )
    for base, suffix, dual in candidates:
        if stem.endswith(suffix) and len(base) >= 2 and base in table:
            unit, role, sound = table[base]
            is_dual = (not sound) if dual is None else dual
            return Noun(unit, role, is_dual and not definite)
    return None


def person_like(key: str, value: float) -> bool:
    """Plural nisba or participle nouns name people: انقلابيين (putschists), مترشحين (candidates)."""
    stem = key
    for clitic, rest in clitic_splits(key):
        if clitic:
            stem = rest
    stem = stem[2:] if stem.startswith("ال") else stem
    if len(stem) >= 5 and (stem.endswith(("يين", "يون")) or (stem[0] == "م" and stem.endswith(("ين", "ون")))):
        return True
    # after 11..99 the noun is an accusative singular: 15 حوثيا (15 Houthis), 14 مترشحا;
    # after hundreds and thousands a genitive singular, though writers use both there:
    # 1400 فلسطيني / 1400 فلسطينيا (1,400 Palestinians)
    accusative = stem.endswith("يا") or (stem[:1] == "م" and stem[-1:] == "ا")
    if value >= 100 and len(stem) >= 4 and (accusative or stem.endswith("ي")):
        return True
    return 11 <= value <= 99 and len(stem) >= 4 and accusative


def approx_before(toks: list[Tok], first: int) -> int | None:
    """Index of the first token of an approximator ending right before token `first`."""
    for phrase in approximators()[0]:
        k = first - len(phrase)
        if k >= 0 and all(_same(toks[k + i].key, w, i == 0) for i, w in enumerate(phrase)):
            return k
    return None


def approx_after(toks: list[Tok], j: int) -> bool:
    """True when an approximator (على الأقل، تقريبا) starts at token j."""
    return any(j + len(p) <= len(toks) and all(_same(toks[j + i].key, w, False) for i, w in enumerate(p))
               for p in approximators()[1])


def _same(key: str, word: str, clitic_ok: bool) -> bool:
    """The token is the word, or (clitic_ok) the word after و/ف/ب (بنحو 1500 "at about 1,500")."""
    if key == word:
        return True
    return clitic_ok and (key[1:] == word and key[:1] in ("و", "ف", "ب") or key[:2] == "وب" and key[2:] == word)


def possessed_noun(key: str) -> Noun | None:
    """The counted noun of a possessed plural: مقاتليها "its fighters" (construct مقاتلي of
    مقاتلين), جنوده "his soldiers"."""
    for suffix in ("ها", "هم", "هن", "ه"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            base = key[:-len(suffix)]
            for form in (base, base + "ن"):
                noun = classify(form)
                if noun is not None and noun.role == "count":
                    return noun
            return None
    return None
