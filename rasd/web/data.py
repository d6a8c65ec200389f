"""Read-side queries behind the dashboard and the API (one place for both)."""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from typing import Any

from rasd.kb import KB
from rasd.lexicon import load_table
from rasd.store.sqlite import SqliteStore

MAX_ROWS = 500
RECENT_DOCS = 500  # articles an entity page reads its counterparts from


@lru_cache(maxsize=1)
def _quads() -> dict[str, str]:
    return {r["type"]: r["quad"] for r in load_table("plover_quads")}


def quad_of(event_type: str) -> str:
    """The PLOVER quad class of an event type (verbal/material cooperation/conflict)."""
    return _quads().get(event_type, "verbal_cooperation")


def kb_entity(kb: KB | None, entity_id: str) -> dict[str, Any] | None:
    """What the knowledge base knows of an entity, in the API's shape."""
    e = kb.get(entity_id) if kb else None
    if e is None:
        return None
    offices = [{"role": o.role, "title_ar": o.title_ar, "country": o.country, "start": o.start, "end": o.end}
               for o in kb.offices_of(entity_id)]
    return {"id": e.id, "type": e.type, "name_en": e.name_en, "names_ar": list(e.names_ar),
            "aliases": list(e.aliases), "country": e.country, "lat": e.lat, "lon": e.lon,
            "subtype": e.subtype, "source": e.source, "offices": offices}


def entity_page(store: SqliteStore, kb: KB | None, entity_id: str) -> dict[str, Any] | None:
    """An entity with its mentions over time, quotes, events and most frequent counterparts."""
    db = store.db
    row = db.execute("SELECT id, name_en, type, name_ar, mention_count FROM entities WHERE id = ?",
                     (entity_id,)).fetchone()
    known = kb_entity(kb, entity_id)
    if row is None and known is None:
        return None
    timeline = [{"date": d, "mentions": n} for d, n in db.execute(
        "SELECT substr(published, 1, 10) AS day, count(*) FROM mentions "
        "WHERE entity_id = ? AND published IS NOT NULL GROUP BY day ORDER BY day", (entity_id,))]
    quotes = [dict(r) for r in db.execute(
        "SELECT q.doc_id, q.text, q.direct, q.cue, d.title, q.published FROM quotes q JOIN documents d "
        "ON d.id = q.doc_id WHERE q.speaker_id = ? ORDER BY q.published DESC LIMIT 100", (entity_id,))]
    for q in quotes:
        q["direct"] = bool(q["direct"])
    events = events_list(store, entity_id=entity_id, limit=200)
    counterparts = Counter()
    for ev in events:
        other = ev["target_id"] if ev["source_id"] == entity_id else ev["source_id"]
        if other and other != entity_id:
            counterparts[(other, ev["target_name"] if ev["source_id"] == entity_id else ev["source_name"])] += 1
    # counterparts in the newest articles that name the entity: a page, not a census
    co = db.execute(
        "WITH recent AS (SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ? ORDER BY published DESC LIMIT ?) "
        "SELECT m2.entity_id, e.name_en, count(DISTINCT m2.doc_id) AS n FROM recent JOIN mentions m2 "
        "ON m2.doc_id = recent.doc_id AND m2.entity_id != ? JOIN entities e ON e.id = m2.entity_id "
        "GROUP BY m2.entity_id ORDER BY n DESC, m2.entity_id LIMIT 10", (entity_id, RECENT_DOCS, entity_id)).fetchall()
    return {
        "id": entity_id,
        "name_en": (known or {}).get("name_en") or (row["name_en"] if row else None),
        "name_ar": (known or {}).get("names_ar", [None])[0] if known else (row["name_ar"] if row else None),
        "type": (known or {}).get("type") or (row["type"] if row else None),
        "mention_count": row["mention_count"] if row else 0,
        "kb": known, "timeline": timeline, "quotes": quotes, "events": events,
        "counterparts": [{"id": i, "name_en": n, "events": c} for (i, n), c in counterparts.most_common(10)],
        "co_mentioned": [{"id": r[0], "name_en": r[1], "documents": r[2]} for r in co],
    }


