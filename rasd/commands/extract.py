"""`rasd extract IN... -o OUT.jsonl`: read articles, run the pipeline, write one record per line.

IN is any mix of JSON Lines, JSON arrays, .txt, .html and SGML files (each may be
gzip/bzip2/xz-compressed), folders (read recursively, in sorted order) and `-`
for stdin. A bad line, record or file costs one line on stderr naming where and
what, and the batch goes on; the summary at the end counts everything read,
written and skipped. Exit 0 on success; 1 when an input path is missing or
(with --strict) any article failed; 2 on usage errors.

Engines: `local` (default) streams the inputs through this process or a pool of
--workers processes, output in input order; `dask` cuts them into shards with
done markers in --parts-dir, so an interrupted run resumes where it stopped.
Output is JSON Lines (gzipped when OUT ends in .gz) or, with --format parquet,
Parquet with the record's lists and objects as JSON text.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rasd.config import Settings, load_settings
from rasd.errors import ConfigError
from rasd.export import flat_row
from rasd.extract.linestats import LineCounter, source_of
from rasd.ingest import InputProblem, read_inputs
from rasd.ingest.records import Item
from rasd.model import Document, RawInput
from rasd.pipeline import DEFAULT_STEPS
from rasd.runner.local import build_pipeline, run_local

PROG = "rasd extract"
FORMATS = ("jsonl", "parquet")
PARQUET_ROWS = 1000  # records per Parquet row group: bounded memory, a few MB a group
ENGINES = ("local", "dask")
# Raw characters of a batch held in memory so that learning its repeated lines and
# running it take one read: 50 M characters are ~100 MB as Python strings of Arabic,
# some 10,000 articles; a larger batch is read twice.
HOLD_CHARS = 50_000_000
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
                   help="where to write the records; OUT.jsonl.gz is gzipped (default: - for stdout)")
    p.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="output format (default: jsonl); parquet keeps lists and objects as JSON text")
    p.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="worker processes (default: setting `workers`, 1); output keeps input order")
    p.add_argument("--max-file-mb", type=_positive_float, default=None, metavar="MB",
                   help="largest single article read, in MB (default: setting `max_file_mb`, 20)")
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help="local: stream through a process pool (default); dask: cut the inputs into "
                        "shards with done markers (a rerun resumes) and run them on Dask")
    p.add_argument("--scheduler", metavar="ADDR",
                   help="Dask scheduler address for --engine dask (default: a local cluster of N workers)")
    p.add_argument("--parts-dir", metavar="DIR",
                   help="part files and done markers of --engine dask (default: OUT.parts); "
                        "reuse it only to resume the same job")
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
        parts = [f"{self.read} article{'' if self.read == 1 else 's'} read, {self.written} written"]
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


Record = dict[str, Any]


def _failing(rec: Record) -> list[str]:
    """What makes this record a failure: failing problems, or no body at all."""
    found = [f"{p['reason']}: {p['detail']}" if p.get("detail") else p["reason"]
             for p in rec["problems"] if p["reason"] in FAILING_REASONS]
    if not found and not (rec.get("text") or "").strip():
        found.append("empty-body: no article text")
    return found


def _account(result: Record | InputProblem, stats: BatchStats) -> Record | None:
    """Count one result and report what went wrong; the record to write, if any."""
    if isinstance(result, InputProblem):
        stats.skipped[result.reason] += 1
        stats.missing += result.reason == "missing-path"
        _say(result.message())
        return None
    stats.written += 1
    stats.problems.update(p["reason"] for p in result["problems"])
    failing = _failing(result)
    if failing:
        stats.failed += 1
        _say(f"{result.get('source') or result['id']}: {'; '.join(failing)}; record written with problems")
    return result


Writer = Callable[[Record], None]


def _jsonl_writer(stream: TextIO) -> Writer:
    def write(rec: Record) -> None:
        stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return write


@contextmanager
def _jsonl_out(path: str) -> Iterator[Writer]:
    """Write records as UTF-8 JSON Lines with \\n line ends, streamed; gzipped for `.gz`; stdout for `-`."""
    if path == "-":
        sys.stdout.flush()  # anything already written through sys.stdout goes first
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
        try:
            yield _jsonl_writer(out)
        finally:
            out.flush()
            out.detach()
        return
    try:
        opener = gzip.open if path.endswith(".gz") else open
        handle = opener(path, "wt", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    with handle:
        yield _jsonl_writer(handle)


@contextmanager
def _parquet_out(path: str) -> Iterator[Writer]:
    """Write records to Parquet in row groups: the contract's keys, lists and objects as JSON text."""
    if path == "-":
        raise ConfigError("--format parquet writes a file; give -o OUT.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("--format parquet needs pyarrow: pip install 'rasd[scale]'") from None
    keys = list(Document(id="").to_record())
    schema = pa.schema([(k, pa.string()) for k in keys])
    rows: list[dict[str, str | None]] = []

    def write(rec: Record) -> None:
        rows.append({k: v for k, v in flat_row(rec).items() if k in schema.names})
        if len(rows) >= PARQUET_ROWS:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows.clear()

    try:
        writer = pq.ParquetWriter(path, schema)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc}") from None
    with writer:
        yield write
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _open_output(args: argparse.Namespace) -> AbstractContextManager[Writer]:
    """The writer for --format, after checking the output is not one of the inputs."""
    if args.output != "-":
        target = Path(args.output).resolve()
        if any(p != "-" and Path(p).exists() and Path(p).resolve() == target for p in args.inputs):
            raise ConfigError(f"output {args.output} is also an input; write somewhere else")
    return _parquet_out(args.output) if args.format == "parquet" else _jsonl_out(args.output)


