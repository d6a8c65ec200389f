"""The claims ledger as read from the store: each claim with every source that reports it."""
from __future__ import annotations

import sqlite3
from typing import Any

MAX_CLAIMS = 500


def claim_sources(db: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """Every event merged into a claim: which article, when, with what status and numbers."""
    rows = db.execute(
        "SELECT e.doc_id, d.title, d.source, d.url, e.published, e.status, e.claimed_by_name, e.claimed_by_id, "
        "e.quantity_value, e.quantity_unit, e.source_name, e.target_name, e.evidence_start, e.evidence_end, "
        "substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence "
        "FROM events e JOIN documents_full d ON d.id = e.doc_id WHERE e.claim_id = ? "
        "ORDER BY e.published, e.doc_id, e.idx", (claim_id,)).fetchall()
    return [{
        "doc_id": r[0], "title": r[1], "outlet": r[2], "url": r[3], "published": r[4], "status": r[5],
        "claimed_by": {"name_en": r[6], "id": r[7]} if (r[6] or r[7]) else None,
        "quantity": {"value": r[8], "unit": r[9]} if r[8] is not None else None,
        "source_name": r[10], "target_name": r[11], "evidence": r[14],
    } for r in rows]


def list_claims(db: sqlite3.Connection, claim_id: int | None = None, event_type: str | None = None,
                status: str | None = None, entity_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Claims, newest first, each with its sources; conflicting numbers stay side by side."""
    where, args = [], []
    if claim_id is not None:
        where.append("c.id = ?")
        args.append(claim_id)
    if event_type:
        where.append("c.type = ?")
        args.append(event_type)
    if entity_id:
        where.append("(c.source_id = ? OR c.target_id = ? OR c.where_id = ?)")
        args += [entity_id] * 3
    if status:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.claim_id = c.id AND e.status = ?)")
        args.append(status)
    sql = ("SELECT c.id, c.type, c.source_id, c.target_id, c.where_id, c.when_start, c.when_end, c.summary, "
           "c.first_seen FROM claims c" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY c.when_end DESC, c.id DESC LIMIT ?")
    out = []
    for r in db.execute(sql, [*args, min(max(limit, 1), MAX_CLAIMS)]).fetchall():
        sources = claim_sources(db, r[0])
        statuses = sorted({s["status"] for s in sources})
        out.append({"id": r[0], "type": r[1], "source": r[2], "target": r[3], "where": r[4],
                    "when": {"start": r[5], "end": r[6]}, "summary": r[7], "first_seen": r[8],
                    "statuses": statuses, "contested": "denied" in statuses and len(statuses) > 1,
                    "numbers": sorted({(s["quantity"]["value"], s["quantity"]["unit"]) for s in sources
                                       if s["quantity"]}, key=lambda x: (str(x[1]), x[0])),
                    "sources": sources})
    return out
