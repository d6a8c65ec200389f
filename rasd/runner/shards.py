"""Shards: inputs cut into independent pieces, each written as a part file plus a done marker.

A shard is a file, or a byte range of lines of an uncompressed JSON Lines file.
`run_shard` runs the unchanged per-document pipeline over one shard and writes
`part-NNNNN.<fmt>` through a temporary file and a rename, then
`part-NNNNN.done`: a shard with its marker is finished and a rerun skips it; a
shard without one (its worker was killed) is done again from the start.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rasd.config import Settings
from rasd.ingest.decode import LineDecoder
from rasd.ingest.files import Source, iter_lines, iter_sources
from rasd.ingest.jsonl import parse_line  # one line → record or problem, as the JSONL reader does
from rasd.ingest.readers import read_source
from rasd.ingest.records import InputProblem, Item
from rasd.model import Document

# Lines of JSON Lines per shard: ~1,000 articles ≈ 10-30 s of work per task, long
# enough to amortise task overhead, short enough that a lost worker costs little.
LINES_PER_SHARD = 1000
FORMATS = ("jsonl", "parquet")


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: a file, or lines [first_line, …) from byte `start` to `end` of one."""

    index: int
    name: str          # the source's name as records cite it
    doc_id: str        # the source's id for single-article files
    path: str | None
    start: int = 0
    end: int | None = None
    first_line: int = 1

    def part(self, out_dir: Path, fmt: str) -> Path:
        return out_dir / f"part-{self.index:05d}.{fmt}"

    def marker(self, out_dir: Path) -> Path:
        return out_dir / f"part-{self.index:05d}.done"


def _is_plain_jsonl(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".jsonl", ".ndjson", ".jl"))


def _line_ranges(path: Path, per_shard: int) -> Iterator[tuple[int, int, int]]:
    """(start byte, end byte, first line) of consecutive blocks of `per_shard` lines."""
    start, line, count = 0, 1, 0
    pos = 0
    with open(path, "rb") as f:
        for raw in f:
            pos += len(raw)
            count += 1
            if count == per_shard:
                yield start, pos, line
                start, line, count = pos, line + per_shard, 0
    if count:
        yield start, pos, line


def plan(specs: Sequence[str], per_shard: int = LINES_PER_SHARD) -> tuple[list[Shard], list[InputProblem]]:
    """Shards of the inputs in input order, and the paths that could not be planned."""
    shards: list[Shard] = []
    problems: list[InputProblem] = []
    for src in iter_sources(specs):
        if isinstance(src, InputProblem):
            problems.append(src)
            continue
        if src.path is None:
            problems.append(InputProblem(src.name, "stdin cannot be sharded; give files", "unreadable"))
            continue
        if _is_plain_jsonl(src.path):
            for start, end, first in _line_ranges(src.path, per_shard):
                shards.append(Shard(len(shards), src.name, src.doc_id, str(src.path), start, end, first))
        else:
            shards.append(Shard(len(shards), src.name, src.doc_id, str(src.path)))
    return shards, problems


def read_shard(shard: Shard, settings: Settings) -> Iterator[Item]:
    """The shard's records, exactly as reading its whole source would give them."""
    if shard.end is None:
        from rasd.ingest.warc import is_warc, read_warc

        if is_warc(shard.path):
            yield from read_warc(Path(shard.path), settings)
        else:
            yield from read_source(Source(shard.name, shard.doc_id, Path(shard.path)), settings)
        return
    decoder = LineDecoder()
    with open(shard.path, "rb") as f:
        f.seek(shard.start)
        chunk = f.read(shard.end - shard.start)
    import io

    for offset, line in iter_lines(io.BufferedReader(io.BytesIO(chunk)), settings.max_file_bytes):
        where = f"{shard.name}:{shard.first_line + offset - 1}"
        if line is None:
            yield InputProblem(where, f"line longer than {settings.max_file_mb:g} MB; record skipped", "too-large")
            continue
        item = parse_line(line, where, decoder)
        if item is not None:
            yield item


def _row(result: Document | InputProblem) -> dict[str, Any]:
    if isinstance(result, InputProblem):
        return {"_problem": asdict(result)}
    return result.to_record()


def write_part(rows: list[dict[str, Any]], path: Path, fmt: str) -> None:
    """Write a part through a temporary file and an atomic rename."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    if fmt == "jsonl":
        with open(tmp, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from rasd.export import flat_row

        pq.write_table(pa.Table.from_pylist([flat_row(r) for r in rows]), tmp)
    os.replace(tmp, path)


def run_shard(shard: Shard, out_dir: str, specs: Sequence[str], fmt: str = "jsonl",
              settings: Settings | None = None) -> dict[str, int]:
    """Process one shard unless its marker exists; return counts for the summary."""
    from rasd.runner.local import build_pipeline

    out = Path(out_dir)
    if shard.marker(out).exists():
        return {"shard": shard.index, "skipped": 1, "records": 0, "problems": 0}
    pipeline = build_pipeline(tuple(specs))
    rows = []
    for item in read_shard(shard, settings or Settings()):
        rows.append(_row(item if isinstance(item, InputProblem) else pipeline.process(item)))
    write_part(rows, shard.part(out, fmt), fmt)
    shard.marker(out).write_text(json.dumps({"records": len(rows)}), encoding="utf-8")
    problems = sum(1 for r in rows if "_problem" in r)
    return {"shard": shard.index, "skipped": 0, "records": len(rows) - problems, "problems": problems}


def read_parts(out_dir: Path) -> Iterator[dict[str, Any]]:
    """Every row of the finished JSON Lines parts, in shard order."""
    for marker in sorted(out_dir.glob("part-*.done")):
        part = marker.with_suffix(".jsonl")
        if part.exists():
            with open(part, encoding="utf-8") as f:
                for line in f:
                    yield json.loads(line)


def _run_shard_task(args: tuple[Shard, str, tuple[str, ...], str, Settings]) -> dict[str, int]:
    shard, out_dir, specs, fmt, settings = args
    return run_shard(shard, out_dir, specs, fmt, settings)


def run_shards_local(shards: Sequence[Shard], out_dir: Path, specs: Sequence[str], fmt: str = "jsonl",
                     workers: int = 1, settings: Settings | None = None) -> list[dict[str, int]]:
    """The local engine over shards: this process, or a process pool of `workers`."""
    import multiprocessing

    out_dir.mkdir(parents=True, exist_ok=True)
    tasks = [(s, str(out_dir), tuple(specs), fmt, settings or Settings()) for s in shards]
    if workers <= 1:
        return [_run_shard_task(t) for t in tasks]
    with multiprocessing.get_context().Pool(workers) as pool:
        return pool.map(_run_shard_task, tasks, chunksize=1)
