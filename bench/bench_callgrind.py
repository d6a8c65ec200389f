"""One pass of the pipeline over the text inputs, inside `math.fsum`, for an instruction count.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=math_fsum \\
        .venv/bin/python bench/bench_callgrind.py warm [--shared ../shared] [--synthetic 100]

Instruction counts do not move with the load of a shared machine, where CPU times swing by
±15% between runs. The pipeline is built and warmed (`warm`: one pass over the same inputs,
so every word form has been seen; `cold`: one article only) outside the counted region; only
the pass inside `math.fsum(...)` is counted. `--synthetic 100` gives the 112 text inputs of
`bench_pipeline.py --synthetic 100`. Hash seeds are random: counts vary by about ±0.5%.
To count another tree, put it first on the path: `PYTHONPATH=/path/to/tree valgrind ...`.

`--step NAME` counts one step alone (e.g. `--step entities`): every document is taken through
the steps before it outside the counted region, then only that step runs inside `math.fsum`.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("warm", "cold"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--synthetic", type=int, default=100)
    ap.add_argument("--step", metavar="NAME", help="count only this pipeline step (e.g. entities, quotes)")
    args = ap.parse_args(argv)
    from bench_pipeline import tagged_records, text_inputs

    from rasd.model import Document, RawInput
    from rasd.pipeline import Pipeline

    items = text_inputs(args.shared, args.synthetic)

    def records(tag: str) -> list[RawInput]:
        return tagged_records(items, tag)

    pipe = Pipeline.default()
    for rec in records("warm") if args.mode == "warm" else records("warm")[:1]:
        pipe.process(rec)
    if args.step is None:
        math.fsum(float(bool(pipe.process(rec).text)) for rec in records("counted"))
        print(f"{len(items)} articles counted ({args.mode})")
        return
    names = [step.name for step in pipe.steps]
    if args.step not in names:
        raise SystemExit(f"no step {args.step!r}; the pipeline's steps: {', '.join(names)}")
    k = names.index(args.step)
    docs = []
    for rec in records("counted"):  # the steps before it, not counted
        doc = Document.from_input(rec)
        for step in pipe.steps[:k]:  # as Pipeline.run_one does
            doc = step(doc)
            doc.provided.update(step.provides)
        docs.append(doc)
    target = pipe.steps[k]
    math.fsum(float(bool(target(doc).text)) for doc in docs)
    print(f"{len(items)} articles counted ({args.mode}), step {args.step} only")


if __name__ == "__main__":
    main()