def events_list(store: SqliteStore, event_type: str | None = None, status: str | None = None,
                entity_id: str | None = None, date_from: str | None = None, date_to: str | None = None,
                limit: int = 100) -> list[dict[str, Any]]:
    """Events with their article, newest article first (each showing the event's own date)."""
    limit = min(max(limit, 1), MAX_ROWS)
    where, args = [], []
    for clause, value in (("e.type = ?", event_type), ("e.status = ?", status),
                          ("e.published >= ?", date_from), ("e.published <= ?", date_to and date_to + "~")):
        if value:
            where.append(clause)
            args.append(value)
    if not entity_id:
        return _events(store, where, args, limit)
    # one indexed query per role (actor, target, place), merged: an OR would sort every event of the entity
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    for column in ("e.source_id", "e.target_id", "e.where_id"):
        for r in _events(store, [*where, f"{column} = ?"], [*args, entity_id], limit):
            rows[(r["doc_id"], r["idx"])] = r
    return sorted(rows.values(), key=lambda r: (r["published"] or "", r["doc_id"], r["idx"]), reverse=True)[:limit]


def _events(store: SqliteStore, where: list[str], args: list[Any], limit: int) -> list[dict[str, Any]]:
    day = "coalesce(e.when_value, substr(e.published, 1, 10))"
    sql = (f"SELECT e.doc_id, e.idx, e.type, e.mode, e.source_id, e.source_name, e.target_id, e.target_name, "
           f"e.where_id, e.where_name, {day} AS date, e.published, e.status, e.claimed_by_name, e.quantity_value, "
           f"e.quantity_unit, e.claim_id, d.title FROM events e JOIN documents d ON d.id = e.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.published DESC LIMIT ?")
    return [{**dict(r), "quad": quad_of(r["type"])} for r in store.db.execute(sql, [*args, limit]).fetchall()]


def places(kb: KB | None, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event places with coordinates (from the KB), counted, for the map."""
    counts = Counter(e["where_id"] for e in events if e.get("where_id"))
    out = []
    for pid, n in counts.most_common():
        ent = kb.get(pid) if kb else None
        if ent and ent.lat is not None and ent.lon is not None:
            out.append({"id": pid, "name_en": ent.name_en, "lat": ent.lat, "lon": ent.lon, "events": n})
    return out


def network(store: SqliteStore, date_from: str | None = None, date_to: str | None = None,
            limit: int = 150) -> dict[str, Any]:
    """Who acts on whom: nodes and weighted edges by event type, coloured by quad class."""
    evs = events_list(store, date_from=date_from, date_to=date_to, limit=MAX_ROWS)
    edges = Counter()
    names: dict[str, str] = {}
    for e in evs:
        if e["source_id"] and e["target_id"] and e["source_id"] != e["target_id"]:
            edges[(e["source_id"], e["target_id"], e["type"])] += 1
            names[e["source_id"]] = e["source_name"] or e["source_id"]
            names[e["target_id"]] = e["target_name"] or e["target_id"]
    top = edges.most_common(limit)
    used = sorted({n for (s, t, _), _c in top for n in (s, t)})
    return {"nodes": [{"id": n, "name_en": names[n]} for n in used],
            "edges": [{"source": s, "target": t, "type": ty, "quad": quad_of(ty), "count": c}
                      for (s, t, ty), c in top]}


def alerts_list(store: SqliteStore, limit: int = 100) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT id, rule, kind, ref, created_at, payload FROM alerts ORDER BY id DESC LIMIT ?",
                            (min(max(limit, 1), MAX_ROWS),)).fetchall()
    return [{"id": r[0], "rule": r[1], "kind": r[2], "ref": r[3], "created_at": r[4], **json.loads(r[5])}
            for r in rows]


def facets(store: SqliteStore) -> dict[str, list[tuple[str, int]]]:
    """Values to filter search by, with counts."""
    db = store.db
    return {
        "source": [tuple(r) for r in db.execute(
            "SELECT source, count(*) FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC LIMIT 20")],
        "section": [tuple(r) for r in db.execute(
            "SELECT section, count(*) FROM documents WHERE section IS NOT NULL GROUP BY section ORDER BY 2 DESC LIMIT 20")],
        "event_type": [tuple(r) for r in db.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC")],
        "status": [tuple(r) for r in db.execute("SELECT status, count(*) FROM events GROUP BY status ORDER BY 2 DESC")],
        "entity": [tuple(r) for r in db.execute(
            "SELECT id, coalesce(name_en, name_ar) FROM entities ORDER BY mention_count DESC LIMIT 20")],
    }
