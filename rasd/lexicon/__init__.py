"""Word lists kept as data files: tab-separated, `#` lines for the header and source note.

Each file in this folder starts with comment lines saying what it lists and where
the entries come from, then a header row naming the columns. `load_table("months")`
returns the rows as dicts; loading is cached per process because lexicons are
read-only data (the cache holds file contents, not state anyone mutates).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.errors import ConfigError

LEXICON_DIR = Path(str(resources.files("rasd.lexicon")))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `rasd/lexicon/<name>.tsv` as dicts keyed by the header's column names."""
    path = LEXICON_DIR / f"{name}.tsv"
    if not path.exists():
        raise ConfigError(f"lexicon {name!r} not found at {path}")
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise ConfigError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return tuple(rows)


def load_words(name: str, column: str = "word") -> frozenset[str]:
    """One column of a lexicon as a set of strings."""
    return frozenset(r[column] for r in load_table(name) if r.get(column))
