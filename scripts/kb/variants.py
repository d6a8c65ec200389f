"""Systematic Arabic spelling variants of foreign names (سيرغي/سيرجي, بيونغ يانغ/بيونغيانغ).

Hamza, alef maqsura and ta marbuta need no variants: `rasd.arabic.fold_key` already
merges them. What folding cannot merge is the transcription choice of the writer:
Latin "g" as غ (Levant, Gulf) or ج (Egypt); "v" as ف or ڤ; two-part Asian names written
split or joined.
"""
from __future__ import annotations

from typing import Callable

from rasd.arabic import fold_key

# States whose own people's and places' names are Arabic (no transcription variants apply).
ARABIC_STATES = frozenset(
    "SA YE OM AE QA BH KW IQ SY LB JO PS EG SD LY TN DZ MA MR EH SO DJ KM".split()
)


def g_variants(name: str) -> list[str]:
    """غ ↔ ج for a transcribed Latin g: سيرغي لافروف → سيرجي لافروف."""
    out = []
    if "غ" in name:
        out.append(name.replace("غ", "ج"))
    return out


def v_variants(name: str) -> list[str]:
    """ڤ written as ف: مولدوڤا → مولدوفا."""
    return [name.replace("ڤ", "ف")] if "ڤ" in name else []


def ch_variants(name: str) -> list[str]:
    """Latin "ch/ç/č" as تش or ش: تشيكين ↔ شيكين, بوتشا ↔ بوشا (the writer's choice)."""
    if "تش" not in name:
        return []
    out = name.replace("تش", "ش")
    # a short one-word result is too often a word or another name (شوك "thorns", شين)
    return [out] if " " in out or len(out) >= 6 else []


def compound_variants(name: str) -> list[str]:
    """Two short transcribed syllables joined or split: بيونغ يانغ ↔ بيونغيانغ."""
    parts = name.split()
    if len(parts) == 2 and all(2 <= len(p) <= 5 for p in parts) and not parts[1].startswith("ال"):
        return ["".join(parts)]
    return []


def qaf_kaf_variants(name: str) -> list[str]:
    """Turkish k written as ق or ك: شرناق ↔ شرناك."""
    out = []
    if "ق" in name:
        out.append(name.replace("ق", "ك"))
    if "ك" in name:
        out.append(name.replace("ك", "ق"))
    return out


def article_variants(name: str) -> list[str]:
    """An Arabic family name (nisba) with and without the article: مسعود بارزاني ↔ مسعود البارزاني."""
    parts = name.split()
    if len(parts) < 2:
        return []
    last = parts[-1]
    if last.startswith("ال") and last.endswith("ي") and len(last) > 5:
        return [" ".join(parts[:-1] + [last[2:]])]
    if not last.startswith("ال") and last.endswith("ي") and len(last) > 3:
        return [" ".join(parts[:-1] + ["ال" + last])]
    return []


def compound_name_variants(name: str) -> list[str]:
    """Arabic compound names written split or joined: عبد الملك ↔ عبدالملك, نصر الله ↔ نصرالله."""
    words = name.split()
    out: list[str] = []
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w == "عبد" or (nxt == "الله" and len(w) > 1 and not w.startswith("ال")):
            out.append(" ".join(words[:i] + [w + nxt] + words[i + 2:]))
    for i, w in enumerate(words):
        if w.startswith("عبدال") and len(w) > 6:
            out.append(" ".join(words[:i] + ["عبد", w[3:]] + words[i + 1:]))
        elif w.endswith("الله") and len(w) > 5 and w not in ("عبدالله",) and not w.startswith("ال"):
            out.append(" ".join(words[:i] + [w[:-4], "الله"] + words[i + 1:]))
    return out


def arab_person_variants(names: list[str]) -> list[str]:
    """Article and compound variants of the names of a person from an Arabic-speaking state."""
    out: list[str] = []
    for n in names:
        for v in article_variants(n) + compound_name_variants(n):
            if v not in names and v not in out:
                out.append(v)
    return out


def turkish_variants(names: list[str]) -> list[str]:
    """ق/ك variants of Turkish names."""
    return [v for n in names for v in qaf_kaf_variants(n) + ch_variants(n) if v not in names]


