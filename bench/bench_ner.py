"""Benchmark the committed NER model on the ANERCorp test split (CoNLL exact-span micro-F1).

    make bench-ner        # or: .venv/bin/python bench/bench_ner.py [--model PATH] [--test PATH]

Prints precision/recall/F1 per type, the tagging speed, and as its last line
`ANERCorp test micro-F1: 0.xxxx`. Needs ../shared (the ANERCorp files are not shipped).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.annotate.ner_model import NerModel  # noqa: E402

ANERCORP = ROOT.parent / "shared" / "data" / "anercorp"
Sentence = tuple[list[str], list[str]]


def read_conll(path: Path, sep: str | None = None) -> list[Sentence]:
    """Sentences of a CoNLL file (`token TAG` lines, blank line between sentences)."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if toks:
                out.append((toks, tags))
                toks, tags = [], []
            continue
        tok, tag = line.rsplit(sep, 1) if sep is None else line.split(sep, 1)
        toks.append(tok.strip())
        tags.append(tag.strip())
    if toks:
        out.append((toks, tags))
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of an IOB2 sequence, CoNLL style (stray I- opens a span)."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        pre, _, typ = tag.partition("-")
        if start >= 0 and (pre != "I" or typ != kind):
            out.add((start, i, kind))
            start = -1
        if pre == "B" or (pre == "I" and start < 0):
            start, kind = i, typ
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """(precision, recall, F1, support) per type and for "ALL" (micro)."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        for s in gs:
            n_gold[s[2]] += 1
            n_gold["ALL"] += 1
        for s in ps:
            n_pred[s[2]] += 1
            n_pred["ALL"] += 1
            if s in gs:
                tp[s[2]] += 1
                tp["ALL"] += 1
    res = {}
    for k in sorted(set(n_gold) | set(n_pred)):
        p = tp[k] / n_pred[k] if n_pred[k] else 0.0
        r = tp[k] / n_gold[k] if n_gold[k] else 0.0
        res[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, n_gold[k])
    return res


def report(res: dict[str, tuple[float, float, float, int]]) -> str:
    """A small table of the scores."""
    lines = [f"{'type':6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6}"]
    for k in [k for k in res if k != "ALL"] + ["ALL"]:
        p, r, f, n = res[k]
        lines.append(f"{k:6} {p:7.4f} {r:7.4f} {f:7.4f} {n:6d}")
    return "\n".join(lines)


def to_corpus_tags(tags: list[str]) -> list[str]:
    """The API's PER back to ANERCorp's PERS, so spans compare with the gold."""
    return [t.replace("-PER", "-PERS") if t.endswith("-PER") else t for t in tags]


def main() -> None:
    """Tag the test split with the committed model and print the scores."""
    ap = argparse.ArgumentParser(description="ANERCorp test micro-F1 of the NER model")
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--test", type=Path, default=ANERCORP / "test.txt")
    args = ap.parse_args()
    model = NerModel.load(args.model)
    test = read_conll(args.test)
    gold = [g for _, g in test]
    n_tok = sum(len(t) for t, _ in test)
    t0 = time.process_time()
    pred = [to_corpus_tags(model.tag(toks)) for toks, _ in test]
    secs = time.process_time() - t0
    res = score(gold, pred)
    print("sentence by sentence (NerModel.tag):")
    print(report(res))
    print(f"tagged {n_tok} tokens in {secs:.2f}s: {n_tok / secs:,.0f} tokens/s (CPU time, one core)")
    if model.has_document_pass:
        # The test file is the articles in order without breaks: tag it as one running
        # document; each sentence sees the first-pass tags of its neighbours (ner_context.WINDOW).
        t0 = time.process_time()
        tagged = model.tag_document([t for t, _ in test])
        secs = time.process_time() - t0
        res = score(gold, [to_corpus_tags([y for y, _ in s]) for s in tagged])
        print("\nwhole document, two passes (NerModel.tag_document):")
        print(report(res))
        print(f"tagged {n_tok} tokens in {secs:.2f}s: {n_tok / secs:,.0f} tokens/s (CPU time, one core, with marginals)")
    print(f"ANERCorp test micro-F1: {res['ALL'][2]:.4f}")


if __name__ == "__main__":
    main()
