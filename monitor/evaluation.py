"""``rtmon eval``: score a labelled corpus and report AUROC, precision/recall and TPR at fixed FPR."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from monitor.events import EventError, parse_event
from monitor.pipeline import Pipeline
from monitor.sources.file import iter_lines

FPR_POINTS = (0.01, 0.001)
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


@dataclass(frozen=True)
class Scored:
    event_id: str
    task: str
    label: int
    family: str
    source: str
    score: float


def load_labels(path: str) -> dict[str, list[dict[str, Any]]]:
    labels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                labels[str(obj["event_id"])].append(obj)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: bad label line ({type(exc).__name__})") from None
    return labels


class Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal or forced."""

    def __init__(self, total: int | None, label: str, enabled: bool | None = None) -> None:
        self.total = total
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.count = 0

    def step(self, n: int = 1) -> None:
        self.count += n
        if self.enabled and (self.count % 200 == 0 or self.count == self.total):
            if self.total:
                width = 30
                done = int(width * self.count / self.total)
                bar = "#" * done + "-" * (width - done)
                sys.stderr.write(f"\r{self.label} [{bar}] {self.count}/{self.total}")
            else:
                sys.stderr.write(f"\r{self.label} {self.count}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def score_corpus(
    pipeline: Pipeline, events_path: str, labels_path: str, progress: bool | None = None
) -> list[Scored]:
    labels = load_labels(labels_path)
    with open(events_path, "rb") as fh:
        total = sum(1 for _ in fh)
    bar = Progress(total, "scoring", progress)
    rows: list[Scored] = []
    with open(events_path, "rb") as fh:
        for _lineno, raw in iter_lines(fh, 64 * 1024 * 1024):
            bar.step()
            if raw is None or not raw.strip():
                continue
            try:
                event = parse_event(raw)
            except EventError:
                continue
            verdict = pipeline.score(event)
            for lab in labels.get(event.event_id, []):
                task = str(lab["task"])
                rows.append(
                    Scored(
                        event.event_id,
                        task,
                        int(lab["label"]),
                        str(lab.get("family", "")),
                        str(lab.get("source", "")).split("#", 1)[0],
                        float(verdict.scores.get(task, 0.0)),
                    )
                )
    bar.close()
    return rows


