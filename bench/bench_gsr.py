"""Event detection on the OEDA Arabic gold sentences (ASSAULT, PROTEST), scored by gsr.py.

    .venv/bin/python bench/bench_gsr.py                  # rules only and rules+classifier (5-fold CV)
    .venv/bin/python bench/bench_gsr.py --kind assault --no-cv
    .venv/bin/python bench/bench_gsr.py --kind protest --splits 4   # the outer CV over 4 fold splits
    .venv/bin/python bench/bench_gsr.py --kind protest --splits 8 --split-offset 8   # splits 8-15

Each sentence runs through rasd's pipeline (extraction, entities, quantities, times, quotes,
events) as one record; a record "has an event" of the type when rasd codes one. This is
detection, so the event step keeps events whose doer is unnamed (`require_actor=False`;
the article pipeline drops them from its list of main facts). The
classifier figures are 5-fold cross-validated: the model scoring a sentence never saw it, and
its L2 strength and probability cut are chosen by a 4-fold CV inside the training folds (nested,
scored on the sentences the rules code, as the outer figure is)
(`--no-cv` uses the committed model, trained on all sentences: an optimistic figure).
Data: ../shared/data/arabic_event_gsr (MIT, Open Event Data Alliance); scorer: ../shared/eval/gsr.py.
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: threaded BLAS made L-BFGS ~3x slower on 2 shared cores
import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rasd.annotate.event_classifier import EventClassifier, features, fit, load_classifier, pick_config
from rasd.annotate.events import CodeEvents
from rasd.model import Document, RawInput
from rasd.pipeline import DEFAULT_STEPS, Pipeline

GSR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gsr.py"
KINDS = {"assault": "ASSAULT", "protest": "PROTEST"}
FOLDS = 5


def annotate(records: list[dict]) -> list[Document]:
    """Run every pipeline step except events over the sentence records."""
    steps = Pipeline.default([s for s in DEFAULT_STEPS if not s.endswith(":CodeEvents")])
    return [steps.process(RawInput(id=r["id"], raw=r["text"], published=r.get("published"), lang="ar"))
            for r in records]


def code(docs: list[Document], step: CodeEvents) -> list[dict]:
    """Events for each document with one configuration of the event step."""
    return [{"id": d.id, "events": [e.to_record() for e in step(d).events]} for d in docs]


def outer_folds(n: int, split: int) -> list[int]:
    """Outer fold of each sentence: i % FOLDS for split 0 (the reported figure), else a seeded shuffle."""
    order = list(range(n))
    if split:
        random.Random(split).shuffle(order)
    fold = [0] * n
    for pos, i in enumerate(order):
        fold[i] = pos % FOLDS
    return fold


def cv_predictions(docs: list[Document], labels: dict[str, bool], typ: str, gates: list[bool],
                   split: int = 0) -> list[dict]:
    """Rules + classifier, each fold scored by a model (L2 and cut by inner CV) fitted on the other folds.

    `gates`: whether the rules alone code the type in each sentence (the only ones a model scores).
    """
    out: list[dict] = []
    feats = [features(d.raw) for d in docs]
    fold = outer_folds(len(docs), split)
    for k in range(FOLDS):
        inside = [i for i in range(len(docs)) if fold[i] != k]
        train_set = [(feats[i], labels[docs[i].id]) for i in inside]
        choice = pick_config(train_set, typ, gates=[gates[i] for i in inside])
        print(f"  fold {k}: L2 {choice.lam}, cut {choice.cut} (inner F1 {choice.f1:.3f})")
        clf = EventClassifier({typ: fit(train_set, choice.members, choice.lam)}, {typ: choice.cut}, {typ: choice.groups})
        out += code([d for i, d in enumerate(docs) if fold[i] == k], CodeEvents(classifier=clf, require_actor=False))
    return out


def score(kind: str, preds: list[dict]) -> str:
    """gsr.py's figures for the predictions."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
    res = subprocess.run([sys.executable, str(GSR), "score", kind, fh.name], capture_output=True, text=True, check=True)
    return res.stdout.strip()


def labels_of(kind: str) -> dict[str, bool]:
    """Gold yes/no per sentence id, read through gsr.py's own loader."""
    sys.path.insert(0, str(GSR.parent))
    import gsr  # type: ignore[import-not-found]
    return {r["id"]: r["label"] == "yes" for r in gsr.rows(kind)}


def run(kind: str, cv: bool, splits: int = 1, offset: int = 0) -> None:
    typ = KINDS[kind]
    res = subprocess.run([sys.executable, str(GSR), "inputs", kind], capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    t0 = time.time()
    docs = annotate(records)
    print(f"== {typ}: {len(docs)} sentences annotated in {time.time() - t0:.0f}s")
    rules = code(docs, CodeEvents(classifier=None, require_actor=False))
    print("rules only:             ", score(kind, rules).replace("\n", "\n" + " " * 24))
    if cv:
        gates = [any(e["type"] == typ for e in r["events"]) for r in rules]
        f1s = []
        for split in range(offset, offset + splits):  # split 0 is the reported figure; more show its spread
            preds = cv_predictions(docs, labels_of(kind), typ, gates, split)
            figures = score(kind, preds)
            f1s.append(float(re.search(r"F1 ([0-9.]+)", figures)[1]))
            print(f"rules+classifier {FOLDS}-fold (split {split}):", figures.replace("\n", "\n" + " " * 24), flush=True)
        if splits > 1:
            print(f"mean F1 over splits {offset}-{offset + splits - 1}: {sum(f1s) / len(f1s):.3f}")
    elif load_classifier() is not None:
        print("rules+classifier (all): ", score(kind, code(docs, CodeEvents(classifier=True, require_actor=False))).replace("\n", "\n" + " " * 24))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=[*KINDS, "both"], default="both")
    ap.add_argument("--no-cv", action="store_true", help="score the committed model instead of k-fold CV")
    ap.add_argument("--splits", type=int, default=1, help="outer CV repeated over this many fold splits")
    ap.add_argument("--split-offset", type=int, default=0,
                    help="first split's number: --splits 8 --split-offset 8 runs splits 8-15, fresh shuffles")
    args = ap.parse_args()
    print("command: .venv/bin/python bench/bench_gsr.py " + " ".join(sys.argv[1:]))
    for kind in (KINDS if args.kind == "both" else [args.kind]):
        run(kind, not args.no_cv, args.splits, args.split_offset)


if __name__ == "__main__":
    main()
