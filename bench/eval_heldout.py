"""Score `rasd extract` on the held-out articles written for the project (bench/heldout/).

    .venv/bin/python bench/eval_heldout.py [--docs] [--json OUT]

The dev set (`../shared/eval/dev`) was read while the rules were written; these twelve
articles were not: they are invented events about real public figures, in the styles of
Egyptian, Gulf, Levantine and Maghrebi outlets (crawl dumps and clean wire copy), annotated
by the gold conventions of `../shared/eval/GOLD_SCHEMA.md`. They measure how rasd carries
to other outlets. Never tune a rule to one of them: fix the pattern, then re-measure.

`--gold bench/heldout_docs` scores crawl dumps annotated for the `document` layer only
(see its README): read only that line there. `--gold bench/blind` scores the articles written
in session 2 and first scored blind (bench/blind/README.md). Each set's floors, where it has
them, are in bench/floors_<set>.json.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_dev  # noqa: E402  (bench/ is not a package)

HELDOUT = Path(__file__).resolve().parent / "heldout"


def score_heldout(folder: Path = HELDOUT) -> dict:
    """Score the held-out folder with the shared scorer (which sits next to the gold)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "heldout"
        shutil.copytree(folder, gold)
        shutil.copy(eval_dev.SHARED_EVAL / "score.py", Path(tmp) / "score.py")
        return eval_dev.score(gold)


def floors_for(folder: Path) -> Path:
    """The floors of a project-written set: bench/floors_<folder name>.json (heldout, blind)."""
    return Path(__file__).resolve().parent / f"floors_{folder.resolve().name}.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=HELDOUT)
    ap.add_argument("--docs", action="store_true", help="also print each article's F1 per layer")
    ap.add_argument("--json", type=Path, help="write the scorer's JSON here")
    args = ap.parse_args(argv)
    result = score_heldout(args.gold)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    floors_file = floors_for(args.gold)
    floors = json.loads(floors_file.read_text()) if floors_file.is_file() else {}
    eval_dev.print_table(result, floors, args.docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
