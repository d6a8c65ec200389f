"""Who acts in an event when the doer is named indirectly: an organ placed in its state with في,
gunmen named by the body they belong to, sites owned by the body struck."""
from __future__ import annotations

import pytest

from rasd.annotate.events import code_events
from rasd.kb import load_kb
from rasd.model import Document, Mention

KNOWN: dict[str, tuple[str, str, str]] = {
    "البحرين": ("GPE", "Bahrain", "Q398"), "النيجر": ("GPE", "Niger", "Q1032"),
    "مالي": ("GPE", "Mali", "Q912"),
    "حركة الشباب": ("ORG", "Al-Shabaab", "rasd:org:al-shabaab"),
    "تنظيم الدولة الإسلامية": ("ORG", "Islamic State", "Q2429253"),
    "لحوثيين": ("ORG", "Houthis", "rasd:org:houthis"),  # as the recogniser marks it in للحوثيين
}


def events_of(text: str) -> list[tuple[str, str | None, str | None]]:
    mentions = []
    for surface, (type_, name_en, id_) in KNOWN.items():
        at = text.find(surface)
        if at >= 0:
            mentions.append(Mention(surface, at, at + len(surface), type_, name_en, id_))
    doc = Document(id="t", text=text, entities=sorted(mentions, key=lambda m: m.start), published="2023-08-10")
    return [(e.type, e.source and e.source.name_en, e.target and e.target.name_en)
            for e in code_events(doc, load_kb())]


@pytest.mark.parametrize("text, event", [
    # "The security forces in Bahrain broke up the sit-in by force."
    ("فضت قوات الأمن في البحرين الاعتصام بالقوة.", ("COERCE", "Bahrain", None)),
    # "The army in Mali shelled the rebels' positions."
    ("قصف الجيش في مالي مواقع المتمردين.", ("ASSAULT", "Mali", None)),
])
def test_an_organ_placed_in_its_state_acts_for_it(text: str, event: tuple) -> None:
    assert event in events_of(text)


def test_forces_in_an_undefined_place_stay_unnamed() -> None:
    # "Forces in Mali shelled the rebels' positions": indefinite forces may be anyone's
    assert not any(src == "Mali" for _, src, _ in events_of("قصفت قوات في مالي مواقع المتمردين."))


@pytest.mark.parametrize("text, source", [
    # "Two soldiers were killed in an attack by gunmen belonging to al-Shabaab on a base."
    ("وقتل جنديان في هجوم شنه مسلحون ينتمون إلى حركة الشباب على قاعدة عسكرية.", "Al-Shabaab"),
    # "... by gunmen suspected of belonging to the Islamic State."
    ("قتل ستة جنود في هجوم نفذه مسلحون يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية.", "Islamic State"),
    # "... by gunmen affiliated with al-Shabaab."
    ("وقتل جنديان في هجوم شنه مسلحون تابعون لحركة الشباب.", "Al-Shabaab"),
])
def test_gunmen_act_for_the_body_they_belong_to(text: str, source: str) -> None:
    assert any(t == "ASSAULT" and src == source for t, src, _ in events_of(text))


def test_a_site_belonging_to_a_body_is_struck_not_striking() -> None:
    # "The planes shelled positions belonging to the Houthis in Saada."
    got = events_of("وقصفت الطائرات مواقع تابعة للحوثيين في صعدة.")
    assert ("ASSAULT", None, "Houthis") in got
