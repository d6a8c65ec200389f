"""The Dask engine: the only module that imports dask.

Shards are mapped over a Dask cluster (a `LocalCluster` when no scheduler
address is given); each task runs `run_shard`, the same per-document pipeline
as the local engine, so the records are identical. Dask reschedules a task
whose worker died; a rerun skips shards whose done marker exists.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rasd.config import Settings
from rasd.errors import ConfigError
from rasd.runner.shards import Shard, run_shard

INSTALL_HINT = "the Dask engine needs the scale extra: pip install 'rasd[scale]'"


def run_dask(shards: Sequence[Shard], out_dir: Path, specs: Sequence[str], fmt: str = "jsonl",
             scheduler: str | None = None, workers: int = 2,
             settings: Settings | None = None) -> list[dict[str, int]]:
    """Run every shard on Dask; return each shard's counts, in shard order.

    `settings` (reader limits such as `max_file_mb`) reach every shard, as in a local run.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = [s for s in shards if not s.marker(out_dir).exists()]
    done = [{"shard": s.index, "skipped": 1, "records": 0, "problems": 0} for s in shards if s.marker(out_dir).exists()]
    if not todo:
        return done
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # processes, one thread each: the pipeline is pure Python (the GIL).
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        futures = client.map(run_shard, todo, out_dir=str(out_dir), specs=list(specs), fmt=fmt,
                             settings=settings or Settings(), pure=False, retries=2)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return sorted(done + list(results), key=lambda r: r["shard"])
