"""A long fuzz run of the whole pipeline over generated and mutated inputs (not in CI).

    .venv/bin/python bench/fuzz.py [--n 100000] [--seed 7] [--hang 5] [--out /tmp/rasd-fuzz]

Inputs are built by a seeded generator (same seed, same inputs): synthetic
articles (`bench/synth.py`), the project's `samples/`, and short Arabic
sentences, then mutated: random bytes decoded leniently, truncation, deep
nesting, bidi controls, NUL bytes, cp1256 bytes read as latin-1, splices,
huge lines, empty strings. Each goes through `Pipeline.default().process` as
kind text or html. Counted per input: crashes (an exception out of `process`,
or any `step-failed`/`*-failed` problem), hangs (over `--hang` CPU seconds; a
wall-clock alarm at 10x stops a real hang), offset violations (a span whose text is not
`doc.text[start:end]`, an event's evidence outside the body), and records that
are not JSON-serialisable. Failing inputs are written to `--out` for replay.
Run it on one core: `nohup .venv/bin/python bench/fuzz.py > /tmp/fuzz.log 2>&1 &`.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from rasd.model import Document, RawInput  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402

import synth  # noqa: E402

# Short sentences written for rasd (glosses: the army shelled the city; the minister said
# that talks continue; about 10 thousand troops arrived on Monday; the source denied...).
SENTENCES = (
    "قصف الجيش المدينة صباح اليوم.",
    "وقال الوزير إن المحادثات مستمرة.",
    "وصل نحو 10 آلاف جندي يوم الاثنين.",
    "ونفى المصدر «أي تورط في الهجوم».",
    "وأضافت: \"لن نتراجع عن مطالبنا\"",
    "قتل ٣٥ شخصا وأصيب ١٢٠ آخرون في ١٥ مارس ٢٠٢٤.",
    "أعلنت وزارة الدفاع الروسية إسقاط خمس عشرة مسيرة أوكرانية.",
    "التقى الرئيس الفرنسي نظيره المصري في القاهرة الأسبوع الماضي.",
)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u200c\u200d\ufeff"
ODD = BIDI + "\x00\x01\x1b\x7f\ufffd\u0640\u064b\u0651\u0670«»“”\"'<>&;\n\r\t\u00a0\u2028\u2029" \
    "٠١٢٣٤٥٦٧٨٩۰۱۲0123456789.,٫٬؟،%$€ﻻﷲﺍ\ufdd0\ufbc2\ufe75𝟘😀"


def seeds(rng: random.Random) -> list[str]:
    """Seed texts: synthetic articles, the samples, sentences, an HTML page."""
    out = [synth.record(i, rng)["text"] for i in range(40)]
    for line in (ROOT / "samples/articles.jsonl").read_text(encoding="utf-8").splitlines():
        out.append(json.loads(line)["text"])
    out.append((ROOT / "samples/dump-ceasefire-talks.txt").read_text(encoding="utf-8"))
    out.append((ROOT / "samples/sudan-elfasher.html").read_text(encoding="utf-8"))
    return out + list(SENTENCES)


def _cut(rng: random.Random, s: str) -> str:
    return s[:rng.randint(0, len(s))] if rng.random() < 0.5 else s[rng.randint(0, len(s)):]


def _sprinkle(rng: random.Random, s: str, alphabet: str, k: int) -> str:
    chars = list(s)
    for _ in range(k):
        chars.insert(rng.randint(0, len(chars)), rng.choice(alphabet))
    return "".join(chars)


def _delete(rng: random.Random, s: str) -> str:
    if not s:
        return s
    a = rng.randrange(len(s))
    return s[:a] + s[a + rng.randint(1, 40):]


def _bytes(rng: random.Random, s: str) -> str:
    data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
    return data.decode(rng.choice(["utf-8", "latin-1", "cp1256"]), "replace")


def _cp1256(rng: random.Random, s: str) -> str:
    return s.encode("cp1256", "replace").decode("latin-1")


def _nest(rng: random.Random, s: str) -> str:
    n = rng.choice([50, 500, 5000])
    tag = rng.choice(["div", "span", "p", "b"])
    return "<html><body>" + f"<{tag}>" * n + s + f"</{tag}>" * rng.randint(0, n) + "</body></html>"


def _html(rng: random.Random, s: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in s.split("\n") if p)
    page = f"<html><head><title>{s[:40]}</title></head><body><article>{paras}</article></body></html>"
    return page[:rng.randint(0, len(page))] if rng.random() < 0.3 else page


def _huge(rng: random.Random, s: str) -> str:
    # big inputs are rare and capped: the run must finish; tests cover the 1 MB case
    return (s.replace("\n", " ") or "x") * max(1, rng.randint(5_000, 20_000) // max(1, len(s)))


def _splice(rng: random.Random, s: str) -> str:
    return _cut(rng, s) + rng.choice(SENTENCES) + _cut(rng, s)


def _digits(rng: random.Random, s: str) -> str:
    table = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩") if rng.random() < 0.5 else \
        str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
    return s.translate(table)


def _scripts(rng: random.Random, s: str) -> str:
    words = s.split(" ")
    other = ["Putin", "NATO", "Кремль", "שלום", "北京", "Zelensky's", "U.S.", "2024-05-17", "$3.5bn"]
    for _ in range(rng.randint(1, 10)):
        words.insert(rng.randint(0, len(words)), rng.choice(other))
    return " ".join(words)


MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "cut": _cut, "bidi": lambda r, s: _sprinkle(r, s, BIDI, r.randint(1, 30)),
    "odd": lambda r, s: _sprinkle(r, s, ODD, r.randint(1, 60)),
    "nul": lambda r, s: _sprinkle(r, s, "\x00", r.randint(1, 20)),
    "delete": _delete, "bytes": _bytes, "cp1256": _cp1256, "nest": _nest, "html": _html,
    "splice": _splice, "digits": _digits, "scripts": _scripts, "empty": lambda r, s: "",
    "space": lambda r, s: rng_space(r), "huge": _huge,
}
# huge inputs cost seconds each; keep them rare
WEIGHTS = {name: (0.05 if name == "huge" else 2.0 if name == "nest" else 6.0) for name in MUTATIONS}


def rng_space(rng: random.Random) -> str:
    return "".join(rng.choice(" \n\t\r\u00a0\u2028\u200f") for _ in range(rng.randint(0, 50)))


def inputs(n: int, seed: int) -> Iterator[tuple[str, RawInput]]:
    """`n` (mutation label, input) pairs from a seeded generator."""
    rng = random.Random(seed)
    pool = seeds(rng)
    names, weights = list(MUTATIONS), [WEIGHTS[m] for m in MUTATIONS]
    for i in range(n):
        text = rng.choice(pool)
        if len(text) > 800 and rng.random() < 0.9:
            # short inputs keep the count high: the pipeline costs ~0.2 ms per character
            a = rng.randrange(len(text))
            text = text[a:a + rng.randint(20, 800)]
        applied = rng.choices(names, weights, k=rng.randint(1, 3))
        for name in applied:
            text = MUTATIONS[name](rng, text)
        kind = "html" if ("html" in applied or "nest" in applied or rng.random() < 0.1) else "text"
        published = rng.choice([None, "2024-05-17", "2024-02-30", "garbage", "1999-12-31T23:00:00Z"])
        yield "+".join(applied), RawInput(id=f"fuzz-{i}", raw=text, kind=kind, published=published)


def violations(doc: Document) -> list[str]:
    """Broken promises of the record: offsets, step failures, serialisation."""
    # steps that catch their own errors record "<step>-failed" (times-failed...): crashes too
    bad = [f"step-failed {p.step}: {p.detail[:120]}" for p in doc.problems if p.reason.endswith("-failed")]
    n = len(doc.text)
    for field in ("entities", "quotes", "quantities", "times"):
        for m in getattr(doc, field):
            if not (0 <= m.start <= m.end <= n) or doc.text[m.start:m.end] != m.text:
                bad.append(f"offset {field} {m.start}:{m.end} {m.text[:30]!r}")
    for m in getattr(doc, "title_spans", ()):  # headline-only spans point into the title
        if not doc.title or doc.title[m.start:m.end] != m.text:
            bad.append(f"offset title {m.start}:{m.end} {m.text[:30]!r}")
    for e in doc.events:
        a, b = e.evidence
        if not (0 <= a <= b <= n):
            bad.append(f"offset event evidence {a}:{b} (len {n})")
    try:
        json.dumps(doc.to_record(), ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        bad.append(f"record not JSON: {exc}")
    return bad


class Hang(Exception):
    """The hard alarm fired."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def check(pipe: Pipeline, rec: RawInput, hard: int) -> tuple[str, list[str], float]:
    """('ok'|'crash'|'hang'|'offset', details, seconds) for one input."""
    signal.alarm(hard)
    t0 = time.process_time()  # CPU seconds: on a shared machine wall time measures the neighbours
    try:
        doc = pipe.process(rec)
    except Hang:
        return "hang", [f"over {hard}s wall (alarm)"], time.process_time() - t0
    except Exception as exc:  # the pipeline itself must never raise
        return "crash", [f"{type(exc).__name__}: {exc}"], time.process_time() - t0
    finally:
        signal.alarm(0)
    secs = time.process_time() - t0
    bad = violations(doc)
    if any(b.startswith("step-failed") for b in bad):
        return "crash", bad, secs
    if bad:
        return "offset", bad, secs
    return "ok", [], secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--hang", type=float, default=5.0,
                    help="CPU seconds over which an input counts as a hang")
    ap.add_argument("--out", type=Path, default=Path("/tmp/rasd-fuzz"))
    ap.add_argument("--every", type=int, default=2000, help="progress line every N inputs")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, _alarm)
    pipe = Pipeline.default()
    counts: collections.Counter[str] = collections.Counter()
    by_mut: collections.Counter[str] = collections.Counter()
    first: dict[str, str] = {}
    chars, t_start, slowest = 0, time.perf_counter(), (0.0, "")
    for i, (label, rec) in enumerate(inputs(args.n, args.seed), 1):
        outcome, details, secs = check(pipe, rec, int(args.hang * 10))
        if outcome == "ok" and secs > args.hang:
            outcome, details = "hang", [f"{secs:.1f}s for {len(rec.raw)} chars"]
        counts[outcome] += 1
        chars += len(rec.raw)
        slowest = max(slowest, (secs, f"{rec.id} {label} {len(rec.raw)} chars"))
        if outcome != "ok":
            by_mut[f"{outcome} {label.split('+')[-1]}"] += 1
            key = f"{outcome}: {details[0][:80]}"
            if key not in first:
                first[key] = rec.id
                dump = {"mutations": label, "kind": rec.kind, "published": rec.published,
                        "raw": rec.raw, "details": details, "seconds": secs}
                (args.out / f"{rec.id}.json").write_text(json.dumps(dump, ensure_ascii=False), "utf-8")
        if i % args.every == 0:
            el = time.perf_counter() - t_start
            print(f"[{i}] {dict(counts)} {i / el:.1f} inputs/s, slowest {slowest[0]:.1f}s ({slowest[1]})",
                  flush=True)
    report(args, counts, by_mut, first, chars, time.perf_counter() - t_start, slowest)
    return 1 if sum(counts.values()) != counts["ok"] else 0


def report(args: argparse.Namespace, counts: collections.Counter, by_mut: collections.Counter,
           first: dict[str, str], chars: int, secs: float, slowest: tuple[float, str]) -> None:
    """The summary table and the command that produced it."""
    total = sum(counts.values())
    print(f"\ncommand: .venv/bin/python bench/fuzz.py --n {args.n} --seed {args.seed} --hang {args.hang}")
    print(f"inputs {total}, characters {chars}, {secs:.0f} s, {total / max(secs, 1e-9):.1f} inputs/s")
    print("| outcome | inputs |\n| --- | ---: |")
    for k in ("ok", "crash", "hang", "offset"):
        print(f"| {k} | {counts[k]} |")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    for k, v in by_mut.most_common():
        print(f"  {k}: {v}")
    for key, rid in first.items():
        print(f"  first {key} -> {args.out / (rid + '.json')}")


if __name__ == "__main__":
    sys.exit(main())
