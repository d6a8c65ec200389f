"""`rasd serve --db PATH [--host 127.0.0.1] [--port 8000] [--token T]`: the dashboard and JSON API.

Read-only unless a token is given (or RASD_TOKEN is set); then POST /api/ingest
accepts articles with `Authorization: Bearer <token>`.
"""
from __future__ import annotations

import argparse
import os

from rasd.commands.common import add_db
from rasd.store import default_db_path


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("serve", help="serve the dashboard and JSON API over a store",
                       description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", default=os.environ.get("RASD_TOKEN"),
                   help="allow writes with this bearer token (default: read-only)")
    return p


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from rasd.web.app import create_app

    db = args.db or str(default_db_path())
    app = create_app(db, token=args.token)
    print(f"rasd serve: http://{args.host}:{args.port}/  (database {db}; "
          f"{'writes allowed with token' if args.token else 'read-only'})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
