"""Score `rasd extract` on the hand-annotated dev set and check the accuracy floors.

    make eval                     # or: .venv/bin/python bench/eval_dev.py [--gold DIR]

Runs the shared scorer (`../shared/eval/score.py`): writes the gold articles as input
records, runs `rasd extract` on them, scores the records, prints each layer's F1 next to
its floor from `bench/floors.json`, and exits 1 when a layer falls below its floor.
Floors only go up: raise them when a change lifts a layer.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
FLOORS = ROOT / "bench" / "floors.json"


def score(gold: Path) -> dict:
    """Run inputs → rasd extract → score; return the scorer's JSON (micro + docs)."""
    scorer = str(gold.parent / "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        inp, pred = Path(tmp) / "in.jsonl", Path(tmp) / "pred.jsonl"
        inp.write_text(subprocess.run([sys.executable, scorer, "inputs", str(gold)], check=True,
                                      capture_output=True, text=True).stdout, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "rasd", "extract", str(inp), "-o", str(pred), "--quiet"],
                       check=True, cwd=ROOT)
        out = subprocess.run([sys.executable, scorer, "score", str(gold), str(pred), "--json", "--docs"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def print_table(result: dict, floors: dict, docs: bool = False) -> None:
    """Each layer's P/R/F1 (and counts) beside its floor; with docs, each article's F1."""
    print(f"{'layer':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}{'floor':>7}")
    for layer, v in result["micro"].items():
        print(f"{layer:<18}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['pred']:>6}{v['gold']:>6}"
              f"{floors.get(layer, 0):>7.2f}")
    if docs:
        for d in result["docs"]:
            print(d["id"], " ".join(f"{k}={d[k]['f1']:.2f}" for k in result["micro"]))


def below_floors(micro: dict, floors: dict) -> list[str]:
    return [f"{k}: {micro[k]['f1']:.3f} < floor {v:.3f}" for k, v in floors.items() if micro[k]["f1"] < v]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SHARED_EVAL / "dev")
    ap.add_argument("--docs", action="store_true", help="also print each article's F1 per layer")
    args = ap.parse_args(argv)
    result = score(args.gold)
    floors = json.loads(FLOORS.read_text())
    print_table(result, floors, args.docs)
    failed = below_floors(result["micro"], floors)
    for f in failed:
        print("BELOW FLOOR", f)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
