"""rasd's exceptions, drawn once:

    RasdError                 anything rasd reports as a one-line message
    ├── ConfigError           bad settings, options or watch-list files
    ├── InputError            a file, line or record that cannot be read
    ├── FetchError            a URL that could not be fetched (network, robots, size)
    ├── ExtractError          an article whose body could not be extracted
    ├── PipelineError         steps in an order that cannot work
    └── StoreError            the database refused or is damaged

The CLI turns a RasdError into one line on stderr and a non-zero exit; any other
exception is a bug and keeps its traceback.
"""
from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd reports to the user."""


class ConfigError(RasdError):
    """Settings, options or a watch-list that make no sense."""


class InputError(RasdError):
    """An input file, line or record that cannot be read; names where it is."""

    def __init__(self, where: str, what: str):
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


class FetchError(RasdError):
    """A URL that could not be fetched."""


class ExtractError(RasdError):
    """An article whose body or metadata could not be extracted."""


class PipelineError(RasdError):
    """Steps whose requires/provides do not line up."""


class StoreError(RasdError):
    """The store refused an operation or is damaged."""
