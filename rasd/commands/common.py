"""Options shared by the store commands: the database and the search filters."""
from __future__ import annotations

import argparse

from rasd.model import PLOVER_TYPES
from rasd.store import SearchQuery, default_db_path

STATUSES = ("asserted", "claimed", "denied", "unconfirmed", "no_evidence")


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, metavar="PATH",
                   help=f"the SQLite database (default: {default_db_path()})")


def add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    p.add_argument("--source", help="only articles from this source (outlet or input)")
    p.add_argument("--section", help="only articles in this section")
    p.add_argument("--entity", dest="entity_id", metavar="ID", help="only articles mentioning this entity id")
    p.add_argument("--event-type", choices=PLOVER_TYPES, help="only articles with an event of this type")
    p.add_argument("--status", choices=STATUSES, help="only articles with an event of this claim status")
    p.add_argument("--include-duplicates", action="store_true", help="also list near-duplicate copies")
    p.add_argument("--limit", type=int, default=20, help="how many results (default 20, at most 500)")


def query_from(args: argparse.Namespace, text: str = "") -> SearchQuery:
    return SearchQuery(text=text, date_from=args.date_from, date_to=args.date_to, source=args.source,
                       section=args.section, entity_id=args.entity_id, event_type=args.event_type,
                       status=args.status, include_duplicates=args.include_duplicates, limit=args.limit)
