"""Gazetteer lookups behind the NER model's features: lexicon phrases, name parts, triggers, KB names.

All keys are folded (`rasd.arabic.fold_key`). Phrases (places, organisations, KB names)
are matched longest first over token tuples, the first token possibly with its clitics
(وبالولايات المتحدة "and in the United States").
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rasd.arabic import fold_key
from rasd.lexicon import load_table

# Enough to name most places in one go (الولايات المتحدة الامريكية = United States of America).
MAX_PLACE_TOKENS = 4
# KB names longer than this are rare and mostly long official titles; 5 keeps the
# lookup short (بان كي مون, حلف شمال الاطلسي, تنظيم القاعده في جزيره العرب).
MAX_KB_TOKENS = 5

Phrases = dict[tuple[str, ...], str]


class _Tokish(Protocol):
    """What phrase matching needs of a token: its folded word and its stems."""

    @property
    def word(self) -> str: ...
    @property
    def stems(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Read-only lookups behind the gazetteer features (all keys folded)."""

    places: Phrases  # token tuple → country | region | city
    orgs: Phrases  # token tuple → igo | party | armed | media | company | sports | gov | edu | misc_* | per_*
    names: dict[str, str]  # name part → given | surname | both
    triggers: dict[str, str]  # word → per_title | per_cue | org_head | loc_head
    # every leading part of a place / org key: a span stops growing once it is no prefix
    place_prefixes: frozenset[tuple[str, ...]] = frozenset()
    org_prefixes: frozenset[tuple[str, ...]] = frozenset()
    kb: Phrases | None = None  # KB names → PER | ORG | GPE | LOC (rasd.kb)
    kb_prefixes: frozenset[tuple[str, ...]] = frozenset()
    kb_words: dict[str, str] | None = None  # a word of some KB name → "first|PER", "last|ORG", …
    # a phrase's first word → which tables have a phrase starting with it (1 place, 2 org, 4 KB)
    starters: dict[str, int] | None = None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The committed lexicons and KB names as a Gazetteer (read once per process)."""
    places, orgs = _phrases("ner_places"), _phrases("ner_orgs")
    # MISC names (events, awards, works, landmarks, products) share the organisation table under
    # their own kinds ("go=mi", "go=misc_event"): one phrase pass, and an org name wins a tie.
    for key, kind in _phrases("ner_misc").items():
        orgs.setdefault(key, f"misc_{kind}")
    # People of the news (جاك شيراك، مارادونا) join it too ("go=B-per_sport"). Held-out tenths
    # 9 / 0 / 4 of train, sentence model: 0.7868 / 0.8347 / 0.7013 without, 0.7936 / 0.8321 /
    # 0.7153 with the names, 0.7938 / 0.8385 / 0.7229 with their parts too (BENCHMARKS.md).
    for key, kind in _phrases("ner_people").items():
        orgs.setdefault(key, f"per_{kind}")
    names: dict[str, str] = {}
    for row in load_table("ner_person_names"):
        given, surname = int(row["given"]), int(row["surname"])
        kind = "both" if min(given, surname) * 4 >= max(given, surname) else (
            "given" if given > surname else "surname")
        if " " not in row["word"]:
            names[row["word"]] = kind
    # and their first and last words join the name parts where Wikidata's counts lack them
    for part, kind in people_parts().items():
        names.setdefault(part, kind)
    triggers = {fold_key(r["word"]): r["kind"] for r in load_table("ner_triggers")}
    kb = kb_phrases()
    starters: dict[str, int] = {}
    for bit, table in ((1, places), (2, orgs), (4, kb)):
        for key in table:
            starters[key[0]] = starters.get(key[0], 0) | bit
    return Gazetteer(places, orgs, names, triggers, prefixes(places), prefixes(orgs), kb, prefixes(kb),
                     kb_words(kb), starters)


# Name particles and ordinals that are no one's first or last name (بن، آل، دي، الثاني).
_PARTICLES = frozenset(fold_key(w) for w in
                       "بن ابن أبو آل عبد دو دي ديل دا فان ولد الأب الأول الثاني الثالث السادس عشر "
                       "الأكبر الله الدين الرحمن المنتظر".split())


def people_parts() -> dict[str, str]:
    """First and last words of ner_people's names → given / surname (كوندوليزا رايس → given, surname)."""
    out: dict[str, str] = {}
    for row in load_table("ner_people"):
        toks = fold_key(row["word"]).split()
        if len(toks) >= 2 and toks[0] not in _PARTICLES:
            out.setdefault(toks[0], "given")
        if toks[-1] not in _PARTICLES and len(toks[-1]) >= 3:
            out.setdefault(toks[-1], "surname")
    return out


