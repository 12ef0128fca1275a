"""``rtmon train --task leakage``: fit the leakage calibrators and the style model, write JSON.

Data: :func:`monitor.corpus.leakage.build_leakage_corpus` on the ``train`` split only (split by
Marco-o1 row, procedural phrase-bank half, system prompt and wrapper; see that module).

- ``monitor/models/leakage_overlap.json``: three standardised logistic regressions over
  :data:`OVERLAP_FEATURES` ("reference": reasoning vs content, "summary": reasoning vs
  reasoning_summary, "instructions": system prompt vs content).
- ``monitor/models/leakage_style.json``: a logistic regression over the dense style features and
  a binary uni/bigram vocabulary (document frequency >= 5, top 4000), on reasoning-absent events.

Partial leaks exposing < 20% of the trace are left out of the reference training set: they are
closer to a worked answer than to a leak, and the target is about >= 30% exposure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from monitor.detectors.leakage_common import OVERLAP_FEATURES, OVERLAP_MODEL, STYLE_MODEL, overlap_features
from monitor.events import Event
from monitor.overlap import overlap, tokenize

Item = tuple[Event, dict[str, Any]]

REFERENCE_POS = ("leak_full", "leak_partial", "leak_rep", "leak_tag")
REFERENCE_NEG = ("clean", "clean_worked")
MIN_TRAIN_EXPOSURE = 0.2
VOCAB_MIN_DF = 5
VOCAB_SIZE = 4000


def _fit_dense(x: np.ndarray, y: np.ndarray, names: Sequence[str], c: float) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit((x - mean) / scale, y)
    return {
        "features": list(names),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "n": len(y),
        "positives": int(y.sum()),
    }


def _overlap_rows(
    items: Sequence[Item],
    hidden_of: Callable[[Event], str],
    visible_of: Callable[[Event], str],
    n: int = 5,
    long_run: int = 12,
) -> np.ndarray:
    rows = []
    for event, _ in items:
        ov = overlap(tokenize(hidden_of(event)), tokenize(visible_of(event)), n=n, long_run_min=long_run)
        feats = overlap_features(ov)
        rows.append([feats[k] for k in OVERLAP_FEATURES])
    return np.asarray(rows, dtype=float)


def _labels(items: Sequence[Item]) -> np.ndarray:
    return np.asarray([int(lab["label"]) for _, lab in items])


def reference_items(items: Sequence[Item]) -> list[Item]:
    out = []
    for event, lab in items:
        if lab["variant"] != "present" or event.response is None or not event.response.reasoning:
            continue
        fam = lab["family"]
        if fam in REFERENCE_NEG or (fam in REFERENCE_POS and lab.get("exposure", 1.0) >= MIN_TRAIN_EXPOSURE):
            out.append((event, lab))
    return out


def _content(e: Event) -> str:
    return e.response.content if e.response else ""


def _reasoning(e: Event) -> str:
    return (e.response.reasoning or "") if e.response else ""


def _summary(e: Event) -> str:
    return (e.response.reasoning_summary or "") if e.response else ""


def _system(e: Event) -> str:
    from monitor.detectors.base import hidden_instructions

    return hidden_instructions(e)


def fit_overlap_models(items: Sequence[Item], c: float) -> dict[str, Any]:
    from monitor.detectors import leakage_instructions as li

    ref = reference_items(items)
    summ = [it for it in items if it[1]["family"] in ("leak_summary", "clean_summary")]
    inst = [
        it
        for it in items
        if _system(it[0]).strip()
        and (it[1]["family"] in ("leak_sysprompt", "clean_sysprompt") or it[1]["family"] in REFERENCE_NEG)
    ]
    return {
        "reference": _fit_dense(_overlap_rows(ref, _reasoning, _content), _labels(ref), OVERLAP_FEATURES, c),
        "summary": _fit_dense(_overlap_rows(summ, _reasoning, _summary), _labels(summ), OVERLAP_FEATURES, c),
        "instructions": _fit_dense(
            _overlap_rows(inst, _system, _content, n=li.SHINGLE, long_run=li.LONG_RUN),
            _labels(inst),
            OVERLAP_FEATURES,
            c,
        ),
    }


def style_items(items: Sequence[Item]) -> list[Item]:
    keep = ("clean", "clean_worked", "clean_sysprompt", *REFERENCE_POS)
    return [it for it in items if it[1]["variant"] == "absent" and it[1]["family"] in keep]


def fit_style_model(items: Sequence[Item], c: float) -> dict[str, Any]:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from monitor.detectors.leakage_style import style_features

    data = style_items(items)
    dense_rows: list[dict[str, float]] = []
    gram_sets: list[set[str]] = []
    for event, _ in data:
        rt = event.usage.reasoning_tokens if event.usage else None
        feats, grams = style_features(_content(event), rt)
        dense_rows.append(feats)
        gram_sets.append(grams)
    names = sorted(dense_rows[0])
    df: Counter[str] = Counter()
    for grams in gram_sets:
        df.update(grams)
    ranked = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by name: deterministic
    vocab = [g for g, k in ranked if k >= VOCAB_MIN_DF][:VOCAB_SIZE]
    index = {g: i for i, g in enumerate(vocab)}
    x_dense = np.asarray([[row[k] for k in names] for row in dense_rows], dtype=float)
    mean = x_dense.mean(axis=0)
    scale = x_dense.std(axis=0)
    scale[scale < 1e-9] = 1.0
    rows, cols = [], []
    for r, grams in enumerate(gram_sets):
        for g in grams:
            j = index.get(g)
            if j is not None:
                rows.append(r)
                cols.append(j)
    x_sparse = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(vocab)))
    x = sparse.hstack([sparse.csr_matrix((x_dense - mean) / scale), x_sparse]).tocsr()
    y = _labels(data)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(x, y)
    coef = model.coef_[0]
    k = len(names)
    return {
        "features": names,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in coef[:k]],
        "intercept": round(float(model.intercept_[0]), 6),
        "vocab": {g: round(float(w), 5) for g, w in zip(vocab, coef[k:], strict=True) if abs(w) >= 1e-3},
        "n": len(y),
        "positives": int(y.sum()),
    }


def train(seed: int, c_overlap: float = 1.0, c_style: float = 0.3) -> tuple[dict[str, Any], dict[str, Any]]:
    from monitor.corpus.leakage import build_leakage_corpus

    items = build_leakage_corpus(seed, "train")
    meta = {"seed": seed, "split": "train", "corpus": "monitor.corpus.leakage", "events": len(items)}
    overlap_spec = {"meta": {**meta, "c": c_overlap}, "models": fit_overlap_models(items, c_overlap)}
    style_spec = {"meta": {**meta, "c": c_style}, "models": {"style": fit_style_model(items, c_style)}}
    return overlap_spec, style_spec


def main(args: argparse.Namespace) -> int:
    seed = int(getattr(args, "seed", 20261127))
    out_dir = Path(getattr(args, "out", None) or OVERLAP_MODEL.parent)
    if out_dir.suffix:  # --out given as a file: use its folder
        out_dir = out_dir.parent
    t0 = time.perf_counter()
    overlap_spec, style_spec = train(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / OVERLAP_MODEL.name).write_text(json.dumps(overlap_spec, indent=1) + "\n", encoding="utf-8")
    (out_dir / STYLE_MODEL.name).write_text(
        json.dumps(style_spec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {out_dir / OVERLAP_MODEL.name} and {out_dir / STYLE_MODEL.name} in {time.perf_counter() - t0:.1f}s",
        file=sys.stderr,
    )
    return 0
