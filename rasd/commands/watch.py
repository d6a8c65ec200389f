"""`rasd watch FEED... --db PATH --interval SECONDS`: the long-running monitor.

Polls every feed (or sitemap) on an interval with conditional GET, ingests the
new articles and raises alerts, until interrupted (Ctrl-C) or `--once`.
"""
from __future__ import annotations

import argparse
import sys
import time

from rasd.commands.ingest import add_source_options, ingest_once

PROG = "rasd watch"
MIN_INTERVAL_S = 10.0


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("watch", help="poll feeds on an interval and ingest what is new",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", nargs="*", metavar="FEED", help="feed or sitemap URLs, OPML files")
    add_source_options(p)
    p.add_argument("--interval", type=float, default=300.0, metavar="SECONDS",
                   help=f"seconds between polls (default 300, at least {MIN_INTERVAL_S:g})")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    return p


def run(args: argparse.Namespace) -> int:
    if not args.sources and not args.feeds:
        print(f"{PROG}: error: give at least one FEED or --feeds FILE", file=sys.stderr)
        return 2
    interval = max(args.interval, MIN_INTERVAL_S)
    while True:
        report = ingest_once(args, PROG)
        print(f"{PROG}: {time.strftime('%Y-%m-%d %H:%M:%S')} {report.summary()}", file=sys.stderr, flush=True)
        if args.once:
            return 0
        time.sleep(interval)
