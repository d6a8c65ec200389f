"""Store benchmarks: load rate, dedup rate, search latency and page render time at N articles.

    .venv/bin/python bench/bench_store.py --n 100000 --db /tmp/rasd-bench.db

Builds (or reuses) a store of N synthetic articles (bench/synth.py), then times
200 searches (median and p95), fingerprinting + LSH for dedup, and the article
and entity pages of the dashboard through the ASGI app. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

from rasd.dedup import DuplicateIndex, fingerprint  # noqa: E402
from rasd.store import SearchQuery, open_store  # noqa: E402

QUERIES = ["غزة", "خاركيف", "الحوثيين", "قصفت", "مقتل", "المساعدات", "بالفاشر", "وروسيا", "حماية المدنيين",
           "المفاوضات الجارية", "اتهمت إيران", "عقوبات", "الوضع الإنساني", "تعليق فوري", "حلب"]


def load(db: Path, n: int, batch: int = 500) -> float:
    store = open_store(db)
    have = store.count_documents()
    start = time.perf_counter()
    buf = []
    for rec in synth.records(n):
        if int(rec["id"][4:]) < have:
            continue
        buf.append(rec)
        if len(buf) >= batch:
            store.add_records(buf, source=None)
            buf = []
    if buf:
        store.add_records(buf)
    elapsed = time.perf_counter() - start
    loaded = store.count_documents() - have
    store.close()
    return loaded / elapsed if loaded else float("nan")


def search_latency(db: Path, rounds: int = 200) -> tuple[float, float]:
    store = open_store(db)
    times = []
    for i in range(rounds):
        q = QUERIES[i % len(QUERIES)]
        t = time.perf_counter()
        store.search(SearchQuery(q, limit=20))
        times.append((time.perf_counter() - t) * 1000)
    store.close()
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def dedup_rate(n: int = 2000) -> float:
    texts = [r["text"] for r in synth.records(n, seed=11)]
    idx = DuplicateIndex()
    start = time.perf_counter()
    for i, t in enumerate(texts):
        sig = fingerprint(t)
        if sig is not None and idx.best_match(sig) is None:
            idx.add(str(i), sig)
    return n / (time.perf_counter() - start)


def page_times(db: Path, n: int, rounds: int = 30) -> tuple[float, float]:
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

    from rasd.web.app import create_app

    client = TestClient(create_app(str(db)))
    def timed(url: str) -> float:
        ts = []
        for _ in range(rounds):
            t = time.perf_counter()
            assert client.get(url).status_code == 200, url
            ts.append((time.perf_counter() - t) * 1000)
        return statistics.median(ts)
    return timed(f"/documents/syn-{n // 2:06d}"), timed("/entities/Q1049")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/rasd-bench.db"))
    args = ap.parse_args()
    rate = load(args.db, args.n)
    med, p95 = search_latency(args.db)
    article_ms, entity_ms = page_times(args.db, args.n)
    print(f"| measure ({args.n:,} articles) | value |\n|---|---|")
    print(f"| store load rate (records with annotations, dedup, stories, claims) | {rate:,.0f} articles/s |")
    print(f"| search latency, median / p95 (200 queries, limit 20) | {med:.1f} ms / {p95:.1f} ms |")
    print(f"| dedup: fingerprint + LSH query | {dedup_rate():,.0f} articles/s |")
    print(f"| article page render, median | {article_ms:.1f} ms |")
    print(f"| entity page render (Sudan), median | {entity_ms:.1f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
