"""Search keys for SQLite FTS5: folded Arabic tokens and their clitic-stripped stems.

FTS5's own `remove_diacritics` folds only Latin letters (FIELD_NOTES), so rasd
indexes a folded copy of each document: one column of folded tokens and one of
light stems (leading و ف ب ل ك and the article ال removed), so أحمد/احمد, ى/ي, ة/ه,
diacritics and a leading clitic do not matter. Queries are folded the same way.
Snippets are cut from the ORIGINAL text through the fold's offset map.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic import fold, fold_key

_WORD = re.compile(r"\w+", re.UNICODE)
# Proclitics stripped for the stem column, longest first. One conjunction or
# preposition, then the article: وبالجيش → جيش, للجيش → جيش, والناتو → ناتو.
_PREFIXES = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_SINGLE = ("و", "ف", "ب", "ل", "ك")
MIN_STEM = 2


def light_stem(word: str) -> str:
    """Strip one proclitic stack from a folded word: والناتو → ناتو, بروسيا → روسيا."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
            return word[len(p):]
    if word[:1] in _SINGLE and len(word) - 1 >= 3:
        return word[1:]
    return word


def index_columns(text: str) -> tuple[str, str]:
    """The (folded, stemmed) column texts for one field."""
    words = _WORD.findall(fold_key(text))
    return " ".join(words), " ".join(light_stem(w) for w in words)


def query_terms(query: str) -> list[str]:
    """Folded query words (no FTS syntax survives: each word becomes a quoted term)."""
    return _WORD.findall(fold_key(query))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must match, as itself or by its stem."""
    terms = query_terms(query)
    if not terms:
        return None
    parts = []
    for t in terms:
        s = light_stem(t)
        parts.append(f'(folded:"{t}" OR stems:"{s}")')
    return " AND ".join(parts)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of the original text with highlighted (start, end) spans inside it."""

    text: str
    highlights: tuple[tuple[int, int], ...]

    def html(self, mark: str = "mark") -> str:
        from html import escape

        out, pos = [], 0
        for a, b in self.highlights:
            out.append(escape(self.text[pos:a]))
            out.append(f"<{mark}>{escape(self.text[a:b])}</{mark}>")
            pos = b
        out.append(escape(self.text[pos:]))
        return "".join(out)


def snippet(text: str, query: str, width: int = 160) -> Snippet:
    """Cut a window of `text` around the first query hit; highlight every hit inside it."""
    f = fold(text)
    stems = {light_stem(t) for t in query_terms(query)}
    hits: list[tuple[int, int]] = []
    for m in _WORD.finditer(f.text):
        if m.group() in stems or light_stem(m.group()) in stems:
            hits.append(f.span(m.start(), m.end()))
    if not hits:
        return Snippet(text[:width], ())
    first = hits[0][0]
    a = max(0, first - width // 3)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = min(len(text), a + width)
    while b < len(text) and not text[b].isspace():
        b += 1
    inside = tuple((s - a, e - a) for s, e in hits if s >= a and e <= b)
    return Snippet(text[a:b], inside)
