"""Where input bytes come from: paths, folders (recursively, sorted), stdin, compressed streams.

A `Source` names one stream: how records cite it (`origin`), the id an
only-article file gets, and the format its name suggests. `open_source` hands
back the stream with its first bytes already in hand, decompressed when they start with gzip,
bzip2 or xz magic, whatever the file is called.
"""
from __future__ import annotations

import bz2
import codecs
import contextlib
import gzip
import io
import lzma
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rasd.ingest.records import InputProblem

STDIN = "-"
STDIN_NAME = "<stdin>"
COMPRESSION_EXTS = (".gz", ".gzip", ".bz2", ".xz")
# Extensions stripped from a file name to make an article id: news.txt.gz → news
ARTICLE_EXTS = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".sgml", ".sgm", ".xml")
HEAD_BYTES = 1 << 16  # enough to sniff a format and a declared charset
MAGIC: tuple[tuple[bytes, str], ...] = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))


@dataclass(frozen=True, slots=True)
class Source:
    """One input stream: a file (given or found in a folder) or stdin."""

    name: str              # how records cite it: the path as reached, or <stdin>
    doc_id: str            # id of the article when the file holds exactly one
    path: Path | None = None  # None for stdin

    @property
    def suffix(self) -> str:
        """The format extension, compression removed: `a.jsonl.gz` → `.jsonl`."""
        if self.path is None:
            return ""
        name = self.path.name.lower()
        for ext in COMPRESSION_EXTS:
            name = name.removesuffix(ext)
        return Path(name).suffix


@dataclass(frozen=True, slots=True)
class Opened:
    """An open source: its (decompressed) bytes from the start, the first of them, the compression."""

    stream: io.BufferedReader
    head: bytes
    compression: str | None


def _strip_exts(name: str) -> str:
    """`a/b.txt.gz` → `a/b`: compression and article extensions removed."""
    for ext in COMPRESSION_EXTS:
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    for ext in ARTICLE_EXTS:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def _walk(folder: Path, seen: frozenset[Path] = frozenset()) -> Iterator[Path | InputProblem]:
    """Files under `folder`, recursively, sorted by name; hidden entries (.git, .DS_Store) skipped."""
    seen = seen | {folder.resolve()}
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield InputProblem(str(folder), f"cannot list folder ({exc.strerror or exc}); skipped", "unreadable")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.resolve() not in seen:  # a symlink back up the tree would loop forever
                yield from _walk(entry, seen)
        elif entry.is_file():
            yield entry


def iter_sources(specs: Sequence[str]) -> Iterator[Source | InputProblem]:
    """Each given path in order: files as they are, folders expanded, `-` as stdin."""
    for spec in specs:
        if spec == STDIN:
            yield Source(STDIN_NAME, "stdin")
            continue
        path = Path(spec)
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, InputProblem):
                    yield found
                else:
                    yield Source(str(found), _strip_exts(found.relative_to(path).as_posix()), found)
        elif path.exists():  # a file, or a pipe such as <(zcat news.gz)
            yield Source(spec, _strip_exts(path.name), path)
        else:
            yield InputProblem(spec, "no such file or folder; skipped", "missing-path")


def compression_of(head: bytes) -> str | None:
    """`gzip`, `bzip2` or `xz` when the bytes start with that format's magic, else None."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


class _Replay(io.RawIOBase):
    """A stream whose first bytes were already read: gives them again, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read1(len(buf))  # type: ignore[attr-defined]
        buf[: len(data)] = data
        return len(data)


class _Utf16AsUtf8(io.RawIOBase):
    """A UTF-16 stream (with BOM) read as UTF-8 bytes, so line readers work on it unchanged."""

    def __init__(self, stream: BinaryIO):
        self._text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace")  # type: ignore[arg-type]
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buf: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._text.read(1 << 14)
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8")
        n = min(len(buf), len(self._pending))
        buf[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def read1(self, size: int = -1) -> bytes:
        buf = bytearray(size if size > 0 else 1 << 16)
        return bytes(buf[: self.readinto(buf)])


def _with_head(stream: BinaryIO) -> tuple[io.BufferedReader, bytes]:
    """The stream from its start, and its first HEAD_BYTES (fewer only at end of stream)."""
    head = stream.read(HEAD_BYTES)
    return io.BufferedReader(_Replay(head, stream), buffer_size=1 << 16), head


def _decompressor(kind: str, stream: BinaryIO) -> BinaryIO:
    """A reader that decompresses `stream` as `kind` (gzip, bzip2, xz)."""
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    if kind == "bzip2":
        return bz2.BZ2File(stream)  # type: ignore[return-value]
    return lzma.LZMAFile(stream)  # type: ignore[return-value]


@contextlib.contextmanager
def open_source(src: Source) -> Iterator[Opened]:
    """The source's bytes, decompressed when they start with gzip/bzip2/xz magic, UTF-16 as UTF-8."""
    raw: BinaryIO = sys.stdin.buffer if src.path is None else open(src.path, "rb")
    try:
        stream, head = _with_head(raw)
        kind = compression_of(head)
        if kind is not None:
            stream, head = _with_head(_decompressor(kind, stream))
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            stream, head = _with_head(_Utf16AsUtf8(stream))  # type: ignore[arg-type]  # Notepad "Unicode"
        yield Opened(stream, head, kind)
    finally:
        if src.path is not None:
            raw.close()


def iter_lines(stream: io.BufferedReader, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than `max_bytes` (skipped whole)."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
            continue
        yield lineno, line
