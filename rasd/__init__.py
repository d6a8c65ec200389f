"""rasd (رصد): Arabic news in, structured records out: who said what, who did what to whom."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
