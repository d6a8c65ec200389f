"""`rasd ingest SOURCE... --db PATH`: extract articles and keep them in the store.

SOURCE is anything `rasd extract` reads (files, folders, `-`), WARC/ARC archives,
feed or sitemap URLs, and OPML files; `--feeds FILE` adds a list of feed URLs (OPML
or one per line). Pages are fetched with timeouts, size limits, retries, robots.txt
and conditional GET; private and loopback addresses are refused unless
`--allow-private`. Re-ingesting the same article never duplicates it; an updated
article becomes a new version. Each batch is committed as one transaction, so an
interrupted run resumes where it stopped. With `--watchlist`, new articles and
claims that match its rules raise alerts (printed, appended to `--alerts-out`,
posted to `--webhook`).
"""
from __future__ import annotations

import argparse
import sys

from rasd.alert_sinks import post_webhook, print_alerts, write_jsonl
from rasd.alerts import Alert, load_watchlist
from rasd.commands.common import add_db
from rasd.config import load_settings
from rasd.errors import ConfigError
from rasd.ingest.fetch import Fetcher
from rasd.ingest.sources import read_sources
from rasd.store import open_store
from rasd.store.feed_state import StoreFeedState
from rasd.store.loader import BATCH_SIZE, IngestReport, ingest

PROG = "rasd ingest"


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("ingest", help="extract articles into the store (deduplicated, searchable)",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="files, folders, -, WARC files, feed/sitemap URLs")
    add_source_options(p)
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="extract on the local engine (default) or on Dask in shards; the store keeps one writer")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: start a LocalCluster)")
    p.add_argument("--shard-dir", metavar="DIR",
                   help="where Dask shards and done markers go (default: a folder beside the database)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    return p


def add_source_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ingest and watch."""
    add_db(p)
    p.add_argument("--feeds", action="append", default=[], metavar="FILE",
                   help="a list of feed URLs: OPML, or one URL per line (repeatable)")
    p.add_argument("--allow-private", action="store_true",
                   help="allow fetching from private and loopback addresses (refused by default)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, metavar="N",
                   help=f"articles per committed transaction (default {BATCH_SIZE})")
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
                print(f"rasd: {err}", file=sys.stderr)
    return handle


def ingest_once(args: argparse.Namespace, prog: str = PROG) -> IngestReport:
    """One pass over every source into the store."""
    rules = load_watchlist(args.watchlist) if args.watchlist else []
    store = open_store(args.db)
    fetcher = Fetcher(allow_private=args.allow_private)
    state = StoreFeedState(store)
    try:
        items = read_sources(args.sources, load_settings(), fetcher, seen=state.seen, state=state,
                             feed_lists=args.feeds)
        return ingest(items, store, rules=rules, workers=args.workers, batch_size=max(1, args.batch_size),
                      on_problem=lambda m: print(f"{prog}: {m}", file=sys.stderr),
                      on_alerts=alert_handler(args))
    finally:
        fetcher.close()
        store.close()


def ingest_sharded(args: argparse.Namespace) -> IngestReport:
    """Extract files in shards on Dask, then load the parts into the store (one writer)."""
    from pathlib import Path

    from rasd.runner.sharded import run_sharded
    from rasd.runner.shards import read_parts
    from rasd.store import default_db_path
    from rasd.store.loader import load_records

    if any(s.startswith(("http://", "https://")) for s in args.sources) or args.feeds:
        raise ConfigError("--engine dask shards files; ingest feeds and URLs with the local engine")
    db = Path(args.db or default_db_path())
    shard_dir = Path(args.shard_dir or f"{db}.shards")
    run = run_sharded(args.sources, shard_dir, engine="dask", scheduler=args.scheduler, workers=max(1, args.workers),
                      settings=load_settings())  # the shards read with the run's limits, as the local path does
    for p in run.unplanned:
        print(f"{PROG}: {p.message()}", file=sys.stderr)
    rules = load_watchlist(args.watchlist) if args.watchlist else []
    store = open_store(db)
    try:
        report = load_records(read_parts(shard_dir), store, rules=rules, batch_size=max(1, args.batch_size),
                              on_alerts=alert_handler(args))
    finally:
        store.close()
    for p in run.unplanned:
        report.problems[p.reason] += 1
    return report


def run(args: argparse.Namespace) -> int:
    if not args.sources and not args.feeds:
        print(f"{PROG}: error: give at least one SOURCE or --feeds FILE", file=sys.stderr)
        return 2
    report = ingest_sharded(args) if args.engine == "dask" else ingest_once(args)
    if not args.quiet:
        print(f"{PROG}: {report.summary()} → {args.db or 'default database'}", file=sys.stderr)
    return 1 if report.problems.get("missing-path") else 0
