"""Token features for the statistical NER model, computed identically at training and run time.

Every feature is a string (crfsuite treats each as a binary indicator). The words are
folded (`rasd.arabic.fold_key`: أ/إ/آ→ا, ى→ي, ة→ه, no diacritics), so the hamza-less
spellings of one corpus and the full spellings of another meet on one key. Gazetteer
features read the committed lexicons `ner_places`, `ner_person_names`, `ner_triggers`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic import clitic_splits, fold_key
from rasd.lexicon import load_table

# Enough to name most places in one go (الولايات المتحدة الامريكية = United States of America).
MAX_PLACE_TOKENS = 4


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Read-only lookups behind the gazetteer features (all keys folded)."""

    places: dict[tuple[str, ...], str]  # token tuple → country | region | city
    names: dict[str, str]  # name part → given | surname | both
    triggers: dict[str, str]  # word → per_title | per_cue | org_head | loc_head


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The committed lexicons as a Gazetteer (read once per process)."""
    places: dict[tuple[str, ...], str] = {}
    for row in load_table("ner_places"):
        key = tuple(fold_key(row["word"]).replace("-", " ").split())
        if 0 < len(key) <= MAX_PLACE_TOKENS:
            places.setdefault(key, row["kind"])
    names: dict[str, str] = {}
    for row in load_table("ner_person_names"):
        given, surname = int(row["given"]), int(row["surname"])
        kind = "both" if min(given, surname) * 4 >= max(given, surname) else (
            "given" if given > surname else "surname")
        if " " not in row["word"]:
            names[row["word"]] = kind
    triggers = {fold_key(r["word"]): r["kind"] for r in load_table("ner_triggers")}
    return Gazetteer(places, names, triggers)


@dataclass(frozen=True, slots=True)
class _Tok:
    """One token's folded form, its clitic-stripped stems and its gazetteer tags."""

    word: str
    stems: tuple[str, ...]  # the word itself first, then proclitic-stripped stems
    longest: str  # the shortest stem, i.e. the longest proclitic removed


def _analyse(raw: str) -> _Tok:
    word = fold_key(raw) or raw
    stems = tuple(dict.fromkeys(s for _, s in clitic_splits(word)))
    return _Tok(word, stems, min(stems, key=len))


def _shape(raw: str) -> list[str]:
    """Shape features: digits, Latin letters, punctuation, length."""
    feats: list[str] = []
    if any(c.isdigit() for c in raw):
        feats.append("digit" if raw.isdigit() else "hasdigit")
    if any("a" <= c.lower() <= "z" for c in raw):
        feats.append("latin")
    if not any(c.isalnum() for c in raw):
        feats.append("punct")
    feats.append(f"len={min(len(raw), 8)}")
    return feats


def _lexical(t: _Tok) -> list[str]:
    """Identity, affixes and stems of one token."""
    w = t.word
    feats = [f"w={w}"]
    for n in range(1, 5):
        if len(w) > n:
            feats.append(f"p{n}={w[:n]}")
            feats.append(f"s{n}={w[-n:]}")
    for s in t.stems[1:]:
        feats.append(f"stem={s}")
    if any(s.startswith("ال") for s in t.stems):
        feats.append("al")
    return feats


def _lex_lookup(t: _Tok, table: dict[str, str]) -> str | None:
    for s in t.stems:
        if s in table:
            return table[s]
    return None


def _place_tags(toks: list[_Tok], gaz: Gazetteer) -> list[str | None]:
    """Longest-match place spans as B-kind / I-kind per token (first token may carry clitics)."""
    out: list[str | None] = [None] * len(toks)
    i = 0
    while i < len(toks):
        hit = 0
        for n in range(min(MAX_PLACE_TOKENS, len(toks) - i), 0, -1):
            rest = tuple(t.word for t in toks[i + 1:i + n])
            kind = next((gaz.places[(s,) + rest] for s in toks[i].stems
                         if (s,) + rest in gaz.places), None)
            if kind:
                out[i] = f"B-{kind}"
                for j in range(i + 1, i + n):
                    out[j] = f"I-{kind}"
                hit = n
                break
        i += hit or 1
    return out


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None) -> list[list[str]]:
    """Feature strings for each token of one sentence."""
    gaz = gaz or load_gazetteer()
    toks = [_analyse(t) for t in tokens]
    places = _place_tags(toks, gaz)
    names = [_lex_lookup(t, gaz.names) for t in toks]
    trig = [_lex_lookup(t, gaz.triggers) for t in toks]
    n = len(toks)
    out: list[list[str]] = []
    for i, t in enumerate(toks):
        f = ["bias"] + _lexical(t) + _shape(tokens[i])
        if places[i]:
            f.append(f"gp={places[i]}")
        if names[i]:
            f.append(f"gn={names[i]}")
        if trig[i]:
            f.append(f"gt={trig[i]}")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                o = toks[j]
                f.append(f"w{d}={o.word}")
                if abs(d) == 1:
                    f.append(f"l{d}={o.longest}")
                    if names[j]:
                        f.append(f"gn{d}={names[j]}")
                    if places[j]:
                        f.append(f"gp{d}={places[j][:1]}")
                if trig[j]:
                    f.append(f"gt{d}={trig[j]}")
            elif abs(d) == 1:
                f.append("BOS" if d < 0 else "EOS")
        if i > 0:
            f.append(f"bg-={toks[i - 1].word}|{t.word}")
        if i + 1 < n:
            f.append(f"bg+={t.word}|{toks[i + 1].word}")
        out.append(f)
    return out
