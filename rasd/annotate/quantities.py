"""Counted quantities: `نحو 10 آلاف جندي` (about 10000 troops) → 10000, troops, approx.

A number becomes a quantity when what follows it is counted (a noun of `units.tsv`, a
plural of people such as `مدنيين`, `آخرين` "others", `من` + a group, `منهم` "of them")
or when a casualty cue stands right before it (`وأصيب 31`, and 31 were wounded).
Measures are never counts: time (`3 سنوات`), distance (`10 كيلومترات`), percent,
ages (`سن`، `عاما`), model numbers (`إف-16`, `اللواء 17`), years, clock times and dates.
A dual noun counts two (`جنديين`, two soldiers). Each fact is kept once: one quantity per
(value, unit, vague plural or not), the first mention's span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from rasd.annotate.count_words import (  # noqa: F401 (classify is public API of this stage)
    Noun, approx_after, approx_before, approximators, classify, is_month, not_count_before, person_like,
    possessed_noun, unit_table,
)
from rasd.annotate.numbers import NumberSpan, Tok, find_numbers, is_number_word, tokens
from rasd.arabic import fold_key, folded_words, sentences
from rasd.model import Document, Quantity

# The closed unit vocabulary (documented in units.tsv). Money carries the ISO 4217 code of its
# currency instead (`1.5 مليون دولار` → "USD"), so a money unit is a Unit or a currency code.
Unit = Literal["troops", "killed", "wounded", "civilians", "people", "police", "fighters",
               "detainees", "displaced", "missiles", "drones", "aircraft", "vehicles", "tanks",
               "weapons", "strikes", "attacks", "money", "other"]
PERSON_UNITS: frozenset[str] = frozenset({"troops", "civilians", "people", "police", "fighters"})

DEMONSTRATIVES: frozenset[str] = frozenset(fold_key(w) for w in ("هذا", "هذه", "ذلك", "تلك"))
OTHERS: frozenset[str] = frozenset(fold_key(w) for w in ("آخرين", "آخرون", "أخرى", "أخريات", "آخر"))
OF_THEM: frozenset[str] = frozenset(fold_key(w) for w in ("منهم", "منهن", "منها", "منهما"))
CASUALTY: frozenset[str] = frozenset({"killed", "wounded"})
ROLES: frozenset[str] = frozenset({"killed", "wounded", "detainees", "displaced"})
TOLL: frozenset[str] = frozenset(fold_key(w) for w in ("عدد", "حصيلة", "إجمالي"))
TOLL_TO: frozenset[str] = frozenset(fold_key(w) for w in (
    "إلى", "الى", "بلغ", "بلغت", "ليصل", "لتصل", "يبلغ"))
# "numbering": the soldiers, numbering three thousand (الجنود وعددهم ثلاثة آلاف)
NUMBERING: frozenset[str] = frozenset(fold_key(w) for w in (
    "عددهم", "عددها", "عددهن", "قوامها", "قوامه", "عديدها", "عديدهم", "تعدادها", "تعدادهم"))
CUE_BACK, CUE_AHEAD = 6, 4  # words searched for a casualty cue around a count


def _words_between(toks: list[Tok], i: int, step: int, limit: int) -> list[int]:
    """Indices of up to `limit` word tokens from i in direction step (punctuation skipped)."""
    out: list[int] = []
    while 0 <= i < len(toks) and len(out) < limit:
        if toks[i].is_word or toks[i].is_digit:
            out.append(i)
        i += step
    return out


def _cue(toks: list[Tok], first: int, last: int) -> str | None:
    """The nearest casualty cue (killed, wounded, detainees, displaced) around tokens first..last."""
    # the verb or noun before a count governs it (قتل ما لا يقل عن 28 ...), so look back first
    for i in _words_between(toks, first - 1, -1, CUE_BACK) + _words_between(toks, last + 1, 1, CUE_AHEAD):
        noun = classify(toks[i].key)
        if noun is not None and (noun.role == "cue" or (noun.role == "count" and noun.unit in CASUALTY)):
            return noun.unit
    return None


def _blocked(toks: list[Tok], n: NumberSpan) -> bool:
    """True when the number is a name, code, clock time, date part, year or phone number."""
    before = toks[n.first - 1] if n.first > 0 else None
    after = toks[n.last + 1] if n.last + 1 < len(toks) else None
    blockers = not_count_before()
    if before is not None and (before.key in blockers or _strip_wa(before.key) in blockers):
        return True
    for tok, far in ((before, n.first - 2), (after, n.last + 2)):
        if tok is not None and tok.key in ("-", "/", ":", ".", "‐", "–") and 0 <= far < len(toks) \
                and (toks[far].is_digit or (tok.key == "-" and far < n.first and toks[far].is_word)):
            return True  # 12/04, 10:30, 2014-2015, إف-16
    if after is not None and (after.key in ("%", "٪") or is_month(toks, n.last + 1)):
        return True
    if after is not None and after.key == "في" and n.last + 2 < len(toks) \
            and toks[n.last + 2].key in ("المئه", "المائه"):
        return True  # 20 في المئة: percent
    if n.digits and len(toks[n.first].key.replace(",", "").replace(".", "")) >= 7 \
            and not any(c in toks[n.first].text for c in ",.٬٫"):
        return True  # a phone or reference number
    if not (n.digits or n.vague) and 10 <= n.value < 20 and before is not None \
            and before.key.startswith("ال"):
        return True  # الثانية عشرة (the twelfth): an ordinal teen
    return n.value < 2 or (n.digits and n.first == n.last and 1900 <= n.value <= 2100
                           and n.value.is_integer() and not _counts_noun(after))


def _counts_noun(after: Tok | None) -> bool:
    """A year-like number before a counted noun is a count: أكثر من 2000 شخص (2,000 people)."""
    if after is None or not after.is_word:
        return False
    noun = classify(after.key)  # listed nouns only: a year before an adverb (2016 رسميا) stays a year
    return noun is not None and noun.role in ("count", "currency")


def _strip_wa(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف", "ب", "ل") and len(key) > 2 else key


def _counted(toks: list[Tok], n: NumberSpan) -> tuple[int, str | None] | None:
    """(index of the last token of the counted phrase, unit or None) or None if not counted."""
    j = n.last + 1
    if j >= len(toks) or not toks[j].is_word:
        return None
    nxt = toks[j]
    noun = classify(nxt.key)
    if noun is not None and noun.role in ("count", "currency"):
        return _refine(toks, j, noun)
    if noun is not None and noun.role == "exclude":
        return None
    if nxt.key in OTHERS or nxt.key in OF_THEM:
        return j, None
    if nxt.key == "من" and j + 1 < len(toks) and toks[j + 1].is_word and not is_month(toks, j + 1):
        return _partitive(toks, j + 1)
    if person_like(nxt.key, n.value):
        return j, "people"
    return None


def _partitive(toks: list[Tok], k: int) -> tuple[int, str | None] | None:
    """N من X (N of X): 12 من رجال الأمن (12 of the security men) counts; 5 من أصل 10 and
    12 من هذا الشهر (the 12th of this month) do not."""
    inner = classify(toks[k].key)
    if inner is not None and inner.role == "exclude":
        return None
    if inner is not None and inner.role == "count":
        return _refine(toks, k, inner)
    if fold_key("أصل") in toks[k].key or toks[k].key in ("الشهر", "شهر") or "عمر" in toks[k].key[:5]:
        return None  # 5 من أصل 10 (5 out of 10), 12 من عمره (12 years of age)
    if toks[k].key in DEMONSTRATIVES and k + 1 < len(toks):
        after = classify(toks[k + 1].key)
        if after is not None and after.role == "exclude":
            return None
    return k, None


def _refine(toks: list[Tok], j: int, noun: Noun) -> tuple[int, str]:
    """Extend a counted noun over a following qualifier: طائرات مسيرة (drones), عناصر من الشرطة."""
    if j + 1 < len(toks):
        nxt = classify(toks[j + 1].key)
        if noun.unit == "aircraft" and nxt is not None and nxt.unit == "drones":
            return j + 1, "drones"
        if toks[j + 1].key == "من" and j + 2 < len(toks):
            inner = classify(toks[j + 2].key)
            if inner is not None and inner.role == "count" and noun.unit in PERSON_UNITS:
                return j + 2, inner.unit
    return j, noun.unit


def _approx(toks: list[Tok], first: int, last: int) -> tuple[int, bool]:
    """(start token including a leading approximator, approx) for the count in first..last."""
    start, approx = first, False
    k = approx_before(toks, first)
    if k is not None:
        start, approx = k, True
    if approx_after(toks, last + 1) or approx_after(toks, first + 1):
        approx = True
    return start, approx


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counted quantities in text[start:end], in order; each fact once."""
    facts: dict[tuple[float, str, bool], Quantity] = {}
    for s, e in sentences(text, start, end):
        # most sentences hold no word a quantity can come from: they are not tokenised
        # (bench text inputs: the step 1.06 → 0.7 ms an article). Without a digit, the
        # sentence's number tokens are its words, whose keys the body's tokens already have.
        if _DIGIT.search(text, s, e) is None and not any(map(_can_count, folded_words(text, s, e))):
            continue
        for q, vague in _sentence_quantities(text, tokens(text, s, e)):
            _add_fact(facts, q, vague)
    return sorted(facts.values(), key=lambda q: q.start)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 16)
