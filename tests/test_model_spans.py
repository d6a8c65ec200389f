"""model_spans._spans: IOB2 tags with marginals → spans, against a tag-by-tag reading."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.model_spans import _spans


def _reference(tags: list[tuple[str, float]], offset: int) -> list[tuple[int, int, str, float]]:
    """Every tag read in turn: B- opens, a matching I- extends, anything else closes."""
    out, cur = [], None
    for k, (tag, p) in enumerate(tags):
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("I-") and cur and cur[2] == kind:
            cur = (cur[0], k + 1, kind, cur[3] + [p])
            continue
        if cur:
            out.append((offset + cur[0], offset + cur[1], cur[2], sum(cur[3]) / len(cur[3])))
            cur = None
        if tag != "O" and kind:
            cur = (k, k + 1, kind, [p])
    if cur:
        out.append((offset + cur[0], offset + cur[1], cur[2], sum(cur[3]) / len(cur[3])))
    return out


def test_spans_of_a_sentence() -> None:
    # "قال الرئيس فلاديمير بوتين في موسكو" (President Vladimir Putin said in Moscow)
    tags = [("O", 0.9), ("O", 0.8), ("B-PER", 0.7), ("I-PER", 0.9), ("O", 0.9), ("B-LOC", 0.6)]
    spans = [(s.first, s.end, s.type) for s in _spans(tags, 10)]
    assert spans == [(12, 14, "PER"), (15, 16, "LOC")]


_TAGS = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B", "I-"])


@given(st.lists(st.tuples(_TAGS, st.floats(0, 1)), max_size=14), st.integers(0, 50))
@settings(max_examples=400, deadline=None)
def test_spans_equal_the_tag_by_tag_reading(tags: list[tuple[str, float]], offset: int) -> None:
    assert [(s.first, s.end, s.type, s.confidence) for s in _spans(tags, offset)] == _reference(tags, offset)
