"""Which script an article's text is in: Arabic NLP runs only on Arabic text.

A mixed feed carries English or French pages too. rasd's recognisers are built for
Arabic; run over English they find nothing useful and cost as much as on Arabic. The
`DetectScript` step sets `doc.lang` to "ar" when Arabic letters make up at least
`ARABIC_SHARE` of the letters of the title and body, and otherwise keeps a non-Arabic
language the input declared, or "und" (undetermined, BCP 47).
"""
from __future__ import annotations

from rasd.model import Document

# An Arabic article quoting English names, acronyms and URLs stays well above this share;
# an English page with an Arabic word or two stays well below it.
ARABIC_SHARE = 0.3
SAMPLE_CHARS = 4000  # the share is read off the start of the text: enough, and cheap on long pages


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the letters of text (0.0 when it has none)."""
    letters = arabic = 0
    for ch in text[:SAMPLE_CHARS]:
        if ch.isalpha():
            letters += 1
            arabic += "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"
    return arabic / letters if letters else 0.0


def detect_lang(title: str | None, text: str, declared: str | None) -> str:
    """"ar" for Arabic text, else the declared non-Arabic language, else "und"."""
    if arabic_share(f"{title or ''}\n{text}") >= ARABIC_SHARE:
        return "ar"
    return declared if declared and declared != "ar" else "und"


class DetectScript:
    """Set `doc.lang` from the script of the title and body."""

    name = "script"
    requires = ("text",)
    provides = ("lang",)

    def __call__(self, doc: Document) -> Document:
        doc.lang = detect_lang(doc.title, doc.text or "", doc.lang)
        return doc
