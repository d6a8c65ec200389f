"""Deterministic Arabic → Latin romanisation of names the KB does not know, and stable ids.

`romanise("هاني كمال")` → "Hani Kamal": each name part is looked up in
`rasd/lexicon/translit.tsv` (usual spellings of real people's name parts); a part
not there is spelled letter by letter (consonants plus the long vowels the script
writes), so the same Arabic always gives the same Latin. `entity_id("PER", ...)`
gives an id stable across articles: `rasd:per:<slug of the folded Arabic>`.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.arabic import fold_key
from rasd.lexicon import load_table

# One Latin value per folded Arabic letter; ا و ي are handled as vowels or glides.
_LETTERS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
_VOWELS = set("aeiou")
# Letters of foreign names as English writes them (غ g, ف v: كارتابولوف Kartapolov), measured on the
# KB's people's aligned name parts the Arabic tables lack: غ→g exact 55 vs 4, ف→v 56 vs 23.
_FOREIGN = {"غ": "g", "ف": "v"}
# Name particles spelled the way English-language news spells them.
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "ابي": "Abi", "ال": "Al"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {r["word"]: _english_sh(r["word"], r["latin"]) for r in load_table("translit")}


def _english_sh(word: str, latin: str) -> str:
    """ش as English sh where the name index kept a French ch (الشامي Chami → Shami)."""
    if "ش" in word and "تش" not in word and "ch" in latin.lower():
        return latin.replace("ch", "sh").replace("Ch", "Sh")
    return latin


@lru_cache(maxsize=1)
def _kb_parts() -> dict[str, str]:
    """English spellings of the name parts of the KB's people (سيرغي → Sergei), built by scripts/build_kb.py."""
    return {r["word"]: r["latin"] for r in load_table("translit_kb")}


@lru_cache(maxsize=1)
def _press() -> dict[str, str]:
    """Wire-service spellings of common name parts (محمد → Mohammed), keyed as `romanise` splits."""
    return {_joined(fold_key(r["word"])): r["latin"] for r in load_table("translit_press")}


def _joined(folded: str) -> str:
    """عبد is written apart or joined (عبد الله / عبدالله): the joined form is the key."""
    return folded.replace("عبد ال", "عبدال")


def _spell(word: str, foreign: bool = False) -> str:
    """Letter-by-letter spelling of one folded word: مجزر → 'majzar', حلحلان → 'halhalan'; foreign:
    و as o and غ as g, as English writes the foreign names Arabic transcribes (ماكولو Makolo)."""
    word = word.replace("تش", "چ")  # تش writes Turkish/Korean ch (تشوي Choe, تشيكين Cekin)
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = out[-1][-1:] if out else ""
        if ch == "ا":
            out.append("a")
        elif ch in "وي":
            glide = "w" if ch == "و" else "y"
            vowel = ("o" if foreign else "ou") if ch == "و" else "i"  # ارنون → Arnoun, as the press and the name index write و
            before_alef = word[i + 1:i + 2] == "ا"
            out.append(glide if (i == 0 or prev in _VOWELS or before_alef) else vowel)  # صرواح → Sarwah
        elif ch == "ه" and i == len(word) - 1 and i > 0:
            out.append("a")  # ta marbuta folds to ه: فاطمة → Fatima
        elif ch == "ع":
            nxt = word[i + 1:i + 2]
            out.append("" if nxt in ("ا", "و", "ي") or prev in _VOWELS else "a")  # عسير → Asir
        else:
            cons = _FOREIGN.get(ch, "") if foreign and ch in _FOREIGN else _LETTERS.get(ch, "")
            run = _consonant_run(out)
            if cons and (run >= 2 or (run == 1 and len(out) == 1)):
                out.append("a")  # unwritten short vowel: no word starts with, or holds, 3 consonants
            out.append(cons)
    return "".join(out)


def _consonant_run(out: list[str]) -> int:
    """How many consonant letters (not vowels) end the spelling so far."""
    run = 0
    for piece in reversed(out):
        if not piece:
            continue
        if piece[-1] in _VOWELS:
            break
        run += 1
    return run


def _part(word: str, article: bool = True, person: bool = False) -> str:
    """Romanise one folded name part, the article as al- (التركي → al-Turki); article=False for a
    word written with a hamza (ألبير Albert, إلفيس Elvis), whose ال is no article; a person's part the
    table lacks is spelled as the KB's people spell it (سيرغي: Sergei), a place's letter by letter."""
    if word in _PARTICLES:
        return _PARTICLES[word]
    table, press = _table(), _press()
    if article and word.startswith("ال") and len(word) > 3 and word != "الله":
        stem = word[2:]
        return "al-" + (press.get(stem) or table.get(stem) or _spell(stem).capitalize())
    if word in press:
        return press[word]
    if word.startswith("عبدال") and len(word) > 6:  # عبدالعزيز → Abdulaziz, as the Gulf press joins it
        return "Abdul" + _part(word[5:], person=person).lower()
    if word.endswith("الله") and len(word) > 5:  # نصرالله → Nasrallah
        return _part(word[:-4], person=person) + "allah"
    if word in table:
        return table[word]
    return (_kb_parts().get(word) if person else None) or _spell(word, person).capitalize()


def _compounds(words: list[str]) -> list[str]:
    """Two-word name parts as one: هبة الله → هبهالله, ابو بكر → ابوبكر (when the press table has it)."""
    out: list[str] = []
    for w in words:
        if out and (w == "الله" and out[-1] not in _PARTICLES and not out[-1].startswith("ال")
                    or f"{out[-1]} {w}" in _press()):
            out[-1] = _press_key(out[-1], w)
        else:
            out.append(w)
    return out


def _press_key(first: str, second: str) -> str:
    """The key of a two-word part: its press-table form when listed, else the joined letters."""
    pair = f"{first} {second}"
    return pair if pair in _press() else first + second


def romanise(arabic: str, person: bool = False) -> str:
    """Latin spelling of an Arabic name, one capitalised word per part: هاني كمال → Hani Kamal."""
    words = _compounds(_joined(fold_key(arabic)).split())
    raw = arabic.split()
    # the article is written with a plain alef; أل / إل open a word (ألبير: Albert, not al-Bir)
    hamza = {i for i, w in enumerate(raw) if w.startswith(("أل", "إل"))} if len(raw) == len(words) else set()
    parts = [_part(w, i not in hamza, person) for i, w in enumerate(words) if w]
    parts = [p for p in parts if p]
    if parts and parts[0].startswith("al-"):
        parts[0] = "Al-" + parts[0][3:]
    return " ".join(parts)


def slug(arabic: str) -> str:
    """The folded Arabic with parts joined by '-': a key that is the same in every article."""
    return "-".join(fold_key(arabic).split())


def entity_id(type_: str, arabic: str) -> str:
    """Stable id for an entity the KB lacks: rasd:per:هاني-كمال."""
    return f"rasd:{type_.lower()}:{slug(arabic)}"
