"""Whom a condemnation, a demand or a led body's act is aimed at: the doer of a condemned act
named by its nationality, the addressee of a call before its topic, and a body's leader."""
from __future__ import annotations

import pytest
from event_cases import coded

# Entities the sentences below name: surface → (type, name_en, id).
KNOWN: dict[str, tuple[str, str, str]] = {
    "تركيا": ("GPE", "Turkey", "Q43"), "إسرائيل": ("GPE", "Israel", "Q801"),
    "الولايات المتحدة": ("GPE", "United States", "Q30"), "مصر": ("GPE", "Egypt", "Q79"),
    "لبنان": ("GPE", "Lebanon", "Q822"), "دهوك": ("GPE", "Duhok", "Q1255"),
    "مسعود بارزاني": ("PER", "Masoud Barzani", "Q316535"),
    "الحكومة الليبية": ("ORG", "Libyan government", "rasd:org:libya-government"),
    "عبد الله الثني": ("PER", "Abdullah al-Thani", "Q16185373"),
    "الحوثيين": ("ORG", "Houthis", "rasd:org:houthis"), "الحديدة": ("GPE", "Hodeidah", "Q189090"),
    "التحالف بقيادة السعودية": ("ORG", "Saudi-led coalition", "rasd:org:saudi-led-coalition"),
    "رفح": ("GPE", "Rafah", "Q1025487"),
}


def events_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a text whose KNOWN names are its mentions."""
    return [e[:3] for e in coded(text, KNOWN, "2019-05-02")]


@pytest.mark.parametrize("text, condemned", [
    # "Turkey shelled villages. Barzani condemned the Turkish shelling of a village in Duhok."
    ("قصفت تركيا قرى شمال العراق. وندد مسعود بارزاني بالقصف التركي على قرية في دهوك.", "Turkey"),
    # "Israel launched raids. Egypt condemned the Israeli air raids on southern Lebanon."
    ("شنت إسرائيل غارات. وأدانت مصر الغارات الجوية الإسرائيلية على جنوب لبنان.", "Israel"),
    # "The US struck Sirte. The Libyan government headed by al-Thani denounced the American raids."
    ("قصفت الولايات المتحدة مواقع. واستنكرت الحكومة الليبية برئاسة عبد الله الثني الغارات الأمريكية.",
     "United States"),
    # "Barzani condemned Turkey's shelling of a village in Duhok" (the agent in the genitive, the object with لـ)
    ("دان مسعود بارزاني السبت قصف تركيا لقرية في دهوك.", "Turkey"),
    # "Barzani denounced the Turkish raids."
    ("قصفت تركيا قرى. وشجب مسعود بارزاني الغارات التركية.", "Turkey"),
    # "Egypt described the Turkish operation as 'brutal aggression'": وصف with a word of condemnation
    ('قصفت تركيا قرى. ووصفت مصر العملية التركية بأنها "عدوان غاشم".', "Turkey"),
])
def test_a_condemned_act_names_its_doer_by_nationality(text: str, condemned: str) -> None:
    accusations = [e for e in events_of(text) if e[0] == "ACCUSE"]
    assert accusations and all(target == condemned for _, _, target in accusations)


def test_the_victim_of_a_condemned_act_is_not_the_one_condemned() -> None:
    # "Egypt condemned the Israeli raids on Lebanon" (Israel itself is not named, so the gold
    # could not code it; Lebanon, the victim, is still not whom Egypt condemned)
    got = events_of("وأدانت مصر الغارات الإسرائيلية على لبنان.")
    assert not any(target == "Lebanon" for _, _, target in got)


def test_a_leader_after_headed_by_is_no_target() -> None:
    # "The Libyan government headed by Abdullah al-Thani denounced the raids on the city."
    got = events_of("واستنكرت الحكومة الليبية برئاسة عبد الله الثني الغارات على المدينة.")
    assert all(target != "Abdullah al-Thani" for _, _, target in got)


@pytest.mark.parametrize("text, asked", [
    # "The Saudi-led coalition called on the Houthis to withdraw from Hodeidah."
    ("ودعا التحالف بقيادة السعودية الحوثيين إلى الانسحاب من الحديدة.", "Houthis"),
    # "Egypt demanded that Israel withdraw from Rafah."
    ("وطالبت مصر إسرائيل بالانسحاب من رفح.", "Israel"),
])
def test_the_one_called_on_is_the_target_not_the_place_of_the_demand(text: str, asked: str) -> None:
    assert [e[2] for e in events_of(text) if e[0] == "REQUEST"] == [asked]


@pytest.mark.parametrize("text, condemned", [
    # "The US struck the Houthis. The Houthis fired missiles at ships. Iran condemned the strikes,
    # and its spokesman described them as a violation": the strikes are the lead attack, the US's;
    # the spokesman after ووصفها belongs to the next verb
    (("شنت الولايات المتحدة ضربات على الحوثيين. وأطلق الحوثيون صواريخ على السفن. وأدانت إيران الضربات "
     "ووصفها المتحدث باسم خارجيتها بأنها انتهاك."), "United States"),
])
def test_a_condemned_act_told_before_is_the_lead_attackers(text: str, condemned: str) -> None:
    assert [e[2] for e in events_of(text) if e[0] == "ACCUSE"] == [condemned]


def test_a_condemnation_with_no_attack_told_names_no_victim() -> None:
    # "Egypt condemned the shelling of Rafah." (no attacker told anywhere)
    assert not any(e[0] == "ACCUSE" for e in events_of("وأدانت مصر القصف على رفح."))


def test_the_accused_object_comes_before_a_later_act_noun() -> None:
    # "Egypt accused Israel of escalating the shelling": Israel is accused, whatever the act noun
    got = events_of("قصفت إسرائيل رفح. واتهمت مصر إسرائيل بتصعيد القصف.")
    assert ("ACCUSE", "Egypt", "Israel") in got


def test_a_description_without_condemnation_is_no_accusation() -> None:
    # "Egypt described the talks with Turkey as constructive."
    assert not [e for e in events_of("ووصفت مصر المحادثات مع تركيا بأنها بناءة.") if e[0] == "ACCUSE"]


def test_exacting_the_price_is_a_threat() -> None:
    # "Israel will exact the price from Turkey at the right time." (its target comes from the article's
    # counterpart, event_counterpart.aim_threats, not from this sentence)
    assert [e[:2] for e in events_of("وقال مسؤول إن إسرائيل ستجبي الثمن من تركيا في الوقت المناسب.")] == [
        ("THREATEN", "Israel")]
