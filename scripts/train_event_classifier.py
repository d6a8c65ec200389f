"""Train the ASSAULT / PROTEST sentence classifier on the OEDA Arabic gold sentences.

    .venv/bin/python scripts/train_event_classifier.py [--data ../shared/data/arabic_event_gsr]

Data: openeventdata/arabic_event_gsr (MIT licence, Copyright (c) 2018 Open Event Data
Alliance); "yes" = positive, "easy no"/"difficult no" = negative, "ambiguous" left out.
Writes rasd/annotate/event_classifier.json.gz. The figures reported for this model on
the same sentences (bench/bench_gsr.py --cv) are 5-fold cross-validated.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from rasd.annotate.event_classifier import MODEL_PATH, EventClassifier, features, pick_model, train

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "arabic_event_gsr"
KINDS = {"assault": "ASSAULT", "protest": "PROTEST"}


def load_rows(data: Path, kind: str) -> list[tuple[str, bool]]:
    """(sentence, is_event) pairs of one GSR file, ambiguous ones left out."""
    csv.field_size_limit(10**7)
    with open(data / f"{kind}_gsr.csv", encoding="utf-8", newline="") as fh:
        return [(r["text"], r["label"] == "yes") for r in csv.DictReader(fh) if r["label"] != "ambiguous"]


def build(data: Path) -> EventClassifier:
    """One model per type, trained on all of its sentences; its cut chosen by 5-fold CV."""
    models, cuts = {}, {}
    for kind, typ in KINDS.items():
        examples = [(features(t), y) for t, y in load_rows(data, kind)]
        lam, cuts[typ] = pick_model(examples, typ, folds=5)
        models[typ] = train(examples, lam)
        print(f"{typ}: cut {cuts[typ]}")
    return EventClassifier(models, cuts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    build(args.data).save(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
