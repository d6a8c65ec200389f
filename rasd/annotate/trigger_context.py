"""What the words around a trigger say about it: an act sought, not done (من أجل استئناف
المفاوضات: to resume the talks), or a danger described, not a threat made (يهدد استقرار المنطقة:
threatens the region's stability)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.arabic import fold_key

if TYPE_CHECKING:
    from rasd.annotate.triggers import Trigger

# Words that open a purpose (من أجل استئناف المفاوضات: to resume the talks): the act after them is
# sought, so a weaker trigger that was done (اتصالات: contacts) names the sentence's act.
PURPOSE_OPENERS = frozenset({"اجل", "بهدف", "سعيا", "بغيه", "لغرض"})


def purpose(words: list[str], trig: "Trigger") -> bool:
    """True when a purpose opener stands within three words before the trigger."""
    return any(fold_key(w) in PURPOSE_OPENERS for w in words[max(0, trig.index - 3):trig.index])


# What a danger is said to threaten (يهدد استقرار المنطقة: threatens the region's stability): a
# risk described or warned of, not a threat one party makes to another.
ENDANGERED = frozenset({"استقرار", "امن", "سلامه", "سلم", "سلام", "حياه", "مستقبل", "وحده", "بقاء"})


def endangers(words: list[str], trig: "Trigger") -> bool:
    """True when the threat word's object is a good at risk, not a party (يهدد الاستقرار)."""
    nxt = fold_key(words[trig.index + 1]) if trig.index + 1 < len(words) else ""
    return nxt.removeprefix("ال") in ENDANGERED
