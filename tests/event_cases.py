"""Shared helpers of the event tests: mentions at the known names of a short text, and the events
the event step codes from them (no entity step, so a test names exactly the parties it needs)."""
from __future__ import annotations

from rasd.annotate.events import code_events
from rasd.kb import load_kb
from rasd.model import Document, Mention

# surface → (type, name_en, id) of the entities a test's sentences name
Known = dict[str, tuple[str, str, str]]
Coded = tuple[str, str | None, str | None, str]


def mentions_of(text: str, known: Known) -> list[Mention]:
    """A mention at each whole-word occurrence (after a space, و، ب or ل) of every known name,
    never inside another: إسرائيل is not read inside الإسرائيلية."""
    out: list[Mention] = []
    for surface, (type_, name_en, id_) in known.items():
        start = text.find(surface)
        while start >= 0:
            whole = (start == 0 or text[start - 1] in " وبل") and not text[start + len(surface):][:1].isalpha()
            if whole and not any(m.start <= start < m.end for m in out):
                out.append(Mention(surface, start, start + len(surface), type_, name_en, id_))
            start = text.find(surface, start + 1)
    return sorted(out, key=lambda m: m.start)


def coded(text: str, known: Known, published: str = "2024-01-12") -> list[Coded]:
    """(type, source, target, status) of the events coded in the text, its known names its mentions."""
    doc = Document(id="t", text=text, entities=mentions_of(text, known), published=published)
    return [(e.type, e.source and e.source.name_en, e.target and e.target.name_en, e.status)
            for e in code_events(doc, load_kb())]
