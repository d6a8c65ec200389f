"""Nationality forms from a nisba: روسي → روسية، روسيون، روسيين، الروسي، الروسية … → Russia."""
from __future__ import annotations

from rasd.arabic import fold_key
from scripts.kb import arwikicats
from scripts.kb.common import clean_ar, is_arabic_name, read_curated, split_list
from scripts.kb.curated import resolve_country

_SUFFIXES = ("", "ة", "ون", "ين", "ات")  # masc sg, fem sg, masc pl nom, masc pl obl, fem pl


def _inflect(word: str, suffix: str) -> str:
    return word + suffix


def nisba_forms(nisba: str) -> list[str]:
    """Gendered, plural and definite forms of a one- or multi-word nisba (كوري شمالي …)."""
    words = nisba.split()
    inflectable = all(w.endswith("ي") for w in words)
    forms: list[str] = []
    for suf in _SUFFIXES if inflectable else ("",):
        indef = [_inflect(w, suf) for w in words]
        forms.append(" ".join(indef))
        if inflectable:
            forms.append(" ".join("ال" + w for w in indef))
    if not inflectable:  # جنوب سوداني: only the last word inflects for gender
        head, last = words[:-1], words[-1]
        forms += [" ".join(head + [last + "ة"])]
    return forms


def broken_plural_forms(plural: str) -> list[str]:
    """A broken plural with and without the article: روس → روس، الروس."""
    return [plural, "ال" + plural] if not plural.startswith("ال") else [plural, plural[2:]]


def _wiki_forms(country_by_name: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(state id, forms) from arwikicats nationality records whose country name we know."""
    out = []
    for r in arwikicats.nationalities():
        state = country_by_name.get(fold_key(clean_ar(r["ar"])))
        male = clean_ar(r["male"])
        if not state or not is_arabic_name(male):
            continue
        forms = nisba_forms(male)
        males = clean_ar(r.get("males", ""))
        if males and is_arabic_name(males) and not males.endswith(("ون", "ين")):
            forms += broken_plural_forms(males)
        out.append((state, forms))
    return out


def build_nationalities(country_ids: dict[str, str], country_by_name: dict[str, str]) -> dict[str, str]:
    """Every nationality form (unfolded) → state id: curated nisbas first, then arwikicats."""
    out: dict[str, str] = {}
    for r in read_curated("nationalities"):
        state = resolve_country(r["country"], country_ids)
        if not state:
            continue
        forms: list[str] = []
        for n in split_list(r["nisba"]):
            forms += nisba_forms(n)
        for p in split_list(r["broken_plural"]):
            forms += broken_plural_forms(p)
        for f in forms:
            out.setdefault(f, state)
    for state, forms in _wiki_forms(country_by_name):
        for f in forms:
            out.setdefault(f, state)
    stop = {fold_key(r["form"]) for r in read_curated("nationality_stop")}
    return {f: s for f, s in out.items() if fold_key(f) not in stop}
