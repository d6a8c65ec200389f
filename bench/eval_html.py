"""Body token F1 of rasd's HTML extraction vs plain trafilatura, on pages with a known body.

    .venv/bin/python bench/eval_html.py [--shared ../shared] [--worst 5]

Pages: the ScrapingHub article-extraction benchmark (`data/html/aeb`, 181 pages,
`ground-truth.json` gives each body) and the Arabic pages with an expected text
(`data/html/arabic/*.expected.txt`). The score is the benchmark's bag of tokens:
per page precision and recall of word tokens (lower-cased `\\w+`), averaged over
pages, F1 from the averages.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import trafilatura

from rasd.extract.clean import CleanArticle
from rasd.model import Document

ROOT = Path(__file__).resolve().parent.parent


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def pr(pred: str, gold: str) -> tuple[float, float]:
    """Token precision and recall of one page."""
    p, g = tokens(pred), tokens(gold)
    tp = sum((p & g).values())
    return (tp / sum(p.values()) if p else 0.0), (tp / sum(g.values()) if g else 1.0)


def pages(shared: Path) -> Iterator[tuple[str, str, str, str | None]]:
    """(set name, page id, html, expected body) for every page with a known body."""
    aeb = shared / "data/html/aeb"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for pid, item in sorted(truth.items()):
        raw = gzip.open(aeb / "html" / f"{pid}.html.gz").read().decode("utf-8", "replace")
        yield "aeb", pid, raw, item.get("url")
    for exp in sorted((shared / "data/html/arabic").glob("*.expected.txt")):
        page = exp.with_name(exp.name.replace(".expected.txt", ".html"))
        yield "arabic", page.stem, page.read_text(encoding="utf-8", errors="replace"), None


def gold_body(shared: Path, name: str, pid: str) -> str:
    if name == "aeb":
        truth = json.loads((shared / "data/html/aeb/ground-truth.json").read_text(encoding="utf-8"))
        return truth[pid]["articleBody"]
    return (shared / "data/html/arabic" / f"{pid}.expected.txt").read_text(encoding="utf-8")


def rasd_extractor() -> Callable[[str, str | None], str]:
    step = CleanArticle()
    return lambda raw, url: step(Document(id="x", raw=raw, kind="html", url=url)).text


def plain_trafilatura(raw: str, url: str | None) -> str:
    return trafilatura.extract(raw, url=url) or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where rasd loses most")
    args = ap.parse_args()
    shared = Path(args.shared)
    systems = {"rasd": rasd_extractor(), "trafilatura": plain_trafilatura}
    scores: dict[tuple[str, str], list[tuple[float, float]]] = {}
    per_page: list[tuple[float, str]] = []
    for name, pid, raw, url in pages(shared):
        gold = gold_body(shared, name, pid)
        f = {}
        for sysname, fn in systems.items():
            p, r = pr(fn(raw, url), gold)
            for group in (name, "all"):
                scores.setdefault((sysname, group), []).append((p, r))
            f[sysname] = 2 * p * r / (p + r) if p + r else 0.0
        per_page.append((f["rasd"] - f["trafilatura"], f"{name}/{pid[:16]}"))
    print(f"{'system':12} {'pages':>6} {'set':>7} {'P':>6} {'R':>6} {'F1':>6}")
    for (sysname, group), vals in sorted(scores.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        p = sum(v[0] for v in vals) / len(vals)
        r = sum(v[1] for v in vals) / len(vals)
        print(f"{sysname:12} {len(vals):6d} {group:>7} {p:6.3f} {r:6.3f} {2 * p * r / (p + r):6.3f}")
    for delta, pid in sorted(per_page)[: args.worst]:
        print(f"  rasd - trafilatura F1 {delta:+.3f}  {pid}")
    print_arabic_metadata(shared)


def print_arabic_metadata(shared: Path) -> None:
    """Date and author on every Arabic page, rasd vs trafilatura (for reading, not scored)."""
    from rasd.extract.html import parse_html

    print(f"\n{'page':14} {'rasd date':11} {'trafilatura':11} {'rasd author':20} trafilatura author")
    for page in sorted((shared / "data/html/arabic").glob("*.html")):
        raw = page.read_text(encoding="utf-8", errors="replace")
        ours = parse_html(raw)
        theirs = trafilatura.bare_extraction(raw, with_metadata=True)
        print(f"{page.stem:14} {ours.published or '-':11} {getattr(theirs, 'date', None) or '-':11} "
              f"{ours.author or '-':20} {getattr(theirs, 'author', None) or '-'}")


if __name__ == "__main__":
    main()
