"""The JSON model kinds reproduce scikit-learn's own predictions (no pickle at load time)."""

from __future__ import annotations

import numpy as np
import pytest

from monitor.detectors.extraction import MeanModel, TreeEnsembleModel, model_from_spec
from monitor.training import fit_gbm, fit_mean

NAMES = ["core_reason", "c_instr", "dup_blocks", "quoted_share", "delim_user"]


def _data(seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.random((400, len(NAMES))) * (rng.random((400, len(NAMES))) < 0.5)
    x[:, 0] += 0.01  # every row has evidence (core_reason), so the gate never caps
    y = ((x[:, 0] + x[:, 2] - x[:, 3] + 0.2 * rng.standard_normal(400)) > 0.5).astype(np.int64)
    return x, y


def test_exported_trees_give_the_fitted_raw_scores() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    from monitor.training import GBM_PARAMS

    x, y = _data()
    spec = fit_gbm(NAMES, x, y, 1.0, seed=3)
    model = model_from_spec(spec)
    assert isinstance(model, TreeEnsembleModel)
    reference = HistGradientBoostingClassifier(class_weight="balanced", random_state=3, **GBM_PARAMS).fit(
        x, y
    )
    for row, raw in zip(x[:50], reference.decision_function(x[:50]), strict=True):
        values = dict(zip(NAMES, row, strict=True))
        assert model.logit(values) == pytest.approx(raw, abs=1e-6)


def test_mean_model_is_the_mean_of_its_members() -> None:
    x, y = _data(11)
    model = model_from_spec(fit_mean(NAMES, x, y, 0.3, seed=5))
    assert isinstance(model, MeanModel)
    for row in x[:30]:
        values = dict(zip(NAMES, row, strict=True))
        expected = sum(m.probability(values) for m in model.members) / len(model.members)
        score, terms = model.score_and_terms(values)
        assert score == pytest.approx(expected)
        assert 0.0 <= score <= 1.0
        assert {name for name, _ in terms} <= set(NAMES)


def test_unknown_model_kind_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown kind 'pickle'"):
        model_from_spec({"kind": "pickle"})


def _write_set(root, name: str, rows: list[tuple[str, int, str]]) -> None:  # type: ignore[no-untyped-def]
    import json

    d = root / name
    d.mkdir()
    events = [
        {
            "event_id": eid,
            "timestamp": "2026-12-01T00:00:00Z",
            "account_id": "acct",
            "model": "m",
            "request": {"messages": [{"role": "user", "content": "hello"}]},
        }
        for eid, _, _ in rows
    ]
    labels = [
        {"event_id": eid, "task": task, "label": label, "family": "benign"} for eid, label, task in rows
    ]
    (d / f"{name}.events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in events))
    (d / f"{name}.labels.jsonl").write_text("".join(json.dumps(lab) + "\n" for lab in labels))


def test_development_sets_join_training_with_their_extraction_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor.training import development_items

    _write_set(tmp_path, "setA", [("a1", 1, "extraction"), ("a2", 0, "extraction"), ("a3", 1, "leakage")])
    _write_set(tmp_path, "setB", [("b1", 0, "extraction")])
    items = development_items(["setA", "setB"], data_dir=tmp_path)
    assert [(ev.event_id, lab["label"]) for ev, lab in items] == [("a1", 1), ("a2", 0), ("b1", 0)]


def test_development_set_without_its_files_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor.training import development_items

    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match="development set 'empty' needs one events and one labels file"):
        development_items(["empty"], data_dir=tmp_path)


def test_hold_out_leaves_named_sets_out_and_rejects_unknown_names() -> None:
    from monitor.training import DEVELOPMENT_SETS, training_sets

    kept = training_sets("blind3, blind7")
    assert "blind3" not in kept and "blind7" not in kept
    assert len(kept) == len(DEVELOPMENT_SETS) - 2
    assert training_sets(None) == list(DEVELOPMENT_SETS)
    with pytest.raises(SystemExit, match="unknown development sets: blind99"):
        training_sets("blind99")
