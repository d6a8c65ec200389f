"""Warm passes of two or more rasd builds, interleaved pass by pass, for a time comparison.

    .venv/bin/python bench/bench_interleave.py 30 /path/to/tree /path/to/other/tree [...]
    .venv/bin/python bench/bench_interleave.py 20 .venv/bin/python /other/venv/bin/python   # two interpreters

Each build is a rasd checkout, run by this interpreter with the tree first on the path, or an
interpreter (an executable file, e.g. another venv's python with rasd's dependencies), which runs
this checkout's tree: the same code under two Python builds. Each gets a worker process that builds the pipeline and makes one untimed pass over the 112 text
inputs of `bench_pipeline.py --synthetic 100`; then the workers take turns, one timed pass
each (`time.process_time`), N rounds, the order reversed every other round. On a shared
machine whose CPU times swing by 1.5 x between runs, the ratio of neighbouring passes is
steadier than separate runs. Prints articles/s per build and each build's pass-by-pass ratio
to the first.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def worker(build: str) -> None:
    """Warm the pipeline, then time one pass for every line read from stdin."""
    sys.path.insert(0, str(BENCH))
    from bench_pipeline import tagged_records, text_inputs  # puts this checkout first ...

    sys.path.insert(0, build)  # ... and the build's tree before it

    import rasd.arabic
    from rasd.pipeline import Pipeline

    items = text_inputs(BENCH.parent.parent / "shared", 100)
    pipe = Pipeline.default()
    for rec in tagged_records(items, "warm"):
        pipe.process(rec)
    print(rasd.arabic.__file__, flush=True)
    for k, _ in enumerate(sys.stdin):
        recs = tagged_records(items, f"pass{k}")
        cpu = time.process_time()
        for rec in recs:
            pipe.process(rec)
        print(len(items) / (time.process_time() - cpu), flush=True)


def _worker_command(build: str) -> list[str]:
    """A tree runs under this interpreter; an interpreter (an executable file) runs this checkout's
    tree, so two Python builds can be compared on the same code."""
    path = Path(build)
    if path.is_file() and os.access(path, os.X_OK):
        return [os.path.abspath(path), __file__, "--worker", str(BENCH.parent)]
    return [sys.executable, __file__, "--worker", os.path.abspath(build)]


def main(rounds: int, builds: list[str]) -> None:
    """Start a worker per build, alternate their passes, print rates and ratios."""
    procs = [subprocess.Popen(_worker_command(b), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd="/")
             for b in builds]
    for b, p in zip(builds, procs):
        print(f"{b}: {p.stdout.readline().strip()}")  # which rasd it imported
    rates: list[list[float]] = [[] for _ in builds]
    for r in range(rounds):
        order = range(len(builds)) if r % 2 == 0 else reversed(range(len(builds)))
        for k in order:
            procs[k].stdin.write("pass\n")
            procs[k].stdin.flush()
            rates[k].append(float(procs[k].stdout.readline()))
    for b, rs in zip(builds, rates):
        print(f"{b}: articles/s median {statistics.median(rs):.1f} (best {max(rs):.1f}, worst {min(rs):.1f})")
        ratios = [x / y for x, y in zip(rs, rates[0])]
        print(f"  pass by pass / first: median {statistics.median(ratios):.3f}, mean {statistics.mean(ratios):.3f}")
    for p in procs:
        p.stdin.close()
        p.wait()


if __name__ == "__main__":
    if sys.argv[1] == "--worker":
        worker(sys.argv[2])
    else:
        main(int(sys.argv[1]), sys.argv[2:])
