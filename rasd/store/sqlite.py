"""The default store: one SQLite file, WAL mode, migrations recorded, FTS5 over folded text."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rasd.errors import StoreError
from rasd.store.base import AddResult, SearchHit, SearchQuery
from rasd.store.fts import index_columns, match_expression, snippet
from rasd.store.ledger import list_claims
from rasd.store.linker import Linker
from rasd.store.rows import annotation_rows
from rasd.store.schema import MIGRATIONS

# Columns of `documents` a caller may filter on exactly.
_EXACT_FILTERS = {"source": "d.source = ?", "section": "d.section = ?"}
MAX_LIMIT = 500
# Matches ranked by BM25 before the older ones are looked at (see SqliteStore._ranked).
RANK_WINDOW = 2000


def content_hash(record: dict[str, Any]) -> str:
    """Same title and body → same hash: how re-ingesting is recognised."""
    key = f"{record.get('title') or ''}\n{record.get('text') or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class SqliteStore:
    """Extracted records in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a committed transaction survives a killed process.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable rasd database ({exc})") from exc

    # --- schema ---------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; return their versions."""
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations "
                        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT version FROM migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, now_iso()))
            applied.append(version)
        return applied

    def transaction(self) -> "_Transaction":
        return _Transaction(self.db)

    # --- writing --------------------------------------------------------
    def add_records(self, records: Iterable[dict[str, Any]], source: str | None = None) -> list[AddResult]:
        """Add a batch in one transaction (records, duplicates, stories, claims): all or nothing."""
        done: list[tuple[AddResult, dict[str, Any]]] = []
        with self.transaction():
            for rec in records:
                done.append((self._add_one(rec, source), rec))
            # the records in hand are what was stored: no need to read them back
            self.linker.link([(r.id, rec) for r, rec in done if r.outcome == "added"])
            self.linker.relink_claims([(r.id, rec) for r, rec in done if r.outcome == "updated"])
        return [r for r, _ in done]

    @property
    def linker(self) -> Linker:
        if getattr(self, "_linker", None) is None:
            self._linker = Linker(self)
        return self._linker

    def claims(self, **filters: Any) -> list[dict[str, Any]]:
        """The claims ledger: one entry per fact, with every source that reports it."""
        return list_claims(self.db, **filters)

    def claim(self, claim_id: int) -> dict[str, Any] | None:
        rows = list_claims(self.db, claim_id=claim_id)
        return rows[0] if rows else None

    def _add_one(self, rec: dict[str, Any], source: str | None) -> AddResult:
        h = content_hash(rec)
        url = rec.get("url") or None
        existing = self._find_existing(str(rec["id"]), url)
        if existing is not None:
            if existing["content_hash"] == h:
                return AddResult(existing["id"], "unchanged")
            self._new_version(existing, rec, h)
            return AddResult(existing["id"], "updated")
        same = self.db.execute("SELECT id FROM documents WHERE content_hash = ?", (h,)).fetchone()
        if same is not None:
            return AddResult(same["id"], "duplicate", existing_id=same["id"])
        doc_id = self._free_id(str(rec["id"]), h)
        self._insert(doc_id, rec, h, source or rec.get("source"), version=1)
        return AddResult(doc_id, "added")

    def _find_existing(self, doc_id: str, url: str | None) -> sqlite3.Row | None:
        if url:
            row = self.db.execute("SELECT * FROM documents_full WHERE url = ?", (url,)).fetchone()
            if row is not None:
                return row
        row = self.db.execute("SELECT * FROM documents_full WHERE id = ?", (doc_id,)).fetchone()
        if row is not None and url and row["url"] and row["url"] != url:
            return None  # same id from another page: not the same article
        return row

    def _free_id(self, doc_id: str, h: str) -> str:
        taken = self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return f"{doc_id}~{h[:10]}" if taken else doc_id

    def _insert(self, doc_id: str, rec: dict[str, Any], h: str, source: str | None, version: int) -> None:
        rec = {**rec, "id": doc_id}
        cur = self.db.execute(
            "INSERT INTO documents (id, url, source, title, author, section, published, lang,"
            " content_hash, version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, rec.get("url") or None, source, rec.get("title"), rec.get("author"),
             rec.get("section"), rec.get("published"), rec.get("lang"), h, version, now_iso()))
        self.db.execute("INSERT INTO document_bodies (rowid, text, record) VALUES (?, ?, ?)",
                        (cur.lastrowid, rec.get("text") or "", json.dumps(rec, ensure_ascii=False)))
        self._index(cur.lastrowid, rec)
        self._write_annotations(doc_id, rec)

    def _new_version(self, old: sqlite3.Row, rec: dict[str, Any], h: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO document_versions VALUES (?,?,?,?,?)",
                        (old["id"], old["version"], old["content_hash"], old["ingested_at"], old["record"]))
        self._delete_annotations(old["id"])
        self.db.execute("DELETE FROM docs_fts WHERE rowid = ?", (old["rowid"],))
        self.db.execute("DELETE FROM document_bodies WHERE rowid = ?", (old["rowid"],))
        self.db.execute("DELETE FROM documents WHERE id = ?", (old["id"],))
        self._insert(old["id"], rec, h, old["source"], version=old["version"] + 1)

    def _index(self, rowid: int, rec: dict[str, Any]) -> None:
        folded, stems = index_columns(f"{rec.get('title') or ''}\n{rec.get('text') or ''}")
        self.db.execute("INSERT INTO docs_fts (rowid, folded, stems) VALUES (?, ?, ?)", (rowid, folded, stems))

    def _write_annotations(self, doc_id: str, rec: dict[str, Any]) -> None:
        for table, rows in annotation_rows(doc_id, rec).items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        for m in rec.get("entities") or []:
            if m.get("id"):
                self.db.execute(
                    "INSERT INTO entities (id, name_en, type, name_ar, mention_count) VALUES (?,?,?,?,1)"
                    " ON CONFLICT(id) DO UPDATE SET mention_count = mention_count + 1,"
                    " name_en = COALESCE(entities.name_en, excluded.name_en)",
                    (m["id"], m.get("name_en"), m.get("type"), m.get("text")))

    def _delete_annotations(self, doc_id: str) -> None:
        for m in self.db.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL",
                                 (doc_id,)).fetchall():
            self.db.execute("UPDATE entities SET mention_count = mention_count - 1 WHERE id = ?", (m[0],))
        for table in ("mentions", "quotes", "quantities", "times", "events"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    # --- reading --------------------------------------------------------
    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM documents_full WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row is not None else None

    def iter_documents(self, ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        if ids is None:
            rows = self.db.execute("SELECT * FROM documents_full ORDER BY rowid")
        else:
            marks = ",".join("?" * len(ids))
            rows = self.db.execute(f"SELECT * FROM documents_full WHERE id IN ({marks}) ORDER BY rowid", list(ids))
        for row in rows:
            yield _document(row)

    def count_documents(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def search(self, q: SearchQuery) -> list[SearchHit]:
        """Folded full-text search with BM25 ranking, filters and highlighted snippets."""
        where, args = _filters(q)
        limit, offset = min(max(q.limit, 1), MAX_LIMIT), max(q.offset, 0)
        expr = match_expression(q.text) if q.text.strip() else None
        cols = "d.rowid AS rid, d.id, d.title, d.published, d.source"
        if expr:
            rows = self._ranked(expr, where, args, limit, offset)
        else:
            sql = (f"SELECT {cols}, 0.0 AS score FROM documents d"
                   + (" WHERE " + " AND ".join(where) if where else "")
                   + " ORDER BY d.published DESC, d.rowid DESC LIMIT ? OFFSET ?")
            rows = self.db.execute(sql, [*args, limit, offset]).fetchall()
        # bodies only for the page of hits, for their snippets
        return [_hit(r, self._body(r["rid"]), q.text) for r in rows]

    def _ranked(self, expr: str, where: list[str], args: list[Any], limit: int, offset: int) -> list[sqlite3.Row]:
        """BM25 over the most recent RANK_WINDOW matches first; all matches when that is too few.

        Scoring every match of a common word costs ~150-300 ms at 100,000 articles
        (bench_store.py); the newest 2,000 matches hold the page a news analyst
        wants, and FTS5 finds where they start without scoring (rowid order).
        """
        sql = ("SELECT d.rowid AS rid, d.id, d.title, d.published, d.source, bm25(docs_fts, 2.0, 1.0) AS score "
               "FROM docs_fts JOIN documents d ON d.rowid = docs_fts.rowid WHERE docs_fts MATCH ?"
               + "".join(f" AND {w}" for w in where))
        cut = self.db.execute("SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rowid DESC "
                              "LIMIT 1 OFFSET ?", (expr, RANK_WINDOW - 1)).fetchone()
        if cut is not None:
            rows = self.db.execute(sql + " AND docs_fts.rowid >= ? ORDER BY score LIMIT ? OFFSET ?",
                                   [expr, *args, cut[0], limit, offset]).fetchall()
            if len(rows) == limit:
                return rows
        return self.db.execute(sql + " ORDER BY score LIMIT ? OFFSET ?", [expr, *args, limit, offset]).fetchall()

    def _body(self, rowid: int) -> str:
        row = self.db.execute("SELECT text FROM document_bodies WHERE rowid = ?", (rowid,)).fetchone()
        return row[0] if row else ""

    def close(self) -> None:
        self.db.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our DDL strings)."""
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _filters(q: SearchQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if not q.include_duplicates:
        where.append("d.duplicate_of IS NULL")
    if q.date_from:
        where.append("d.published >= ?")
        args.append(q.date_from)
    if q.date_to:
        where.append("d.published <= ?")
        args.append(q.date_to + "~")  # '~' sorts after any time suffix of that day
    for name, clause in _EXACT_FILTERS.items():
        if getattr(q, name):
            where.append(clause)
            args.append(getattr(q, name))
    if q.entity_id:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id AND m.entity_id = ?)")
        args.append(q.entity_id)
    if q.event_type or q.status:
        cond = ["e.doc_id = d.id"]
        if q.event_type:
            cond.append("e.type = ?")
            args.append(q.event_type)
        if q.status:
            cond.append("e.status = ?")
            args.append(q.status)
        where.append(f"EXISTS (SELECT 1 FROM events e WHERE {' AND '.join(cond)})")
    return where, args


def _document(row: sqlite3.Row) -> dict[str, Any]:
    rec = json.loads(row["record"])
    rec.update({"id": row["id"], "source": row["source"], "url": row["url"],
                "duplicate_of": row["duplicate_of"], "story": row["story_id"], "version": row["version"]})
    return rec


def _hit(row: sqlite3.Row, text: str, query: str) -> SearchHit:
    snip = snippet(text, query)
    return SearchHit(id=row["id"], title=row["title"], published=row["published"], source=row["source"],
                     score=-float(row["score"]), snippet=snip.html(), snippet_text=snip.text)
