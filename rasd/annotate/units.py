"""Military formations named by a number: `المنطقة العسكرية الأولى` → First Military Region,
`اللواء 17 مشاة` → 17th Infantry Brigade; regions named by a direction too (`المنطقة العسكرية
الشرقية` → Eastern Military Region).

Armies that divide their territory into numbered regions (Yemen, Egypt, Syria, Iraq) are
written with the ordinal after the noun; the English name puts it first. Brigades, divisions
and battalions carry a number in digits, then their arm (مشاة infantry, مدرع armoured).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.annotate.kb_match import Match, stem_offset
from rasd.annotate.translit import slug
from rasd.arabic import Token
from rasd.clitics import clitic_splits

if TYPE_CHECKING:
    from rasd.kb import Entry

# Folded ordinals, masculine and feminine, up to ten (regions are rarely more).
ORDINALS = {"الاول": "First", "الاولي": "First", "الثاني": "Second", "الثانيه": "Second",
            "الثالث": "Third", "الثالثه": "Third", "الرابع": "Fourth", "الرابعه": "Fourth",
            "الخامس": "Fifth", "الخامسه": "Fifth", "السادس": "Sixth", "السادسه": "Sixth",
            "السابع": "Seventh", "السابعه": "Seventh", "الثامن": "Eighth", "الثامنه": "Eighth",
            "التاسع": "Ninth", "التاسعه": "Ninth", "العاشر": "Tenth", "العاشره": "Tenth"}
# ... and the directions some armies name their regions by (المنطقة العسكرية الشرقية: the Eastern
# Military Region), feminine as the heads are.
DIRECTIONS = {"الشماليه": "Northern", "الجنوبيه": "Southern", "الشرقيه": "Eastern", "الغربيه": "Western",
              "الوسطي": "Central"}
# Folded head phrases (noun + adjective) → English head (الناحية العسكرية: Algeria's word).
HEADS = {("المنطقه", "العسكريه"): "Military Region", ("الناحيه", "العسكريه"): "Military Region"}


# Folded formation nouns written before their number (اللواء 17: the 17th Brigade; with a digit
# after it, اللواء is the brigade, not the rank of major general).
FORMATIONS = {"لواء": "Brigade", "الفرقه": "Division", "فرقه": "Division", "الكتيبه": "Battalion",
              "كتيبه": "Battalion", "الفوج": "Regiment", "فوج": "Regiment", "اللواء": "Brigade"}
# Folded arms written after the number.
ARMS = {"مشاه": "Infantry", "مدرع": "Armoured", "مدرعه": "Armoured", "ميكا": "Mechanised",
        "ميكانيكي": "Mechanised", "مدفعيه": "Artillery", "صواريخ": "Missile", "مغاوير": "Commando",
        "حمايه": "Protection", "دفاع": "Defence", "جوي": "Air", "بحري": "Naval"}


def ordinal_en(n: int) -> str:
    """17 → 17th, 1 → 1st, 22 → 22nd, 13 → 13th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _entry(name: str, surface: str, state: str | None = None) -> "Entry":
    from rasd.kb import Entry

    where = f"{state}:" if state else ""
    return Entry(f"rasd:org:{where}{slug(name).lower()}", "ORG", name, (surface,), (), state, None, None,
                 "rasd:pattern", "military")


def find_numbered(text: str, tokens: list[Token], keys: list[str], covered: set[int]) -> list[Match]:
    """`اللواء 17 مشاة` (the 17th Infantry Brigade), `الفرقة 4` (4th Division): a formation noun, a
    number in digits and its arm, over tokens no other mention took."""
    out: list[Match] = []
    for i in [k - 1 for k in range(1, len(tokens)) if tokens[k].text.isdigit()]:  # before a number only
        num = tokens[i + 1].text
        if i in covered or i + 1 in covered or len(num) > 3:
            continue
        for clitic, stem in clitic_splits(keys[i]):
            kind = FORMATIONS.get(stem) if clitic not in ("ال", "لل") else None
            if kind is None:
                continue
            arm = ARMS.get(keys[i + 2]) if i + 2 < len(keys) and i + 2 not in covered else None
            last = i + 2 if arm else i + 1
            start, end = stem_offset(tokens[i], clitic), tokens[last].end
            name = " ".join(p for p in (ordinal_en(int(num)), arm, kind) if p)
            out.append(Match(start, end, text[start:end], [_entry(name, text[start:end])], i, last - i + 1,
                             " ".join(keys[i:last + 1]), "pattern"))
            break
    return out


def find_units(text: str, tokens: list[Token], keys: list[str], covered: set[int],
               home: str | None = None) -> list[Match]:
    """Ordinal military regions and numbered formations over tokens no other mention took; a
    region is the army's of `home`, the state the article is about (its regions lie at home, so
    a seized region headquarters is that state's, as the gold codes a state's organs)."""
    out: list[Match] = find_numbered(text, tokens, keys, covered)
    covered = covered | {i for m in out for i in range(m.first, m.first + m.ntok)}
    for i in [k - 2 for k in range(2, len(keys)) if keys[k] in ORDINALS or keys[k] in DIRECTIONS]:
        ordinal = ORDINALS.get(keys[i + 2]) or DIRECTIONS[keys[i + 2]]  # rare: tested before any clitic split
        if i in covered or i + 1 in covered or i + 2 in covered:
            continue
        for clitic, stem in clitic_splits(keys[i]):
            head = HEADS.get((stem, keys[i + 1])) if clitic != "ال" else None
            if head:
                start, end = stem_offset(tokens[i], clitic), tokens[i + 2].end
                surface = text[start:end]
                name = f"{ordinal} {head}"
                entry = _entry(name, surface, home)
                out.append(Match(start, end, surface, [entry], i, 3, " ".join(keys[i:i + 3]), "pattern"))
                break
    return out
