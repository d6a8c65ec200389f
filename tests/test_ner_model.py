"""The committed CRF NER model: loads, tags short sentences sensibly, never breaks on odd input."""
from __future__ import annotations

import sys

import pytest

from rasd.annotate.ner_features import _LATIN, _word, load_gazetteer, sentence_features
from rasd.annotate.ner_model import MODEL_PATH, NerModel, doc_path, stats_path
from rasd.arabic import tokenize


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def _spans(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    """(text, type) of each IOB2 span."""
    out: set[tuple[str, str]] = set()
    cur: list[str] = []
    kind = ""
    for tok, tag in zip(tokens + [""], tags + ["O"]):
        if cur and not tag.startswith("I-"):
            out.add((" ".join(cur), kind))
            cur = []
        if tag.startswith("B-"):
            cur, kind = [tok], tag[2:]
        elif tag.startswith("I-") and cur:
            cur.append(tok)
    return out


def test_model_files_are_small() -> None:
    files = [MODEL_PATH, doc_path(MODEL_PATH), stats_path(MODEL_PATH)]
    assert all(f.exists() for f in files)
    assert sum(f.stat().st_size for f in files) < 8_000_000


def test_model_has_document_pass(model: NerModel) -> None:
    assert model.has_document_pass


CASES = [
    # "French President Emmanuel Macron said in Paris"
    ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس", {("إيمانويل ماكرون", "PER"), ("باريس", "LOC")}),
    # "The Russian foreign minister Sergei Lavrov arrived in Damascus"
    ("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق", {("سيرغي لافروف", "PER"), ("دمشق", "LOC")}),
    # "The United Nations condemned the attack on Gaza"
    ("أدانت الأمم المتحدة الهجوم على غزة", {("الأمم المتحدة", "ORG"), ("غزة", "LOC")}),
    # "Egypt and Jordan signed an agreement in Cairo"
    ("وقعت مصر والأردن اتفاقا في القاهرة", {("مصر", "LOC"), ("والأردن", "LOC"), ("القاهرة", "LOC")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tags_names_in_short_sentences(model: NerModel, text: str, expected: set) -> None:
    tokens = [t.text for t in tokenize(text)]
    tags = model.tag(tokens)
    assert len(tags) == len(tokens)
    assert expected <= _spans(tokens, tags)


def test_plain_sentence_has_no_entities(model: NerModel) -> None:
    # "the weather is hot today"
    tokens = "الطقس حار اليوم .".split()
    assert model.tag(tokens) == ["O"] * 4


def test_tags_use_api_types(model: NerModel) -> None:
    tokens = "قال الرئيس الفرنسي إيمانويل ماكرون".split()
    for tag in model.tag(tokens):
        assert tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in ("PER", "ORG", "LOC", "MISC")


def test_marginals_are_probabilities(model: NerModel) -> None:
    tokens = "زار بوتين موسكو".split()  # "Putin visited Moscow"
    out = model.tag_with_marginals(tokens)
    assert [t for t, _ in out] == model.tag(tokens)
    assert all(0.0 <= p <= 1.0 for _, p in out)


@pytest.mark.parametrize("sentence", [
    "زار الرئيس الروسي فلاديمير بوتين موسكو",  # the Russian president Vladimir Putin visited Moscow
    "قال المتحدث باسم حلف شمال الأطلسي إن الحلف سيجتمع في بروكسل",  # NATO's spokesman said ... in Brussels
])
def test_entity_marginals_are_the_full_ones(model: NerModel, sentence: str) -> None:
    """entities_only leaves out the O tags' marginals (1.0), and only those."""
    tokens = sentence.split()
    full, entities = model.tag_with_marginals(tokens), model.tag_with_marginals(tokens, entities_only=True)
    assert any(t != "O" for t, _ in full)
    assert entities == [(t, 1.0 if t == "O" else p) for t, p in full]


@pytest.mark.parametrize("tokens", [
    [],
    [""],
    ["   "],
    ["."],
    ["123", "%", "؟"],
    ["Reuters", "AFP", "-", "NATO"],
    ["\u200f", "\ufeff", "ـــ"],
    ["😀", "في", "بيروت"],
    ["كلمة"] * 1000,  # longer than one tagging window
])
def test_odd_input_keeps_length(model: NerModel, tokens: list[str]) -> None:
    tags = model.tag(tokens)
    assert len(tags) == len(tokens)
    assert len(model.tag_with_marginals(tokens)) == len(tokens)
    assert [len(s) for s in model.tag_document([tokens, tokens])] == [len(tokens)] * 2


def test_features_fold_spellings_together() -> None:
    # أمريكا and امريكا (America, with and without hamza) share every feature.
    gaz = load_gazetteer()
    assert sentence_features(["أمريكا"], gaz) == sentence_features(["امريكا"], gaz)


def test_gazetteer_matches_multi_word_place_after_clitic() -> None:
    # وبالولايات المتحدة "and in the United States": the place feature spans both tokens.
    feats = sentence_features(["وبالولايات", "المتحدة"])
    assert "gp=B-country" in feats[0] and "gp=I-country" in feats[1]


def test_document_tagging_keeps_shape(model: NerModel) -> None:
    # "Likud decided ..." / (empty sentence) / "the Likud party won in Jerusalem"
    doc = [["قرر", "الليكود", "الانسحاب"], [], ["وفاز", "حزب", "الليكود", "في", "القدس"]]
    out = model.tag_document(doc)
    assert [len(s) for s in out] == [3, 0, 5]
    assert all(0.0 <= p <= 1.0 for s in out for _, p in s)
    assert model.tag_document([]) == []


def test_document_tagging_finds_names(model: NerModel) -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس"  # see CASES
    tokens = [t.text for t in tokenize(text)]
    tags = [y for y, _ in model.tag_document([tokens])[0]]
    assert {("إيمانويل ماكرون", "PER"), ("باريس", "LOC")} <= _spans(tokens, tags)


def test_latin_shape_regex_is_the_lowercase_rule() -> None:
    # The "latin" shape feature once read: any c with "a" <= c.lower() <= "z". The regex
    # that replaced the loop must fire on exactly those characters (İ and K included).
    rule = {c for c in map(chr, range(sys.maxunicode + 1)) if "a" <= c.lower() <= "z"}
    assert rule == {c for c in map(chr, range(sys.maxunicode + 1)) if _LATIN.search(c)}


@pytest.mark.parametrize("tokens", [
    ["وبالولايات", "المتحدة", "الأمريكية"],  # "and in the United States of America"
    ["قال", "المتحدث", "باسم", "الأمم", "المتحدة", "في", "نيويورك"],  # UN spokesman in New York said
    ["زار", "بوتين", "موسكو", "،", "وقال", "إن", "2024", "عام", "صعب"],  # Putin visited Moscow, said 2024 hard
])
def test_memo_and_word_cache_change_no_feature(model: NerModel, tokens: list[str]) -> None:
    # The speed-ups (per-word cache, statistics memo) must give the features computed afresh.
    stats = model._stats
    fresh = sentence_features(tokens, None, stats)
    memo: dict = {}
    assert sentence_features(tokens, None, stats, memo) == fresh
    assert sentence_features(tokens, None, stats, memo) == fresh  # second call: all from the memo
    _word.cache_clear()
    assert sentence_features(tokens, None, stats) == fresh


def test_word_stats_round_trip(tmp_path) -> None:
    # "Putin visited Moscow" / "Moscow said": counts per folded word and per type survive a save.
    from rasd.annotate.ner_stats import count_words, load_stats, save_stats
    stats = count_words([(["زار", "بوتين", "موسكو"], ["O", "B-PERS", "B-LOC"]),
                         (["قالت", "موسكو"], ["O", "B-LOC"])])
    assert stats["موسكو"] == (2, 0, 2, 0, 0) and stats["زار"] == (1, 0, 0, 0, 0)
    save_stats(stats, tmp_path / "s.tsv.gz")
    assert load_stats(tmp_path / "s.tsv.gz") == stats
    assert load_stats(tmp_path / "missing.tsv.gz") is None
