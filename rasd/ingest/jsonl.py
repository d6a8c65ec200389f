"""JSON Lines (and JSON arrays) of records → `RawInput`, streamed line by line.

A record is an object with `id` and `text` or `html` (`html` wins when both are
given: the page carries the title, byline and date the cleaner reads), and
optionally `url`, `published`, `lang`, `title`, `author`, `section`. A line that
is not JSON, not an object, or lacks `id` or a body becomes an `InputProblem`
naming `file:LINE`; the lines after it are still read.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from rasd.config import Settings
from rasd.ingest.dates import published_date
from rasd.ingest.decode import DecodeError, LineDecoder, decode_bytes
from rasd.ingest.files import Opened, Source, iter_lines
from rasd.ingest.records import InputProblem, InputReason, Item
from rasd.model import Problem, RawInput, RawKind

BODY_FIELDS: tuple[tuple[str, RawKind], ...] = (("html", "html"), ("text", "text"))
META_FIELDS = ("url", "lang", "title", "author", "section")
SKIPPED = "; record skipped"


def _label(rid: Any) -> str:
    return f"record {str(rid)!r}" if rid is not None else "record"


def _body(obj: dict[str, Any], where: str) -> tuple[str, RawKind] | InputProblem:
    """The record's raw body and its kind, or the problem that it has none."""
    label = _label(obj.get("id"))
    for key, kind in BODY_FIELDS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return InputProblem(where, f"{label}: \"{key}\" is a {type(value).__name__}, "
                                       f"expected a string{SKIPPED}", "no-text")
        if value.strip():
            return value, kind
    fields = ", ".join(sorted(obj)[:8])  # say what it has: a "content" or "body" field needs renaming
    return InputProblem(where, f"{label} has no \"text\" or \"html\" (or it is empty; fields: {fields})"
                               f"{SKIPPED}", "no-text")


def _meta(obj: dict[str, Any], problems: list[Problem]) -> dict[str, str | None]:
    """url, lang, title, author, section as strings; other JSON types are noted and dropped."""
    out: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            problems.append(Problem("ingest", "bad-field", f"{key} {value!r} is not a string; left empty"))
            value = None
        out[key] = (value.strip() or None) if isinstance(value, str) else None
    return out


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(value: Any) -> Any:
    """JSON escapes can encode half a character (`"\\ud83d"`); it cannot be written as UTF-8."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: _no_lone_surrogates(v) for k, v in value.items()}
    return value


def record_to_input(obj: Any, where: str) -> Item:
    """One decoded JSON value → a RawInput with `origin=where`, or an InputProblem."""
    obj = _no_lone_surrogates(obj)
    if not isinstance(obj, dict):
        return InputProblem(where, f"expected a JSON object, got {type(obj).__name__}{SKIPPED}",
                            "not-a-record")
    rid = obj.get("id")
    if isinstance(rid, (int, float)) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str) or not rid.strip():
        return InputProblem(where, f"record has no \"id\" (or it is not a string or number){SKIPPED}",
                            "no-id")
    body = _body(obj, where)
    if isinstance(body, InputProblem):
        return body
    problems: list[Problem] = []
    published, bad_date = published_date(obj.get("published"))
    if bad_date:
        problems.append(bad_date)
    return RawInput(id=rid, raw=body[0], kind=body[1], published=published, origin=where,
                    problems=problems, **_meta(obj, problems))


def parse_line(line: bytes, where: str, decoder: LineDecoder) -> Item | None:
    """One JSON Lines line → record, problem, or None for a blank line."""
    try:
        decoded = decoder.decode(line)
    except DecodeError as exc:
        return InputProblem(where, f"undecodable line ({exc}){SKIPPED}", "undecodable")
    if not decoded.text.strip():
        return None
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        return InputProblem(where, f"invalid JSON ({exc.msg} at column {exc.colno}){SKIPPED}",
                            "invalid-json")
    item = record_to_input(obj, where)
    if isinstance(item, RawInput) and decoded.replaced:
        item.problems.append(Problem("ingest", "bytes-replaced",
                                     f"{decoded.replaced} invalid UTF-8 byte(s) replaced by U+FFFD"))
    return item


def read_jsonl(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """Records of a JSON Lines stream, one line at a time (the file is never read whole)."""
    decoder = LineDecoder()
    for lineno, line in iter_lines(opened.stream, settings.max_file_bytes):
        where = f"{src.name}:{lineno}"
        if line is None:
            yield InputProblem(where, f"line longer than {settings.max_file_mb:g} MB (max_file_mb)"
                                      f"{SKIPPED}", "too-large")
            continue
        item = parse_line(line, where, decoder)
        if item is not None:
            yield item


def read_json_array(opened: Opened, src: Source, settings: Settings) -> Iterator[Item]:
    """Records of a JSON file holding one array of objects (read whole, so capped in size)."""
    data = opened.stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        yield InputProblem(src.name, f"JSON array file larger than {settings.max_file_mb:g} MB "
                                     "(max_file_mb); write it as JSON Lines; skipped", "too-large")
        return
    try:
        values = json.loads(decode_bytes(data).text)
    except (DecodeError, json.JSONDecodeError) as exc:
        reason: InputReason = "undecodable" if isinstance(exc, DecodeError) else "invalid-json"
        yield InputProblem(src.name, f"cannot read JSON ({exc}); skipped", reason)
        return
    if not isinstance(values, list):
        values = [values]
    for n, obj in enumerate(values, 1):
        yield record_to_input(obj, f"{src.name}#{n}")


