"""Arabic NLP runs on Arabic text only; other scripts keep their extraction and skip it."""
from __future__ import annotations

import pytest

from rasd.extract.script import arabic_share, detect_lang
from rasd.model import RawInput
from rasd.pipeline import ARABIC_STAGES, DEFAULT_STEPS, ArabicOnly, Pipeline


@pytest.mark.parametrize("title,text,declared,lang", [
    # "The army announced 500 soldiers were sent": Arabic
    (None, "أعلن الجيش إرسال 500 جندي إلى الحدود.", None, "ar"),
    # an Arabic article quoting an English name and a link stays Arabic
    ("بايدن يزور بولندا", "قال جو بايدن (Joe Biden) في تغريدة على https://x.com/potus إن الزيارة مهمة.", "ar", "ar"),
    # an English page that mentions one Arabic word is not Arabic, even if the feed said "ar"
    (None, "The Houthis, known in Arabic as أنصار الله, fired a missile at the ship on Friday.", "ar", "und"),
    # a French page keeps its declared language
    ("Attaque", "L'armée a annoncé l'envoi de 500 soldats à la frontière.", "fr", "fr"),
    (None, "", None, "und"),
])
def test_detect_lang(title: str | None, text: str, declared: str | None, lang: str) -> None:
    assert detect_lang(title, text, declared) == lang


def test_share_counts_letters_only() -> None:
    assert arabic_share("2024 - 123") == 0.0
    assert arabic_share("سلام abc") == pytest.approx(4 / 7)


def test_english_text_skips_arabic_stages_but_keeps_its_body() -> None:
    doc = Pipeline.default().process(RawInput(
        id="en", raw="President Joe Biden said on Friday that 500 troops will go to Poland.", kind="clean"))
    assert doc.lang == "und" and doc.text.startswith("President Joe Biden")
    assert doc.entities == [] and doc.quantities == [] and doc.quotes == [] and doc.events == []
    assert not doc.problems


def test_arabic_text_runs_every_stage() -> None:
    # "The army said it sent 500 soldiers to the border on Friday."
    doc = Pipeline.default().process(RawInput(
        id="ar", raw="قال الجيش المصري إنه أرسل 500 جندي إلى الحدود يوم الجمعة.", kind="clean",
        published="2024-11-01"))
    assert doc.lang == "ar" and doc.quantities and doc.times and doc.quotes


def test_only_the_nlp_stages_are_gated() -> None:
    steps = Pipeline.default().steps
    gated = [type(s).__name__ for s in steps if isinstance(s, ArabicOnly)]
    assert len(gated) == len(ARABIC_STAGES) == len(DEFAULT_STEPS) - 2
    assert not isinstance(steps[0], ArabicOnly) and not isinstance(steps[1], ArabicOnly)
