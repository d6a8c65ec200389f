"""Every command and every setting is documented in the README."""
from __future__ import annotations

from pathlib import Path

from rasd.cli import COMMANDS, build_parser
from rasd.config import setting_help

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_in_readme() -> None:
    for name in COMMANDS:
        assert f"`rasd {name}" in README, name


def test_every_setting_in_readme() -> None:
    for name in setting_help():
        assert f"`{name}`" in README, name


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        assert sub.choices[name].format_help().strip(), name
