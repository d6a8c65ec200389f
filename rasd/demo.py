"""`make demo`: run rasd on the bundled sample articles, show what it found, then serve it.

1. `rasd extract samples/` → records, summarised on the terminal;
2. `rasd ingest samples/` into a fresh demo database, then a search;
3. `rasd serve` over that database (Ctrl-C stops it; `--no-serve` skips it).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from rasd.cli import main as rasd_main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DEMO_QUERY = "غزة"  # Gaza


def summarise(record: dict) -> list[str]:
    """A few readable lines about one extracted record."""
    lines = [f"■ {record.get('title') or '(no title)'}  [{record['id']}]",
             f"  author: {record.get('author')}  section: {record.get('section')}  "
             f"published: {record.get('published')}"]
    ents = {(e.get('name_en') or e['text'], e['type']) for e in record.get("entities", [])}
    if ents:
        lines.append("  entities: " + ", ".join(f"{n} ({t})" for n, t in sorted(ents)))
    for q in record.get("quotes", []):
        who = (q.get("speaker") or {}).get("name_en") or (q.get("speaker") or {}).get("text") or "—"
        lines.append(f"  quote [{who}]: {q['text'][:80]}")
    for q in record.get("quantities", []):
        lines.append(f"  quantity: {q['text']} = {q['value']} {q.get('unit') or ''}"
                     f"{' (approx)' if q.get('approx') else ''}")
    for t in record.get("times", []):
        lines.append(f"  time: {t['text']} → {t['value']}")
    for ev in record.get("events", []):
        src = (ev.get("source") or {}).get("name_en") or "?"
        tgt = (ev.get("target") or {}).get("name_en") or "?"
        lines.append(f"  event: {ev['type']} {src} → {tgt} [{ev.get('status')}]")
    return lines


def run(out_dir: Path, serve: bool = True, port: int = 8000) -> int:
    """Extract, ingest and search the samples in out_dir; then serve the dashboard."""
    out_dir.mkdir(parents=True, exist_ok=True)
    records_path = out_dir / "records.jsonl"
    code = rasd_main(["extract", str(SAMPLES), "-o", str(records_path)])
    for line in records_path.read_text(encoding="utf-8").splitlines():
        print("\n".join(summarise(json.loads(line))))
    print(f"\nrecords written to {records_path}\n")
    db = out_dir / "rasd.db"
    for stale in out_dir.glob("rasd.db*"):
        stale.unlink()
    code = code or rasd_main(["ingest", str(SAMPLES), "--db", str(db)])
    print(f"\n$ rasd search {DEMO_QUERY} --db {db}")
    rasd_main(["search", DEMO_QUERY, "--db", str(db)])
    print(f"\n$ rasd claims --db {db}")
    rasd_main(["claims", "--db", str(db)])
    if serve and code == 0:
        print(f"\nThe dashboard: http://127.0.0.1:{port}/  (Ctrl-C to stop)", flush=True)
        return rasd_main(["serve", "--db", str(db), "--port", str(port)])
    return code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="demo-output", help="folder for the demo's outputs")
    ap.add_argument("--no-serve", action="store_true", help="stop after the search (do not serve)")
    ap.add_argument("--port", type=int, default=8000)
    args = ap.parse_args(argv)
    return run(Path(args.out), serve=not args.no_serve, port=args.port)


if __name__ == "__main__":
    raise SystemExit(main())
