"""Read and write the KB data files under `rasd/kb/data/` (tab-separated, some gzipped).

Files (all UTF-8, `#` comment lines first, then a header row):
- `entries.tsv.gz`: one entity a row, in `Entry` field order; lists joined by `|`.
- `names.tsv.gz`: name key → entity ids, best first (precomputed so loading is fast).
- `nationalities.tsv.gz`: nationality form key → state id (الروس → Russia).
- `metonyms.tsv`: capital/seat id → state id (Kremlin → Russia).
- `offices.tsv`: person, role, country, start, end, Arabic title, source.
- `roles.tsv`: Arabic title → role key.
- `common_names.tsv.gz`: one-word names that are also plain words (كيف "how" / Kyiv) → ids;
  those marked hidden are not in `names.tsv.gz`.
A name key is the folded name (`rasd.arabic.fold_key`) as tokens joined by one space.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from rasd.arabic import fold_key, tokenize

DATA_DIR = Path(str(resources.files("rasd.kb"))) / "data"
LIST_SEP = "|"

EntryRow = tuple  # (id, type, name_en, names_ar, aliases, country, lat, lon, source, subtype, aliases_en)
OfficeRow = tuple  # (person_id, role, country, start, end, title_ar)


@dataclass(frozen=True, slots=True)
class KBData:
    """Everything the KB holds, as plain rows and dicts."""

    entries: dict[str, str]            # id → the rest of its entries.tsv line (parsed on demand)
    names: dict[str, str]              # name key → "|"-joined ids, best first
    nationalities: dict[str, str]
    metonyms: dict[str, str]
    offices: tuple[OfficeRow, ...]
    roles: dict[str, str]
    common: dict[str, str] = field(default_factory=dict)  # plain-word name key → "|"-joined ids


# Asked for every nationality test and KB look-up (~75 an article, many for the same words):
# re-folding and re-splitting them was ~2% of the pipeline (cProfile, bench text inputs).
@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Matching key of a name: folded tokens joined by one space (بيونغ  يانغ → بيونغ يانغ)."""
    folded = fold_key(text)
    if folded.replace(" ", "").isalpha():  # the common case: letters and single spaces
        return " ".join(folded.split())
    return " ".join(t.text for t in tokenize(folded))


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")


def iter_rows(path: Path) -> Iterator[list[str]]:
    """Data rows of a TSV file (comments and the header row skipped)."""
    lines = (ln for ln in _read_text(path).split("\n") if ln and not ln.startswith("#"))
    next(lines, None)  # the header row
    for line in lines:
        yield line.split("\t")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(cell.split(LIST_SEP)) if cell else ()


def parse_entry(entry_id: str, rest: str) -> EntryRow:
    """An entries.tsv line (id split off) as a tuple in `Entry` field order."""
    c = [entry_id] + rest.split("\t")
    lat = float(c[6]) if c[6] else None
    lon = float(c[7]) if c[7] else None
    return (c[0], c[1], c[2], _split(c[3]), _split(c[4]), c[5] or None, lat, lon, c[8],
            c[9] or None, _split(c[10]))


def _opt(cell: str) -> str | None:
    return cell or None


def _first_split(path: Path) -> dict[str, str]:
    """Rows as {first cell: rest of the line}: cheap, the rest is parsed when needed."""
    lines = [ln for ln in _read_text(path).split("\n") if ln and not ln.startswith("#")]
    return dict(ln.split("\t", 1) for ln in lines[1:])


def read_data(data_dir: Path) -> KBData:
    """Load all KB files from `data_dir`."""
    entries = _first_split(data_dir / "entries.tsv.gz")
    names = _first_split(data_dir / "names.tsv.gz")
    nats = {c[0]: c[1] for c in iter_rows(data_dir / "nationalities.tsv.gz")}
    metonyms = {c[0]: c[1] for c in iter_rows(data_dir / "metonyms.tsv")}
    offices = tuple((c[0], c[1], _opt(c[2]), _opt(c[3]), _opt(c[4]), _opt(c[5]))
                    for c in iter_rows(data_dir / "offices.tsv"))
    roles = {name_key(c[0]): c[1] for c in iter_rows(data_dir / "roles.tsv")}
    common_path = data_dir / "common_names.tsv.gz"
    common = {c[0]: c[1] for c in iter_rows(common_path)} if common_path.exists() else {}
    return KBData(entries, names, nats, metonyms, offices, roles, common)


def write_tsv(path: Path, comment: str, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write a TSV (gzipped when the name ends in .gz) reproducibly: no timestamps."""
    text = "".join(f"# {line}\n" for line in comment.strip().splitlines())
    text += "\t".join(header) + "\n"
    text += "".join("\t".join(r) + "\n" for r in rows)
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    else:
        path.write_text(text, encoding="utf-8")
