"""Where a place name after a place word ends: `محافظة لحج` (Lahj province) → لحج; `بلدة جباتا
الخشب` → جباتا الخشب; `معسكر تدريب` (a training camp) → no name.

A place word (محافظة، بلدة، معسكر ...) is followed by a one- or two-word name; the reading stops at
adjectives, common nouns, prepositions and the heads of organisations.
"""
from __future__ import annotations

from rasd.annotate.bodies import common_stems
from rasd.annotate.title_lexicon import name_parts, non_names
from rasd.annotate.title_names import closes, is_name_word
from rasd.arabic import Token

# First words of place names that take a second, often definite, word (بيت الشباب, باب المندب).
TOPONYM_HEADS = frozenset({"بيت", "باب", "عين", "راس", "دير", "تل", "كفر", "بني", "ابو", "بئر", "ام",
                           "وادي", "جسر", "سيدي", "خان", "مرج", "سوق", "قصر", "حي"})
# Words after a place word that start an organisation or a description, not a place name.
NOT_PLACES = frozenset({"حزب", "حركه", "جماعه", "تنظيم", "قوات", "جيش", "مجلس", "اتحاد", "لجنه", "جبهه",
                        "الحزب", "الحركه", "الجماعه", "التنظيم", "القوات", "الجيش", "المجلس"})


def place_name(tokens: list[Token], keys: list[str], j: int, taken: set[int]) -> int:
    """End of a one- or two-word place name starting at j (j when there is none)."""
    if j >= len(keys) or j in taken or not is_name_word(keys[j]):
        return j
    if keys[j].endswith(("يه", "ي")) and not keys[j].startswith("ال") and keys[j] not in name_parts():
        return j  # an adjective (منطقة عسكرية: a military zone), not a name
    if keys[j] in NOT_PLACES or tokens[j].text in ("على", "علي", "إلى", "الى", "الي"):
        return j
    if keys[j].startswith("لل") or f"ال{keys[j]}" in non_names():
        return j  # a common noun, not a name: معسكر تدريب (a training camp), مخيم للنازحين (a camp for the displaced)
    end = j + 1
    if end < len(keys) and end not in taken and keys[j] in TOPONYM_HEADS and keys[end].startswith("ال"):
        return end + 1  # بيت الشباب, باب المندب: the head takes a definite word
    if end < len(keys) and end not in taken and is_name_word(keys[end]) and tokens[end].text != "على" \
            and (keys[j] in TOPONYM_HEADS or not keys[end].startswith("ال")) \
            and (keys[end] in name_parts() or closes(tokens, end + 1) or keys[j] in TOPONYM_HEADS):
        end += 1
    elif end < len(keys) and end not in taken and definite_part(keys, j, end):
        end += 1  # منطقة جرف الصخر, بلدة جباتا الخشب: an unknown word and its definite complement
    return end


def definite_part(keys: list[str], j: int, k: int) -> bool:
    """A definite second word of a place name (الصخر): no adjective (الشرقية), no common word (المجاورة)."""
    word = keys[k]
    return word.startswith("ال") and not keys[j].startswith("ال") and keys[j] not in name_parts() \
        and is_name_word(word) and len(word) >= 5 and not word.endswith(("ي", "يه", "يين", "ين", "ات")) \
        and word[2:] not in common_stems()
