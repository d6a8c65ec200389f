"""Arabic numbers as spans: digits (Western and Eastern), separators, number and scale words.

`find_numbers` turns a token list into number spans: `10 آلاف` (10 thousand) → 10000,
`خمسة عشر` (fifteen) → 15, `ثلاثة آلاف وخمسمائة` (3500), `1.5 مليون` (1.5 million),
`عشرات` (dozens) → 10 as a vague lower bound. Ordinals (`الثالث`, the third) are not
numbers. `parse_number` is the small helper for other stages: one expression → its value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic import fold_in_place, fold_key
from rasd.lexicon import load_table

# Letters with their combining marks and tatweel; unlike rasd.arabic.tokenize, digits
# never continue a word, so `و30` (and 30) and `15حوثيا` (15 Houthis) split into two tokens.
_MARKS = r"\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed"
_TOKEN = re.compile(rf"\d+(?:[.,٫٬]\d+)*|[^\W\d_](?:[^\W\d_]++|[{_MARKS}]++)*+|\S", re.UNICODE)  # as rasd.arabic
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass(slots=True, unsafe_hash=True)  # not frozen: 3x cheaper to build (see rasd.arabic.Token)
class Tok:
    """A token of the text: its spelling, its span and its folded key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_digit(self) -> bool:
        return self.key[:1].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in the tokens: `first`..`last` token indices (inclusive) and its value."""

    first: int
    last: int
    start: int          # character offset, after any proclitic (و، ب، ل ...)
    end: int
    value: float
    vague: bool = False     # عشرات، مئات، آلاف alone: a lower bound
    digits: bool = False    # written with digits (and maybe a scale word)
    definite: bool = False  # الأربع (the four): only a count after its noun


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Words, digit groups and single marks of text[start:end], with folded keys."""
    end = len(text) if end is None else end
    folded = fold_in_place(text[start:end]) if start >= 0 else None
    if folded is None:
        return [Tok(m.group(), m.start(), m.end(), fold_key(m.group())) for m in _TOKEN.finditer(text, start, end)]
    # the sentence folded once: each token's key is its slice (folding each token cost ~1/3 here)
    return [Tok(m.group(), a, b, folded[a - start:b - start])
            for m in _TOKEN.finditer(text, start, end) for a, b in (m.span(),)]


def is_number_word(key: str) -> bool:
    """True for a folded word that begins a number in words (ثلاثة، وعشرات، الآلاف)."""
    return _word_entry(key, True) is not None


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    """Folded number word → (value, kind), from `number_words.tsv`."""
    table: dict[str, tuple[float, str]] = {}
    for row in load_table("number_words"):
        table.setdefault(fold_key(row["word"]), (float(row["value"]), row["kind"]))
    return table


def parse_digits(s: str) -> float | None:
    """`1,500` → 1500, `١٫٥` → 1.5, `10.000` → 10000, `2.5` → 2.5; None if not a number."""
    s = fold_key(s).strip()
    if not re.fullmatch(r"\d+(?:[.,٫٬]\d+)*", s):
        return None
    if "٫" in s:  # the Arabic decimal separator is unambiguous
        s = s.replace("٬", "").replace(",", "").replace(".", "").replace("٫", ".")
    else:
        s = s.replace("٬", "")
        groups = re.split(r"[.,]", s)
        # 1,500 / 10.000 / 1,250,000: every group after the first has three digits → thousands
        if len(groups) == 1:
            pass
        elif len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            s = "".join(groups)
        elif len(groups) == 2:
            s = groups[0] + "." + groups[1]  # 1.5 or 1,5 (Maghrebi decimal comma)
        else:
            return None
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _word_entry(key: str, allow_clitic: bool) -> tuple[float, str, int, bool] | None:
    """(value, kind, folded clitic length, definite) for a number word, with clitics peeled."""
    table = number_words()
    if key in table:
        return (*table[key], 0, False)
    for clitic in _CLITICS if allow_clitic else ("و",):
        if not key.startswith(clitic):
            continue
        rest = key[len(clitic):]
        if rest in table:
            return (*table[rest], len(clitic), False)
        if rest.startswith("ال") and rest[2:] in table:
            return (*table[rest[2:]], len(clitic), True)
    if key.startswith("ال") and key[2:] in table:
        return (*table[key[2:]], 0, True)
    if key.startswith("لل") and key[2:] in table:  # للعشرات: ل + ال
        return (*table[key[2:]], 0, True)
    return None


def _orig_offset(tok: Tok, folded_chars: int) -> int:
    """Character offset in the text after the first `folded_chars` folded characters of tok."""
    seen = 0
    for i, ch in enumerate(tok.text):
        if seen >= folded_chars:
            return tok.start + i
        seen += len(fold_key(ch))
    return tok.end


def _first(toks: list[Tok], i: int) -> tuple[float, str, int, bool] | None:
    """The number that starts at token i: (value, kind, clitic length, definite)."""
    tok = toks[i]
    if tok.is_digit:
        if i + 1 < len(toks) and toks[i + 1].start == tok.end and toks[i + 1].key[:1].isascii() \
                and toks[i + 1].key[:1].isalpha():
            return None  # 7579HJ, 16F: a code, not a count
        value = parse_digits(tok.text)
        return None if value is None else (value, "digit", 0, False)
    if not tok.is_word:
        return None
    return _word_entry(tok.key, allow_clitic=True)


