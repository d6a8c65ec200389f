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


# The unit word English Wikipedia titles carry for first-level divisions (Al Anbar Governorate,
# Mardin Province); the bare gazetteer name stays an English alias.
UNIT_TITLE = {**dict.fromkeys("IQ SY YE JO EG LB OM BH KW PS".split(), "Governorate"),
              **dict.fromkeys("TR IR SA AF".split(), "Province")}
_HAS_UNIT = ("Governorate", "Province", "Region", "Oblast", "District", "Amanat")


def province_title(name: str, iso2: str) -> str:
    """Al Anbar → Al Anbar Governorate (Iraq); Mardin → Mardin Province (Turkey); else unchanged."""
    unit = UNIT_TITLE.get(iso2)
    if not unit or any(u.lower() in name.lower() for u in _HAS_UNIT):
        return name
    return f"{name} {unit}"


# Hebrew place-name words GeoNames romanises by the ISO scheme where the press uses the popular
# form (Qiryat Shmona → Kiryat Shmona, Qiryat Gat → Kiryat Gat).
_HEBREW_PRESS = {"Qiryat ": "Kiryat ", "Ma'alot": "Maalot"}


def hebrew_press_name(name: str) -> str:
    """Qiryat Shmona → Kiryat Shmona; other names unchanged."""
    for iso, press in _HEBREW_PRESS.items():
        name = name.replace(iso, press)
    return name

