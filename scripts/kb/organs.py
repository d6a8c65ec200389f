"""Name variants of curated state organs, generated from the nisba templates.

Arabic news names a state's organs with the nationality adjective: وزارة الخارجية التركية,
الخارجية التركية, الجيش السوداني, القوات السودانية. When one such name is curated (orgs.tsv),
the other template forms are added to that entry. The organs every state has (armed forces, air
force, navy, foreign/defence/interior/health ministries; `GENERATED`) get a generated entry when not
curated; the others (government, police, intelligence) are left to the entity step's patterns.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.kb.store import name_key
from rasd.lexicon import load_table
from scripts.kb.common import Draft, read_curated, split_list
from scripts.kb.countries import demonym


@dataclass(frozen=True)
class Organ:
    """One kind of state organ: id suffix, subtype, Arabic templates, English templates."""

    slug: str
    subtype: str
    ar_fem: tuple[str, ...]   # "{}" takes the definite feminine nisba (التركية)
    ar_masc: tuple[str, ...]  # "{}" takes the definite masculine nisba (التركي)
    en: str                   # "{dem}" demonym, "{country}" country name
    aliases_en: tuple[str, ...]


ORGANS = (
    Organ("foreign-ministry", "ministry", ("وزارة الخارجية {}", "الخارجية {}"), (),
          "{dem} Foreign Ministry", ("Ministry of Foreign Affairs of {country}", "{dem} Ministry of Foreign Affairs")),
    Organ("defence-ministry", "ministry", ("وزارة الدفاع {}", "الدفاع {}"), (),
          "{dem} Defence Ministry", ("Ministry of Defence of {country}", "{dem} Ministry of Defense")),
    Organ("interior-ministry", "ministry", ("وزارة الداخلية {}", "الداخلية {}"), (),
          "{dem} Interior Ministry", ("Ministry of Interior of {country}", "{dem} Ministry of Interior")),
    Organ("armed-forces", "military", ("القوات المسلحة {}", "القوات {}"), ("الجيش {}",),
          "{dem} Armed Forces", ("{dem} army", "{dem} military")),
    Organ("air-force", "military", ("القوات الجوية {}",), ("سلاح الجو {}", "الطيران الحربي {}"),
          "{dem} Air Force", ("{dem} air force",)),
    Organ("navy", "military", ("البحرية {}", "القوات البحرية {}"), (),
          "{dem} Navy", ("{dem} navy",)),
    Organ("police", "police", ("الشرطة {}",), ("الأمن {}",),
          "{dem} Police", ("{dem} police",)),
    Organ("intelligence", "intelligence", ("الاستخبارات {}", "المخابرات {}"), (),
          "{dem} Intelligence", ("{dem} intelligence services",)),
    Organ("parliament", "parliament", (), ("البرلمان {}",),
          "{dem} Parliament", ("Parliament of {country}",)),
    Organ("health-ministry", "ministry", ("وزارة الصحة {}",), (),
          "{dem} Health Ministry", ("Ministry of Health of {country}", "{dem} Ministry of Health")),
    Organ("government", "government", ("الحكومة {}",), (),
          "Government of {country}", ("{dem} government",)),
    Organ("presidency", "presidency", ("الرئاسة {}",), (),
          "{dem} Presidency", ("Presidency of {country}",)),
)


# Organs every state has and Arabic news names by the nisba template; for a state whose organ is not
# curated, the template makes the entry ("{dem} Armed Forces": Turkish Armed Forces, the English
# Wikipedia pattern; ministries as English news names them: Iranian Foreign Ministry).
GENERATED = frozenset({"foreign-ministry", "defence-ministry", "interior-ministry", "health-ministry",
                       "armed-forces", "air-force", "navy"})
# English adjectives news puts before a state's organs where the demonym is not used (US Navy).
NEWS_ADJECTIVE = {"US": "US", "GB": "British", "SA": "Saudi", "AE": "Emirati", "KP": "North Korean",
                  "KR": "South Korean", "PS": "Palestinian"}


@lru_cache(maxsize=1)
def _lexicon_adjectives() -> dict[tuple[str, str], str]:
    """(ISO2, English country name) → adjective, from the entity step's demonym list (read only)."""
    return {(r["iso2"], r["name"]): r["adjective"] for r in load_table("entity_demonyms")}


def news_adjective(iso2: str, country_en: str) -> str | None:
    """The adjective English news uses for a state's organs: Saudi, not Saudi Arabian."""
    return NEWS_ADJECTIVE.get(iso2) or _lexicon_adjectives().get((iso2, country_en))


def _definite(nisba: str, feminine: bool) -> str | None:
    """الروسي / الروسية / الكورية الشمالية from روسي / كوري شمالي (None when not inflectable)."""
    words = nisba.split()
    if not all(w.endswith("ي") for w in words):
        return None
    return " ".join("ال" + w + ("ة" if feminine else "") for w in words)


def _names(organ: Organ, nisbas: list[str]) -> list[str]:
    out: list[str] = []
    for n in nisbas:
        fem, masc = _definite(n, True), _definite(n, False)
        out += [t.format(fem) for t in organ.ar_fem if fem] + [t.format(masc) for t in organ.ar_masc if masc]
    return out


def build_organs(countries: dict[str, Draft], taken: dict[str, str]) -> list[Draft]:
    """Drafts adding template names to curated organs; `taken` maps curated name keys to ids.

    وزارة الداخلية السعودية is curated, so الداخلية السعودية is added to that entry.
    """
    out: list[Draft] = []
    for r in read_curated("nationalities"):
        country = countries.get(r["country"])
        dem = demonym(r["country"])
        if country is None or not dem:
            continue
        for organ in ORGANS:
            names = _names(organ, split_list(r["nisba"]))
            owner = next((taken[name_key(n)] for n in names if name_key(n) in taken), None)
            new = [n for n in names if name_key(n) not in taken]
            if not owner:  # الجيش الكيني stays the entity step's "Kenyan army" (its pattern names it so);
                # البحرية البريطانية is as often an adjective (التجارة البحرية البريطانية "British maritime trade")
                new = [n for n in new if not n.startswith(("الجيش ", "البحرية "))]
            if not new or not (owner or organ.slug in GENERATED):
                continue
            fill = {"dem": news_adjective(r["country"], country.name_en) or dem, "country": country.name_en}
            d = Draft(id=owner or f"rasd:organ:{r['country'].lower()}:{organ.slug}", type="ORG",
                      name_en=organ.en.format(**fill), subtype=organ.subtype, country=country.id, prio=20)
            d.add_names(new)
            d.aliases_en = [] if owner else [a.format(**fill) for a in organ.aliases_en]
            d.add_source("generated: nisba template (curated nationalities, dr5hn demonym)")
            for n in new:
                taken[name_key(n)] = d.id
            out.append(d)
    return out
