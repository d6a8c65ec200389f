"""NER feature building blocks: gazetteer phrases, KB names, quotes, trigger windows, the per-word memo."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.ner_features import _in_quotes, sentence_features
from rasd.annotate.ner_gazetteer import kb_words, load_gazetteer, people_parts, phrase_tags
from rasd.annotate.ner_words import LATIN, _shape, analyse, word_features


@pytest.mark.parametrize(("tokens", "expected"), [
    # He said « the good news » yesterday
    (["قال", "«", "الخبر", "السار", "»", "أمس"], [False, False, True, True, False, False]),
    # the newspaper "al-Hayat" reported
    (["ذكرت", "صحيفة", '"', "الحياة", '"'], [False, False, False, True, False]),
    # an opening mark that never closes marks nothing
    (["قال", "«", "نعم"], [False, False, False]),
    ([], []),
])
def test_in_quotes(tokens: list[str], expected: list[bool]) -> None:
    assert _in_quotes(tokens) == expected


def test_kb_phrases_match_after_clitic() -> None:
    # ولحلف شمال الأطلسي "and for NATO": the KB name spans three tokens, the first with clitics.
    gaz = load_gazetteer()
    # the model was trained with these features on: an empty table (the KB's name index
    # renamed or moved) would silently weaken it
    assert len(gaz.kb or {}) > 10_000 and len(gaz.kb_words or {}) > 5_000
    toks = [analyse(t) for t in ["ولحلف", "شمال", "الأطلسي", "اليوم"]]
    tags = phrase_tags(toks, gaz.kb, gaz.kb_prefixes, 5)
    assert tags == ["B-ORG", "I-ORG", "I-ORG", None]


def test_phrase_tags_skip_tokens_that_start_nothing() -> None:
    # Telling phrase_tags which tokens may start a phrase changes nothing in its answer.
    gaz = load_gazetteer()
    toks = [analyse(t) for t in ["زار", "وفد", "من", "الولايات", "المتحدة", "مدينة", "القدس"]]
    starts = [any((s,) in gaz.place_prefixes for s in t.stems) for t in toks]
    assert phrase_tags(toks, gaz.places, gaz.place_prefixes, 4, starts) == phrase_tags(
        toks, gaz.places, gaz.place_prefixes, 4)


def test_kb_words_say_where_a_word_stands() -> None:
    # Words of two-word names: the first and the last, with the name's type.
    table = {("جورج", "بوش"): "PER", ("بحر", "العرب"): "LOC", ("روسيا",): "GPE"}
    assert kb_words(table) == {"جورج": "first|PER", "بوش": "last|PER", "العرب": "last|LOC",
                               "بحر": "first|LOC"}


def test_memo_gives_the_same_features() -> None:
    # "the Egyptian president arrived in Cairo" twice: memoised features equal fresh ones.
    tokens = ["وصل", "الرئيس", "المصري", "إلى", "القاهرة"]
    fresh = sentence_features(tokens)
    memo: dict = {}
    assert sentence_features(tokens, None, None, memo) == fresh
    assert sentence_features(tokens, None, None, memo) == fresh
    assert set(memo) == set(tokens)


def test_word_features_are_cached_per_form() -> None:
    assert word_features("القاهرة") is word_features("القاهرة")
    assert "w=القاهره" in word_features("القاهرة").own  # folded: ة → ه


def test_sentence_features_see_kb_names_quotes_and_far_triggers() -> None:
    # "the Likud party leader said « yes » to Ban Ki-moon": a KB person over three tokens,
    # a quoted word, and حزب "party" three tokens before زعيم's neighbour.
    tokens = ["قال", "حزب", "الليكود", "اليميني", "«", "نعم", "»", "لبان", "كي", "مون"]
    feats = sentence_features(tokens)
    assert "quoted" in feats[5] and "quoted" not in feats[4]
    assert "gk=B-PER" in feats[7] and "gk=I-PER" in feats[9]
    assert "gk1=B-PER" in feats[6]  # the neighbour sees the name start
    assert any(f.startswith("gt-3=") for f in feats[4])  # حزب three tokens back


def test_hand_built_gazetteer_finds_the_same_phrases() -> None:
    # Without the precomputed first-word table the features are the same ("in the United States").
    from dataclasses import replace
    gaz = load_gazetteer()
    tokens = ["في", "الولايات", "المتحدة", "وحلف", "شمال", "الأطلسي"]
    assert sentence_features(tokens, replace(gaz, starters=None)) == sentence_features(tokens, gaz)


_PLACE_WORDS = ["زار", "الولايات", "المتحدة", "الأمريكية", "وبالولايات", "مدينة", "القدس", "في", "حلف", "شمال", "الأطلسي"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=12))
def test_phrase_tags_visit_only_starts(words: list[str]) -> None:
    # Visiting only the tokens that may start a phrase gives the same tags as visiting all
    # ("visited the United States of America", "NATO" in any order and overlap).
    gaz = load_gazetteer()
    toks = [analyse(t) for t in words]
    for table, pre in ((gaz.places, gaz.place_prefixes), (gaz.kb, gaz.kb_prefixes)):
        starts = [any((s,) in pre for s in t.stems) for t in toks]
        assert phrase_tags(toks, table, pre, 5, starts) == phrase_tags(toks, table, pre, 5)


def _shape_loop(raw: str) -> list[str]:
    """ner_words._shape as it was written before its letters-only shortcut."""
    feats: list[str] = []
    if any(map(str.isdigit, raw)):
        feats.append("digit" if raw.isdigit() else "hasdigit")
    if LATIN.search(raw):
        feats.append("latin")
    if not any(map(str.isalnum, raw)):
        feats.append("punct")
    feats.append(f"len={min(len(raw), 8)}")
    return feats


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("قالUSA١2²½.,«_"), st.characters()), min_size=1, max_size=12))
def test_shape_shortcut_changes_nothing(raw: str) -> None:
    # letters-only words ("قال" said, "USA") take a shortcut; every token gets the same features
    assert _shape(raw) == _shape_loop(raw)


@pytest.mark.parametrize(("tokens", "expected"), [
    # Schalke beat Wolfsburg: two clubs, one-word names
    (["فاز", "شالكه", "على", "فولفسبورغ"], [None, "B-sports", None, "B-sports"]),
    # and Porsche announced: a car maker after the conjunction و
    (["وأعلنت", "وبورشه", "أمس"], [None, "B-company", None]),
    # Haaretz newspaper reported
    (["ذكرت", "صحيفة", "هآرتس"], [None, None, "B-media"]),
    # at Cairo University
    (["في", "جامعة", "القاهرة"], [None, "B-edu", "I-edu"]),
    # during the World Cup: MISC names (ner_misc) share the table with their own kinds
    (["خلال", "كأس", "العالم"], [None, "B-misc_event", "I-misc_event"]),
    # the delegation signed the agreement: common words, deliberately no organisations
    (["وقع", "الوفد", "الاتفاق"], [None, None, None]),
    # and Jacques Chirac said: people of the news (ner_people) under per_<kind>, clitic و on the first word
    (["وقال", "وجاك", "شيراك"], [None, "B-per_pol", "I-per_pol"]),
    # Maradona scored: a one-word name the press uses alone
    (["سجل", "مارادونا"], [None, "B-per_sport"]),
    # King Abdullah II: the title is no part of the listed name
    (["الملك", "عبد", "الله", "الثاني"], [None, "B-per_pol", "I-per_pol", "I-per_pol"]),
    # the supervisor of the roses: one-word names that are mostly common words are not listed
    (["مشرف", "وردة"], [None, None]),
])
def test_org_and_misc_gazetteer_kinds(tokens: list[str], expected: list[str | None]) -> None:
    gaz = load_gazetteer()
    toks = [analyse(t) for t in tokens]
    assert phrase_tags(toks, gaz.orgs, gaz.org_prefixes, 4) == expected


@pytest.mark.parametrize(("word", "kind"), [
    ("كوندوليزا", "given"),  # Condoleezza (Rice): first word of a listed name
    ("رايس", "surname"),  # Rice
    ("مورينيو", "surname"),  # Mourinho (José Mourinho)
    ("بن", None),  # "son of": a particle, no one's name
    ("الثاني", None),  # "the second" (Abdullah II): an ordinal
])
def test_people_parts(word: str, kind: str | None) -> None:
    assert people_parts().get(word) == kind


def test_people_parts_fill_only_missing_name_parts() -> None:
    # Wikidata's counts (ner_person_names) keep their say: جورج George stays as they have it,
    # Condoleezza, missing there, comes from ner_people.
    gaz = load_gazetteer()
    assert gaz.names["جورج"] == "given" and gaz.names["كوندوليزا"] == "given"


def _in_quotes_scan(tokens: list[str]) -> list[bool]:
    """The reading `_in_quotes` had before its no-opening-mark shortcut: the mark-by-mark scan."""
    out, start = [False] * len(tokens), -1
    for i, t in enumerate(tokens):
        if start < 0 and t in ('«', '“', '"'):
            start = i
        elif start >= 0 and t in ('»', '”', '"'):
            out[start + 1:i] = [True] * (i - start - 1)
            start = -1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["قال", "«", "»", "“", "”", '"', "نعم", "الخبر"]), max_size=12))
def test_in_quotes_shortcut_agrees_with_scan(tokens: list[str]) -> None:
    # said « yes » the news: with or without any opening mark, the same flags as the full scan
    assert _in_quotes(tokens) == _in_quotes_scan(tokens)
