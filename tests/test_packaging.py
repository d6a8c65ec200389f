"""Every data file under rasd/ ships in a wheel: its name matches a package-data pattern.

A model or lexicon missing from `[tool.setuptools.package-data]` works in the editable
checkout and is silently absent from `pip install .` (ner.nn.npz was, until session 10).
"""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _patterns() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["*"]


def test_every_data_file_matches_a_package_data_pattern() -> None:
    patterns = _patterns()
    data = [p for p in (ROOT / "rasd").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "no data files found under rasd/"
    missing = [str(p.relative_to(ROOT)) for p in data if not any(fnmatch.fnmatch(p.name, pat) for pat in patterns)]
    assert missing == []


def test_the_network_model_is_covered() -> None:
    # the file this test was written for: the NER network's weights
    assert any(fnmatch.fnmatch("ner.nn.npz", pat) for pat in _patterns())
