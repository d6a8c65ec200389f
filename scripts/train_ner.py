"""Train the CRF NER model shipped in rasd/annotate/models/ (ner.crfsuite, ner.doc.crfsuite, ner.stats.tsv.gz).

    .venv/bin/python scripts/train_ner.py --test      # the shipped model (make ner-model), 5 CRF fits, ~15 min on one core
    .venv/bin/python scripts/train_ner.py --dev --fold 9 --passes-folds 1 --out /tmp/x.crfsuite   # hold out a tenth of train
    .venv/bin/python scripts/train_ner.py --data both # add NewsFANE (measured worse, see below)

Two CRFs: a sentence model over `ner_features` (word statistics jackknifed over 5 folds),
and a document second pass that also sees out-of-fold first-pass tags of nearby
sentences (`ner_context`). Never trains on ANERCorp test. Deterministic: inputs read in
file order, crfsuite's L-BFGS has no randomness. The gazetteer features read the
committed lexicons and the KB (`rasd.kb`) as they are when training runs.

Every recipe measured so far: BENCHMARKS.md, "### The training recipe's history"
at the end of "## Entity recognition" (and that section's session tables).

NewsFANE: 4,705 of its 4,760 sentences share text with ANERCorp (it re-annotates the
same newswire), so it adds a second, differently annotated copy rather than new text.
With --data both its sentences sharing text with ANERCorp test (and dev) are dropped
first, its clitic-split, hamza-less tokens are rejoined to ANERCorp's style and its 50
fine classes mapped onto PERS/ORG/LOC/MISC.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pycrfsuite  # noqa: E402

from bench_ner import ANERCORP, Sentence, read_conll, report, score  # noqa: E402
from rasd.annotate.ner_features import (  # noqa: E402
    count_words, load_gazetteer, save_stats, sentence_features)
from rasd.annotate.ner_context import context_features  # noqa: E402
from rasd.annotate.ner_model import MODEL_PATH, NerModel, doc_path, stats_path  # noqa: E402
from rasd.arabic import fold_key  # noqa: E402

NEWSFANE = ROOT.parent / "shared" / "data" / "newsfane" / "NewsFANE_Gold_2014_170K.txt"
# NewsFANE fine class → ANERCorp type. GPE and LOC are ANERCorp's LOC; facilities,
# vehicles and works are MISC there (البيت الأبيض, أولاد حارتنا); Group (العرب "the Arabs")
# and generic products (الكمبيوتر) are not names in ANERCorp, so O.
FANE_MAP = {
    **dict.fromkeys(["Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                     "Businessperson", "Lawyer", "Engineer", "Police"], "PERS"),
    **dict.fromkeys(["Non-Governmental", "Sports", "Government", "Media", "Commercial",
                     "Educational", "Religious_ORG", "Medical-Science", "Entertainment"], "ORG"),
    **dict.fromkeys(["Nation", "Population-Center", "State-or-Province", "GPE-Cluster",
                     "Continent", "County-or-District", "Water-Body", "Land-Region-Natural",
                     "Celestial", "Land", "Path", "Airport"], "LOC"),
    **dict.fromkeys(["Building-Grounds", "Air", "Water", "Book", "Movie", "Plant"], "MISC"),
}
FANE_MAP["Land"] = "MISC"  # Land is ACE's land vehicle (فيراري), not land
PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي"}
SHINGLE = 30  # characters of letters in a row that count as shared text


def _map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    pre, typ = tag.split("-", 1)
    mapped = FANE_MAP.get(typ)
    return f"{pre}-{mapped}" if mapped else "O"


def _rejoin(toks: list[str], tags: list[str]) -> Sentence:
    """Glue NewsFANE's split clitics back on (و قال → وقال, ل الاتحاد → للاتحاد, ان ه → انه)."""
    out_t: list[str] = []
    out_g: list[str] = []
    pending, pend_tag = "", "O"
    for tok, tag in zip(toks, tags):
        if tok in PROCLITICS:
            pending += tok
            pend_tag = tag if pend_tag == "O" else pend_tag
            continue
        if tok in ENCLITICS and out_t and not pending:
            prev = out_t[-1]
            out_t[-1] = (prev[:-1] + "ت" if prev.endswith("ة") else prev) + tok
            continue
        if pending:
            tok = (pending + tok[1:]) if pending.endswith("ل") and tok.startswith("ال") else pending + tok
            if pend_tag.startswith("B-") and tag.startswith("I-"):
                tag = pend_tag
            pending, pend_tag = "", "O"
        out_t.append(tok)
        out_g.append(tag)
    if pending:
        out_t.append(pending)
        out_g.append(pend_tag)
    return out_t, out_g


