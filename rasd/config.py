"""Settings: one table of named values, each with a default and a line of help.

Values come from (later wins) the defaults below, a `rasd.toml` file (a
`[rasd]` table or top-level keys) and `RASD_<NAME>` environment variables,
e.g. `RASD_MAX_FILE_MB=50`. Commands pass a `Settings` down; nothing reads the
environment anywhere else.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting rasd reads, with its default."""

    max_file_mb: float = _setting(
        20.0, "largest single article (a .txt/.html file, a JSONL line, one SGML document) "
              "read, in MB; larger ones are skipped with a problem")
    workers: int = _setting(1, "processes used by `rasd extract` (1 = run in this process)")
    chunksize: int = _setting(
        8, "articles handed to a worker at a time; 8 pages ≈ 0.25 s of trafilatura work, "
           "small enough to keep both cores busy to the end of a batch")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def updated(self, **changes: Any) -> Settings:
        """A copy with the given settings changed; None values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def setting_help() -> dict[str, tuple[Any, str]]:
    """Each setting's name → (default, help), for docs and `--help`."""
    return {f.name: (f.default, f.metadata["help"]) for f in fields(Settings)}


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Convert a text or TOML value to the type of the setting's default."""
    try:
        if isinstance(default, bool):
            return str(value).lower() in {"1", "true", "yes", "on"}
        return type(default)(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name}: expected {type(default).__name__}, got {value!r}") from None


def load_settings(toml_path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then `rasd.toml` (if given or present here), then RASD_* variables."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = toml_path or (Path("rasd.toml") if Path("rasd.toml").is_file() else None)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
        values.update(data.get("rasd", data))
    known = {f.name: f.default for f in fields(Settings)}
    for name in known:
        if f"RASD_{name.upper()}" in env:
            values[name] = env[f"RASD_{name.upper()}"]
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return Settings(**{k: _coerce(k, v, known[k]) for k, v in values.items()})
