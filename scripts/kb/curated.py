"""Curated entity tables (`rasd/kb/curated/*.tsv`) as drafts, offices, metonyms, nationalities."""
from __future__ import annotations

from scripts.kb.common import Draft, read_curated, split_list

ENTITY_TABLES = ("orgs", "people", "places")


def resolve_country(cell: str, country_ids: dict[str, str]) -> str | None:
    """An ISO alpha-2 code or an entity id → entity id (None when empty)."""
    if not cell:
        return None
    return country_ids.get(cell, cell)


def _float(cell: str) -> float | None:
    return round(float(cell), 4) if cell else None


def build_curated(country_ids: dict[str, str]) -> list[Draft]:
    """Drafts from the curated entity tables."""
    out: list[Draft] = []
    for table in ENTITY_TABLES:
        for r in read_curated(table):
            d = Draft(id=r["id"], type=r["type"], name_en=r["name_en"], subtype=r["subtype"] or None,
                      country=resolve_country(r["country"], country_ids), prio=5)
            d.add_names(split_list(r["names_ar"]))
            d.add_names(split_list(r["aliases"]), alias=True)
            d.aliases_en = split_list(r["aliases_en"])
            d.lat, d.lon = _float(r.get("lat", "")), _float(r.get("lon", ""))
            d.add_source(r["source"])
            out.append(d)
    return out


def build_offices(country_ids: dict[str, str]) -> list[list[str]]:
    """Office rows with countries resolved to entity ids."""
    rows = []
    for r in read_curated("offices"):
        country = resolve_country(r["country"], country_ids) or ""
        rows.append([r["person_id"], r["role"], country, r["start"], r["end"], r["title_ar"], r["source"]])
    return rows


def build_metonyms(country_ids: dict[str, str]) -> dict[str, str]:
    """Seat/capital id → state id from the curated table ("-" as state: not a metonym)."""
    return {r["entity"]: ("-" if r["state"] == "-" else resolve_country(r["state"], country_ids) or "")
            for r in read_curated("metonyms")}


def apply_place_names(entries: dict[str, Draft], country_ids: dict[str, str]) -> None:
    """Apply curated English names and extra Arabic names to gazetteer places."""
    by_key: dict[tuple[str, str, str], Draft] = {}
    for d in entries.values():
        kind = "city" if d.type == "GPE" else "region"
        for name in (d.name_en, *d.aliases_en):  # towns.tsv may have renamed it already (Sa'dah → Saada)
            key = (d.country or "", name, kind)
            if key not in by_key or d.population > by_key[key].population:
                by_key[key] = d
    for r in read_curated("place_names"):
        d = by_key.get((country_ids.get(r["iso2"], ""), r["gazetteer_name"], r["kind"]))
        if d is None:
            raise SystemExit(f"place_names.tsv: no {r['kind']} {r['gazetteer_name']!r} in {r['iso2']}")
        d.name_en = r["name_en"]
        d.add_names(split_list(r["names_ar"]))
        d.add_names(split_list(r["aliases"]), alias=True)
        d.aliases_en = list(dict.fromkeys(split_list(r["aliases_en"]) + d.aliases_en))
        d.add_source(r["source"])