def _can_count(key: str) -> bool:
    """True for a folded word `_sentence_quantities` may start from: a number word or a dual noun
    of a count or currency (جنديين, two soldiers). A sentence without one (nor a digit) has none."""
    if is_number_word(key):
        return True
    noun = classify(key) if key.endswith(("ان", "ين")) else None
    return noun is not None and noun.dual and noun.role in ("count", "currency")


def _add_fact(facts: dict[tuple[float, str, bool], Quantity], q: Quantity, vague: bool) -> None:
    """Keep one quantity per (value, unit, vague); a count of people that a later (or earlier)
    mention gives a role (12 جنديا ... مقتل 12 جنديا, 12 soldiers ... 12 soldiers killed) is one fact."""
    key = (q.value, q.unit or "other", vague)
    if key in facts:
        return
    same = [k for k in facts if k[0] == q.value and k[2] == vague and _noun(facts[k]) == _noun(q) is not None]
    if q.unit in PERSON_UNITS and any(k[1] in ROLES for k in same):
        return  # already counted with its role
    if q.unit in ROLES:
        for k in [k for k in same if k[1] in PERSON_UNITS]:
            del facts[k]  # the same people, now with what happened to them
    facts[key] = q


def _noun(q: Quantity) -> str | None:
    """The class of the noun a quantity counts (troops for 12 جنديا), before any role."""
    words = q.text.split()
    noun = classify(fold_key(words[-1])) if words else None
    return noun.unit if noun is not None and noun.role == "count" else None


