"""Throughput and peak memory of rasd's HTML extraction vs plain trafilatura, same pages.

    .venv/bin/python bench/bench_extract.py [--shared ../shared] [--repeat 1]

Pages: `data/html/aeb/html/*.html.gz` (181) plus `data/html/arabic/*.html`. Each
system runs in its own subprocess (one core): rasd's `CleanArticle` step on
kind=html documents, and `trafilatura.extract(html)` with its defaults. A
warm-up page (imports, justext stop lists) is excluded from the timing. Reported:
pages per second per core (CPU time), wall seconds, and the subprocess's peak
resident memory (`resource.getrusage`, which includes the interpreter and
libraries).
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_pages(shared: Path) -> list[str]:
    pages = [gzip.open(p).read().decode("utf-8", "replace")
             for p in sorted((shared / "data/html/aeb/html").glob("*.html.gz"))]
    pages += [p.read_text(encoding="utf-8", errors="replace")
              for p in sorted((shared / "data/html/arabic").glob("*.html"))]
    return pages


def worker(system: str, shared: Path, repeat: int) -> dict[str, float]:
    """Time one system over all pages in this process; return its figures."""
    pages = load_pages(shared)
    if system == "rasd":
        sys.path.insert(0, str(ROOT))
        from rasd.extract.clean import CleanArticle
        from rasd.model import Document

        step = CleanArticle()

        def run(raw: str) -> str:
            return step(Document(id="b", raw=raw, kind="html")).text
    else:
        import trafilatura

        def run(raw: str) -> str:
            return trafilatura.extract(raw) or ""
    run(pages[0])  # warm-up: imports and stop lists load once per process
    cpu0, wall0 = time.process_time(), time.perf_counter()
    chars = 0
    for _ in range(repeat):
        for raw in pages:
            chars += len(run(raw))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(pages) * repeat
    return {"pages": n, "cpu_s": cpu, "wall_s": wall, "per_core": n / cpu, "peak_mb": peak_mb, "chars": chars}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--worker", choices=["rasd", "trafilatura"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.shared), args.repeat)))
        return
    results = {}
    for system in ("trafilatura", "rasd"):
        out = subprocess.run([sys.executable, __file__, "--worker", system, "--shared", args.shared,
                              "--repeat", str(args.repeat)], capture_output=True, text=True, check=True)
        results[system] = json.loads(out.stdout.strip().splitlines()[-1])
    base = results["trafilatura"]["cpu_s"]
    print(f"{'system':12} {'pages':>6} {'cpu s':>7} {'wall s':>7} {'pages/s/core':>13} {'peak MB':>8} {'time x':>7}")
    for system, r in results.items():
        print(f"{system:12} {r['pages']:6d} {r['cpu_s']:7.2f} {r['wall_s']:7.2f} {r['per_core']:13.1f} "
              f"{r['peak_mb']:8.0f} {r['cpu_s'] / base:7.2f}")


if __name__ == "__main__":
    main()
