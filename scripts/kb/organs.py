"""Name variants of curated state organs, generated from the nisba templates.

Arabic news names a state's organs with the nationality adjective: وزارة الخارجية التركية,
الخارجية التركية, الجيش السوداني, القوات السودانية. When one such name is curated (orgs.tsv),
the other template forms are added to that entry. Organs that are not curated are left to the
entity step, which composes them from its state_organs lexicon and the nationality index
(one mechanism, one English naming).
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.kb.store import name_key
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
            if not new or not owner:
                continue
            fill = {"dem": dem, "country": country.name_en}
            d = Draft(id=owner or f"rasd:organ:{r['country'].lower()}:{organ.slug}", type="ORG",
                      name_en=organ.en.format(**fill), subtype=organ.subtype, country=country.id, prio=20)
            d.add_names(new)
            d.aliases_en = [] if owner else [a.format(**fill) for a in organ.aliases_en]
            d.add_source("generated: nisba template (curated nationalities, dr5hn demonym)")
            out.append(d)
    return out