def kb_words(kb: Phrases) -> dict[str, str]:
    """Each word of a multi-word KB name → where it stands in names and their usual type.

    Generalises past whole names: كولو of كولو توريه is a first name even where the
    full name is not in the KB.
    """
    seen: dict[str, Counter] = {}
    for key, typ in kb.items():
        if len(key) < 2:
            continue
        for i, w in enumerate(key):
            pos = "first" if i == 0 else "last" if i == len(key) - 1 else "mid"
            seen.setdefault(w, Counter())[pos, typ] += 1
    return {w: "|".join(c.most_common(1)[0][0]) for w, c in seen.items() if len(w) >= 3}


def kb_phrases() -> Phrases:
    """Every KB name (folded token tuple) → the type of its best entry; empty without a KB."""
    try:
        from rasd.kb import load_kb
        kb = load_kb()
    except Exception:  # the model still tags without the KB: the feature is then never on
        return {}
    out: Phrases = {}
    for key in kb._names:
        parts = tuple(key.split())
        if 0 < len(parts) <= MAX_KB_TOKENS:
            hits = kb.lookup(key)
            if hits:
                out[parts] = hits[0].type
    return out


def prefixes(table: Phrases) -> frozenset[tuple[str, ...]]:
    """Every non-empty leading part of every key (الولايات, الولايات المتحدة, …)."""
    return frozenset(key[:n] for key in table for n in range(1, len(key) + 1))


def _phrases(lexicon: str) -> Phrases:
    """A lexicon's names as folded token tuples → kind (the first row wins)."""
    out: Phrases = {}
    for row in load_table(lexicon):
        key = tuple(fold_key(row["word"]).replace("-", " ").split())
        if 0 < len(key) <= MAX_PLACE_TOKENS:
            out.setdefault(key, row["kind"])
    return out


def lex_lookup(t: _Tokish, table: dict[str, str]) -> str | None:
    """The table's value for the token or its first listed stem."""
    for s in t.stems:
        if s in table:
            return table[s]
    return None


def phrase_tags(toks: list, table: Phrases, prefixes_: frozenset[tuple[str, ...]] | None = None,
                limit: int = MAX_PLACE_TOKENS, starts: list[bool] | None = None,
                todo: list[int] | None = None) -> list[str | None]:
    """Longest-match lexicon spans as B-kind / I-kind per token (first token may carry clitics).

    `starts`, when given, says which tokens could begin a phrase (a stem of theirs is a
    key's first word): the others are skipped without a lookup. `todo`: those tokens'
    indices, in order, when the caller has them (`starts` is then not read).
    """
    prefixes_ = prefixes_ or prefixes(table)
    out: list[str | None] = [None] * len(toks)
    # only the tokens that may start a phrase are visited; one inside a phrase found is skipped
    if todo is None:
        todo = list(range(len(toks))) if starts is None else [i for i, s in enumerate(starts) if s]
    free = 0  # the first token not inside a phrase found
    for i in todo:
        if i < free:
            continue
        n, kind = _longest_phrase(toks, i, table, prefixes_, limit)
        if kind:
            out[i] = f"B-{kind}"
            for j in range(i + 1, i + n):
                out[j] = f"I-{kind}"
            free = i + n
    return out


def _longest_phrase(toks: list, i: int, table: Phrases, prefixes_: frozenset[tuple[str, ...]],
                    limit: int) -> tuple[int, str | None]:
    """Length and kind of the longest phrase at token i (on a tie the earlier stem wins)."""
    best, kind = 0, None
    limit = min(limit, len(toks) - i)
    for s in toks[i].stems:
        key, n = (s,), 1
        while key in prefixes_:  # no phrase starts this way: stop growing the span
            hit = table.get(key)
            if hit and n > best:
                best, kind = n, hit
            if n == limit:
                break
            key += (toks[i + n].word,)
            n += 1
    return best, kind
