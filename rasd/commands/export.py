"""`rasd export --db PATH --what documents|events|quotes|entities|claims --format jsonl|csv|parquet`.

Documents are records in the contract's shape plus `source`, `url`, `duplicate_of`
and `story`; events are flat PLOVER-style rows. The search filters apply.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.commands.common import add_db, add_filters, query_from
from rasd.export import EXPORT_LIMIT, FORMATS, WHATS, rows, write
from rasd.store import open_store


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("export", help="export stored documents, events, quotes, entities or claims",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db(p)
    p.add_argument("--what", choices=WHATS, default="documents")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="default: - for stdout")
    p.add_argument("--query", default="", help="only articles matching this search")
    add_filters(p)
    return p


def run(args: argparse.Namespace) -> int:
    q = query_from(args, args.query)
    q.limit = EXPORT_LIMIT
    q.include_duplicates = True  # exported rows carry duplicate_of; the reader decides
    store = open_store(args.db)
    try:
        data = rows(store, args.what, q)
        if args.format == "parquet":
            n = write(data, "parquet", Path(args.output))
        elif args.output == "-":
            n = write(data, args.format, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                n = write(data, args.format, f)
    finally:
        store.close()
    print(f"rasd export: {n} {args.what} written", file=sys.stderr)
    return 0
