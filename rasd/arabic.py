"""Arabic text utilities: folding with an offset map, tokens and sentences as spans.

`fold` builds matching keys only; stored and displayed text is never rewritten.
Every folded string keeps a map back to the original offsets, so a match found
in the folded key becomes a span of the original text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

# Harakat, Quranic marks, superscript alef, and tatweel: dropped from keys.
_DROP = set(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    # zero-width and bidi controls, BOM
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits ٠-٩
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits ۰-۹


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded key and, for each of its characters, the index in the original."""

    text: str
    offsets: Sequence[int]  # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded key back to a span of the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:  # presentation forms → base letters
        base = unicodedata.normalize("NFKC", ch)
        # unassigned and non-characters (U+FDD0, U+FBC2) normalise to themselves: no recursion
        return ch if base == ch else "".join(_fold_char(c) for c in base)
    return ch.lower() if ch.isascii() else ch


def _changed_chars() -> dict[int, str]:
    """Every character `_fold_char` changes (A-Z, marks, letter variants, presentation forms)."""
    chars = set(_DROP) | set(_MAP) | {chr(c) for c in range(ord("A"), ord("Z") + 1)}
    chars |= {chr(c) for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]}
    return {ord(ch): _fold_char(ch) for ch in chars if _fold_char(ch) != ch}


# str.translate does the per-character fold in C: fold_key was ~12% of the pipeline's
# time on the dev inputs (cProfile, bench/bench_pipeline.py --profile).
_FOLD_TABLE: dict[int, str] = _changed_chars()
_FOLD_CHARS: dict[str, str] = {chr(c): f for c, f in _FOLD_TABLE.items()}
_CHANGED = re.compile("[" + "".join(re.escape(ch) for ch in _FOLD_CHARS) + "]")
# Characters that fold to nothing or to several characters: only these need the offset loop.
_NOT_ONE = re.compile("[" + "".join(re.escape(ch) for ch, f in _FOLD_CHARS.items() if len(f) != 1) + "]")
# Below this length str.translate is as fast as finding the changed characters first.
_SHORT = 48


def fold(text: str) -> Folded:
    """Fold text for matching (أحمد→احمد, ى→ي, ة→ه, no diacritics, ٣→3), with an offset map."""
    folded = fold_key(text)
    if not _NOT_ONE.search(text):  # one character for one: the map is the identity (a range,
        return Folded(folded, range(len(text) + 1))  # not a tuple of a whole body's offsets)
    # Runs of one-for-one characters map to ranges; only dropped or widened characters
    # (marks, tatweel, ligatures) need their own entries. A per-character loop here cost
    # 3.6 ms on a 3,500-character article with one tatweel.
    offsets: list[int] = []
    pos = 0
    for m in _NOT_ONE.finditer(text):
        i = m.start()
        offsets.extend(range(pos, i))
        offsets.extend([i] * len(_FOLD_CHARS[m.group()]))
        pos = i + 1
    offsets.extend(range(pos, len(text) + 1))
    return Folded(folded, tuple(offsets))


def fold_key(text: str) -> str:
    """Just the folded string: the key for dictionaries and search."""
    if len(text) < _SHORT:
        return _fold_word(text)
    return _fold_long(text)


# The steps fold the same body and sentences again (tokens, quotes, dates, lines): over the
# bench text inputs 664,000 characters were folded a pass, 171,000 of them distinct.
@lru_cache(maxsize=64)
def _fold_long(text: str) -> str:
    # str.translate looks each character up in a dict (~160 ns a character on Arabic text);
    # replacing only the few distinct characters that change is ~5x faster on a body.
    # Equal to translate because no folded character folds again (tests/test_arabic.py).
    for ch in set(_CHANGED.findall(text)):
        text = text.replace(ch, _FOLD_CHARS[ch])
    return text


def fold_in_place(text: str) -> str | None:
    """`fold_key(text)` when every character folds to exactly one (no marks, tatweel or
    ligatures), so that the key of any slice is the same slice of this key; else None."""
    return None if _NOT_ONE.search(text) else fold_key(text)


# Every step folds the same words again (~240,000 calls over the 112 bench articles,
# cProfile): a cache hit costs a fraction of translating the word once more.
@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return word.translate(_FOLD_TABLE)


def to_ascii_digits(text: str) -> str:
    """Replace Eastern Arabic and Persian digits by 0-9, keeping length."""
    return "".join(_MAP.get(ch, ch) if ch.isdigit() else ch for ch in text)


# --- tokens -----------------------------------------------------------------

# Not frozen: a frozen dataclass sets each field through object.__setattr__, ~3x the cost
# of a plain one, and the steps build ~600 tokens an article. Hashable and compared by
# value as before (unsafe_hash); nothing assigns to a token.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


# A token's start offset, the key to bisect a token list by (bisect_left(tokens, i, key=token_start)).
token_start = attrgetter("start")


