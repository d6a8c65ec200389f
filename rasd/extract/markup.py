"""Corpus markup left in a text dump: `<DOCNO>`, `<CAT>`, `<HEADLINE>`, `<ABSTRACT>`, `<TEXT>`, `<P>`.

A record whose text is a Gigaword/TREC-style document keeps its tags. The tags
say what each piece is: headline, author, category and date go to the fields;
`<TEXT>`/`<P>` content is the body (cut out of its line, tags left outside);
everything else (`<DOCNO>`, `<ABSTRACT>` standfirsts, keywords) is furniture.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from rasd.extract.dates import first_date, parse_iso
from rasd.extract.lines import Line

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z_]*)\b[^>]*?(/?)>")
_HAS_MARKUP = re.compile(r"^\s*<(?:DOC|DOCNO|DOCID|TEXT|HEADLINE|CAT|ABSTRACT)\b[^>]*>", re.I | re.M)
_COMPACT_DATE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)")
FIELD_TAGS = {
    "TITLE": "title", "HEADLINE": "title", "HL": "title", "HEAD": "title",
    "AUTHOR": "author", "BYLINE": "author",
    "CAT": "section", "CATEGORY": "section", "SECTION": "section", "DESK": "section", "TOPIC": "section",
    "DATE_TIME": "published", "DATE": "published", "DATETIME": "published", "PUBDATE": "published",
    "TIME": "published",
}
BODY_TAGS = frozenset({"DOC", "TEXT", "BODY", "P", "DATELINE"})  # containers of article text


@dataclass(slots=True)
class Markup:
    """Fields read from tags, body pieces (spans of source lines), and dropped furniture."""

    fields: dict[str, str] = field(default_factory=dict)
    body: list[Line] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)


def has_markup(raw: str) -> bool:
    """True when the dump is a tagged corpus document (`<DOC>`, `<TEXT>`, `<HEADLINE>` lines)."""
    return bool(_HAS_MARKUP.search(raw[:5000]))


def _chunks(line: Line) -> list[tuple[int, int, str | None]]:
    """(start, end, tag) pieces of a line in order; tag is None for text, `/P` for a closing tag."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    for m in _TAG.finditer(line.text):
        if m.start() > pos:
            out.append((pos, m.start(), None))
        out.append((m.start(), m.end(), f"{m.group(1)}{m.group(2).upper()}{m.group(3)}"))
        pos = m.end()
    if pos < len(line.text):
        out.append((pos, len(line.text), None))
    return out


def split_markup(lines: list[Line]) -> Markup:
    """Walk the tags line by line: fields, body pieces and furniture."""
    out, stack = Markup(), []
    for line in lines:
        for a, b, tag in _chunks(line):
            if tag is not None:
                _push_pop(stack, tag)
                continue
            text = line.text[a:b]
            if not text.strip():
                continue
            where = next((t for t in reversed(stack) if t not in BODY_TAGS), None)
            if where in FIELD_TAGS:
                name = FIELD_TAGS[where]
                out.fields[name] = " ".join(f"{out.fields.get(name, '')} {html.unescape(text)}".split())
            elif where is not None:
                out.dropped.append((where.lower(), text.strip()))
            else:
                s = a + len(text) - len(text.lstrip())
                e = b - (len(text) - len(text.rstrip()))
                out.body.append(Line(line.text[s:e], line.start + s, line.start + e, line.index))
    _normalise_date(out.fields)
    return out


def _push_pop(stack: list[str], tag: str) -> None:
    """Open or close a tag; a close pops back to its opener, self-closing tags do nothing."""
    if tag.endswith("/"):
        return
    if tag.startswith("/"):
        name = tag[1:]
        if name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(name):]
        return
    if tag == "P" and "P" in stack:  # an unclosed <P> ends at the next one
        del stack[len(stack) - 1 - stack[::-1].index("P"):]
    stack.append(tag)


def _normalise_date(fields: dict[str, str]) -> None:
    """`20050412`, ISO or written dates in a date tag → ISO; anything else is dropped."""
    raw = fields.pop("published", "")
    m = _COMPACT_DATE.match(raw.strip())
    value = parse_iso(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else (parse_iso(raw) or first_date(raw))
    if value:
        fields["published"] = value
