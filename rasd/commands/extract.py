"""`rasd extract IN... -o OUT.jsonl`: read articles, run the pipeline, write one record per line.

IN is any mix of JSON Lines, JSON arrays, .txt, .html and SGML files (each may be
gzip/bzip2/xz-compressed), folders (read recursively, in sorted order) and `-`
for stdin. A bad line, record or file costs one line on stderr naming where and
what, and the batch goes on; the summary at the end counts everything read,
written and skipped. Exit 0 on success; 1 when an input path is missing or
(with --strict) any article failed; 2 on usage errors.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rasd.config import Settings, load_settings
from rasd.errors import ConfigError
from rasd.ingest import InputProblem, read_inputs
from rasd.model import Document
from rasd.pipeline import DEFAULT_STEPS
from rasd.runner.local import Result, build_pipeline, run_local

PROG = "rasd extract"
FORMATS = ("jsonl",)  # parquet is planned (the scale extra)
# Problems that make an article count as failed for --strict: nothing usable came out.
FAILING_REASONS = frozenset({"empty-body", "step-failed"})


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected more than 0, got {value:g}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "extract", help="turn articles into records (JSON Lines)",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="IN",
                   help="files (.jsonl .json .txt .html .sgml, optionally .gz), folders, or - for stdin")
    p.add_argument("-o", "--output", default="-", metavar="OUT",
                   help="where to write the records (default: - for stdout)")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: setting `workers`, 1); output keeps input order")
    p.add_argument("--max-file-mb", type=_positive_float, default=None, metavar="MB",
                   help="largest single article read, in MB (default: setting `max_file_mb`, 20)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when any article failed (skipped input, empty body, a step crashed)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    return p


@dataclass
class BatchStats:
    """What a batch read, wrote, skipped and found wrong, for the summary and the exit code."""

    written: int = 0
    failed: int = 0
    missing: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)

    @property
    def read(self) -> int:
        return self.written + sum(self.skipped.values()) - self.missing

    def summary(self) -> str:
        """One line: `12 articles read, 11 written, 1 skipped (invalid-json 1); problems: bad-date 2`."""
        def counts(c: Counter[str]) -> str:
            return ", ".join(f"{k} {n}" for k, n in sorted(c.items()))
        parts = [f"{self.read} articles read, {self.written} written"]
        if self.skipped:
            parts.append(f"{sum(self.skipped.values())} skipped ({counts(self.skipped)})")
        line = ", ".join(parts)
        if self.problems:
            line += f"; problems: {counts(self.problems)}"
        if self.failed:
            line += f"; {self.failed} failed"
        return line


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _failing(doc: Document) -> list[str]:
    """What makes this document a failure: failing problems, or no body at all."""
    found = [f"{p.reason}: {p.detail}" if p.detail else p.reason
             for p in doc.problems if p.reason in FAILING_REASONS]
    if not found and not doc.text.strip():
        found.append("empty-body: no article text")
    return found


def _account(result: Result, stats: BatchStats) -> Document | None:
    """Count one result and report what went wrong; the document to write, if any."""
    if isinstance(result, InputProblem):
        stats.skipped[result.reason] += 1
        stats.missing += result.reason == "missing-path"
        _say(result.message())
        return None
    stats.written += 1
    stats.problems.update(p.reason for p in result.problems)
    failing = _failing(result)
    if failing:
        stats.failed += 1
        _say(f"{result.origin or result.id}: {'; '.join(failing)}; record written with problems")
    return result


@contextmanager
def _open_output(path: str, inputs: list[str]) -> Iterator[TextIO]:
    """The output as UTF-8 text with \\n line ends; stdout for `-`."""
    if path == "-":
        sys.stdout.flush()  # anything already written through sys.stdout goes first
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
        try:
            yield out
        finally:
            out.flush()
            out.detach()
        return
    target = Path(path)
    if any(p != "-" and Path(p).exists() and Path(p).resolve() == target.resolve() for p in inputs):
        raise ConfigError(f"output {path} is also an input; write somewhere else")
    try:
        handle = open(target, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


def _progress(results: Iterator[Result], quiet: bool) -> Iterator[Result]:
    """Results with a progress bar on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return iter(tqdm(results, desc=PROG, unit=" articles", file=sys.stderr, dynamic_ncols=True))


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings().updated(workers=args.workers, max_file_mb=args.max_file_mb)


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    build_pipeline(tuple(DEFAULT_STEPS))  # fail fast on a broken step order; forked workers reuse it
    stats = BatchStats()
    items = read_inputs(args.inputs, settings)
    results = run_local(items, DEFAULT_STEPS, settings.workers, settings.chunksize)
    with _open_output(args.output, args.inputs) as out:
        for result in _progress(results, args.quiet):
            doc = _account(result, stats)
            if doc is not None:
                out.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
    if not args.quiet:
        _say(stats.summary())
    if stats.missing or (args.strict and (stats.failed or stats.skipped)):
        return 1
    return 0
