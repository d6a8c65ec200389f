"""Bytes → text for Arabic news: UTF-8 (with or without BOM), Windows-1256, ISO-8859-6.

The cascade, in one place (`decode_bytes`):
 1. a byte-order mark decides (UTF-8, UTF-16);
 2. strict UTF-8: Arabic in Windows-1256 or ISO-8859-6 is runs of bytes ≥ 0xC1,
    which almost never form valid UTF-8, so valid UTF-8 is UTF-8;
 3. UTF-8 with a few damaged bytes (≥ 10 good multi-byte characters per bad one)
    stays UTF-8, the bad bytes replaced by U+FFFD and counted;
 4. a charset the file declares (`<meta charset>`, `<?xml encoding>`), when it
    can write Arabic and decodes cleanly;
 5. Windows-1256 or ISO-8859-6, whichever reads as more Arabic (`arabic_score`);
 6. otherwise the bytes are not text rasd can read: `DecodeError`.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

LEGACY = ("cp1256", "iso8859-6")
# Declared charsets trusted outright: they can all write Arabic.
ARABIC_CAPABLE = frozenset({"utf-8", "cp1256", "iso8859-6", "utf-16", "utf-16-le", "utf-16-be",
                            "cp720", "cp864", "mac-arabic"})
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Step 3: a damaged UTF-8 file has many good multi-byte characters per bad byte;
# a legacy Arabic file read as UTF-8 has almost none.
GOOD_PER_BAD_UTF8 = 10
# Step 6: in real Arabic text nearly all non-ASCII characters are letters or
# harakat (0.935-1.0 over tests/fixtures/ingest, quotes «» “” included); all
# 128 high bytes read as Windows-1256 give 0.59.
MIN_LETTER_SHARE = 0.75
FORMAT_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive"), (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"), (b"PAR1", "Parquet file"),
)
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)"""
                        rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)""", re.I)
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
SAMPLE_BYTES = 1 << 16  # legacy guesses are judged on the first 64 KB: a whole page is not needed


class DecodeError(ValueError):
    """Bytes that are none of the encodings rasd reads."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec that decoded it, and how many bad bytes became U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0


def sniff_binary(head: bytes) -> str | None:
    """Why `head` looks like a binary file (NUL bytes, control bytes, a known format), or None."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, name in FORMAT_MAGIC:
        if head.startswith(magic):
            return f"binary file ({name})"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    controls = sum(1 for b in head if b < 0x20 and chr(b) not in ALLOWED_CONTROLS)
    if head and controls / len(head) > 0.1:
        return f"binary file ({controls} control bytes in the first {len(head)})"
    return None


def declared_charset(head: bytes) -> str | None:
    """The codec a page or XML file names for itself (`<meta charset=windows-1256>`), or None."""
    m = CHARSET_RE.search(head[:8192])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def arabic_score(text: str) -> int:
    """How Arabic a decoding reads: letters, plus the article ال, minus characters it should not hold."""
    arabic = sum(1 for c in text if "\u0621" <= c <= "\u064a")
    # à, ç, é … appear when ISO-8859-6 Arabic (ق ه و ى ي) is read as Windows-1256; a real
    # text may hold a few, so they cost less than impossible characters.
    accents = sum(1 for c in text if "\u00c0" <= c <= "\u00ff" and c not in "×÷")
    return arabic + 3 * text.count("ال") - accents - 5 * _impossible_count(text)


def _impossible_count(text: str) -> int:
    """Characters a real text never holds: U+FFFD, C0/C1 controls, unassigned code points."""
    return sum(1 for c in text if c == "\ufffd"
               or (unicodedata.category(c) in ("Cc", "Cn") and c not in ALLOWED_CONTROLS))


def guess_legacy(data: bytes) -> Decoded:
    """Windows-1256 or ISO-8859-6, whichever reads as more Arabic (judged on a sample); 1256 on a tie."""
    sample = data[:SAMPLE_BYTES]
    best, best_score = LEGACY[0], arabic_score(sample.decode(LEGACY[0], errors="replace"))
    for enc in LEGACY[1:]:
        score = arabic_score(sample.decode(enc, errors="replace"))
        if score > best_score:
            best, best_score = enc, score
    text = data.decode(best, errors="replace")
    return Decoded(text, best, text.count("\ufffd"))


def _letter_share(text: str) -> float:
    """Share of non-ASCII characters that are letters or marks (1.0 when there are none)."""
    high = [c for c in text[:SAMPLE_BYTES] if ord(c) > 0x7F and not c.isspace()]
    if not high:
        return 1.0
    good = sum(1 for c in high if unicodedata.category(c)[0] in "LM")
    return good / len(high)


def _try_utf8(data: bytes) -> Decoded | None:
    """Strict UTF-8, or UTF-8 with a few damaged bytes replaced; None when it is not UTF-8."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for part in (data[:SAMPLE_BYTES], data):  # the sample rules out legacy files cheaply
        text = part.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII characters, at C speed
        if good < GOOD_PER_BAD_UTF8 * bad:
            return None
    return Decoded(text, "utf-8", bad)


def _try_declared(data: bytes, declared: str | None, legacy: Decoded) -> Decoded | None:
    """The declared charset, when it decodes cleanly and can write Arabic (or nothing is Arabic)."""
    if not declared:
        return None
    if declared not in ARABIC_CAPABLE and arabic_score(legacy.text) > 0:
        return None  # old Arabic sites often declare latin-1 over Windows-1256 bytes
    try:
        return Decoded(data.decode(declared), declared)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode one file or line by the cascade in the module docstring; DecodeError if unreadable."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            text = (data[len(bom):] if enc == "utf-8" else data).decode(enc, errors="replace")
            return Decoded(text, enc + "-sig" if enc == "utf-8" else enc, text.count("\ufffd"))
    utf8 = _try_utf8(data)
    if utf8 is not None:
        return utf8
    legacy = guess_legacy(data)
    chosen = _try_declared(data, declared, legacy) or legacy
    if _letter_share(chosen.text) < MIN_LETTER_SHARE:
        raise DecodeError("not UTF-8, and not Arabic text in Windows-1256 or ISO-8859-6")
    return chosen


def universal_newlines(text: str) -> str:
    """CRLF and lone CR as LF, as Python's text mode reads files: old Windows dumps end lines in CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class LineDecoder:
    """Decodes a file line by line; the first non-UTF-8 line picks the legacy codec for the rest."""

    def __init__(self, declared: str | None = None):
        self.declared = declared

    def decode(self, line: bytes) -> Decoded:
        """One line's text; DecodeError when it is unreadable."""
        if line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        try:
            return Decoded(line.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
        decoded = decode_bytes(line, self.declared)
        if decoded.encoding in LEGACY:
            self.declared = decoded.encoding  # one file, one codec: keep the first guess
        return decoded
