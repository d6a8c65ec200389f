"""Alerts: watch-list rules (TOML) matched against new articles and claims, raised once each.

A watch-list file holds `[[rule]]` tables. Within a rule every given condition
must hold; within a list any item may match:

    [[rule]]
    name = "mass-casualty attacks"
    on = "article"                 # or "claim"
    event_types = ["ASSAULT"]
    status = ["asserted", "claimed"]
    entities = ["Q159"]            # entity ids mentioned (article) or acting/targeted (claim)
    keywords = ["الفاشر"]           # folded match on title and body
    sources = ["example-outlet"]
    quantity = { unit = "killed", min = 10 }

Each (rule, article or claim) raises one alert, recorded in the store, so a rerun
or a re-ingest never repeats it.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from rasd.arabic import fold_key
from rasd.errors import ConfigError
from rasd.model import PLOVER_TYPES

Target = Literal["article", "claim"]
_FIELDS = {"name", "on", "event_types", "status", "entities", "keywords", "sources", "quantity"}
_STATUSES = {"asserted", "claimed", "denied", "unconfirmed", "no_evidence"}


@dataclass(frozen=True, slots=True)
class QuantityRule:
    unit: str
    min: float


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    on: Target = "article"
    event_types: frozenset[str] = frozenset()
    status: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()
    sources: frozenset[str] = frozenset()
    quantity: QuantityRule | None = None


def _strings(where: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a string or a list of strings, got {value!r}")
    return value


def parse_rule(raw: dict[str, Any], where: str) -> Rule:
    """One `[[rule]]` table → Rule, with errors naming the rule and the field."""
    unknown = set(raw) - _FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}; expected {sorted(_FIELDS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{where}: every rule needs a name")
    on = raw.get("on", "article")
    if on not in ("article", "claim"):
        raise ConfigError(f"{where} ({name}): on must be 'article' or 'claim', got {on!r}")
    types = {t.upper() for t in _strings(f"{where}.event_types", raw.get("event_types", []))}
    if types - set(PLOVER_TYPES):
        raise ConfigError(f"{where} ({name}): unknown event type(s) {sorted(types - set(PLOVER_TYPES))}")
    status = set(_strings(f"{where}.status", raw.get("status", [])))
    if status - _STATUSES:
        raise ConfigError(f"{where} ({name}): unknown status(es) {sorted(status - _STATUSES)}")
    qty = raw.get("quantity")
    qrule = None
    if qty is not None:
        if not isinstance(qty, dict) or "unit" not in qty or not isinstance(qty.get("min"), (int, float)):
            raise ConfigError(f"{where} ({name}): quantity needs unit (string) and min (number)")
        qrule = QuantityRule(str(qty["unit"]), float(qty["min"]))
    return Rule(name=name, on=on, event_types=frozenset(types), status=frozenset(status),
                entities=frozenset(_strings(f"{where}.entities", raw.get("entities", []))),
                keywords=tuple(fold_key(k) for k in _strings(f"{where}.keywords", raw.get("keywords", []))),
                sources=frozenset(_strings(f"{where}.sources", raw.get("sources", []))), quantity=qrule)


def load_watchlist(path: str | Path) -> list[Rule]:
    """Rules from a TOML watch-list file; a bad file is a ConfigError naming it."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: watch-list file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not a valid TOML watch-list ({exc})") from None
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not rules:
        raise ConfigError(f"{p}: no [[rule]] tables found")
    return [parse_rule(r, f"{p}: rule {i + 1}") for i, r in enumerate(rules)]


def _qty_ok(rule: QuantityRule, quantities: list[dict[str, Any] | None]) -> bool:
    return any(q and q.get("unit") == rule.unit and isinstance(q.get("value"), (int, float))
               and q["value"] >= rule.min for q in quantities)


def _event_ok(rule: Rule, ev: dict[str, Any], record_quantities: list[dict[str, Any]]) -> bool:
    if rule.event_types and ev.get("type") not in rule.event_types:
        return False
    if rule.status and ev.get("status") not in rule.status:
        return False
    if rule.quantity and not _qty_ok(rule.quantity, [ev.get("quantity"), *record_quantities]):
        return False
    return True


def matches_article(rule: Rule, rec: dict[str, Any]) -> bool:
    """Does a stored article (record + source) meet every condition of the rule?"""
    if rule.sources and rec.get("source") not in rule.sources:
        return False
    if rule.entities and not rule.entities & {m.get("id") for m in rec.get("entities") or []}:
        return False
    if rule.keywords:
        body = fold_key(f"{rec.get('title') or ''}\n{rec.get('text') or ''}")
        if not any(re.search(rf"(?<!\w)(?:[وفبلك]|ال|وال|بال|لل)?{re.escape(k)}(?!\w)", body) for k in rule.keywords):
            return False
    quantities = rec.get("quantities") or []
    if rule.event_types or rule.status:
        return any(_event_ok(rule, ev, quantities) for ev in rec.get("events") or [])
    return not rule.quantity or _qty_ok(rule.quantity, quantities)


def matches_claim(rule: Rule, claim: dict[str, Any]) -> bool:
    """Does a ledger claim meet the rule (type, actors/place, any source's status or number)?"""
    if rule.event_types and claim["type"] not in rule.event_types:
        return False
    if rule.entities and not rule.entities & {claim.get("source"), claim.get("target"), claim.get("where")}:
        return False
    sources = claim.get("sources") or []
    if rule.status and not rule.status & {s["status"] for s in sources}:
        return False
    if rule.sources and not rule.sources & {s.get("outlet") for s in sources}:
        return False
    return not rule.quantity or _qty_ok(rule.quantity, [s.get("quantity") for s in sources])


@dataclass(frozen=True, slots=True)
class Alert:
    rule: str
    kind: Target
    ref: str
    payload: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "kind": self.kind, "ref": self.ref,
                "raised_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), **self.payload}


def raise_new(store: Any, rules: list[Rule], doc_ids: list[str]) -> list[Alert]:
    """Alerts for rules matched by these new articles and by the claims they touched; each once."""
    alerts: list[Alert] = []
    docs = list(store.iter_documents(doc_ids)) if doc_ids else []
    claim_ids = sorted({r[0] for r in store.db.execute(
        f"SELECT DISTINCT claim_id FROM events WHERE claim_id IS NOT NULL AND doc_id IN ({','.join('?' * len(doc_ids))})",
        doc_ids)}) if doc_ids else []
    claims = [c for cid in claim_ids if (c := store.claim(cid))]
    for rule in rules:
        if rule.on == "article":
            alerts += [Alert(rule.name, "article", d["id"], {"title": d.get("title"), "published": d.get("published"),
                                                                "source": d.get("source"), "url": d.get("url")})
                       for d in docs if d.get("duplicate_of") is None and matches_article(rule, d)]
        else:
            alerts += [Alert(rule.name, "claim", str(c["id"]), {"summary": c["summary"], "statuses": c["statuses"],
                                                                   "numbers": c["numbers"]})
                       for c in claims if matches_claim(rule, c)]
    return [a for a in alerts if _record_once(store, a)]


def _record_once(store: Any, alert: Alert) -> bool:
    """Insert the alert unless this rule already fired for this ref; True when new."""
    cur = store.db.execute("INSERT OR IGNORE INTO alerts (rule, kind, ref, created_at, payload) VALUES (?,?,?,?,?)",
                           (alert.rule, alert.kind, alert.ref, datetime.now(timezone.utc).isoformat(),
                            json.dumps(alert.payload, ensure_ascii=False)))
    return cur.rowcount == 1
