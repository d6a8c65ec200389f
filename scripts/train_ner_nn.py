"""Train the convolutional NER network shipped as rasd/annotate/models/ner.nn.npz (PyTorch, training only).

    .venv/bin/pip install -e '.[train]'                                  # torch, CPU
    # the shipped file (session 8): two networks on all of ANERCorp train, averaged at run time
    .venv/bin/python scripts/train_ner_nn.py --seed 13 --out /tmp/nn13.npz
    .venv/bin/python scripts/train_ner_nn.py --seed 29 --out /tmp/nn29.npz
    .venv/bin/python scripts/train_ner_nn.py --merge /tmp/nn13.npz /tmp/nn29.npz   # → models/ner.nn.npz
    .venv/bin/python scripts/train_ner_nn.py --dev --fold 9 --out /tmp/f9.nn.npz   # hold out a tenth of train

The network (see `rasd.annotate.ner_nn`) reads the CRF's gazetteer, shape and
word-statistic feature strings, with the statistics jackknifed over 5 folds exactly as
the CRF's training does (`train_ner.jackknife`). Reproducible: fixed seeds, one thread.
Inference is NumPy; this script checks that NumPy and PyTorch agree on the held-out data.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np
import torch
from bench_ner import Sentence, report, score
from torch import nn
from train_ner import build_data, jackknife

from rasd.annotate.ner_features import count_words, load_gazetteer, sentence_features
from rasd.annotate.ner_model import MODEL_PATH, NerModel, nn_path
from rasd.annotate.ner_nn import NN_FEATURE, NnTagger, allowed, viterbi, word_chars
from rasd.annotate.ner_words import analyse

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


class Net(nn.Module):
    """The torch twin of `ner_nn.NnTagger` (same shapes, same arithmetic)."""

    def __init__(self, n_words: int, n_chars: int, n_feats: int, a: argparse.Namespace) -> None:
        super().__init__()
        self.word_emb = nn.Embedding(n_words, a.word_dim, padding_idx=0)
        self.char_emb = nn.Embedding(n_chars, a.char_dim, padding_idx=0)
        self.char_conv = nn.Conv1d(a.char_dim, a.char_filters, 3, padding=1)
        self.feat_emb = nn.Embedding(n_feats, a.feat_dim, padding_idx=0)
        self.inp = nn.Linear(2 * a.word_dim + a.char_filters + a.feat_dim, a.hidden)
        self.dil = a.dilations
        self.convs = nn.ModuleList(nn.Conv1d(a.hidden, a.hidden, 3, padding=d, dilation=d) for d in a.dilations)
        self.out = nn.Linear(a.hidden, len(LABELS))
        self.drop = nn.Dropout(a.dropout)

    def forward(self, words: torch.Tensor, stems: torch.Tensor, chars: torch.Tensor,
                feats: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, c = chars.shape
        ce = self.char_emb(chars.view(b * t, c)).transpose(1, 2)
        cc = self.char_conv(ce)
        cmask = (chars.view(b * t, c) > 0).unsqueeze(1)
        ch = torch.relu(cc.masked_fill(~cmask, -1e4).max(dim=2).values).view(b, t, -1)
        x = torch.cat([self.word_emb(words), self.word_emb(stems), ch, self.feat_emb(feats).sum(2)], dim=2)
        m = mask.unsqueeze(2).float()
        h = torch.relu(self.inp(self.drop(x))) * m
        for conv in self.convs:
            h = (h + torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2))) * m
        return self.out(self.drop(h))


def vocabularies(sents: list[Sentence], feats: list[list[list[str]]]) -> tuple[list[str], list[str], list[str]]:
    """Words seen twice or more (folded), characters seen twice or more, network feature strings."""
    wc: Counter[str] = Counter()
    cc: Counter[str] = Counter()
    fc: Counter[str] = Counter()
    for toks, _ in sents:
        for tok in toks:
            t = analyse(tok)
            wc[t.word] += 1
            if t.longest != t.word:
                wc[t.longest] += 1
            cc.update(word_chars(t.word))
    for sf in feats:
        for f in sf:
            fc.update(x for x in f if NN_FEATURE.match(x))
    words = ["", "\x00unk"] + sorted(w for w, n in wc.items() if n >= 2)
    chars = ["", "\x00unk"] + sorted(c for c, n in cc.items() if n >= 2)
    fts = [""] + sorted(f for f, n in fc.items() if n >= 2)
    return words, chars, fts


def encode(sents: list[Sentence], feats: list[list[list[str]]], vocab: tuple[list[str], list[str], list[str]]) -> list[tuple]:
    """Per sentence: word, stem, character and feature ids, and label ids."""
    wi, ci, fi = ({x: i for i, x in enumerate(v)} for v in vocab)
    out = []
    for (toks, tags), sf in zip(sents, feats):
        ans = [analyse(t) for t in toks]
        w = [wi.get(a.word, 1) for a in ans]
        s = [wi.get(a.longest, 1) for a in ans]
        c = [[ci.get(x, 1) for x in word_chars(a.word)] for a in ans]
        f = [[fi[x] for x in fl if x in fi] for fl in sf]
        y = [LABELS.index(g) if g in LABELS else 0 for g in tags]
        out.append((w, s, c, f, y))
    return out


def batch(items: list[tuple], unk_p: float, rng: random.Random) -> tuple[torch.Tensor, ...]:
    """Padded tensors for a list of encoded sentences (words dropped to UNK with probability unk_p)."""
    b, t = len(items), max(len(x[0]) for x in items)
    c = max(len(ch) for x in items for ch in x[2])
    nf = max([len(fs) for x in items for fs in x[3]] + [1])
    W = torch.zeros(b, t, dtype=torch.long)
    S = torch.zeros(b, t, dtype=torch.long)
    C = torch.zeros(b, t, c, dtype=torch.long)
    F = torch.zeros(b, t, nf, dtype=torch.long)
    Y = torch.full((b, t), -100, dtype=torch.long)
    for i, (w, s, ch, fs, y) in enumerate(items):
        n = len(w)
        if unk_p:
            w = [1 if rng.random() < unk_p else x for x in w]
            s = [1 if rng.random() < unk_p else x for x in s]
        W[i, :n] = torch.tensor(w)
        S[i, :n] = torch.tensor(s)
        for j, cs in enumerate(ch):
            C[i, j, :len(cs)] = torch.tensor(cs)
        for j, f in enumerate(fs):
            if f:
                F[i, j, :len(f)] = torch.tensor(f)
        Y[i, :n] = torch.tensor(y)
    return W, S, C, F, Y != -100, Y


def train_net(data: list[tuple], vocab: tuple, a: argparse.Namespace) -> Net:
    """Fit the network on encoded sentences."""
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    net = Net(len(vocab[0]), len(vocab[1]), len(vocab[2]), a)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    chunks = [order[i:i + a.batch] for i in range(0, len(order), a.batch)]
    for ep in range(a.epochs):
        net.train()
        rng.shuffle(chunks)
        total, t0 = 0.0, time.perf_counter()
        for g in opt.param_groups:
            g["lr"] = a.lr * (1 - ep / a.epochs) if a.decay else a.lr
        for ch in chunks:
            W, S, C, F, M, Y = batch([data[i] for i in ch], a.unk, rng)
            logits = net(W, S, C, F, M)
            loss = nn.functional.cross_entropy(logits.view(-1, len(LABELS)), Y.view(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"epoch {ep + 1}: loss {total / len(chunks):.4f} ({time.perf_counter() - t0:.0f}s)", flush=True)
    net.eval()
    return net


def export(net: Net, vocab: tuple, a: argparse.Namespace, out: Path) -> None:
    """Write the weights (float16) and vocabularies as the .npz `ner_nn` loads."""
    def h(t: torch.Tensor) -> np.ndarray:
        return t.detach().numpy().astype(np.float16)
    arr = {
        "labels": np.array(LABELS), "words": np.array(vocab[0]), "chars": np.array(vocab[1]),
        "feats": np.array(vocab[2]), "dilations": np.array(a.dilations, dtype=np.int16),
        "word_emb": h(net.word_emb.weight), "char_emb": h(net.char_emb.weight),
        "char_w": h(net.char_conv.weight.permute(2, 1, 0)), "char_b": h(net.char_conv.bias),
        "feat_emb": h(net.feat_emb.weight),
        "in_w": h(net.inp.weight.T), "in_b": h(net.inp.bias),
        "out_w": h(net.out.weight.T), "out_b": h(net.out.bias),
    }
    for i, conv in enumerate(net.convs):
        arr[f"conv{i}_w"] = h(conv.weight.permute(2, 1, 0))
        arr[f"conv{i}_b"] = h(conv.bias)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arr)


def merge(paths: list[Path], out: Path) -> None:
    """One .npz holding several networks ("0/word_emb", "1/word_emb", …), averaged at run time."""
    arr = {}
    for i, path in enumerate(paths):
        with np.load(path, allow_pickle=False) as z:
            arr |= {f"{i}/{k.rpartition('/')[2]}": z[k] for k in z.files}
    np.savez_compressed(out, **arr)


def evaluate(path: Path, held: list[Sentence], stats: dict) -> dict:
    """Span scores of the saved (NumPy) network alone on `held`."""
    tagger = NnTagger.load(path)
    gaz = load_gazetteer()
    ok = allowed(tagger.labels)
    pred = []
    for toks, _ in held:
        p = tagger.probs(toks, sentence_features(toks, gaz, stats))
        pred.append([tagger.labels[j] for j in viterbi(p, ok)] if toks else [])
    return score([g for _, g in held], pred)


def crf_evaluate(crf: Path, held: list[Sentence], doc: bool, weight: float) -> dict:
    """Span scores of `NerModel` (CRF at `crf`, network beside it at `weight`) on `held`."""
    model = NerModel.load(crf, nn_weight=weight)
    toks = [t for t, _ in held]
    tagged = model.tag_document(toks) if doc else [model.tag_with_marginals(t, False) for t in toks]
    pred = [[y + "S" if y.endswith("-PER") else y for y, _ in s] for s in tagged]
    return score([g for _, g in held], pred)


def main() -> None:
    """Parse options, train, export, evaluate on the held-out tenth."""
    ap = argparse.ArgumentParser(description="train the convolutional NER network")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--fold", type=int, default=-1)
    ap.add_argument("--out", type=Path, default=nn_path(MODEL_PATH))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--decay", action="store_true", help="linear learning-rate decay to 0")
    ap.add_argument("--unk", type=float, default=0.1, help="word dropout to UNK while training")
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--word-dim", type=int, default=64)
    ap.add_argument("--char-dim", type=int, default=24)
    ap.add_argument("--char-filters", type=int, default=64)
    ap.add_argument("--feat-dim", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dilations", type=int, nargs="+", default=[1, 2, 1])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--crf", type=Path, help="with --dev: also score this CRF (trained on the same tenths) "
                    "averaged with the network, for each of --weights")
    ap.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.3, 0.4, 0.5, 0.6])
    ap.add_argument("--no-train", action="store_true", help="evaluate the network already at --out")
    ap.add_argument("--merge", type=Path, nargs="+",
                    help="pack these trained networks into --out (NnTagger averages them) instead of training")
    a = ap.parse_args()
    torch.set_num_threads(1)
    sents, held = build_data("anercorp", a.dev, False, a.fold)
    feats = jackknife(sents, 5)
    vocab = vocabularies(sents, feats)
    print(f"{len(sents)} sentences; vocab {len(vocab[0])} words, {len(vocab[1])} chars, {len(vocab[2])} features")
    data = encode(sents, [[[x for x in f if NN_FEATURE.match(x)] for f in sf] for sf in feats], vocab)
    if a.merge:
        merge(a.merge, a.out)
    elif not a.no_train:
        net = train_net(data, vocab, a)
        export(net, vocab, a, a.out)
        print(f"→ {a.out} ({a.out.stat().st_size / 1e6:.2f} MB)")
    if held and a.crf:
        if a.out.resolve() != nn_path(a.crf).resolve():
            shutil.copy(a.out, nn_path(a.crf))
        for w in a.weights:
            for doc in (False, True):
                res = crf_evaluate(a.crf, held, doc, w)
                print(f"dev CRF + network (weight {w}) {'document' if doc else 'sentence'}: "
                      f"P {res['ALL'][0]:.4f} R {res['ALL'][1]:.4f} F1 {res['ALL'][2]:.4f}", flush=True)
    if held:
        res = evaluate(a.out, held, count_words(sents))
        print(report(res))
        print(f"dev network-only micro-F1: {res['ALL'][2]:.4f}")


if __name__ == "__main__":
    main()
