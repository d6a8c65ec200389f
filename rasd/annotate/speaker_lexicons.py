"""The word lists speaker resolution reads, loaded once: anonymous sources (مصدر مطلع: an informed
source), speech nouns (بيان: a statement), adjuncts, titles and honorifics, female given names."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.annotate.speaker_words import listed_form, strip_al
from rasd.annotate.title_lexicon import title_firsts
from rasd.arabic import fold_key
from rasd.lexicon import load_table, load_words


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Word lists speaker resolution reads, loaded once per step."""

    anonymous: dict[tuple[str, ...], str]  # folded phrase → class (source, official, veil ...)
    speech_nouns: dict[str, bool]  # folded noun → opens a quote itself (قول المعارضة بأن)
    adjuncts: frozenset[str]  # folded words that start an adjunct, not a subject
    titles: frozenset[str]  # folded first words of titles (وزير، المتحدث، اللواء)
    honorifics: frozenset[str]  # folded ranks and honorifics dropped before names
    anonymous_first: frozenset[str] = frozenset()  # first words of the anonymous phrases
    female: frozenset[str] = frozenset()  # folded female given names (هند، ماريا)
    claims: frozenset[str] = frozenset()  # folded claim nouns a verb takes as object (مزاعم)
    # the anonymous phrases by first word: a token is compared with its few, not all of them
    anonymous_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    # Derived once here, not per call (cProfile of the quotes step, 112 bench inputs warm):
    # the titles without و and article (a set built from all titles on each call cost 10 ms),
    title_heads: frozenset[str] = frozenset()
    # a source word with a possessive → the word (مصادرها → مصادر "its sources"): one lookup,
    possessed_sources: dict[str, str] = field(default_factory=dict)
    # the speech nouns with and without و/ف (وبيان): one set test a token.
    speech_noun_keys: frozenset[str] = frozenset()
    # first words of the phrases saying a speaker declined to be named (`_veiled` tests them only)
    veil_firsts: frozenset[str] = frozenset()
    # every token key whose anonymous-source word (`anonymous_word`) opens a veil phrase: one set
    # test a token in `_veiled` instead of a call (5% of the quotes step, cProfile)
    veil_keys: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """Read the speaker word lists (cached: read-only data)."""
    anon = {tuple(fold_key(r["phrase"]).split()): r["class"] for r in load_table("anonymous_sources")}
    nouns = {fold_key(r["noun"]): r["opens"] == "1" for r in load_table("speech_nouns")}
    adj = frozenset(fold_key(w) for w in load_words("speech_adjuncts"))
    titles, honor = _title_words()
    female = frozenset(fold_key(w) for w in load_words("female_names", "name"))
    claims = frozenset(fold_key(r["noun"]) for r in load_table("speech_nouns") if r.get("claim") == "1")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, cls in anon.items():
        by_first.setdefault(phrase[0], []).append((phrase, cls))
    firsts = frozenset(p[0] for p in anon)
    # a form ends in one suffix only (ها, هم or ه), so its base is unique
    possessed = {base + p: base for base in firsts if anon.get((base,)) == "source" for p in _POSSESSIVES}
    veil = frozenset(p[0] for p, cls in anon.items() if cls == "veil")
    # a key has an anonymous word only when it, or it without و/ف, is a first word or possessed form
    bare = firsts | possessed.keys()
    veil_keys = frozenset(k for k in bare | {c + w for w in bare for c in ("و", "ف")}
                          if anonymous_word(k, firsts, possessed) in veil)
    return Lexicons(anon, nouns, adj, titles, honor, firsts, female, claims,
                    {w: tuple(rows) for w, rows in by_first.items()},
                    frozenset(strip_al(t) for t in titles), possessed,
                    frozenset(nouns) | {c + n for n in nouns for c in ("و", "ف")},
                    veil, veil_keys)


def anonymous_word(key: str, known: frozenset[str], possessed: dict[str, str]) -> str | None:
    """The anonymous-source word a token is, with و/ف or a possessive: مصادرها "its sources"."""
    for form in (key, key[1:] if key[:1] in ("و", "ف") else ""):
        if form in known:
            return form
        if form in possessed:
            return possessed[form]
    return None


_POSSESSIVES = ("ها", "هم", "ه")  # مصادرها، مصادرهم، مصادره "her/their/his sources"


def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    """First words of titles, and the ranks/honorifics (titles without a role)."""
    try:
        rows, words = load_table("titles"), title_firsts()  # the entity step's lexicon; work without it
    except Exception:
        return frozenset(), frozenset()
    # with and without the article: وزير, الوزير
    first = frozenset(words | {"ال" + w for w in words if not w.startswith("ال")}
                      | {w[2:] for w in words if w.startswith("ال")})
    honor = frozenset(fold_key(r["title"]) for r in rows
                      if not r.get("role") and " " not in r["title"].strip())
    return first, honor | {"الامير", "الشيخ", "السيد", "السيده"}


def speech_noun(lex: Lexicons, key: str) -> bool | None:
    """Whether a folded word is a speech noun (بيان، وتصريح) and opens a quote; None if not one."""
    noun = listed_form(key, lex.speech_nouns)
    return None if noun is None else lex.speech_nouns[noun]
