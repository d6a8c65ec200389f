"""Each Arabic HTML page alone: rasd's whole pipeline per step against trafilatura.extract.

    .venv/bin/python bench/bench_html_pages.py [--shared ../shared] [--repeat 7]

For each page of `data/html/arabic/` (read from ../shared at run time, never copied): the words of
the article rasd extracts, trafilatura.extract's CPU time (default and fast mode), rasd's whole
pipeline (extraction + NLP) and its steps, each the best of `--repeat` runs after one warm-up run,
and the ratio the #7 goal is about (rasd / trafilatura.extract, default mode). `bench_pipeline.py`
gives the same pages summed; this one shows how the ratio follows the article's length.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def best_of(fn, repeat: int) -> float:
    """The least CPU seconds of `repeat` calls."""
    out = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return min(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    import trafilatura
    from bench_pipeline import timed_process

    from rasd.model import RawInput
    from rasd.pipeline import Pipeline

    pipe = Pipeline.default()
    print("| page | words | trafilatura.extract ms (default / fast) | rasd ms | ratio | rasd's steps, ms |")
    print("|---|---|---|---|---|---|")
    for page in sorted((args.shared / "data/html/arabic").glob("*.html")):
        html = page.read_text(encoding="utf-8", errors="replace")
        pipe.process(RawInput(id="warm", raw=html, kind="html"))
        traf = best_of(lambda: trafilatura.extract(html), args.repeat)
        fast = best_of(lambda: trafilatura.extract(html, fast=True), args.repeat)
        runs = []
        for k in range(args.repeat):
            steps: collections.Counter[str] = collections.Counter()
            t = time.process_time()
            doc = timed_process(pipe, RawInput(id=f"p{k}", raw=html, kind="html"), steps)
            runs.append((time.process_time() - t, steps, doc))
        total, steps, doc = min(runs, key=lambda r: r[0])
        parts = ", ".join(f"{name} {1000 * secs:.1f}" for name, secs in steps.most_common())
        print(f"| {page.name} | {len(doc.text.split())} | {1000 * traf:.1f} / {1000 * fast:.1f} | {1000 * total:.1f} "
              f"| {total / traf:.2f} x | {parts} |")


if __name__ == "__main__":
    main()
