"""`rasd search QUERY --db PATH`: Arabic-aware full-text search over the store.

Spelling variants (أحمد/احمد, ى/ي, ة/ه), diacritics and a leading و ف ب ل ك or ال
do not matter. Results are ranked by BM25, with a snippet from the original text.
"""
from __future__ import annotations

import argparse
import json
import re

from rasd.commands.common import add_db, add_filters, query_from
from rasd.store import open_store


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("search", help="search stored articles (Arabic-aware)",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", metavar="QUERY", help="words to find (all must match); '' lists the newest")
    add_db(p)
    add_filters(p)
    p.add_argument("--json", action="store_true", help="print results as JSON Lines")
    return p


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        hits = store.search(query_from(args, args.query))
    finally:
        store.close()
    for h in hits:
        if args.json:
            print(json.dumps(h.to_json(), ensure_ascii=False))
        else:
            marked = " ".join(re.sub(r"</?mark>", "**", h.snippet).split())
            print(f"{h.id}  {h.published or '-'}  {h.title or ''}\n    {_unescape(marked)}")
    if not args.json and not hits:
        print("no results")
    return 0


def _unescape(s: str) -> str:
    import html

    return html.unescape(s)
