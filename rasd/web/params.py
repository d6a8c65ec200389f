"""Query parameters checked once: sizes, dates and closed vocabularies, with clear 400s."""
from __future__ import annotations

import re
from typing import Any

from starlette.datastructures import QueryParams

from rasd.model import PLOVER_TYPES

MAX_QUERY_CHARS = 200
MAX_PAGE_SIZE = 100
STATUSES = ("asserted", "claimed", "denied", "unconfirmed", "no_evidence")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class BadParam(ValueError):
    """A query parameter that cannot be used; the message names it."""


def text(qp: QueryParams, name: str, max_chars: int = MAX_QUERY_CHARS) -> str:
    value = qp.get(name, "") or ""
    if len(value) > max_chars:
        raise BadParam(f"{name}: at most {max_chars} characters, got {len(value)}")
    return value


def date(qp: QueryParams, name: str) -> str | None:
    value = qp.get(name) or None
    if value is not None and not _DATE.match(value):
        raise BadParam(f"{name}: expected a date as YYYY-MM-DD, got {value[:40]!r}")
    return value


def choice(qp: QueryParams, name: str, options: tuple[str, ...]) -> str | None:
    value = qp.get(name) or None
    if value is not None and value not in options:
        raise BadParam(f"{name}: expected one of {', '.join(options)}, got {value[:40]!r}")
    return value


def integer(qp: QueryParams, name: str, default: int, low: int, high: int) -> int:
    raw = qp.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParam(f"{name}: expected a whole number, got {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadParam(f"{name}: expected {low} to {high}, got {value}")
    return value


def search_args(qp: QueryParams) -> dict[str, Any]:
    """The search filters of a request, validated."""
    return {"text": text(qp, "q"), "date_from": date(qp, "from"), "date_to": date(qp, "to"),
            "source": text(qp, "source") or None, "section": text(qp, "section") or None,
            "entity_id": text(qp, "entity") or None, "event_type": choice(qp, "event_type", PLOVER_TYPES),
            "status": choice(qp, "status", STATUSES), "limit": integer(qp, "limit", 20, 1, MAX_PAGE_SIZE),
            "offset": integer(qp, "offset", 0, 0, 100_000)}
