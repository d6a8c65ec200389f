"""The Store interface: small enough that a second backend is one module.

A store keeps extracted records (the record contract's shape) with every
annotation, versions of updated articles, near-duplicate and story links, the
claims ledger and raised alerts, and answers searches. `rasd.store.open_store`
picks the backend from the location (a file path → SQLite).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

AddOutcome = Literal["added", "unchanged", "updated", "duplicate"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one record: new, already there, a new version, or an exact copy."""

    id: str
    outcome: AddOutcome
    existing_id: str | None = None


@dataclass(slots=True)
class SearchQuery:
    """A search with its filters; every filter is optional."""

    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    section: str | None = None
    entity_id: str | None = None
    event_type: str | None = None
    status: str | None = None
    include_duplicates: bool = False
    limit: int = 20
    offset: int = 0


@dataclass(slots=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    score: float
    snippet: str            # HTML-escaped snippet with <mark> highlights
    snippet_text: str       # the same window as plain text
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published, "source": self.source,
                "score": round(self.score, 4), "snippet": self.snippet, "snippet_text": self.snippet_text}


class Store(Protocol):
    """What every backend provides."""

    def add_records(self, records: Iterable[dict[str, Any]], source: str | None = None) -> list[AddResult]: ...
    def get_document(self, doc_id: str) -> dict[str, Any] | None: ...
    def search(self, query: SearchQuery) -> list[SearchHit]: ...
    def count_documents(self) -> int: ...
    def iter_documents(self, ids: Sequence[str] | None = None) -> Iterable[dict[str, Any]]: ...
    def close(self) -> None: ...
