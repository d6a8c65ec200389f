"""The name of a person after a title: where it starts, which words it runs over, where it ends.

`المتحدث باسم الكرملين ديمتري بيسكوف`: after the title and its complement, ديمتري بيسكوف is read
as a name of two words; a name never runs into في, أن, قوله or past punctuation after two words.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.speaker_words import body_heads
from rasd.annotate.title_lexicon import FORMER, NAME_PARTICLES, TitleSpec, name_parts, non_names, possessed, title_at
from rasd.arabic import Token
from rasd.clitics import clitic_splits

if TYPE_CHECKING:
    from rasd.annotate.kb_match import Match

MAX_NAME_TOKENS = 6
# Punctuation after which a name may run on to a third or fourth word (تشوي سون هوي،).
_CLOSERS = frozenset("،,.:;؛!?؟)»\"”-–")
# Folded words no name runs into: a name before them has ended (… أرور إن، … الأمين في مؤتمر).
AFTER_NAME = frozenset({"ان", "بان", "انه", "انها", "في", "خلال", "امام", "عقب", "لدي",
                        # what a reported speech or a dated act goes on with (… مرحمتي قوله إن: … Marhamati
                        # as saying; … عاتيه أمس: … Ateye yesterday)
                        "قوله", "قولها", "قائلا", "قائله", "امس", "اليوم", "مساء", "صباح", "الذي", "التي", "قد"})


def is_name_word(key: str) -> bool:
    """A folded word that may stand inside a person's name: a particle, a known name part, or an
    unknown word that is no common noun, title or possessed noun."""
    if key in NAME_PARTICLES:
        return True
    # a known name part is no possessed noun: جمعة (Juma) folds like جمع + ه (its collection)
    return len(key) >= 2 and key.isalpha() and key not in non_names() and key not in FORMER \
        and not title_at([key], 0) and (key in name_parts() or not possessed(key))


def _given_before_name(keys: list[str], j: int) -> bool:
    """A given name that is also a common word (تركي: Turki, Turkish) before another name part."""
    return j + 1 < len(keys) and keys[j] in name_parts() and not keys[j].startswith("ال") \
        and keys[j + 1] in name_parts()


def _ends_phrase(tokens: list[Token], keys: list[str], k: int) -> bool:
    """True when the phrase ends before token k: punctuation, or a word no name runs into."""
    return closes(tokens, k) or keys[k] in AFTER_NAME


def _surname(tokens: list[Token], keys: list[str], j: int, end: int) -> bool:
    """A known name part that is also a common word (الأمين: the trustworthy) as the second and
    last word of a name, after a known given name: أحمد الأمين في مؤتمر صحافي."""
    key = keys[end]
    return end == j + 1 and keys[j] in name_parts() and key in name_parts() and key not in FORMER \
        and not title_at(keys, end) and _ends_phrase(tokens, keys, end + 1)


def name_span(tokens: list[Token], keys: list[str], j: int, spec: TitleSpec,
               kb_at: dict[int, "Match"]) -> tuple[int, int] | None:
    """Token range of a name starting at j, or None."""
    if j >= len(keys) or not (is_name_word(keys[j]) or _given_before_name(keys, j)) or j in kb_at \
            or tokens[j].text == "على":
        return None
    if tokens[j].text.startswith(("وأ", "وإ", "فأ", "فإ")):
        return None  # وأحد (and one of): و + a hamza-initial word; the name Wahid is written واحد
    if any(stem in body_heads("head") for _, stem in clitic_splits(keys[j])):
        return None  # الأمين العام لجمعية الوفاق: the body the title holder heads, not his name
    if keys[j].startswith("ال") and keys[j] not in name_parts() and keys[j] not in NAME_PARTICLES \
            and not _definite_given(keys, j):
        return None  # a name does not start with a definite common word (…الوطنية)
    if spec.strict and keys[j] not in name_parts() and not _foreign_given(tokens, keys, j, kb_at):
        return None
    end = j + 1
    while end < len(keys) and end - j < MAX_NAME_TOKENS and (is_name_word(keys[end]) or _surname(tokens, keys, j, end)) \
            and tokens[end].text != "على" and (end not in kb_at or _weak_place(kb_at[end])):
        known = keys[end] in name_parts() or keys[end] in NAME_PARTICLES
        if spec.strict and not known and keys[end].startswith("ال"):
            break  # رئيس قسم المتفجرات: a common noun in construct, not a name
        if end - j >= 2 and not known and not _ends_phrase(tokens, keys, end + 1):
            break  # a third word must be a known name part or end the phrase (…هوي، … أرور إن)
        end += 1
    if spec.strict and end == j + 1 and end < len(keys) and keys[end].startswith("ال"):
        return None  # one known word before a definite noun: a construct (رئيس قسم الـ...)
    while end - 1 > j and keys[end - 1] in NAME_PARTICLES:
        end -= 1  # a name never ends on a particle
    return j, end


def _definite_given(keys: list[str], j: int) -> bool:
    """A given name written with the article (العقيد الصوارمي خالد سعد: Colonel al-Sawarmi Khalid
    Saad), backed by a known given name right after it; never a common word."""
    k = j + 1
    return k < len(keys) and keys[j] not in non_names() and keys[k] in name_parts() \
        and not keys[k].startswith("ال") and keys[k] not in non_names()


def _foreign_given(tokens: list[Token], keys: list[str], j: int, kb_at: dict[int, "Match"]) -> bool:
    """An unknown given name backed by a known surname right after it (الرئيس جوزاف عون:
    President Joseph Aoun): two name words, the second a known name part, the first no adjective."""
    k = j + 1
    return k < len(keys) and k not in kb_at and keys[k] in name_parts() and not keys[k].startswith("ال") \
        and keys[k] not in non_names() and tokens[k].text != "على" and not keys[j].endswith(("يه", "يين", "ين")) \
        and keys[j] not in FORMER


def _weak_place(m: "Match") -> bool:
    """A one-word place that is also a name part, which a person's name may contain (وحي أمان)."""
    return m.ntok == 1 and m.key in name_parts() and all(e.type in ("GPE", "LOC") for e in m.entries)


def closes(tokens: list[Token], k: int) -> bool:
    """True at the end of the tokens or at punctuation that closes a phrase."""
    return k >= len(tokens) or tokens[k].text in _CLOSERS
