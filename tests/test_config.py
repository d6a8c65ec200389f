"""Settings: defaults with help, rasd.toml, RASD_* variables, clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.commands.extract import add_parser
from rasd.config import Settings, load_settings, setting_help
from rasd.errors import ConfigError


def test_every_setting_has_a_default_and_help() -> None:
    for name, (default, help_text) in setting_help().items():
        assert default is not None and len(help_text) > 20, name


def test_defaults_without_file_or_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(env={}) == Settings()
    assert Settings().max_file_bytes == 20 * 1024 * 1024


def test_toml_then_environment(tmp_path: Path) -> None:
    toml = tmp_path / "rasd.toml"
    toml.write_text("[rasd]\nworkers = 2\nmax_file_mb = 5\n")
    assert load_settings(toml, env={}) == Settings(workers=2, max_file_mb=5.0)
    assert load_settings(toml, env={"RASD_WORKERS": "3"}).workers == 3


@pytest.mark.parametrize("env, says", [
    ({"RASD_WORKERS": "many"}, "workers: expected int, got 'many'"),
    ({"RASD_MAX_FILE_MB": "big"}, "max_file_mb: expected float"),
])
def test_bad_values_are_config_errors(env: dict[str, str], says: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=says):
        load_settings(env=env)


def test_unknown_setting_in_toml(tmp_path: Path) -> None:
    toml = tmp_path / "rasd.toml"
    toml.write_text("wokers = 2\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(toml, env={})


def test_updated_ignores_unset_options() -> None:
    assert Settings().updated(workers=None, max_file_mb=2.0) == Settings(max_file_mb=2.0)


def test_extract_options_are_documented() -> None:
    import argparse

    parser = add_parser(argparse.ArgumentParser().add_subparsers())
    for action in parser._actions:
        assert action.help, action.dest
