"""Event targets: a city attacked is its state's loss, platforms are where words appear, باتجاه marks a target."""
from __future__ import annotations

from rasd.annotate.events import code_events
from rasd.kb import load_kb
from rasd.model import Document, Mention


def mention(text: str, sub: str, type_: str, name_en: str, id_: str) -> Mention:
    start = text.index(sub)
    return Mention(sub, start, start + len(sub), type_, name_en, id_)


def events_of(text: str, *mentions: Mention) -> list[tuple[str, str | None, str | None]]:
    doc = Document(id="t", text=text, entities=sorted(mentions, key=lambda m: m.start), published="2017-11-05")
    return [(e.type, e.source and e.source.name_en, e.target and e.target.name_en)
            for e in code_events(doc, load_kb())]


def test_a_city_attacked_is_coded_as_its_named_state() -> None:
    # "The Houthis fired a missile towards the city of Abha. Saudi Arabia said it intercepted it."
    text = "أطلق الحوثيون صاروخا باتجاه مدينة أبها. وقالت السعودية إنها اعترضته."
    got = events_of(text, mention(text, "الحوثيون", "ORG", "Houthis", "rasd:org:houthis"),
                    mention(text, "أبها", "GPE", "Abha", "rasd:gn:110690"),
                    mention(text, "السعودية", "GPE", "Saudi Arabia", "Q851"))
    assert ("ASSAULT", "Houthis", "Saudi Arabia") in got


def test_a_city_stays_the_target_when_its_state_is_not_named() -> None:
    # "The Houthis fired a missile towards the city of Abha."
    text = "أطلق الحوثيون صاروخا باتجاه مدينة أبها."
    got = events_of(text, mention(text, "الحوثيون", "ORG", "Houthis", "rasd:org:houthis"),
                    mention(text, "أبها", "GPE", "Abha", "rasd:gn:110690"))
    assert ("ASSAULT", "Houthis", "Abha") in got


def test_a_platform_is_never_a_party() -> None:
    # "The group claimed the attacks on the army in a statement posted on Twitter."
    text = "وتبنى التنظيم الهجمات على الجيش المصري في بيان نشر على موقع تويتر."
    got = events_of(text, mention(text, "التنظيم", "ORG", "Islamic State", "rasd:org:isis"),
                    mention(text, "الجيش المصري", "ORG", "Egyptian Armed Forces", "rasd:org:egyptian-army"),
                    mention(text, "تويتر", "ORG", "Twitter", "rasd:org:twitter"))
    assert all(target != "Twitter" and source != "Twitter" for _, source, target in got)