LONG_VOWELS = frozenset("اوىيآأإ")
MIN_VOWEL_VARIANT = 5  # letters: shorter one-word names (بيت، دير) are Arabic words when a ي goes


def vowel_variants(name: str) -> list[str]:
    """The written short vowel of a transcribed name: تلغرام → تليغرام, تيلغرام, تيليغرام.

    Writers mark the e/i of a foreign word with ي or not. Only ي is added (after the first
    and/or second consonant): dropping letters makes short Arabic words (البت "the ruling")."""
    if " " in name or len(name) < MIN_VOWEL_VARIANT or name.startswith("ال"):
        return []
    out: list[str] = []
    if name[1] not in LONG_VOWELS:
        out.append(name[0] + "ي" + name[1:])  # تيلغرام
        if name[2] not in LONG_VOWELS:
            out += [name[:2] + "ي" + name[2:], name[0] + "ي" + name[1] + "ي" + name[2:]]  # تليغرام، تيليغرام
    return [v for v in dict.fromkeys(out) if v != name]


def dropped_vowel(word: str) -> str:
    """A transcribed word without the ي written for a short vowel between consonants:
    زيلينسكي → زيلنسكي, بلينكن → بلنكن, دونيتسك → دونتسك (the first syllable and the last letter
    stay: زي of زيلينسكي is written by everyone)."""
    if len(word) < MIN_VOWEL_VARIANT or word.startswith("ال"):
        return word
    return word[:2] + "".join(ch for i, ch in enumerate(word[2:-1], 2)
                              if not (ch == "ي" and word[i - 1] not in LONG_VOWELS
                                      and word[i + 1] not in LONG_VOWELS)) + word[-1]


def dropped_vowel_variants(names: list[str], is_word: Callable[[str], bool]) -> list[str]:
    """Names of foreign people with their written short vowels left out, one word at a time;
    no variant when the word or its short form is known (`is_word`: a plain or Arabic name word)."""
    out: list[str] = []
    for n in names:
        words = n.split()
        for i, w in enumerate(words):
            short = dropped_vowel(w)
            if short != w and len(short) >= 4 and not is_word(short) and not is_word(w):
                v = " ".join(words[:i] + [short] + words[i + 1:])
                if v not in names and v not in out:
                    out.append(v)
    return out


# Arabic generic words with ق inside foreign place names (مضيق تايوان: the Taiwan Strait), folded.
GEO_WORDS_WITH_QAF = frozenset({"مضيق", "مضايق", "مضائق", "قناه", "قصر", "قلعه", "سوق", "قريه", "قبه", "قمه",
                                "شرق", "شرقي", "قديس", "قديسه", "قرن", "قاع", "قاعده", "قطاع", "اقليم", "منطقه"})


def qaf_as_kaf_variants(names: list[str], is_word: Callable[[str], bool]) -> list[str]:
    """A foreign k/q written ق by some and ك by most (قرغيزستان → كرغيزستان, قازان → كازان), one word at
    a time; no variant for a word with the Arabic article (القدس) or a known word or new form
    (`is_word`: كم from قم is "how many")."""
    out: list[str] = []
    for n in names:
        words = n.split()
        for i, w in enumerate(words):
            new = w.replace("ق", "ك")
            if new != w and len(new) >= 4 and not w.startswith("ال") and fold_key(w) not in GEO_WORDS_WITH_QAF \
                    and not is_word(w) and not is_word(new):
                v = " ".join(words[:i] + [new] + words[i + 1:])
                if v not in names and v not in out:
                    out.append(v)
    return out


def brand_variants(names: list[str]) -> list[str]:
    """Variants of a foreign company's or outlet's one-word names: vowels, then g as غ or ج."""
    out: list[str] = []
    for n in names:
        for v in vowel_variants(n):
            out += [v, *g_variants(v)]
        out += g_variants(n)
    return [v for v in dict.fromkeys(out) if v not in names]


def foreign_variants(names: list[str], joined: bool = False) -> list[str]:
    """All transcription variants of a foreign entity's names, without duplicates."""
    out: list[str] = []
    for n in names:
        cands = g_variants(n) + v_variants(n) + ch_variants(n) + (compound_variants(n) if joined else [])
        for v in cands:
            if v not in names and v not in out:
                out.append(v)
    return out
