"""Engines side by side: one process, the local pool of 2, and Dask with 2 workers.

    .venv/bin/python bench/bench_engines.py [--n 400]

Runs the full default pipeline over the same N text articles (bench/synth.py
texts as raw dumps) on each engine and prints articles per second, per core,
and the scaling efficiency of the 2-worker engines against one process
(efficiency = (rate with 2 workers / 2) / rate with 1 process). Each engine runs
in a fresh process and its figure includes building the pipeline (and Dask's starting its
LocalCluster), as a user's run does.
"""
from __future__ import annotations

import argparse
import json
import subprocess
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


def run_engine(engine: str, src: Path, n: int) -> float:
    """Wall seconds for one engine over `src`, the pipeline built inside the timed run (as a
    user's command builds it), in this process."""
    from rasd.ingest import read_inputs
    from rasd.runner.local import run_local
    from rasd.runner.sharded import run_sharded

    if engine == "one":
        return timed(lambda: sum(1 for _ in run_local(read_inputs([str(src)]), workers=1)))
    if engine == "pool":
        return timed(lambda: sum(1 for _ in run_local(read_inputs([str(src)]), workers=2)))
    return timed(lambda: run_sharded([str(src)], src.parent / "parts", engine="dask", workers=2,
                                     per_shard=max(1, n // 8)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--engine", choices=("one", "pool", "dask"), help=argparse.SUPPRESS)
    ap.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.engine:  # a child: one engine, cold
        print(run_engine(args.engine, args.src, args.n))
        return 0
    secs = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = corpus(args.n, Path(tmp))
        words = sum(len(json.loads(line)["text"].split()) for line in src.read_text("utf-8").splitlines())
        # each engine in a fresh process: a pool forked from a parent that has already run the
        # articles inherits its warm caches and would look faster than it is (session 11)
        for engine in ("one", "pool", "dask"):
            out = subprocess.run([sys.executable, __file__, "--engine", engine, "--src", str(src), "--n", str(args.n)],
                                 capture_output=True, text=True, check=True)
            secs[engine] = float(out.stdout.strip().splitlines()[-1])
    rows = [("1 process", secs["one"], 1), ("local pool, 2 workers", secs["pool"], 2),
            ("Dask LocalCluster, 2 workers", secs["dask"], 2)]
    base = args.n / secs["one"]
    print(f"| engine ({args.n} articles of {words / args.n:.0f} words, full pipeline and its start-up, wall time) "
          "| articles/s | articles/s/core | words/s/core | scaling efficiency |")
    print("|---|---|---|---|---|")
    for name, s_, cores in rows:
        rate = args.n / s_
        print(f"| {name} | {rate:.1f} | {rate / cores:.1f} | {words / s_ / cores:,.0f} | {rate / cores / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
