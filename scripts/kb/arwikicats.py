"""English → Arabic name tables from the arwikicats package (MIT; Arabic Wikipedia titles).

Used at build time only: place names (cities, provinces, regions), people, nationalities.
"""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from scripts.kb.common import clean_ar, is_arabic_name

_PLACE_FILES = ("geography/P17_2_final_ll.json", "geography/popopo.json", "geography/P17_PP.json",
                "geography/New_Keys.json", "cities/cities_full.json")
_GROUPED_FILES = ("geography/regions.json", "geography/regions2.json")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


def _root() -> Path:
    spec = importlib.util.find_spec("ArWikiCats")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("arwikicats is not installed: pip install 'rasd[kb]'")
    return Path(list(spec.submodule_search_locations)[0]) / "jsons"


def _load(rel: str) -> dict:
    return json.loads((_root() / rel).read_text(encoding="utf-8"))


def en_key(name: str) -> str:
    """Lower-case ASCII key of an English name: Şırnak → sirnak, Ma'rib → ma'rib."""
    s = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
    return " ".join(s.lower().replace("‘", "'").replace("’", "'").split())


def clean_value(ar: str) -> str | None:
    """An Arabic title without its disambiguation brackets, if it is a plain Arabic name."""
    v = clean_ar(_PAREN.sub(" ", ar))
    return v if v and is_arabic_name(v) else None


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """English place key → Arabic name (first file wins; grouped region tables last)."""
    out: dict[str, str] = {}
    for rel in _PLACE_FILES:
        for k, v in _load(rel).items():
            if isinstance(v, str) and (val := clean_value(v)):
                out.setdefault(en_key(k), val)
    for rel in _GROUPED_FILES:
        for group in _load(rel).values():
            for k, v in group.items():
                if (val := clean_value(v)):
                    out.setdefault(en_key(k), val)
    return out


@lru_cache(maxsize=1)
def people() -> dict[str, str]:
    """English person key → Arabic name."""
    return {en_key(k): a for k, v in _load("people/peoples.json").items() if (a := clean_value(v))}


@lru_cache(maxsize=1)
def nationalities() -> list[dict[str, str]]:
    """Nationality records: male, males, female, ar (country name), en (country)."""
    rows = list(_load("nationalities/nationalities_data.json").values())
    rows += list(_load("nationalities/all_nat_as_en.json").values())
    return [r for r in rows if isinstance(r, dict) and r.get("male") and r.get("ar")]
