"""`rasd ingest SOURCE... --db PATH`: extract articles and keep them in the store.

SOURCE is anything `rasd extract` reads (files, folders, `-`). Re-ingesting the
same article never duplicates it; an updated article becomes a new version. Each
batch is committed as one transaction, so an interrupted run resumes where it
stopped. With `--watchlist`, new articles and claims that match its rules raise
alerts (printed, appended to `--alerts-out`, posted to `--webhook`).
"""
from __future__ import annotations

import argparse
import sys

from rasd.alert_sinks import post_webhook, print_alerts, write_jsonl
from rasd.alerts import Alert, load_watchlist
from rasd.commands.common import add_db
from rasd.config import load_settings
from rasd.ingest import read_inputs
from rasd.store import open_store
from rasd.store.loader import BATCH_SIZE, ingest

PROG = "rasd ingest"


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("ingest", help="extract articles into the store (deduplicated, searchable)",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files, folders or - (as rasd extract)")
    add_db(p)
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, metavar="N",
                   help=f"articles per committed transaction (default {BATCH_SIZE})")
    add_alert_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    return p


def add_alert_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--watchlist", metavar="TOML", help="alert rules (see rasd.alerts)")
    p.add_argument("--alerts-out", metavar="FILE", help="append raised alerts to this JSON Lines file")
    p.add_argument("--webhook", metavar="URL", help="POST each raised alert as JSON to this URL")


def alert_handler(args: argparse.Namespace):
    """A function that sends alerts where the options say."""
    def handle(alerts: list[Alert]) -> None:
        print_alerts(alerts)
        if args.alerts_out:
            write_jsonl(alerts, args.alerts_out)
        if args.webhook:
            for err in post_webhook(alerts, args.webhook):
                print(f"{PROG}: {err}", file=sys.stderr)
    return handle


def run(args: argparse.Namespace) -> int:
    rules = load_watchlist(args.watchlist) if args.watchlist else []
    store = open_store(args.db)
    try:
        report = ingest(read_inputs(args.sources, load_settings()), store, rules=rules, workers=args.workers,
                        batch_size=max(1, args.batch_size),
                        on_problem=lambda m: print(f"{PROG}: {m}", file=sys.stderr),
                        on_alerts=alert_handler(args))
    finally:
        store.close()
    if not args.quiet:
        print(f"{PROG}: {report.summary()} → {args.db or 'default database'}", file=sys.stderr)
    return 1 if report.problems.get("missing-path") else 0
