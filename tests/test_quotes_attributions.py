"""The attribution API the events step reads, and a property test of the quotes step.

Short Arabic sentences written for rasd; English glosses beside.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.annotate.attributions import find_attributions
from rasd.annotate.cues import cue_forms, cue_of
from rasd.annotate.quotes import FindQuotes
from rasd.arabic import fold_key
from rasd.model import Document, Mention


def test_cue_lexicon_gives_gender_number_person_for_every_form():
    # قالت "she said", قالوا "they said", مؤكدا "stressing", وأضافت "and she added"
    assert (cue_of(fold_key("قالت"))[0].gender, cue_of(fold_key("قالت"))[0].number) == ("f", "sg")
    assert cue_of(fold_key("قالوا"))[0].number == "pl"
    assert cue_of(fold_key("مؤكدًا"))[0].pos == "participle"
    form, prefixed = cue_of(fold_key("وأضافت"))
    assert (form.lemma, form.gender, prefixed) == ("أضاف", "f", True)
    assert {f.kind for f in cue_forms().values()} >= {"say", "deny", "accuse", "claim", "warn"}


def test_attribution_carries_kind_negation_and_noun_complements():
    # The army denied claims that it shelled the village. The ministry did not deny that ...
    # The minister accused the rebels of breaking the truce.
    text = ("ونفى الجيش مزاعم بأنه قصف القرية. ولم تنف الوزارة أن المفاوضات توقفت. "
            "واتهم الوزير المتمردين بخرق الهدنة.")
    atts = find_attributions(Document(id="t", text=text))
    by_lemma = {a.lemma: a for a in reversed(atts)}  # the first of each lemma
    deny = by_lemma["نفى"]
    assert deny.kind == "deny" and deny.via_noun and not deny.negated
    assert text[deny.complement_span[0]:deny.complement_span[1]] == "قصف القرية"
    assert deny.speaker is not None and deny.speaker.text == "الجيش"
    assert atts[1].negated and atts[1].kind == "deny"
    assert by_lemma["اتهم"].kind == "accuse" and by_lemma["اتهم"].complement_span is None


def test_attribution_speaker_is_the_linked_entity():
    # Foreign Minister Sami Adel said the visit succeeded.
    text = "وقال وزير الخارجية سامي عادل إن الزيارة نجحت."
    start = text.index("سامي عادل")
    doc = Document(id="t", text=text,
                   entities=[Mention("سامي عادل", start, start + 9, "PER", "Sami Adel", "rasd:per:sami-adel")])
    (att,) = find_attributions(doc)
    assert (att.speaker.name_en, att.speaker.id, att.anonymous) == ("Sami Adel", "rasd:per:sami-adel", False)
    assert text[att.cue_span[0]:att.cue_span[1]] == "وقال"


PIECES = ["وقال", "قالت", "وأضاف", "إن", "أن", "بأن", ":", "«", "»", "“", "”", '"', "،", ".", "\n",
          "الوزير", "مصدر", "الجيش", "مؤكدا", "لم", "عن", "قوله", "حسب", "فإن", "سامي", "الهدنة"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40))
def test_quotes_never_crash_and_offsets_hold(parts):
    text = " ".join(parts)
    doc = Document(id="p", text=text, published="2024-01-01")
    FindQuotes(kb=None)(doc)
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text and q.text.strip()
