"""Load articles into the store: extract, then commit in batches, then raise alerts.

Each batch is one transaction, so a run killed at any point keeps every batch it
committed and loses only the one in flight; a rerun skips inputs already seen
(same key and same raw bytes) without extracting them again.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.alerts import Alert, Rule, raise_new
from rasd.ingest.records import InputProblem, Item
from rasd.model import Document, RawInput
from rasd.pipeline import DEFAULT_STEPS
from rasd.runner.local import run_local
from rasd.store.sqlite import SqliteStore, now_iso

BATCH_SIZE = 50


@dataclass
class IngestReport:
    """What a run did, counted."""

    read: int = 0
    skipped_seen: int = 0
    outcomes: Counter = field(default_factory=Counter)
    problems: Counter = field(default_factory=Counter)
    near_duplicates: int = 0
    alerts: int = 0

    def summary(self) -> str:
        parts = [f"{self.read} read", f"{self.skipped_seen} already ingested"]
        parts += [f"{n} {k}" for k, n in sorted(self.outcomes.items())]
        parts.append(f"{self.near_duplicates} near-duplicates")
        parts.append(f"{self.alerts} alerts")
        if self.problems:
            parts.append("problems: " + ", ".join(f"{k} {n}" for k, n in sorted(self.problems.items())))
        return "; ".join(parts)


def input_key(rec: RawInput) -> str:
    """What identifies an input across runs: its URL, else where it came from, else its id."""
    return rec.url or rec.origin or f"id:{rec.id}"


def raw_hash(rec: RawInput) -> str:
    return hashlib.sha256(rec.raw.encode("utf-8", "surrogatepass")).hexdigest()


def _unseen(items: Iterable[Item], store: SqliteStore, report: IngestReport) -> Iterator[Item]:
    for item in items:
        if isinstance(item, RawInput):
            report.read += 1
            row = store.db.execute("SELECT raw_hash FROM inputs_seen WHERE key = ?", (input_key(item),)).fetchone()
            if row is not None and row[0] == raw_hash(item):
                report.skipped_seen += 1
                continue
        yield item


def _batches(results: Iterable[Document | InputProblem], size: int) -> Iterator[list[Document | InputProblem]]:
    batch: list[Document | InputProblem] = []
    for r in results:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(items: Iterable[Item], store: SqliteStore, *, rules: Sequence[Rule] = (), workers: int = 1,
           specs: Sequence[str] = DEFAULT_STEPS, batch_size: int = BATCH_SIZE,
           on_problem: Callable[[str], None] = lambda _: None,
           on_alerts: Callable[[list[Alert]], None] = lambda _: None) -> IngestReport:
    """Extract every new input and store it, one committed transaction per batch."""
    report = IngestReport()
    results = run_local(_unseen(items, store, report), specs=specs, workers=workers)
    for batch in _batches(results, batch_size):
        docs = _sort_problems(batch, report, on_problem)
        if not docs:
            continue
        _alert(store, rules, _commit(store, docs, report), report, on_alerts)
    return report


def _alert(store: SqliteStore, rules: Sequence[Rule], added: list[str], report: IngestReport,
           on_alerts: Callable[[list[Alert]], None]) -> None:
    """Raise the alerts of newly added articles (and their claims), once each."""
    if not rules or not added:
        return
    with store.transaction():
        alerts = raise_new(store, list(rules), added)
    report.alerts += len(alerts)
    if alerts:
        on_alerts(alerts)


def _sort_problems(batch: list[Any], report: IngestReport, on_problem: Callable[[str], None]) -> list[Document]:
    docs = []
    for r in batch:
        if isinstance(r, InputProblem):
            report.problems[r.reason] += 1
            on_problem(f"{r.message()}; skipped")
            continue
        for p in r.problems:
            report.problems[p.reason] += 1
        docs.append(r)
    return docs


def _commit(store: SqliteStore, docs: list[Document], report: IngestReport) -> list[str]:
    """Store a batch and mark its inputs seen, in one transaction; return the ids added."""
    records = [d.to_record() for d in docs]
    results = store.add_records(records)
    with store.transaction():
        for d, r in zip(docs, results):
            store.db.execute("INSERT OR REPLACE INTO inputs_seen VALUES (?,?,?,?)",
                             (d.url or d.origin or f"id:{d.id}", raw_hash(RawInput(d.id, d.raw)), r.id, now_iso()))
    added = [r.id for r in results if r.outcome == "added"]
    for r in results:
        report.outcomes[r.outcome] += 1
    if added:
        marks = ",".join("?" * len(added))
        report.near_duplicates += store.db.execute(
            f"SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL AND id IN ({marks})", added).fetchone()[0]
    return added


def load_records(records: Iterable[dict[str, Any]], store: SqliteStore, *, rules: Sequence[Rule] = (),
                 batch_size: int = BATCH_SIZE, on_alerts: Callable[[list[Alert]], None] = lambda _: None) -> IngestReport:
    """Store records already extracted elsewhere (shards of a distributed run): the single writer."""
    report = IngestReport()
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        results = store.add_records(batch)
        added = [r.id for r in results if r.outcome == "added"]
        for r in results:
            report.outcomes[r.outcome] += 1
        _alert(store, rules, added, report, on_alerts)
        batch.clear()

    for rec in records:
        if "_problem" in rec:
            report.problems[rec["_problem"].get("reason", "unreadable")] += 1
            continue
        report.read += 1
        batch.append(rec)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
