"""After a batch is stored: mark near-duplicates, group stories, merge events into claims."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np

from rasd.dedup import DTYPE, DuplicateIndex, fingerprint
from rasd.stories import WINDOW_DAYS, joins, story_keys

# Events from different articles are one claim when their dates are this close.
CLAIM_WINDOW_DAYS = 2


def _day(value: str | None) -> str | None:
    """The first day an ISO value at any grain covers (2024-08 → 2024-08-01), or None."""
    if not value:
        return None
    v = value[:10]
    try:
        if len(v) == 10:
            return date.fromisoformat(v).isoformat()
        if len(v) == 7:
            return f"{v}-01"
        if len(v) == 4 and v.isdigit():
            return f"{v}-01-01"
        if "-W" in value:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat()
    except ValueError:
        return None
    return None


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


class Linker:
    """Links new documents of a store to duplicates, stories and claims."""

    def __init__(self, store: Any):
        self.store = store
        self.db = store.db
        self._index: DuplicateIndex | None = None

    @property
    def index(self) -> DuplicateIndex:
        if self._index is None:  # built once from stored signatures
            self._index = DuplicateIndex()
            rows = self.db.execute("SELECT doc_id, sig FROM fingerprints ORDER BY rowid")
            self._index.extend((r[0], np.frombuffer(r[1], dtype=DTYPE)) for r in rows)
        return self._index

    def link(self, added: list[tuple[str, dict[str, Any]]]) -> None:
        """Link each new (id, record), in order, inside the caller's transaction."""
        for doc_id, rec in added:
            canonical = self._dedup(doc_id, rec)
            self._story(doc_id, rec, canonical)
            self._claims(doc_id, rec)

    def relink_claims(self, updated: list[tuple[str, dict[str, Any]]]) -> None:
        """Updated articles: their rewritten events join claims again."""
        for doc_id, rec in updated:
            self._claims(doc_id, rec)

    def _dedup(self, doc_id: str, rec: dict[str, Any]) -> str | None:
        sig = fingerprint(rec.get("text") or "")
        if sig is None:
            return None
        match = self.index.best_match(sig)
        self.db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", (doc_id, sig.tobytes()))
        canonical = None
        if match is not None and match[0] != doc_id:
            row = self.db.execute("SELECT duplicate_of FROM documents WHERE id = ?", (match[0],)).fetchone()
            canonical = (row[0] if row and row[0] else match[0])
            self.db.execute("UPDATE documents SET duplicate_of = ? WHERE id = ?", (canonical, doc_id))
        else:
            self.index.add(doc_id, sig)  # only originals are indexed: copies point at them
        return canonical

    def _story(self, doc_id: str, rec: dict[str, Any], canonical: str | None) -> None:
        # an undated article is placed on the day it was stored
        day = _day(rec.get("published")) or date.today().isoformat()
        story_id = None
        if canonical:
            row = self.db.execute("SELECT story_id FROM documents WHERE id = ?", (canonical,)).fetchone()
            story_id = row[0] if row else None
        keys = story_keys(rec)
        if story_id is None and keys.all():
            story_id = self._best_story(keys, day)
        if story_id is None:
            cur = self.db.execute("INSERT INTO stories (title, first_published, last_published, size) "
                                  "VALUES (?, ?, ?, 0)", (rec.get("title"), day, day))
            story_id = cur.lastrowid
        self.db.execute("UPDATE stories SET size = size + 1, last_published = max(last_published, ?), "
                        "first_published = min(first_published, ?) WHERE id = ?", (day, day, story_id))
        self.db.executemany("INSERT OR IGNORE INTO story_keys VALUES (?, ?)", [(story_id, k) for k in keys.all()])
        self.db.execute("UPDATE documents SET story_id = ? WHERE id = ?", (story_id, doc_id))

    def _best_story(self, keys: Any, day: str) -> int | None:
        wanted = sorted(keys.all())
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"SELECT k.story_id, group_concat(k.key, char(31)) FROM story_keys k JOIN stories s ON s.id = k.story_id "
            f"WHERE k.key IN ({marks}) AND s.last_published >= ? AND s.first_published <= ? "
            f"GROUP BY k.story_id", [*wanted, _shift(day, -WINDOW_DAYS), _shift(day, WINDOW_DAYS)]).fetchall()
        best = None
        for story_id, joined in rows:
            shared = set(joined.split("\x1f"))
            if joins(keys, shared) and (best is None or len(shared) > best[1]):
                best = (story_id, len(shared))
        return best[0] if best else None

    def _claims(self, doc_id: str, rec: dict[str, Any]) -> None:
        rows = self.db.execute("SELECT idx, type, source_id, source_name, target_id, target_name, where_id, "
                               "when_value FROM events WHERE doc_id = ?", (doc_id,)).fetchall()
        for idx, etype, sid, sname, tid, tname, wid, when in rows:
            src, tgt = sid or sname, tid or tname
            day = _day(when) or _day(rec.get("published"))
            # with neither actor known, two reports cannot be shown to state one fact
            claim_id = self._find_claim(etype, src, tgt, wid, day) if (src or tgt) else None
            if claim_id is None:
                cur = self.db.execute(
                    "INSERT INTO claims (type, source_id, target_id, where_id, when_start, when_end, summary, "
                    "first_seen) VALUES (?,?,?,?,?,?,?,?)",
                    (etype, src, tgt, wid, day, day, f"{etype}: {sname or '?'} → {tname or '?'}", rec.get("published")))
                claim_id = cur.lastrowid
            elif day:
                self.db.execute("UPDATE claims SET when_start = min(coalesce(when_start, ?), ?), "
                                "when_end = max(coalesce(when_end, ?), ?) WHERE id = ?", (day, day, day, day, claim_id))
            self.db.execute("UPDATE events SET claim_id = ? WHERE doc_id = ? AND idx = ?", (claim_id, doc_id, idx))

    def _find_claim(self, etype: str, src: str | None, tgt: str | None, wid: str | None,
                    day: str | None) -> int | None:
        sql = ("SELECT id FROM claims WHERE type = ? AND source_id IS ? AND target_id IS ? "
               "AND (where_id IS ? OR where_id IS NULL OR ? IS NULL)")
        args: list[Any] = [etype, src, tgt, wid, wid]
        if day:
            sql += " AND (when_start IS NULL OR (when_start <= ? AND when_end >= ?))"
            args += [_shift(day, CLAIM_WINDOW_DAYS), _shift(day, -CLAIM_WINDOW_DAYS)]
        row = self.db.execute(sql + " ORDER BY id LIMIT 1", args).fetchone()
        return row[0] if row else None