# A word: letters/digits with combining marks and tatweel inside; digits may carry
# decimal or thousands separators (1.5, 10,000, ١٠٬٠٠٠, ٣٫٥).
# Runs of letters and of marks taken whole and kept (possessive): the same tokens as one
# character at a time through an alternation, ~20% faster (tests/test_arabic.py).
_TOKEN = re.compile(
    r"\d+(?:[.,٫٬]\d+)*"
    r"|[^\W\d_](?:[^\W_]++|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]++)*+"
    r"|\S",
    re.UNICODE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, numbers and single punctuation marks as spans of `text`."""
    return list(_tokens(text, start, len(text) if end is None else end, False))


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word and number tokens of text[start:end] (`tokenize` without punctuation)."""
    return list(_tokens(text, start, len(text) if end is None else end, True))


def folded_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """`fold_key` of each of `word_tokens(text, start, end)`: folded once per text, and sliced."""
    end = len(text) if end is None else end
    found = _word_range(text, start, end)
    if found is None:
        return [fold_key(t.text) for t in _tokens(text, start, end, True)]
    whole, a, b = found
    return list(whole.word_keys[a:b])


# Every step tokenises the body's sentences again (entities' model, quantities, quotes, and
# the event stage up to seven times: claims, triggers, actors, slots...); building Token
# objects was ~11% of the pipeline's time (cProfile). The whole text is tokenised once and a
# span's tokens are a slice of it: the same tokens, because the token pattern has no look-behind
# or look-ahead, so a span that cuts no token tokenises as the whole text does there.
def _tokens(text: str, start: int, end: int, only_words: bool) -> tuple[Token, ...]:
    span = _span(text, start, end)
    if span is None:
        return _scan(text, start, end, only_words)
    whole, i, j = span
    if not only_words:
        return whole.tokens[i:j]
    return whole.words[bisect_left(whole.word_starts, start):bisect_left(whole.word_starts, end)]


def _word_range(text: str, start: int, end: int) -> tuple[_Tokens, int, int] | None:
    """The whole text's tokens and the index range of its words in [start, end) (None as `_span`)."""
    span = _span(text, start, end)
    if span is None:
        return None
    return span[0], bisect_left(span[0].word_starts, start), bisect_left(span[0].word_starts, end)


def _span(text: str, start: int, end: int) -> tuple[_Tokens, int, int] | None:
    """The whole text's tokens and the index range of those in [start, end); None for a short
    text, or a span that cuts a token (it is tokenised on its own)."""
    if len(text) < _WHOLE_MIN:
        return None
    whole = _whole(text)
    i, j = bisect_left(whole.starts, start), bisect_left(whole.starts, end)
    if (i and whole.tokens[i - 1].end > start) or (j and whole.tokens[j - 1].end > end):
        return None
    return whole, i, j


# Shorter texts (names looked up in the KB, most headlines) are scanned each time they are
# asked: caching them would push the article's body out of `_whole`'s cache.
_WHOLE_MIN = 256


# List comprehensions, m.start()/m.end() and the is_word test written out: the generator
# and `*m.span()` version cost ~30% more (the tokens are built ~200 times an article).
def _scan(text: str, start: int, end: int, only_words: bool) -> tuple[Token, ...]:
    found = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    return tuple([t for t in found if t.text[:1].isalnum()] if only_words else found)


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A text's tokens, its word tokens, and their start offsets (for bisect)."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]
    words: tuple[Token, ...]
    word_starts: tuple[int, ...]
    word_keys: tuple[str, ...]  # fold_key of each word


@lru_cache(maxsize=8)  # the body of the article in hand (and a few other long texts)
def _whole(text: str) -> _Tokens:
    tokens = tuple([Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)])
    words = tuple([t for t in tokens if t.text[:1].isalnum()])  # Token.is_word
    folded = fold_in_place(text)
    if folded is None:
        keys = tuple([fold_key(t.text) for t in words])
    else:  # a word's key is its slice of the folded text (2x faster than folding each word)
        keys = tuple([folded[t.start:t.end] for t in words])
    return _Tokens(tokens, tuple([t.start for t in tokens]), words, tuple([t.start for t in words]), keys)


# --- sentences --------------------------------------------------------------

_SENT_END = re.compile(r"(?:[.!?؟]+|\.\.+|…)(?=[\s\"'”»)\]]|$)|\n\s*")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed of surrounding white space."""
    return list(_sentences(text, start, len(text) if end is None else end))


# The entities' model, quantities and events each split the same body: split once.
@lru_cache(maxsize=8)
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        stop = m.end() if not m.group().isspace() else m.start()
        _add_trimmed(text, pos, stop, spans)
        pos = m.end()
    _add_trimmed(text, pos, end, spans)
    return tuple(spans)


def _add_trimmed(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def is_arabic(text: str, threshold: float = 0.5) -> bool:
    """True when at least `threshold` of the letters are Arabic script."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    ar = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return ar / len(letters) >= threshold
