"""cProfile of one pipeline step, warm: the 112 bench text inputs processed once untimed, then once
with only STEP profiled.

    .venv/bin/python bench/step_profile.py STEP [--sort cumulative] [--top 40] [--shared ../shared]

STEP is a step name (clean, script, title, entities, quantities, times, quotes, events). For
hot spots only: cProfile's per-call cost exaggerates small Python loops, so claims of speed are
made with `bench/bench_callgrind.py` instruction counts.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step")
    ap.add_argument("--sort", default="cumulative")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--synthetic", type=int, default=100)
    args = ap.parse_args(argv)
    from bench_pipeline import tagged_records, text_inputs

    from rasd.model import Document, RawInput
    from rasd.pipeline import Pipeline

    items = text_inputs(args.shared, args.synthetic)

    def records(tag: str) -> list[RawInput]:
        return tagged_records(items, tag)

    pipe = Pipeline.default()
    if args.step not in [s.name for s in pipe.steps]:
        sys.exit(f"step_profile: no step {args.step!r}; steps: {', '.join(s.name for s in pipe.steps)}")
    for rec in records("warm"):
        pipe.process(rec)
    prof = cProfile.Profile()
    for rec in records("profiled"):
        doc = Document.from_input(rec)
        for step in pipe.steps:
            if step.name == args.step:
                prof.enable()
            doc = step(doc)
            if step.name == args.step:
                prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
