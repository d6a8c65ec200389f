"""An untargeted threat is aimed at the party its maker fights in the article."""
from __future__ import annotations

import pytest
from event_cases import coded

KNOWN: dict[str, tuple[str, str, str]] = {
    "الهند": ("GPE", "India", "Q668"), "باكستان": ("GPE", "Pakistan", "Q843"),
    "شهباز شريف": ("PER", "Shehbaz Sharif", "Q3350415"), "الصين": ("GPE", "China", "Q148"),
    "الولايات المتحدة": ("GPE", "United States", "Q30"),
    "القنصلية الأمريكية": ("ORG", "American consulate", "rasd:org:Q30:consulate"),
    "جبهة التحرير": ("ORG", "Liberation Front", "rasd:org:liberation-front"),
}


def threats_of(text: str) -> list[tuple[str | None, str | None]]:
    """(source, target) of the THREATEN events coded in a text whose KNOWN names are its mentions."""
    return [(source, target) for kind, source, target, _ in coded(text, KNOWN, "2025-05-08") if kind == "THREATEN"]


@pytest.mark.parametrize("text, threat", [
    # "India launched strikes on Pakistan. Pakistan's prime minister Shehbaz Sharif vowed to respond."
    ("شنت الهند ضربات على باكستان. وتوعد رئيس الوزراء الباكستاني شهباز شريف بالرد.", ("Pakistan", "India")),
    # "The Front attacked the American consulate. The Front vowed to go on fighting." (the US unnamed)
    ("هاجمت جبهة التحرير القنصلية الأمريكية. وتوعدت جبهة التحرير بمواصلة الكفاح.",
     ("Liberation Front", "American consulate")),
    # ... and with the US named ("the US condemned the attack"): the consulate stands for its state
    (("هاجمت جبهة التحرير القنصلية الأمريكية في إسطنبول، ودانت الولايات المتحدة الهجوم. وتوعدت جبهة التحرير "
     "بمواصلة الكفاح."), ("Liberation Front", "United States")),
])
def test_a_threat_without_a_target_is_aimed_at_the_makers_enemy(text: str, threat: tuple) -> None:
    assert threat in threats_of(text)


def test_a_threat_with_no_hostile_act_in_the_article_stays_untargeted() -> None:
    # "Pakistan's prime minister Shehbaz Sharif vowed to respond." (nothing else told)
    assert threats_of("وتوعد رئيس الوزراء الباكستاني شهباز شريف بالرد.") in ([], [("Shehbaz Sharif", None)],
                                                                          [("Pakistan", None)])


def test_the_most_frequent_enemy_wins_over_a_single_one() -> None:
    # "India struck Pakistan. India shelled Pakistan again. China accused India. India vowed to respond."
    text = ("شنت الهند ضربات على باكستان. وقصفت الهند باكستان مجددا. واتهمت الصين الهند بالتصعيد. "
            "وتوعدت الهند بالرد.")
    assert ("India", "Pakistan") in threats_of(text)
