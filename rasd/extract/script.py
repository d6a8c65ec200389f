"""Which script an article's text is in: Arabic NLP runs only on Arabic text.

A mixed feed carries English or French pages too. rasd's recognisers are built for
Arabic; run over English they find nothing useful and cost as much as on Arabic. The
`DetectScript` step sets `doc.lang` to "ar" when Arabic letters make up at least
`ARABIC_SHARE` of the letters of the title and body, and otherwise keeps a non-Arabic
language the input declared, or "und" (undetermined, BCP 47).
"""
from __future__ import annotations

import re

from rasd.model import Document

# An Arabic article quoting English names, acronyms and URLs stays well above this share;
# an English page with an Arabic word or two stays well below it.
ARABIC_SHARE = 0.3
SAMPLE_CHARS = 4000  # the share is read off the start of the text: enough, and cheap on long pages


# Arabic, Arabic Supplement and Arabic Presentation Forms (A and B) blocks.
_ARABIC_BLOCKS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the letters of text (0.0 when it has none)."""
    sample = text[:SAMPLE_CHARS]
    # counted by map/regex in C: a loop over the characters was ~1% of the pipeline's time
    letters = sum(map(str.isalpha, sample))
    arabic = sum(map(str.isalpha, "".join(_ARABIC_BLOCKS.findall(sample))))
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
