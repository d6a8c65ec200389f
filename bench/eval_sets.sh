#!/bin/bash
# Score the whole pipeline on every annotated set, one block per set:
#   bench/eval_sets.sh [TREE [TAG [SET ...]]]
# TREE: a rasd checkout (default: this one); TAG names the predictions /tmp/TAG-SET-pred.jsonl;
# SET: dev (../shared/eval/dev), heldout, blind, blind2 ... blind10 (bench/...; default all).
# Each set: score.py inputs → rasd extract (TREE first on PYTHONPATH) → score.py score.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "${1:-$here}" && pwd); tag=${2:-eval}; shift $(( $# > 2 ? 2 : $# ))
shared=${RASD_SHARED:-$here/../shared}
sets=${@:-dev heldout blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10}
py=$here/.venv/bin/python
for s in $sets; do
  if [ "$s" = dev ]; then d=$shared/eval/dev; else d=$tree/bench/$s; fi
  in=/tmp/$tag-$s-in.jsonl
  $py "$shared/eval/score.py" inputs "$d" > "$in"
  (cd "$tree" && PYTHONPATH=$tree $py -m rasd extract "$in" -o "/tmp/$tag-$s-pred.jsonl" 2>/dev/null)
  echo "== $s"
  $py "$shared/eval/score.py" score "$d" "/tmp/$tag-$s-pred.jsonl" | grep -E "^(document|entities|quotes|quantities|times|events)"
done
