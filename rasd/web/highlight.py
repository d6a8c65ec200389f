"""The article body as HTML with every annotation marked from its offsets; all text escaped."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

# Nesting order of marks: quotes outermost, then entities, then numbers and dates.
_ORDER = {"quote": 0, "entity": 1, "quantity": 2, "time": 3}


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str
    start: int
    end: int
    attrs: tuple[tuple[str, str], ...]
    href: str | None = None


def marks_of(rec: dict[str, Any]) -> list[Mark]:
    """One Mark per annotation whose offsets fit the body."""
    text = rec.get("text") or ""
    marks = []

    def ok(m: dict[str, Any]) -> bool:
        return isinstance(m.get("start"), int) and isinstance(m.get("end"), int) and 0 <= m["start"] < m["end"] <= len(text)

    for q in rec.get("quotes") or []:
        if ok(q):
            sp = q.get("speaker") or {}
            who = sp.get("name_en") or sp.get("text") or "—"
            marks.append(Mark("quote", q["start"], q["end"], (("class", f"m-quote {'direct' if q.get('direct') else 'reported'}"),
                                                               ("title", f"{who}"), ("data-speaker", who))))
    for e in rec.get("entities") or []:
        if ok(e):
            href = f"/entities/{quote(e['id'], safe='')}" if e.get("id") else None
            marks.append(Mark("entity", e["start"], e["end"], (("class", f"m-ent t-{e.get('type', 'X')}"),
                                                                ("title", f"{e.get('name_en') or ''} · {e.get('type')}")), href))
    for q in rec.get("quantities") or []:
        if ok(q):
            title = f"{q.get('value')} {q.get('unit') or ''}{' ≈' if q.get('approx') else ''}"
            marks.append(Mark("quantity", q["start"], q["end"], (("class", "m-qty"), ("title", title))))
    for t in rec.get("times") or []:
        if ok(t):
            marks.append(Mark("time", t["start"], t["end"], (("class", "m-time"), ("title", str(t.get("value"))))))
    return marks


def _open(m: Mark) -> str:
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in m.attrs)
    if m.href:
        return f'<a href="{escape(m.href)}"{attrs}>'
    return f"<span{attrs}>"


def _close(m: Mark) -> str:
    return "</a>" if m.href else "</span>"


def highlight(rec: dict[str, Any]) -> Markup:
    """Escaped body text with nested, always well-formed marks; paragraphs kept."""
    text = rec.get("text") or ""
    marks = marks_of(rec)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = sorted((m for m in marks if m.start <= a and b <= m.end), key=lambda m: _ORDER[m.kind])
        seg = str(escape(text[a:b])).replace("\n", "<br>")
        out.append("".join(_open(m) for m in active) + seg + "".join(_close(m) for m in reversed(active)))
    return Markup("".join(out))
