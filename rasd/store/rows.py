"""Rows for the annotation tables, from one record in the contract's shape."""
from __future__ import annotations

from typing import Any


def _actor(a: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    if not a:
        return None, None, None
    return a.get("id"), a.get("name_en"), a.get("text")


def _body(spans: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Spans into the body; headline spans (field "title") stay in the stored record only."""
    return [s for s in spans or [] if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]


def annotation_rows(doc_id: str, rec: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Table name → rows (in the column order of rasd.store.schema)."""
    day = rec.get("published")
    mentions = [(doc_id, i, m.get("id"), m["text"], m["start"], m["end"], m.get("type"), m.get("role"), day)
                for i, m in enumerate(_body(rec.get("entities")))]
    quotes = []
    for i, q in enumerate(_body(rec.get("quotes"))):
        sid, sname, stext = _actor(q.get("speaker"))
        quotes.append((doc_id, i, q["text"], q["start"], q["end"], int(bool(q.get("direct"))), q.get("cue"),
                       stext, sid, sname, day))
    quantities = [(doc_id, i, q["text"], q["start"], q["end"], q.get("value"), q.get("unit"),
                   int(bool(q.get("approx")))) for i, q in enumerate(_body(rec.get("quantities")))]
    times = [(doc_id, i, t["text"], t["start"], t["end"], t.get("value"))
             for i, t in enumerate(_body(rec.get("times")))]
    events = []
    for i, e in enumerate(rec.get("events") or []):
        s, t, w, c = (_actor(e.get(k)) for k in ("source", "target", "where", "claimed_by"))
        qty = e.get("quantity") or {}
        ev = e.get("evidence") or {}
        events.append((doc_id, i, e["type"], e.get("mode"), *s, *t, w[0], w[1], e.get("when"),
                       qty.get("value"), qty.get("unit"), e.get("status") or "asserted", c[0], c[1],
                       ev.get("start"), ev.get("end"), rec.get("published"), None))
    return {"mentions": mentions, "quotes": quotes, "quantities": quantities, "times": times, "events": events}
