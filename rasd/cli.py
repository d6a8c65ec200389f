"""The `rasd` command: thin subcommands over the library.

Each subcommand lives in `rasd/commands/<name>.py` with `add_parser(sub)` and
`run(args) -> int`. Exit codes: 0 success, 1 some articles failed under
`--strict` (or the command's own failure), 2 usage errors.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from rasd import __version__
from rasd.errors import RasdError

# Subcommands, in the order `rasd --help` lists them.
COMMANDS: tuple[str, ...] = (
    "extract",
    "ingest",
    "search",
    "claims",
    "export",
    "watch",
    "serve",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="rasd (رصد): an Arabic-first monitor of military and geopolitical news.",
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"rasd.commands.{name}")
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except RasdError as exc:
        print(f"rasd {args.command}: error: {exc}", file=sys.stderr)
        return 2 if exc.__class__.__name__ == "ConfigError" else 1
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