def _next_part(toks: list[Tok], j: int, prev: str) -> tuple[int, tuple[float, str, int, bool] | None]:
    """The number word at token j (or after a detached و at j): (index used, entry or None)."""
    tok = toks[j]
    entry = _word_entry(tok.key, allow_clitic=False) if tok.is_word else None
    if entry is None and tok.key == "و" and j + 1 < len(toks) and prev != "digit":  # خمسة و عشرون
        nxt = _word_entry(toks[j + 1].key, allow_clitic=False)
        if nxt and nxt[2] == 0 and nxt[1] in ("unit", "tens", "hundred"):
            return j + 1, (nxt[0], nxt[1], 1, False)
    return j, entry


def _digit_tail(toks: list[Tok], j: int, total: float) -> float | None:
    """The digits glued to a و after a scale word: 75 ألفا و800 → 800 (75800 in all)."""
    glued = j + 1 < len(toks) and toks[j + 1].is_digit and toks[j + 1].start == toks[j].end
    if toks[j].key != "و" or not glued:
        return None
    rest = parse_digits(toks[j + 1].text)
    return rest if rest is not None and rest < total else None


_DUAL_SCALES = {2e3: 1e3, 2e6: 1e6, 2e9: 1e9}  # ألفين، مليونين، مليارين: two of a scale


def _fraction_base(prev: str, scale: float, cur: float) -> float:
    """What a following نصف/ربع is a fraction of: the scale just read (مليون ونصف), or the
    scale of a dual (مليونين ونصف: two and a half million); 0 when none."""
    if prev in ("scale", "scale_plural"):
        return scale
    return _DUAL_SCALES.get(cur, 0.0) if prev == "hundred" else 0.0


def _restated_scale(toks: list[Tok], j: int, scale: float) -> tuple[int, int]:
    """After a fraction at token j, the scale word said again (مليون ونصف مليون, ونصف المليون
    "a million and half a million"): (last token used, next token)."""
    if j + 1 < len(toks) and toks[j + 1].is_word:
        entry = _word_entry(toks[j + 1].key, allow_clitic=False)
        if entry is not None and entry[1] in ("scale", "scale_plural") and entry[0] == scale:
            return j + 1, j + 2
    return j, j + 1


def _extend(toks: list[Tok], i: int, value: float, kind: str) -> tuple[int, float, str, bool]:
    """Extend a number from token i over the words that continue it; (last, value, kind, vague)."""
    total, cur, last, vague, prev, j = 0.0, value, i, kind in ("vague", "scale_plural"), kind, i + 1
    scale = value if kind in ("scale", "scale_plural") else 0.0  # the last scale word's value
    while j < len(toks):
        if prev in ("scale", "scale_plural") and (tail := _digit_tail(toks, j, total)) is not None:
            return j + 1, total + cur + tail, "digit", vague
        j, entry = _next_part(toks, j, prev)
        if entry is None:
            break
        v, k, clitic, definite = entry
        joined = clitic > 0
        if not joined and prev == "unit" and k == "ten" and not definite:
            cur += 10                                   # خمسة عشر: 15
        elif not joined and k in ("scale", "scale_plural") and prev != "vague" and not definite:
            total, cur, vague, scale = total + (cur or 1) * v, 0.0, False, v   # 10 آلاف, ثلاث مئة
        elif joined and v < 1 and (unit := _fraction_base(prev, scale, cur)):
            last, _ = _restated_scale(toks, j, unit)   # مليون ونصف: a million and a half
            return last, total + cur + v * unit, "fraction", False
        elif prev == "vague" and k in ("scale", "scale_plural") and definite:
            cur, vague = cur * v, True                  # عشرات الآلاف: tens of thousands
        elif joined and not definite and prev != "digit" and k in ("unit", "tens", "hundred"):
            cur += v                                    # ... وعشرون, ... وخمسمائة
        else:
            break
        prev, last, j = k, j, j + 1
    return last, total + cur, prev, vague


def find_numbers(toks: list[Tok]) -> list[NumberSpan]:
    """Every number in the tokens, longest first from left to right."""
    out: list[NumberSpan] = []
    i = 0
    while i < len(toks):
        tok = toks[i]  # most tokens are neither digits nor number words: ruled out inline
        if not (tok.key[:1].isdigit() or (tok.text[:1].isalpha() and _word_entry(tok.key, True) is not None)):
            i += 1
            continue
        first = _first(toks, i)
        if first is None:
            i += 1
            continue
        value, kind, clitic, definite = first
        last, total, _, vague = _extend(toks, i, value, kind)
        start = toks[i].start if kind == "digit" else _orig_offset(toks[i], clitic)
        out.append(NumberSpan(i, last, start, toks[last].end, total, vague,
                              kind == "digit", definite))
        i = last + 1
    return out


def parse_number(text: str) -> float | None:
    """The value of one number expression: `10 آلاف` → 10000.0, `خمسة عشر` → 15.0, else None."""
    try:
        toks = [t for t in tokens(text) if not t.text.isspace()]
        spans = find_numbers(toks)
    except Exception:  # a helper for other stages: never raise on odd input
        return None
    if len(spans) == 1 and spans[0].first == 0 and spans[0].last == len(toks) - 1:
        return spans[0].value
    return None
