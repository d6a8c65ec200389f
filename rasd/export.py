"""Export stored data as JSON Lines, CSV or Parquet rows, with the search filters."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

from rasd.errors import ConfigError
from rasd.store import SearchQuery
from rasd.store.sqlite import SqliteStore

What = Literal["documents", "events", "quotes", "entities", "claims"]
WHATS: tuple[str, ...] = ("documents", "events", "quotes", "entities", "claims")
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
# Every matching article, not a page of results.
EXPORT_LIMIT = 10**9


def _doc_ids(store: SqliteStore, q: SearchQuery) -> list[str]:
    from rasd.store.fts import match_expression
    from rasd.store.sqlite import _filters

    where, args = _filters(q)
    expr = match_expression(q.text) if q.text.strip() else None
    if expr:
        where.insert(0, "d.rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?)")
        args.insert(0, expr)
    sql = "SELECT d.id FROM documents d" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.rowid"
    return [r[0] for r in store.db.execute(sql, args)]


def _event_row(r: Any) -> dict[str, Any]:
    """One event in PLOVER/POLECAT-style flat fields."""
    return {"event_id": f"{r['doc_id']}#{r['idx']}", "doc_id": r["doc_id"], "event_type": r["type"],
            "mode": r["mode"], "event_date": r["when_value"] or r["published"], "published": r["published"],
            "source_actor": r["source_name"] or r["source_text"], "source_id": r["source_id"],
            "target_actor": r["target_name"] or r["target_text"], "target_id": r["target_id"],
            "location": r["where_name"], "location_id": r["where_id"], "status": r["status"],
            "claimed_by": r["claimed_by_name"], "claimed_by_id": r["claimed_by_id"],
            "quantity": r["quantity_value"], "quantity_unit": r["quantity_unit"], "claim_id": r["claim_id"],
            "evidence": r["evidence"]}


def rows(store: SqliteStore, what: str, q: SearchQuery) -> Iterator[dict[str, Any]]:
    """The rows to export; documents are records in the contract's shape plus store fields."""
    if what not in WHATS:
        raise ConfigError(f"--what must be one of {', '.join(WHATS)}, got {what!r}")
    if what == "claims":
        yield from store.claims(limit=EXPORT_LIMIT, event_type=q.event_type, status=q.status, entity_id=q.entity_id)
        return
    ids = _doc_ids(store, q)
    if what == "documents":
        for i in range(0, len(ids), 500):
            yield from store.iter_documents(ids[i:i + 500])
        return
    chunks = [ids[i:i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        marks = ",".join("?" * len(chunk))
        if what == "events":
            sql = (f"SELECT e.*, substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence "
                   f"FROM events e JOIN documents_full d ON d.id = e.doc_id WHERE e.doc_id IN ({marks}) ORDER BY d.rowid, e.idx")
            yield from (_event_row(r) for r in store.db.execute(sql, chunk))
        elif what == "quotes":
            sql = f"SELECT * FROM quotes WHERE doc_id IN ({marks}) ORDER BY doc_id, idx"
            yield from (dict(r) for r in store.db.execute(sql, chunk))
        else:
            sql = (f"SELECT e.id, e.name_en, e.type, e.name_ar, count(*) AS mentions FROM mentions m "
                   f"JOIN entities e ON e.id = m.entity_id WHERE m.doc_id IN ({marks}) GROUP BY e.id ORDER BY e.id")
            yield from (dict(r) for r in store.db.execute(sql, chunk))


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """Nested values as JSON text, for CSV and Parquet columns (exports, shard parts, extract)."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()}


def write(rows_: Iterator[dict[str, Any]], fmt: str, out: TextIO | Path) -> int:
    """Write rows in the format; return how many. Parquet needs a file path."""
    if fmt == "jsonl":
        n = 0
        for r in rows_:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
            n += 1
        return n
    if fmt == "csv":
        data = [flat_row(r) for r in rows_]
        cols = list(dict.fromkeys(k for r in data for k in r))
        w = csv.DictWriter(out, fieldnames=cols)  # type: ignore[arg-type]
        w.writeheader()
        w.writerows(data)
        return len(data)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ConfigError("parquet export needs pyarrow: pip install 'rasd[scale]'") from None
        if not isinstance(out, Path):
            raise ConfigError("parquet export needs -o FILE (not stdout)")
        data = [flat_row(r) for r in rows_]
        pq.write_table(pa.Table.from_pylist(data), out)
        return len(data)
    raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
