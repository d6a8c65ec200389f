"""Throughput of the entity step in tokens per second on one core.

    python bench/bench_entities.py [--model] [--repeat N]

Texts: the ANERCorp test split (`../shared/data/anercorp/test.txt`), rejoined into
sentences and grouped into ~400-token "articles". Reports tokens/s for the step alone
(KB match, titles, patterns, coreference; with --model also the CRF tagger).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.annotate.entities import RecogniseEntities  # noqa: E402
from rasd.arabic import tokenize  # noqa: E402
from rasd.model import Document  # noqa: E402

ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "test.txt"


def articles(path: Path, size: int = 400) -> list[str]:
    """Sentences of the CoNLL file joined by spaces, grouped into ~size-token texts."""
    out, cur, sent = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            sent.append(line.rsplit(" ", 1)[0])
            continue
        cur.append(" ".join(sent))
        sent = []
        if sum(s.count(" ") + 1 for s in cur) >= size:
            out.append("\n".join(cur))
            cur = []
    if cur:
        out.append("\n".join(cur))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="store_true", help="include the NER model")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    texts = articles(ANERCORP)
    step = RecogniseEntities(use_model=args.model)
    docs = [Document(id=str(i), text=t, published="2024-01-01") for i, t in enumerate(texts)]
    n_tokens = sum(len(tokenize(t)) for t in texts) * args.repeat
    start = time.process_time()
    mentions = 0
    for _ in range(args.repeat):
        for d in docs:
            mentions += len(step(d).entities)
    cpu = time.process_time() - start
    print(f"entities{' +model' if step.model else ''}: {len(docs) * args.repeat} texts, {n_tokens} tokens, "
          f"{mentions} mentions, {cpu:.2f} s CPU → {n_tokens / cpu:,.0f} tokens/s/core")


if __name__ == "__main__":
    main()