def roc_points(labels: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from sklearn.metrics import roc_curve

    fpr, tpr, thr = roc_curve(labels, scores)
    return fpr, tpr, thr


def tpr_at_fpr(labels: np.ndarray, scores: np.ndarray, target: float) -> float:
    """Largest TPR with FPR <= target, using strict thresholds on the negatives' scores."""
    neg = np.sort(scores[labels == 0])[::-1]
    pos = scores[labels == 1]
    if len(pos) == 0:
        return float("nan")
    if len(neg) == 0:
        return 1.0
    allowed = int(np.floor(target * len(neg)))
    # Threshold strictly above the (allowed+1)-th highest negative score.
    thr = neg[allowed] if allowed < len(neg) else -np.inf
    return float(np.mean(pos > thr))


def metrics_for(labels: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    out: dict[str, float] = {"n": float(len(labels)), "positives": float(labels.sum())}
    both = 0 < labels.sum() < len(labels)
    out["auroc"] = float(roc_auc_score(labels, scores)) if both else float("nan")
    for fpr in FPR_POINTS:
        out[f"tpr@fpr{fpr:g}"] = tpr_at_fpr(labels, scores, fpr) if both else float("nan")
    pred = scores >= threshold
    tp = float(np.sum(pred & (labels == 1)))
    fp = float(np.sum(pred & (labels == 0)))
    fn = float(np.sum(~pred & (labels == 1)))
    out["precision"] = tp / (tp + fp) if tp + fp else float("nan")
    out["recall"] = tp / (tp + fn) if tp + fn else float("nan")
    out["fpr"] = fp / float(np.sum(labels == 0)) if np.sum(labels == 0) else float("nan")
    return out


def build_report(rows: Iterable[Scored], threshold: float) -> dict[str, Any]:
    by_task: dict[str, list[Scored]] = defaultdict(list)
    for r in rows:
        by_task[r.task].append(r)
    report: dict[str, Any] = {"threshold": threshold, "tasks": {}}
    for task, items in sorted(by_task.items()):
        labels = np.array([r.label for r in items])
        scores = np.array([r.score for r in items])
        entry: dict[str, Any] = {"overall": metrics_for(labels, scores, threshold), "families": {}}
        negatives = [r for r in items if r.label == 0]
        for family in sorted({r.family for r in items if r.label == 1}):
            fam = [r for r in items if r.label == 1 and r.family == family] + negatives
            entry["families"][family] = metrics_for(
                np.array([r.label for r in fam]), np.array([r.score for r in fam]), threshold
            )
        for family in sorted({r.family for r in negatives}):
            fam_scores = np.array([r.score for r in negatives if r.family == family])
            entry.setdefault("negative_families", {})[family] = {
                "n": float(len(fam_scores)),
                "fpr": float(np.mean(fam_scores >= threshold)),
                "max_score": float(fam_scores.max()),
            }
        entry["thresholds"] = [
            {
                "threshold": t,
                **{
                    k: v
                    for k, v in metrics_for(labels, scores, t).items()
                    if k in ("precision", "recall", "fpr")
                },
            }
            for t in THRESHOLDS
        ]
        report["tasks"][task] = entry
    return report


def _json_safe(value: Any) -> Any:
    """NaN/inf (undefined metrics) become null: report.json must be strict JSON."""
    if isinstance(value, float) and not np.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(_json_safe(report), indent=2, allow_nan=False)


def _fmt(value: float) -> str:
    return "n/a" if value != value else f"{value:.4f}"


def markdown_report(report: dict[str, Any], title: str) -> str:
    lines = [f"# {title}", "", f"Operating threshold for precision/recall: {report['threshold']}", ""]
    cols = ["n", "positives", "auroc", "tpr@fpr0.01", "tpr@fpr0.001", "precision", "recall", "fpr"]
    for task, entry in report["tasks"].items():
        lines += [
            f"## task `{task}`",
            "",
            "| slice | " + " | ".join(cols) + " |",
            "|---" * (len(cols) + 1) + "|",
        ]
        rows = [("overall", entry["overall"])] + [(f"family `{k}`", v) for k, v in entry["families"].items()]
        for name, m in rows:
            lines.append(
                f"| {name} | "
                + " | ".join(str(int(m[c])) if c in ("n", "positives") else _fmt(m[c]) for c in cols)
                + " |"
            )
        if entry.get("negative_families"):
            lines += [
                "",
                "Negatives by family (FPR at the operating threshold):",
                "",
                "| family | n | fpr | max score |",
                "|---|---|---|---|",
            ]
            for fam, m in entry["negative_families"].items():
                lines.append(f"| `{fam}` | {int(m['n'])} | {_fmt(m['fpr'])} | {_fmt(m['max_score'])} |")
        lines += ["", "Threshold table:", "", "| threshold | precision | recall | fpr |", "|---|---|---|---|"]
        for t in entry["thresholds"]:
            lines.append(
                f"| {t['threshold']} | {_fmt(t['precision'])} | {_fmt(t['recall'])} | {_fmt(t['fpr'])} |"
            )
        lines.append("")
    return "\n".join(lines)


def plot_report(rows: list[Scored], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tasks = sorted({r.task for r in rows})
    fig, axes = plt.subplots(len(tasks), 2, figsize=(11, 4 * max(1, len(tasks))), squeeze=False)
    for i, task in enumerate(tasks):
        items = [r for r in rows if r.task == task]
        labels = np.array([r.label for r in items])
        scores = np.array([r.score for r in items])
        ax = axes[i][0]
        bins = np.linspace(0, 1, 41)
        ax.hist(scores[labels == 0], bins=bins, alpha=0.6, label="label 0", log=True)
        ax.hist(scores[labels == 1], bins=bins, alpha=0.6, label="label 1", log=True)
        ax.set_title(f"{task}: score distribution")
        ax.set_xlabel("score")
        ax.legend()
        ax = axes[i][1]
        if 0 < labels.sum() < len(labels):
            fpr, tpr, _ = roc_points(labels, scores)
            ax.plot(fpr, tpr)
            ax.set_xscale("symlog", linthresh=1e-3)
        ax.set_title(f"{task}: ROC")
        ax.set_xlabel("false positive rate")
        ax.set_ylabel("true positive rate")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.01)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