def _sentence_quantities(text: str, toks: list[Tok]) -> list[tuple[Quantity, bool]]:
    """Numbered counts and dual nouns of one sentence, each with whether it is a vague plural."""
    found: list[tuple[Quantity, bool]] = []
    used: set[int] = set()
    for n in find_numbers(toks):
        q = _from_number(text, toks, n)
        if q is not None:
            found.append((q, n.vague))
            used.update(range(n.first, n.last + 2))
    for i, tok in enumerate(toks):
        dual_like = tok.key.endswith(("ان", "ين")) and tok.is_word and i not in used
        noun = classify(tok.key) if dual_like else None
        if noun is not None and noun.dual and noun.role in ("count", "currency"):
            unit = _role(noun.unit, _cue(toks, i, i))
            found.append((Quantity(tok.text, tok.start, tok.end, 2.0, unit, False), False))
    return found


def _from_number(text: str, toks: list[Tok], n: NumberSpan) -> Quantity | None:
    """The quantity a number stands for, or None when it is not a count."""
    if n.definite and n.vague and ((n.last + 1 < len(toks) and toks[n.last + 1].key == "من")
                                   or _bare(toks, n) is not None):
        n = NumberSpan(n.first, n.last, n.start, n.end, n.value, True, False, False)  # العشرات من
    if n.definite:  # الغارات الأربع: the four strikes, noun first
        prev = classify(toks[n.first - 1].key) if n.first > 0 else None
        if prev is None or prev.role != "count" or n.value < 2:
            return None
        first, last, unit = n.first - 1, n.last, prev.unit
    elif _blocked(toks, n):
        return None
    else:
        counted = _counted(toks, n) or _bare(toks, n)
        if counted is None:
            return None
        first, (last, unit) = n.first, counted
    if unit is None or unit in PERSON_UNITS:
        unit = _role(unit, _cue(toks, first, last))
    begin, approx = _approx(toks, first, last)
    start = toks[begin].start if begin < first else (n.start if first == n.first else toks[first].start)
    end = toks[last].end
    return Quantity(text[start:end], start, end, n.value, unit, approx or n.vague)


