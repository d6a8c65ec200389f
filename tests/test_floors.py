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
