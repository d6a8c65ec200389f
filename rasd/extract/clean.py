"""Scaffold: the body is the raw text, unchanged. Replaced by the real cleaner."""
from __future__ import annotations

from rasd.model import Document


class CleanArticle:
    name = "clean"
    requires = ("raw",)
    provides = ("text", "title", "author", "section", "published")

    def __call__(self, doc: Document) -> Document:
        doc.text = doc.raw
        return doc
