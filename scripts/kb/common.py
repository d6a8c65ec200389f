"""Shared pieces of the KB build: the mutable draft entity, TSV reading, Arabic-name checks."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "rasd" / "kb" / "curated"
SHARED = ROOT.parent / "shared" / "data"
GAZ = SHARED / "gazetteers"

# Letters of the Arabic alphabet (with hamza forms and ta marbuta) plus space, hyphen, apostrophe.
# Names with Persian/Urdu-only letters (پ چ ژ گ ک ی ٹ ۀ ...) are not Arabic spellings.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-']+$")


def is_arabic_name(text: str) -> bool:
    """True for a name written only in Arabic-alphabet letters (no Persian/Urdu letters)."""
    return bool(_ARABIC_NAME.match(text)) and any("\u0621" <= c <= "\u064a" for c in text)


def ascii_name(name: str) -> str:
    """An English name without diacritics, as news writes it: Şırnak → Sirnak, Doğubayazıt → Dogubayazit."""
    name = name.replace("ı", "i").replace("İ", "I").replace("‘", "'").replace("’", "'").replace("ʼ", "'")
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_ar(text: str) -> str:
    """Strip diacritics-free noise: tatweel, shadda/harakat, doubled spaces."""
    text = re.sub(r"[\u064b-\u0652\u0670\u0640]", "", text)
    return " ".join(text.split())


# Uyghur written in Arabic script, which gazetteers file among a place's Arabic names, uses ى
# inside words and ئ to open them (مادرىد Madrid, ئالجىر Algiers); Arabic writes ى only at a
# word's end. Such a name folds onto Arabic words and names (رىم, Rome → ريم, the name Reem).
_OTHER_SCRIPT = re.compile(r"ى(?=[\u0621-\u064a])|(?:^|\s)ئ")


def other_script(name: str) -> bool:
    """True for a name written in another language's Arabic script (medial ى, initial ئ)."""
    return bool(_OTHER_SCRIPT.search(name))


@dataclass
class Draft:
    """An entity being assembled from several sources."""

    id: str
    type: str
    name_en: str
    subtype: str | None = None
    names_ar: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    sources: list[str] = field(default_factory=list)
    prio: int = 50          # lower ranks first when names collide
    population: int = 0

    def add_names(self, names: list[str], alias: bool = False) -> None:
        """Add Arabic names (cleaned, deduplicated, in order); names in another language's Arabic
        script are left out (`other_script`)."""
        target = self.aliases if alias else self.names_ar
        for n in names:
            n = clean_ar(n)
            if n and not other_script(n) and n not in self.names_ar and n not in target:
                target.append(n)

    def add_source(self, source: str) -> None:
        if source and source not in self.sources:
            self.sources.append(source)


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()] if cell else []


def read_curated(name: str) -> list[dict[str, str]]:
    """Rows of `rasd/kb/curated/<name>.tsv` as dicts (comments skipped)."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in (CURATED / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"{name}.tsv: {len(cells)} cells, header has {len(header)}: {line!r}")
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows
