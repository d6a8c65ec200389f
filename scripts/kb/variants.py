"""Systematic Arabic spelling variants of foreign names (سيرغي/سيرجي, بيونغ يانغ/بيونغيانغ).

Hamza, alef maqsura and ta marbuta need no variants: `rasd.arabic.fold_key` already
merges them. What folding cannot merge is the transcription choice of the writer:
Latin "g" as غ (Levant, Gulf) or ج (Egypt); "v" as ف or ڤ; two-part Asian names written
split or joined.
"""
from __future__ import annotations

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


def compound_variants(name: str) -> list[str]:
    """Two short transcribed syllables joined or split: بيونغ يانغ ↔ بيونغيانغ."""
    parts = name.split()
    if len(parts) == 2 and all(2 <= len(p) <= 5 for p in parts) and not parts[1].startswith("ال"):
        return ["".join(parts)]
    return []


def foreign_variants(names: list[str], joined: bool = False) -> list[str]:
    """All transcription variants of a foreign entity's names, without duplicates."""
    out: list[str] = []
    for n in names:
        cands = g_variants(n) + v_variants(n) + (compound_variants(n) if joined else [])
        for v in cands:
            if v not in names and v not in out:
                out.append(v)
    return out
