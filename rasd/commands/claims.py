"""`rasd claims --db PATH`: the claims ledger: each fact with every source that reports it.

Sources that assert, attribute, deny or leave a fact unconfirmed are listed side
by side with the numbers each gives; conflicting figures are never averaged.
"""
from __future__ import annotations

import argparse
import json

from rasd.commands.common import STATUSES, add_db
from rasd.model import PLOVER_TYPES
from rasd.store import open_store


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("claims", help="list the claims ledger",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db(p)
    p.add_argument("--event-type", choices=PLOVER_TYPES)
    p.add_argument("--status", choices=STATUSES, help="claims with at least one source of this status")
    p.add_argument("--entity", dest="entity_id", metavar="ID", help="claims with this actor, target or place")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="print claims as JSON Lines")
    return p


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        claims = store.claims(event_type=args.event_type, status=args.status, entity_id=args.entity_id,
                              limit=args.limit)
    finally:
        store.close()
    for c in claims:
        if args.json:
            print(json.dumps(c, ensure_ascii=False))
            continue
        when = c["when"]["start"] if c["when"]["start"] == c["when"]["end"] else f"{c['when']['start']}…{c['when']['end']}"
        flag = "  CONTESTED" if c["contested"] else ""
        print(f"claim {c['id']}  {c['summary']}  {when or ''}{flag}")
        for s in c["sources"]:
            by = f" by {s['claimed_by']['name_en'] or s['claimed_by']['id']}" if s["claimed_by"] else ""
            num = f"  {s['quantity']['value']:,.10g} {s['quantity']['unit']}" if s["quantity"] else ""
            print(f"    {s['published'] or '-'}  {s['status']}{by}{num}  [{s['doc_id']}] {s['title'] or ''}")
    if not claims and not args.json:
        print("no claims")
    return 0