def _progress(results: Iterator[Record | InputProblem], quiet: bool) -> Iterator[Record | InputProblem]:
    """Results with a progress bar on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return iter(tqdm(results, desc=PROG, unit=" articles", file=sys.stderr, dynamic_ncols=True))


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings().updated(workers=args.workers, max_file_mb=args.max_file_mb)


def _streamed(args: argparse.Namespace, settings: Settings) -> Iterator[Record | InputProblem]:
    """The local engine: inputs streamed through this process or a process pool, in order."""
    build_pipeline(tuple(DEFAULT_STEPS))  # fail fast on a broken step order; forked workers reuse it
    items = with_repeated_lines(args.inputs, settings)
    for result in run_local(items, DEFAULT_STEPS, settings.workers, settings.chunksize):
        yield result if isinstance(result, InputProblem) else result.to_record()


def with_repeated_lines(inputs: list[str], settings: Settings, hold_chars: int | None = None) -> Iterator[Item]:
    """Inputs, each text article carrying the lines repeated across its source's articles.

    The lines are learnt from the whole batch (rasd.extract.linestats) before the first
    article goes on. A batch of up to `hold_chars` raw characters is read once and held
    in memory; a larger one is counted as it streams by, then read again. stdin cannot
    be read twice, so a batch with `-` goes through in one pass without them.
    """
    if "-" in inputs:
        yield from read_inputs(inputs, settings)
        return
    limit = HOLD_CHARS if hold_chars is None else hold_chars
    counter, size = LineCounter(), 0
    held: list[Item] | None = []
    for item in read_inputs(inputs, settings):
        if isinstance(item, RawInput):
            counter.add(item)
            size += len(item.raw)
        if held is not None:
            held.append(item)
            held = held if size <= limit else None  # too large to hold: count on, read again
    learnt = counter.repeated()
    for item in held if held is not None else read_inputs(inputs, settings):
        if isinstance(item, RawInput) and item.kind == "text" and learnt:
            item.boilerplate = learnt.get(source_of(item.url, item.origin), frozenset())
        yield item


def _sharded(args: argparse.Namespace, settings: Settings) -> Iterator[Record | InputProblem]:
    """The Dask engine: shards with done markers in --parts-dir (a rerun resumes), then their rows."""
    from rasd.runner.dask_engine import run_dask
    from rasd.runner.shards import plan, read_parts

    if not args.parts_dir and args.output == "-":
        raise ConfigError("--engine dask writing to stdout needs --parts-dir DIR for its part files")
    parts = Path(args.parts_dir or f"{args.output}.parts")
    shards, problems = plan(args.inputs)
    yield from problems
    run_dask(shards, parts, DEFAULT_STEPS, "jsonl", scheduler=args.scheduler, workers=args.workers or 2,
             settings=settings)
    for row in read_parts(parts):
        yield InputProblem(**row["_problem"]) if "_problem" in row else row


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    stats = BatchStats()
    with _open_output(args) as write:
        results = _sharded(args, settings) if args.engine == "dask" else _streamed(args, settings)
        for result in _progress(results, args.quiet):
            rec = _account(result, stats)
            if rec is not None:
                write(rec)
    if not args.quiet:
        _say(stats.summary())
    if stats.missing or (args.strict and (stats.failed or stats.skipped)):
        return 1
    return 0
