"""Feed polling state kept in the store: validators for conditional GET, and seen pages."""
from __future__ import annotations

from rasd.store.sqlite import SqliteStore, now_iso


class StoreFeedState:
    """`FeedState` (rasd.ingest.feeds) over the store's `feeds` and `inputs_seen` tables."""

    def __init__(self, store: SqliteStore):
        self.db = store.db

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def remember(self, url: str, etag: str | None, last_modified: str | None, status: int) -> None:
        # a 304 keeps the old validators: the server did not send new ones
        self.db.execute(
            "INSERT INTO feeds (url, etag, last_modified, last_polled, last_status) VALUES (?,?,?,?,?) "
            "ON CONFLICT(url) DO UPDATE SET etag = coalesce(excluded.etag, feeds.etag), "
            "last_modified = coalesce(excluded.last_modified, feeds.last_modified), "
            "last_polled = excluded.last_polled, last_status = excluded.last_status",
            (url, etag, last_modified, now_iso(), status))

    def seen(self, url: str) -> bool:
        """Is a page with this URL already stored (so it need not be fetched again)?"""
        return self.db.execute("SELECT 1 FROM inputs_seen WHERE key = ?", (url,)).fetchone() is not None \
            or self.db.execute("SELECT 1 FROM documents WHERE url = ?", (url,)).fetchone() is not None
