"""English names of Arab-world places as news and English Wikipedia write them.

GeoNames spells the article as pronounced (Ar Raqqah, As Salt, Az Zawr); English Wikipedia and
the press mostly write it "Al-" (Al-Salt, Al-Nabk), and the scorer compares English names
after folding case and hyphens only. The GeoNames form stays as an English alias.
"""
from __future__ import annotations

import re

# The assimilated article of a transliterated Arabic name: Ad, Adh, An, Ar, As, Ash, At, Ath, Az, Ad-
_SUN_ARTICLE = re.compile(r"^(?:Ad|Adh|An|Ar|As|Ash|At|Ath|Az|Ed|En|Er|Es|Et|Ez)[ -](?=[A-Z])")


def press_name(name: str) -> str:
    """Ar Raqqah → Al-Raqqah; Ad Dali' → Al-Dali (a trailing ayn/hamza mark dropped)."""
    out = _SUN_ARTICLE.sub("Al-", name)
    if out != name:
        out = out.rstrip("'`ʿʾ")
    return out
