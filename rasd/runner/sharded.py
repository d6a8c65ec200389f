"""Extraction over shards on an engine: `local` (process pool) or `dask` (LocalCluster or a scheduler)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from rasd.config import Settings
from rasd.errors import ConfigError
from rasd.ingest.records import InputProblem
from rasd.pipeline import DEFAULT_STEPS
from rasd.runner.shards import LINES_PER_SHARD, plan, run_shards_local

Engine = Literal["local", "dask"]
ENGINES: tuple[str, ...] = ("local", "dask")


@dataclass
class ShardedRun:
    """What a sharded run did."""

    shards: int = 0
    skipped: int = 0
    records: int = 0
    problems: int = 0
    unplanned: list[InputProblem] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.shards} shards ({self.skipped} already done), {self.records} records written, "
                f"{self.problems} inputs skipped, {len(self.unplanned)} inputs not found")


def run_sharded(inputs: Sequence[str], out_dir: Path, engine: Engine = "local", fmt: str = "jsonl",
                scheduler: str | None = None, workers: int = 2, per_shard: int = LINES_PER_SHARD,
                specs: Sequence[str] = DEFAULT_STEPS, settings: Settings | None = None) -> ShardedRun:
    """Plan shards, run the unfinished ones on the engine (each reading with `settings`), count the results."""
    if engine not in ENGINES:
        raise ConfigError(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    shards, unplanned = plan(inputs, per_shard)
    if engine == "dask":
        from rasd.runner.dask_engine import run_dask

        results = run_dask(shards, out_dir, specs, fmt, scheduler=scheduler, workers=workers, settings=settings)
    else:
        results = run_shards_local(shards, out_dir, specs, fmt, workers=workers, settings=settings)
    run = ShardedRun(shards=len(shards), unplanned=unplanned)
    for r in results:
        run.skipped += r["skipped"]
        run.records += r["records"]
        run.problems += r["problems"]
    return run
