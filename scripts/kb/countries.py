"""Countries from the gazetteers (dr5hn, mledoze), pycountry's Arabic locale and CLDR."""
from __future__ import annotations

import gettext
import json
from functools import lru_cache

import babel
import pycountry

from scripts.kb.common import GAZ, Draft, is_arabic_name, read_curated, split_list

# Wikidata id of the State of Palestine; dr5hn gives Q407199 (Palestinian territories).
_ID_FIX = {"PS": "Q219060"}


@lru_cache(maxsize=1)
def _dr5hn() -> dict[str, dict]:
    data = json.loads((GAZ / "dr5hn-countries-states" / "countries.json").read_text(encoding="utf-8"))
    return {c["iso2"]: c for c in data}


@lru_cache(maxsize=1)
def _mledoze() -> dict[str, dict]:
    data = json.loads((GAZ / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    return {c["cca2"]: c for c in data}


def _pycountry_ar() -> dict[str, list[str]]:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [tr.gettext(c.name)]
        if getattr(c, "common_name", None):
            names.insert(0, tr.gettext(c.common_name))
        out[c.alpha_2] = [n for n in names if "،" not in n and "," not in n]
    return out


def _arabic(names: list[str]) -> list[str]:
    return [n for n in names if n and is_arabic_name(n.replace("ڤ", "ف"))]


def build_countries() -> tuple[dict[str, Draft], dict[str, str]]:
    """Country drafts keyed by ISO alpha-2, and the ISO2 → entity id map."""
    dr, ml, pc = _dr5hn(), _mledoze(), _pycountry_ar()
    cldr = babel.Locale("ar").territories
    fixes = {r["iso2"]: r for r in read_curated("countries")}
    out: dict[str, Draft] = {}
    for iso2, c in sorted(dr.items()):
        m = ml.get(iso2, {})
        fix = fixes.get(iso2, {})
        name_en = fix.get("name_en") or m.get("name", {}).get("common") or c["name"]
        d = Draft(id=_ID_FIX.get(iso2, c["wikiDataId"]), type="GPE", name_en=name_en, subtype="country", prio=0)
        d.add_names(split_list(fix.get("names_ar", "")))
        tr = m.get("translations", {}).get("ara", {})
        native = m.get("name", {}).get("native", {}).get("ara", {})
        cand = [tr.get("common", ""), c.get("translations", {}).get("ar", ""), cldr.get(iso2, ""),
                native.get("common", ""), c.get("native", ""), tr.get("official", ""),
                native.get("official", "")] + pc.get(iso2, [])
        drop = set(split_list(fix.get("drop_ar", "")))
        d.add_names([n.replace("ڤ", "ف") for n in _arabic(cand) if n not in drop])
        d.add_names(split_list(fix.get("aliases", "")), alias=True)
        d.aliases_en = _aliases_en(name_en, c, m, fix)
        d.lat, d.lon = _latlon(c, m)
        d.population = int(c.get("population") or 0)
        d.add_source("dr5hn")
        d.add_source("mledoze")
        if iso2 in pc:
            d.add_source("pycountry")
        if iso2 in cldr:
            d.add_source("cldr")
        if fix:
            d.add_source(fix["source"])
        if d.names_ar:
            out[iso2] = d
    for d in out.values():
        d.country = d.id
    return out, {iso2: d.id for iso2, d in out.items()}


def _aliases_en(name_en: str, c: dict, m: dict, fix: dict) -> list[str]:
    cands = split_list(fix.get("aliases_en", "")) + [c["name"], m.get("name", {}).get("common", ""),
                                                        m.get("name", {}).get("official", "")]
    cands += [a for a in m.get("altSpellings", []) if len(a) > 2]
    out: list[str] = []
    for a in cands:
        if a and a != name_en and a not in out:
            out.append(a)
    return out


def _latlon(c: dict, m: dict) -> tuple[float | None, float | None]:
    if m.get("latlng"):
        return round(float(m["latlng"][0]), 4), round(float(m["latlng"][1]), 4)
    if c.get("latitude"):
        return round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)
    return None, None


def capital_names(iso2: str) -> list[str]:
    """English names of a country's capital(s) from dr5hn and mledoze."""
    dr, ml = _dr5hn(), _mledoze()
    names = [dr.get(iso2, {}).get("capital", "")] + list(ml.get(iso2, {}).get("capital", []))
    return [n for n in dict.fromkeys(names) if n]


def demonym(iso2: str) -> str:
    """The first English demonym of a state from dr5hn ("Saudi, Saudi Arabian" → "Saudi")."""
    return (_dr5hn().get(iso2, {}).get("nationality") or "").split(",")[0].strip()
