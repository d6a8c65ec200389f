"""Tests for the event sentence classifier: trigger cues, feature groups, the averaged model, the inner CV."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.annotate.event_classifier import CUTS, LAMBDAS, EventClassifier, LogReg, load_classifier
from rasd.annotate.event_features import BASE_GROUPS, VARIANTS, features, select


@pytest.mark.parametrize("text,gloss,feature,present", [
    ("دعت النقابات إلى إضراب عام يوم الأحد", "the unions called a general strike for Sunday: a call",
     "cue:PROTEST:call", True),
    ("أضرب عمال الميناء أمس", "the port workers struck yesterday: no call", "cue:PROTEST:call", False),
    ("سيتظاهر العمال غدا أمام الوزارة", "the workers will demonstrate tomorrow: a future act",
     "cue:PROTEST:future", True),
    ("تظاهر العمال أمس أمام الوزارة", "the workers demonstrated yesterday: past", "cue:PROTEST:future", False),
    ("وقال الوزير «إن الاعتصام لن يغير شيئا»", "the minister said 'the sit-in will change nothing': quoted",
     "cue:PROTEST:quote", True),
    ("وقال الوزير «إن الاعتصام لن يغير شيئا»", "told inside a speech verb's words", "cue:PROTEST:said", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "thousands of students demonstrated: a crowd is the subject",
     "cue:PROTEST:crowd_subject", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "the sentence opens on the trigger", "cue:PROTEST:opens", True),
    ("تظاهر آلاف الطلاب أمس أمام البرلمان", "a neighbour of the trigger", "nw:PROTEST:طلاب", True),
])
def test_cue_features(text: str, gloss: str, feature: str, present: bool) -> None:
    assert (feature in features(text)) is present, gloss


def test_select_keeps_bias_and_the_gate_and_only_the_named_groups() -> None:
    # تظاهر الطلاب أمس (the students demonstrated yesterday)
    feats = features("تظاهر الطلاب أمس")
    struct = select(feats, VARIANTS["struct"])
    assert "bias" in struct and "t:PROTEST" in struct
    assert not any(f.startswith(("w:", "b:", "nw:")) for f in struct)
    assert any(f.startswith("w:") for f in select(feats, BASE_GROUPS))
    assert not any(f.startswith(("cue:", "tm:")) for f in select(feats, BASE_GROUPS))


def test_a_model_reads_only_its_groups(tmp_path: Path) -> None:
    # a weight on a cue feature is ignored by a base-groups model and used by a cues model
    weights = {"bias": -1.0, "cue:PROTEST:crowd_subject": 3.0}
    base = EventClassifier({"PROTEST": LogReg(weights)}, {"PROTEST": 0.5}, {"PROTEST": BASE_GROUPS})
    cues = EventClassifier({"PROTEST": LogReg(weights)}, {"PROTEST": 0.5}, {"PROTEST": VARIANTS["cues"]})
    sentence = "تظاهر آلاف الطلاب أمس"  # thousands of students demonstrated yesterday
    assert not base.accepts("PROTEST", sentence)
    assert cues.accepts("PROTEST", sentence)
    cues.save(tmp_path / "m.json.gz")
    again = load_classifier(tmp_path / "m.json.gz")
    assert again is not None and again.groups == {"PROTEST": VARIANTS["cues"]}
    assert again.accepts("PROTEST", sentence)


def test_fit_averages_the_members_weights() -> None:
    pytest.importorskip("scipy")
    from rasd.annotate.event_classifier import fit, train
    examples = [(["bias", "t:PROTEST", "w:تظاهر", "cue:PROTEST:opens"], True)] * 6 + \
               [(["bias", "t:PROTEST", "w:قال"], False)] * 6
    alone = train([(select(f, BASE_GROUPS), y) for f, y in examples], 1.0)
    mean = fit(examples, (BASE_GROUPS, VARIANTS["struct"]), 1.0)
    # w:تظاهر (demonstrated) exists only in the base member: half its weight in the mean
    assert mean.weights["w:تظاهر"] == pytest.approx(alone.weights["w:تظاهر"] / 2, abs=1e-3)
    assert mean.weights["cue:PROTEST:opens"] > 0  # learnt by the struct member only


def test_pick_config_chooses_strength_and_cut_on_the_gated_sentences() -> None:
    pytest.importorskip("scipy")
    from rasd.annotate.event_classifier import pick_config
    examples = [(["bias", "t:PROTEST", "w:تظاهر"], True)] * 8 + [(["bias", "t:PROTEST", "w:قال"], False)] * 8
    choice = pick_config(examples, "PROTEST", members=(BASE_GROUPS,))
    assert choice.lam in LAMBDAS and choice.cut in CUTS and choice.f1 == pytest.approx(1.0)
    # the rules pass none of them: nothing can be detected
    assert pick_config(examples, "PROTEST", gates=[False] * 16, members=(BASE_GROUPS,)).f1 == 0.0


def test_best_cut_can_fall_between_0_4_and_0_5() -> None:
    from rasd.annotate.event_classifier import CUTS, best_cut
    # three reports told score 0.47 / 0.46 / 0.455, a commentary 0.44, a call 0.42, a ban 0.3; a fourth
    # report the rules never code (gate False) scores 0.9 but cannot be detected
    probs = [0.47, 0.46, 0.455, 0.44, 0.42, 0.3, 0.9]
    gated = [True] * 6 + [False]
    gold = [True, True, True, False, False, False, True]
    cut, f1 = best_cut(probs, gated, gold)
    assert cut == 0.45  # keeps the three reports only; the old grid (0.4, 0.5) had no step there
    assert f1 == pytest.approx(2 * 3 / (3 + 4))  # 3 accepted, all right; 3 of 4 positives
    assert all(round(b - a, 3) == 0.025 for a, b in zip(CUTS, CUTS[1:]))


def test_best_cut_ties_go_to_the_cut_nearest_one_half() -> None:
    from rasd.annotate.event_classifier import best_cut
    # one report at 0.9, one commentary at 0.1: every cut from 0.125 to 0.825 is perfect
    cut, f1 = best_cut([0.9, 0.1], [True, True], [True, False])
    assert (cut, f1) == (0.5, 1.0)


def test_train_weighs_every_sentence_the_same() -> None:
    pytest.importorskip("scipy")
    from rasd.annotate.event_classifier import train
    # one report among ten sentences alike (تظاهر: demonstrated): no class weights, so the model keeps
    # the prior, about 0.1, where up-weighting the positive to balance made it 0.5
    examples = [(["bias", "t:PROTEST", "w:تظاهر"], True)] + [(["bias", "t:PROTEST", "w:تظاهر"], False)] * 9
    assert train(examples, 1.0).proba(["bias", "t:PROTEST", "w:تظاهر"]) == pytest.approx(0.1, abs=0.02)
