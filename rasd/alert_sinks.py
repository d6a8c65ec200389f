"""Where raised alerts go: a JSON Lines file, the terminal, or a webhook URL."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from rasd.alerts import Alert

WEBHOOK_TIMEOUT = 5.0


def write_jsonl(alerts: Iterable[Alert], path: str | Path) -> int:
    """Append alerts to a JSON Lines file; return how many."""
    n = 0
    with open(path, "a", encoding="utf-8") as f:
        for a in alerts:
            f.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")
            n += 1
    return n


def print_alerts(alerts: Iterable[Alert], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for a in alerts:
        label = a.payload.get("title") or a.payload.get("summary") or a.ref
        print(f"ALERT [{a.rule}] {a.kind} {a.ref}: {label}", file=out)


def post_webhook(alerts: Iterable[Alert], url: str) -> list[str]:
    """POST each alert as JSON; return one error line per alert that could not be delivered."""
    import httpx

    errors = []
    with httpx.Client(timeout=WEBHOOK_TIMEOUT, follow_redirects=False) as client:
        for a in alerts:
            try:
                r = client.post(url, json=a.to_json())
                if r.status_code >= 300:
                    errors.append(f"webhook {url}: HTTP {r.status_code} for alert {a.rule}/{a.ref}")
            except httpx.HTTPError as exc:
                errors.append(f"webhook {url}: {type(exc).__name__} for alert {a.rule}/{a.ref}")
    return errors