def _letters(toks: list[str]) -> str:
    return "".join(c for c in fold_key("".join(toks)) if c.isalnum())


def _shingles(text: str) -> set[str]:
    return {text[i:i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))}


def read_newsfane(exclude: list[Sentence]) -> tuple[list[Sentence], int]:
    """NewsFANE mapped and rejoined, minus sentences sharing text with `exclude`."""
    banned: set[str] = set()
    for toks, _ in exclude:
        banned |= _shingles(_letters(toks))
    kept: list[Sentence] = []
    dropped = 0
    for toks, tags in read_conll(NEWSFANE, "\t"):
        toks = [t.replace("\u200e", "").strip() or "_" for t in toks]
        if _shingles(_letters(toks)) & banned:
            dropped += 1
            continue
        kept.append(_rejoin(toks, [_map_tag(t) for t in tags]))
    return kept, dropped


def misc_words(train: list[Sentence], min_n: int = 3, share: float = 0.9) -> set[str]:
    """Folded words ANERCorp train tags as a one-token MISC nearly always (دولار dollar, يورو)."""
    seen: Counter[str] = Counter()
    misc: Counter[str] = Counter()
    for toks, tags in train:
        for i, (t, g) in enumerate(zip(toks, tags)):
            k = fold_key(t)
            seen[k] += 1
            nxt = tags[i + 1] if i + 1 < len(tags) else "O"
            if g == "B-MISC" and nxt != "I-MISC":
                misc[k] += 1
    return {k for k, n in misc.items() if n >= min_n and n >= share * seen[k]}


def harmonise(sents: list[Sentence], misc: set[str]) -> list[Sentence]:
    """Tag ANERCorp's one-token MISC words (currencies) where NewsFANE left them O."""
    out = []
    for toks, tags in sents:
        out.append((toks, [("B-MISC" if g == "O" and fold_key(t) in misc else g)
                           for t, g in zip(toks, tags)]))
    return out


