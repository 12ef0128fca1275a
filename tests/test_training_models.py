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
