"""First-level subdivisions (provinces, governorates, oblasts) from dr5hn states.csv as LOC.

Arabic names come from the `native` column when it is Arabic (not Persian/Urdu) and from
arwikicats (Arabic Wikipedia titles) by English name. A bare name (عسير) also gets the prefixed
form Arabic news uses for that country (منطقة عسير, ولاية شرناق, محافظة مأرب).
"""
from __future__ import annotations

import csv

from scripts.kb import arwikicats
from rasd.arabic import fold_key
from scripts.kb.common_words import is_common_word
from scripts.kb.common import GAZ, Draft, ascii_name, clean_ar, is_arabic_name

# The word Arabic news puts before a first-level unit's name, by country.
PREFIX = {
    "SA": "منطقة", "TR": "ولاية", "DZ": "ولاية", "TN": "ولاية", "SD": "ولاية", "SS": "ولاية",
    "US": "ولاية", "AF": "ولاية", "NG": "ولاية", "MA": "جهة", "RU": "مقاطعة", "UA": "مقاطعة",
    "BY": "مقاطعة", "CN": "مقاطعة", "PK": "إقليم", "ET": "إقليم", "SO": "ولاية", "LY": "بلدية",
}
DEFAULT_PREFIX = "محافظة"
_TYPE_WORDS = ("محافظة", "منطقة", "ولاية", "مقاطعة", "إقليم", "اقليم", "أوبلاست", "جهة", "بلدية",
               "شعبية", "مديرية", "لواء", "أستان", "استان", "محافظه")
# Bare unit names that are plain direction/position adjectives: kept only with their prefix
# (المنطقة الشرقية), since alone they mostly qualify something else (كوريا الشمالية).
_GENERIC = frozenset(fold_key(w) for w in (
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "المركزية", "الشمالي", "الجنوبي",
    "الشرقي", "الغربي", "العاصمة", "الساحلية", "الداخلية", "الحدودية", "الشمالية الشرقية",
    "الشمالية الغربية", "الجنوبية الشرقية", "الجنوبية الغربية", "العليا", "السفلى", "الكبرى"))
_EN_SUFFIXES = ("", " province", " governorate", " region", " oblast", " state", " district",
                " municipality", " county", " prefecture")
_SUBTYPE = {"governorate": "governorate", "province": "province", "state": "state", "district": "district"}


def bare(name: str) -> str:
    """The name without a leading or trailing unit word: محافظة عدن → عدن, كورسك أوبلاست → كورسك."""
    words = name.split()
    if len(words) > 1 and words[0] in _TYPE_WORDS:
        words = words[1:]
    if len(words) > 1 and words[-1] in _TYPE_WORDS:
        words = words[:-1]
    return " ".join(words)


def _arabic_names(row: dict[str, str], wiki: dict[str, str]) -> tuple[list[str], bool]:
    """Arabic names of a subdivision, and whether arwikicats supplied one."""
    names = []
    native = clean_ar(row.get("native", ""))
    if native and is_arabic_name(native):
        names.append(native)
    base = arwikicats.en_key(row["name"])
    hit = next((wiki[base + suf] for suf in _EN_SUFFIXES if base + suf in wiki), None)
    if hit:
        names.append(hit)
    return list(dict.fromkeys(names)), hit is not None


def _with_prefix(names: list[str], iso2: str) -> tuple[list[str], list[str]]:
    """Full names (prefix + bare) and the bare names that are not plain words (الشمالية)."""
    prefix = PREFIX.get(iso2, DEFAULT_PREFIX)
    bares = list(dict.fromkeys(bare(n) for n in names))
    full = list(dict.fromkeys([n for n in names if n not in bares] + [f"{prefix} {b}" for b in bares]))
    return full, [b for b in bares if not is_common_word(fold_key(b)) and fold_key(b) not in _GENERIC]


def build_states(country_ids: dict[str, str]) -> list[Draft]:
    """Subdivision drafts with at least one Arabic name."""
    wiki = arwikicats.places()
    out: list[Draft] = []
    with (GAZ / "dr5hn-countries-states" / "states.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso2 = row["country_code"]
            names, from_wiki = _arabic_names(row, wiki)
            if iso2 not in country_ids or not names:
                continue
            full, bares = _with_prefix(names, iso2)
            d = Draft(id=row["wikiDataId"] or f"rasd:dr5hn-state:{row['id']}", type="LOC",
                      name_en=ascii_name(row["name"]), subtype=_SUBTYPE.get(row["type"], "province"),
                      country=country_ids[iso2], prio=40)
            d.add_names(bares + full)
            d.aliases_en = english_aliases(row["name"], row["type"])
            if row["latitude"]:
                d.lat, d.lon = round(float(row["latitude"]), 4), round(float(row["longitude"]), 4)
            d.population = int(row["population"] or 0)
            d.add_source("dr5hn")
            if from_wiki:
                d.add_source("arwikicats")
            out.append(d)
    return out


def english_aliases(name: str, unit: str) -> list[str]:
    """Other English names: the accented original and "<name> <Unit>" (Lahij Governorate)."""
    out = [name] if ascii_name(name) != name else []
    if unit and unit.lower() not in name.lower():
        out.append(f"{ascii_name(name)} {unit.title()}")
    return out
