"""Where records are kept: the Store interface and its backends (SQLite by default)."""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from rasd.store.base import AddResult, SearchHit, SearchQuery, Store
from rasd.store.sqlite import SqliteStore

__all__ = ["AddResult", "SearchHit", "SearchQuery", "Store", "SqliteStore", "open_store", "default_db_path"]


def default_db_path() -> Path:
    """The default database file in the user's data directory."""
    return Path(user_data_dir("rasd", appauthor=False)) / "rasd.db"


def open_store(location: str | Path | None = None) -> SqliteStore:
    """Open (creating if needed) the store at `location`; a file path means SQLite."""
    return SqliteStore(location or default_db_path())