def jackknife(sents: list[Sentence], folds: int) -> list[list[list[str]]]:
    """Features of each sentence with word statistics counted on the other folds only.

    At run time the statistics come from all training text and the words of a new
    article are mostly unseen there; counting a training sentence's own words would
    teach the model that every name has been seen before.
    """
    gaz = load_gazetteer()
    size = -(-len(sents) // folds)
    out: list[list[list[str]]] = []
    for k in range(folds):
        rest = sents[:k * size] + sents[(k + 1) * size:]
        stats = count_words(rest) if folds > 1 else None
        memo: dict = {}  # one per stats table
        out += [sentence_features(toks, gaz, stats, memo) for toks, _ in sents[k * size:(k + 1) * size]]
    return out


def fit(feats: list[list[list[str]]], sents: list[Sentence], out: Path, opts: argparse.Namespace) -> None:
    """Fit one CRF on precomputed features and write it to `out`."""
    trainer = pycrfsuite.Trainer(algorithm=opts.algorithm, verbose=False)
    for f, (_, tags) in zip(feats, sents):
        trainer.append(f, tags)
    params: dict = {"max_iterations": opts.iters, "feature.possible_transitions": True,
                    "feature.possible_states": opts.possible_states}
    if opts.algorithm == "lbfgs":
        params |= {"c1": opts.c1, "c2": opts.c2}
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def first_pass_labels(sents: list[Sentence], opts: argparse.Namespace, tmp: Path) -> list[list[str]]:
    """First-pass tags of every training sentence from a model that did not see its fold."""
    size = -(-len(sents) // opts.passes_folds)
    gaz = load_gazetteer()
    labels: list[list[str]] = []
    for k in range(opts.passes_folds):
        rest = sents[:k * size] + sents[(k + 1) * size:]
        fit(jackknife(rest, opts.folds), rest, tmp, opts)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        stats = count_words(rest) if opts.folds > 1 else None
        labels += [tagger.tag(sentence_features(toks, gaz, stats)) for toks, _ in sents[k * size:(k + 1) * size]]
        tagger.close()
    return labels


def train(sents: list[Sentence], out: Path, opts: argparse.Namespace) -> float:
    """Fit the sentence model (and the document second pass) on `sents`; returns seconds."""
    t0 = time.perf_counter()
    feats = jackknife(sents, opts.folds)
    fit(feats, sents, out, opts)
    if opts.folds > 1:
        save_stats(count_words(sents), stats_path(out))
    else:
        stats_path(out).unlink(missing_ok=True)
    if opts.passes_folds > 1:
        labels = first_pass_labels(sents, opts, out.with_suffix(".tmp.crfsuite"))
        ctx = context_features([t for t, _ in sents], labels)
        fit([[a + b for a, b in zip(f, c)] for f, c in zip(feats, ctx)], sents, doc_path(out), opts)
        out.with_suffix(".tmp.crfsuite").unlink()
    else:
        doc_path(out).unlink(missing_ok=True)
    return time.perf_counter() - t0


def evaluate(model_path: Path, sents: list[Sentence], doc: bool = False) -> dict:
    """Span scores of the model at `model_path` on `sents` (`doc`: as one running document)."""
    model = NerModel.load(model_path)
    toks = [t for t, _ in sents]
    tagged = model.tag_document(toks) if doc else [model.tag_with_marginals(t, False) for t in toks]
    pred = [[y.replace("-PER", "-PERS") if y.endswith("-PER") else y for y, _ in s] for s in tagged]
    return score([g for _, g in sents], pred)


def build_data(data: str, dev: bool, dedupe_train: bool, fold: int = -1) -> tuple[list[Sentence], list[Sentence]]:
    """Training sentences and (with `dev`) the held-out tenth of ANERCorp train (`fold`: which tenth, -1 the last)."""
    aner = read_conll(ANERCORP / "train_approx.txt")
    test = read_conll(ANERCORP / "test.txt")
    # The dev block is the last tenth of train: whole articles the model has not seen,
    # like the test split (a random tenth shares names with train and scored 0.83 vs 0.69 test).
    size = len(aner) // 10
    a = (len(aner) - size if fold < 0 else fold * size) if dev else len(aner)
    b = len(aner) if fold < 0 else a + size
    held, train_a = aner[a:b], aner[:a] + aner[b:]
    sents = list(train_a)
    if data == "both":
        fane, dropped = read_newsfane(test + held + (aner if dedupe_train else []))
        print(f"NewsFANE: kept {len(fane)} sentences, dropped {dropped} sharing text with held-out data")
        sents += harmonise(fane, misc_words(train_a))
    return sents, held


def main() -> None:
    """Parse options, train, evaluate on dev (and test when asked)."""
    ap = argparse.ArgumentParser(description="train the CRF NER model")
    ap.add_argument("--data", choices=["anercorp", "both"], default="anercorp")
    ap.add_argument("--dev", action="store_true", help="hold out the last tenth of ANERCorp train")
    ap.add_argument("--dedupe-train", action="store_true",
                    help="also drop NewsFANE sentences that repeat ANERCorp train text")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--algorithm", choices=["lbfgs", "ap", "pa", "l2sgd", "arow"], default="lbfgs")
    ap.add_argument("--possible-states", action="store_true",
                    help="crfsuite feature.possible_states: weights for every (attribute, label) pair")
    ap.add_argument("--folds", type=int, default=5,
                    help="jackknife folds for the word-statistics features (1: no such features)")
    ap.add_argument("--passes-folds", type=int, default=3,
                    help="folds for the out-of-fold first-pass tags the document pass learns from (1: no second pass)")
    ap.add_argument("--fold", type=int, default=-1, help="with --dev: hold out this tenth of train (0-9; -1 the last)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--test", action="store_true", help="also print ANERCorp test scores")
    args = ap.parse_args()
    sents, held = build_data(args.data, args.dev, args.dedupe_train, args.fold)
    print(f"training on {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens")
    secs = train(sents, args.out, args)
    print(f"trained in {secs:.0f}s → {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    checks = ([("dev", held)] if held else []) + ([("test", read_conll(ANERCORP / "test.txt"))] if args.test else [])
    for name, sents in checks:
        for doc in (False, True) if args.passes_folds > 1 else (False,):
            res = evaluate(args.out, sents, doc)
            print(report(res))
            print(f"{name} {'document' if doc else 'sentence'} micro-F1: {res['ALL'][2]:.4f}")


if __name__ == "__main__":
    main()
