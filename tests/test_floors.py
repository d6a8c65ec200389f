"""The dev-set accuracy floors in bench/floors.json hold (needs ../shared/eval)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "dev"
sys.path.insert(0, str(ROOT / "bench"))


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/eval/dev not present")
def test_dev_set_meets_floors() -> None:
    import eval_dev

    result = eval_dev.score(GOLD)
    floors = json.loads((ROOT / "bench" / "floors.json").read_text())
    assert eval_dev.below_floors(result["micro"], floors) == []


def test_floors_are_fractions() -> None:
    floors = json.loads((ROOT / "bench" / "floors.json").read_text())
    assert floors and all(0.0 <= v <= 1.0 for v in floors.values())


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval" / "score.py").is_file(), reason="../shared/eval not present")
@pytest.mark.parametrize("name", ["heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                                  "blind10"])
def test_project_set_meets_floors(name: str) -> None:
    """The project-written articles (bench/heldout; bench/blind, first scored blind in session 2;
    bench/blind2 to blind10, first scored blind in sessions 3 to 7) keep their floors too
    (bench/floors_<set>.json)."""
    import eval_dev
    import eval_heldout

    folder = ROOT / "bench" / name
    result = eval_heldout.score_heldout(folder)
    floors = json.loads(eval_heldout.floors_for(folder).read_text())
    assert eval_dev.below_floors(result["micro"], floors) == []
