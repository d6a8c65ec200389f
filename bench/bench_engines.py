"""Engines side by side: one process, the local pool of 2, and Dask with 2 workers.

    .venv/bin/python bench/bench_engines.py [--n 400]

Runs the full default pipeline over the same N text articles (bench/synth.py
texts as raw dumps) on each engine and prints articles per second, per core,
and the scaling efficiency of the 2-worker engines against one process
(efficiency = (rate with 2 workers / 2) / rate with 1 process). Dask's figure
includes starting its LocalCluster, as a user's run does.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402


def corpus(n: int, folder: Path) -> Path:
    path = folder / "in.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for rec in synth.records(n, seed=3):
            f.write(json.dumps({"id": rec["id"], "text": f"{rec['title']}\n\n{rec['text']}",
                                "published": rec["published"]}, ensure_ascii=False) + "\n")
    return path


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    args = ap.parse_args()
    from rasd.ingest import read_inputs
    from rasd.runner.local import build_pipeline, run_local
    from rasd.runner.sharded import run_sharded

    with tempfile.TemporaryDirectory() as tmp:
        src = corpus(args.n, Path(tmp))
        words = sum(len(json.loads(line)["text"].split()) for line in src.read_text("utf-8").splitlines())
        build_pipeline(tuple(__import__("rasd.pipeline", fromlist=["x"]).DEFAULT_STEPS))  # load KB/models once
        one = timed(lambda: sum(1 for _ in run_local(read_inputs([str(src)]), workers=1)))
        pool = timed(lambda: sum(1 for _ in run_local(read_inputs([str(src)]), workers=2)))
        dask = timed(lambda: run_sharded([str(src)], Path(tmp) / "parts", engine="dask", workers=2,
                                         per_shard=max(1, args.n // 8)))
    rows = [("1 process", one, 1), ("local pool, 2 workers", pool, 2), ("Dask LocalCluster, 2 workers", dask, 2)]
    base = args.n / one
    print(f"| engine ({args.n} articles of {words / args.n:.0f} words, full pipeline, wall time) | articles/s "
          "| articles/s/core | words/s/core | scaling efficiency |")
    print("|---|---|---|---|---|")
    for name, secs, cores in rows:
        rate = args.n / secs
        print(f"| {name} | {rate:.1f} | {rate / cores:.1f} | {words / secs / cores:,.0f} | {rate / cores / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