def _bare(toks: list[Tok], n: NumberSpan) -> tuple[int, str | None] | None:
    """A number with no noun: a count right after a cue (وأصيب 31, and 31 were wounded), before
    على الأقل (at least), or as the new total of a toll (ارتفع عدد القتلى إلى 60)."""
    cue = _cue(toks, n.first, n.first)
    # read back from before an approximator: ارتفعت إلى نحو 780 (rose to about 780)
    back = _words_between(toks, _approx(toks, n.first, n.last)[0] - 1, -1, 2)
    if cue is not None and (approx_after(toks, n.last + 1) or any(
            (c := classify(toks[i].key)) is not None and c.unit in CASUALTY | {"detainees", "displaced"}
            and c.role in ("cue", "count") for i in back)):
        return n.last, cue
    if back and _strip_wa(toks[back[0]].key) in TOLL_TO:
        for i in range(n.first - 1):
            if toks[i].key in TOLL and (noun := classify(toks[i + 1].key)) is not None \
                    and noun.unit in CASUALTY:
                return n.last, noun.unit
    if len(back) == 2 and _strip_wa(toks[back[1]].key) in TOLL and (noun := possessed_noun(toks[back[0]].key)):
        return n.last, noun.unit  # يقدر عدد مقاتليها بنحو 1500 (its fighters number about 1,500)
    if back and _strip_wa(toks[back[0]].key) in NUMBERING:  # الجنود وعددهم ثلاثة آلاف
        nouns = [c for i in range(n.first) if (c := classify(toks[i].key)) is not None and c.role == "count"]
        return n.last, (nouns[-1].unit if nouns else None)
    return None


def _role(unit: str | None, cue: str | None) -> str:
    """People counted near a casualty cue are counted as that cue (killed, wounded ...)."""
    if cue is not None and (unit is None or unit in PERSON_UNITS):
        return cue
    return unit or "other"


class FindQuantities:
    """Pipeline step: fill `doc.quantities` from the body."""

    name = "quantities"
    requires = ("text",)
    provides = ("quantities",)

    def __init__(self) -> None:
        unit_table(), approximators()  # load the lexicons once, before the first document

    def __call__(self, doc: Document) -> Document:
        try:
            doc.quantities = find_quantities(doc.text or "")
        except Exception as exc:  # bad data never stops the pipeline
            doc.problem(self.name, "quantities-failed", f"{type(exc).__name__}: {exc}")
        return doc
