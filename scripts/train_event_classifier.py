"""Train the ASSAULT / PROTEST sentence classifier on the OEDA Arabic gold sentences.

    .venv/bin/python scripts/train_event_classifier.py [--data ../shared/data/arabic_event_gsr]

Data: openeventdata/arabic_event_gsr (MIT licence, Copyright (c) 2018 Open Event Data
Alliance); "yes" = positive, "easy no"/"difficult no" = negative, "ambiguous" left out.
Writes rasd/annotate/event_classifier.json.gz: per type the mean of one logistic model per
feature-group variant, its L2 strength and cut chosen by 5-fold CV scored on the sentences the
rules code. The figures reported for this procedure (bench/bench_gsr.py) are nested 5-fold CV.
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: threaded BLAS slowed L-BFGS ~3x on 2 shared cores
import argparse
import csv
import re
from pathlib import Path

from rasd.annotate.event_classifier import MODEL_PATH, EventClassifier, features, fit, pick_config
from rasd.annotate.events import CodeEvents
from rasd.model import RawInput
from rasd.pipeline import DEFAULT_STEPS, Pipeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "arabic_event_gsr"
KINDS = {"assault": "ASSAULT", "protest": "PROTEST"}


def load_rows(data: Path, kind: str) -> list[tuple[str, str, bool]]:
    """(id, sentence, is_event) of one GSR file, ambiguous ones left out."""
    csv.field_size_limit(10**7)
    with open(data / f"{kind}_gsr.csv", encoding="utf-8", newline="") as fh:
        return [(r["id"], r["text"], r["label"] == "yes") for r in csv.DictReader(fh) if r["label"] != "ambiguous"]


def rules_gates(rows: list[tuple[str, str, bool]], typ: str) -> list[bool]:
    """Whether the rules alone (no classifier, unnamed doers kept) code the type in each sentence,
    dated from its id as bench/bench_gsr.py does."""
    steps = Pipeline.default([s for s in DEFAULT_STEPS if not s.endswith(":CodeEvents")])
    code = CodeEvents(classifier=None, require_actor=False)
    out = []
    for sid, text, _ in rows:
        m = re.search(r"_(\d{4})(\d{2})(\d{2})\.", sid)
        doc = steps.process(RawInput(id=sid, raw=text, published=f"{m[1]}-{m[2]}-{m[3]}" if m else None, lang="ar"))
        out.append(any(e.type == typ for e in code(doc).events))
    return out


def build(data: Path) -> EventClassifier:
    """One model per type, trained on all of its sentences; its L2 and cut chosen by 5-fold CV."""
    models, cuts, groups = {}, {}, {}
    for kind, typ in KINDS.items():
        rows = load_rows(data, kind)
        examples = [(features(t), y) for _, t, y in rows]
        choice = pick_config(examples, typ, folds=5, gates=rules_gates(rows, typ))
        models[typ] = fit(examples, choice.members, choice.lam)
        cuts[typ], groups[typ] = choice.cut, choice.groups
        print(f"{typ}: L2 {choice.lam}, cut {choice.cut} (CV F1 {choice.f1:.3f})")
    return EventClassifier(models, cuts, groups)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    build(args.data).save(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
