"""`rasd extract IN... -o OUT.jsonl`: one record per article (scaffold, replaced by the ingest work)."""
from __future__ import annotations

import argparse
import json
import sys

from rasd.model import RawInput
from rasd.pipeline import Pipeline


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("extract", help="turn articles into records (JSON Lines)")
    p.add_argument("inputs", nargs="+", metavar="IN")
    p.add_argument("-o", "--output", default="-")
    return p


def run(args: argparse.Namespace) -> int:
    pipe = Pipeline.default()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for path in args.inputs:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                doc = pipe.process(RawInput(id=str(r["id"]), raw=r.get("text", ""), published=r.get("published")))
                out.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
    return 0
