"""`make demo`: run rasd on the bundled sample articles and show what it found."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from rasd.cli import main as rasd_main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


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


def run(out_dir: Path) -> int:
    """Extract the samples into out_dir/records.jsonl and print a summary of each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    records_path = out_dir / "records.jsonl"
    code = rasd_main(["extract", str(SAMPLES), "-o", str(records_path)])
    for line in records_path.read_text(encoding="utf-8").splitlines():
        print("\n".join(summarise(json.loads(line))))
    print(f"\nrecords written to {records_path}")
    return code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="demo-output", help="folder for the demo's outputs")
    return run(Path(ap.parse_args(argv).out))


if __name__ == "__main__":
    raise SystemExit(main())
