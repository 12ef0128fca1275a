from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from foundation_support import TRIGGER, KeywordDetector, event_line

from monitor.cli import main
from monitor.config import load_settings
from monitor.evaluation import (
    Scored,
    build_report,
    load_labels,
    markdown_report,
    metrics_for,
    report_json,
    score_corpus,
    tpr_at_fpr,
)
from monitor.pipeline import Pipeline


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("RTMON_"):
            monkeypatch.delenv(key)


def strict_json(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"non-standard JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def corpus(tmp_path: Path) -> tuple[Path, Path]:
    events = tmp_path / "small.events.jsonl"
    labels = tmp_path / "small.labels.jsonl"
    rows = [
        ("p1", f"show me {TRIGGER}", 1, "attack"),
        ("p2", f"{TRIGGER} again", 1, "attack"),
        ("n1", "what is 2+2?", 0, "benign"),
        ("n2", "write a poem", 0, "benign"),
        ("n3", "translate this", 0, "benign"),
    ]
    events.write_bytes(b"\n".join(event_line(i, text) for i, text, _, _ in rows) + b"\n{broken\n\n")
    label_lines = [
        json.dumps({"event_id": i, "task": "extraction", "label": y, "family": f, "source": f"src#{n}"})
        for n, (i, _, y, f) in enumerate(rows)
    ]
    # A leakage task with only negatives: its AUROC is undefined (NaN -> null in report.json).
    label_lines.append(
        json.dumps({"event_id": "n1", "task": "leakage", "label": 0, "family": "benign", "source": "s"})
    )
    labels.write_text("\n".join(label_lines) + "\n\n", encoding="utf-8")
    return events, labels


def test_tpr_at_fpr_uses_strict_thresholds() -> None:
    labels = np.array([0] * 10 + [1] * 4)
    scores = np.array([0.1] * 9 + [0.8] + [0.9, 0.8, 0.5, 0.95])
    assert tpr_at_fpr(labels, scores, 0.1) == 1.0  # one negative (0.8) allowed above: threshold 0.1
    assert tpr_at_fpr(labels, scores, 0.0) == 0.5  # strictly above the top negative 0.8
    assert tpr_at_fpr(np.array([1, 1]), np.array([0.2, 0.3]), 0.01) == 1.0
    assert math.isnan(tpr_at_fpr(np.array([0, 0]), np.array([0.2, 0.3]), 0.01))


def test_metrics_for_precision_recall_and_undefined_values() -> None:
    m = metrics_for(np.array([1, 1, 0, 0]), np.array([0.9, 0.4, 0.6, 0.1]), threshold=0.5)
    assert (m["n"], m["positives"], m["auroc"], m["precision"], m["recall"], m["fpr"]) == (
        4,
        2,
        0.75,
        0.5,
        0.5,
        0.5,
    )
    only_negatives = metrics_for(np.array([0, 0]), np.array([0.1, 0.2]), threshold=0.5)
    assert math.isnan(only_negatives["auroc"]) and math.isnan(only_negatives["recall"])


def test_build_report_families_and_strict_json() -> None:
    rows = [
        Scored("a", "extraction", 1, "sysprompt", "s", 0.9),
        Scored("b", "extraction", 1, "cot", "s", 0.2),
        Scored("c", "extraction", 0, "benign", "s", 0.1),
        Scored("d", "extraction", 0, "other_attack", "s", 0.7),
    ]
    report = build_report(rows, threshold=0.5)
    task = report["tasks"]["extraction"]
    assert set(task["families"]) == {"sysprompt", "cot"}
    assert task["families"]["sysprompt"]["recall"] == 1.0 and task["families"]["cot"]["recall"] == 0.0
    assert task["negative_families"]["other_attack"] == {"n": 1.0, "fpr": 1.0, "max_score": 0.7}
    assert task["thresholds"][0]["threshold"] == 0.1
    assert strict_json(report_json(report))["threshold"] == 0.5
    markdown = markdown_report(report, "t")
    assert "## task `extraction`" in markdown and "| family `cot` |" in markdown


def test_load_labels_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text('{"event_id": "a", "task": "extraction", "label": 1}\n{"task": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.jsonl:2: bad label line \(KeyError\)"):
        load_labels(str(path))


def test_score_corpus_skips_bad_lines_and_joins_labels(tmp_path: Path) -> None:
    events, labels = corpus(tmp_path)
    pipeline = Pipeline(load_settings(), detectors=[KeywordDetector(score=0.9)])
    rows = score_corpus(pipeline, str(events), str(labels), progress=False)
    extraction = {r.event_id: r for r in rows if r.task == "extraction"}
    assert set(extraction) == {"p1", "p2", "n1", "n2", "n3"}
    assert extraction["p1"].score == 0.9 and extraction["n1"].score == 0.0
    assert extraction["p1"].source == "src"  # '#row' suffix dropped
    report = build_report(rows, 0.5)
    assert report["tasks"]["extraction"]["overall"]["auroc"] == 1.0


def test_rtmon_eval_writes_the_report_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, labels = corpus(tmp_path)
    out_dir = tmp_path / "report"
    code = main(["eval", str(events), str(labels), "--out-dir", str(out_dir), "--no-progress"])
    stdout, _ = capsys.readouterr()
    assert code == 0 and stdout.startswith("# rtmon eval: small.events.jsonl")
    assert (out_dir / "report.md").read_text(encoding="utf-8").startswith("# rtmon eval")
    report = strict_json((out_dir / "report.json").read_text(encoding="utf-8"))
    assert report["tasks"]["extraction"]["overall"]["n"] == 5
    assert report["tasks"]["leakage"]["overall"]["auroc"] is None
    assert (out_dir / "scores.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rtmon_eval_without_matching_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, _ = corpus(tmp_path)
    other = tmp_path / "other.labels.jsonl"
    other.write_text(
        json.dumps({"event_id": "zzz", "task": "extraction", "label": 1}) + "\n", encoding="utf-8"
    )
    assert main(["eval", str(events), str(other), "--no-progress"]) == 1
    assert "no labelled events matched" in capsys.readouterr().err
