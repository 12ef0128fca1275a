"""The extraction combiner: inputs from findings, non-negative weights, fallback to the max."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from monitor.combine import Calibration, ExtractionCombiner, combiner_inputs, load_combiner
from monitor.config import Settings
from monitor.detectors.base import ScanContext, make_finding
from monitor.events import Event, Evidence, Finding
from monitor.pipeline import Pipeline

WEIGHTS = {"extraction_model": 0.5, "char_ngrams": 0.8, "instruction_request": 2.0, "rep_structure": 2.5}


def model_finding(score: float, ngrams: float, quoted_share: float = 0.0) -> Finding:
    evidence = Evidence(figures={"feature_model": 0.1, "char_ngrams": ngrams, "quoted_share": quoted_share})
    return make_finding("extraction_model", "extraction", score, "m", evidence)


def rule(name: str, score: float, task: Any = "extraction") -> Finding:
    return make_finding(name, task, score, "r")


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_inputs_are_model_logits_and_each_rule_score() -> None:
    findings = [model_finding(0.2, 0.9), rule("instruction_request", 0.8), rule("leak", 0.99, "leakage")]
    inputs = combiner_inputs(findings)
    assert inputs is not None
    assert inputs["extraction_model"] == pytest.approx(logit(0.2))
    assert inputs["char_ngrams"] == pytest.approx(logit(0.9))
    assert inputs["instruction_request"] == 0.8
    assert "leak" not in inputs  # other tasks keep their own max


def test_ngrams_count_only_for_intent_outside_quotes_and_probabilities_are_clamped() -> None:
    half = combiner_inputs([model_finding(0.5, 0.9, quoted_share=0.5)])
    quoted = combiner_inputs([model_finding(0.5, 0.9, quoted_share=1.0)])
    certain = combiner_inputs([model_finding(1.0, 0.0)])
    assert half is not None and quoted is not None and certain is not None
    assert half["char_ngrams"] == pytest.approx(0.5 * logit(0.9))
    assert quoted["char_ngrams"] == 0.0  # a quoted attack string: the n-grams say nothing
    assert certain["extraction_model"] == pytest.approx(logit(0.99))
    assert certain["char_ngrams"] == pytest.approx(logit(0.01))


def test_without_the_model_finding_there_are_no_inputs() -> None:
    assert combiner_inputs([rule("instruction_request", 0.8)]) is None
    assert ExtractionCombiner(WEIGHTS, 0.0).combine([rule("instruction_request", 0.8)]) is None


def test_a_firing_rule_raises_the_combined_score() -> None:
    combiner = ExtractionCombiner(WEIGHTS, -0.5)
    alone = combiner.combine([model_finding(0.3, 0.6)])
    with_rule = combiner.combine([model_finding(0.3, 0.6), rule("instruction_request", 0.85)])
    assert alone is not None and with_rule is not None
    z = -0.5 + 0.5 * logit(0.3) + 0.8 * logit(0.6)  # model score 0.3, n-grams 0.6
    assert alone == pytest.approx(1 / (1 + math.exp(-z)))
    assert with_rule > alone


def test_without_calibration_the_combined_score_never_falls_below_a_rules_own_score() -> None:
    combiner = ExtractionCombiner(WEIGHTS, -3.0)
    weak_model = [model_finding(0.02, 0.01), rule("rep_structure", 0.95)]
    assert combiner.combine(weak_model) == pytest.approx(0.95)  # the fit alone would give ~0.01
    assert combiner.combine([model_finding(0.02, 0.01)]) == pytest.approx(
        1 / (1 + math.exp(-(-3.0 + 0.5 * logit(0.02) + 0.8 * logit(0.01))))
    )  # the model's own score is not a floor


def test_an_unknown_extraction_detector_defers_to_the_largest_score() -> None:
    combiner = ExtractionCombiner(WEIGHTS, 0.0)
    assert combiner.combine([model_finding(0.3, 0.6), rule("new_detector", 0.9)]) is None


def test_weights_must_be_non_negative_and_cover_both_members() -> None:
    with pytest.raises(ValueError, match="negative weights for rep_structure"):
        ExtractionCombiner({**WEIGHTS, "rep_structure": -1.0}, 0.0)
    with pytest.raises(ValueError, match="no weight for the model input 'char_ngrams'"):
        ExtractionCombiner({"extraction_model": 1.0}, 0.0)


def test_calibration_is_monotone_through_its_knots_and_slope_one_outside() -> None:
    cal = Calibration((-1.0, 0.0, 2.0), (-2.0, 1.0, 1.5))
    assert [cal(z) for z in (-1.0, 0.0, 2.0)] == [-2.0, 1.0, 1.5]
    assert cal(-0.5) == pytest.approx(-0.5) and cal(1.0) == pytest.approx(1.25)
    assert cal(-3.0) == pytest.approx(-4.0) and cal(5.0) == pytest.approx(4.5)
    grid = np.linspace(-6, 6, 241)
    assert np.all(np.diff([cal(z) for z in grid]) > 0)
    assert Calibration()(0.7) == 0.7
    with pytest.raises(ValueError, match="increase strictly"):
        Calibration((0.0, 0.0), (1.0, 2.0))
    with pytest.raises(ValueError, match="as many targets"):
        Calibration((0.0,), ())


def test_calibration_changes_the_score_but_not_the_order() -> None:
    plain = ExtractionCombiner(WEIGHTS, 0.0)
    calibrated = ExtractionCombiner(WEIGHTS, 0.0, calibration=Calibration((0.0, 2.0), (-1.0, 0.0)))
    rows = [{"extraction_model": logit(p), "char_ngrams": 0.0} for p in (0.2, 0.5, 0.7, 0.9)]
    before = [plain.score_inputs(r) for r in rows]
    after = [calibrated.score_inputs(r) for r in rows]
    assert all(a < b for a, b in zip(after, before, strict=True))
    assert sorted(after) == after and sorted(before) == before


def test_fit_calibration_puts_each_threshold_at_its_share_of_negatives() -> None:
    from monitor.combine import logit as to_logit
    from monitor.training import CALIBRATION_ANCHORS, fit_calibration

    rng = np.random.default_rng(5)
    floored = np.concatenate([rng.normal(0.5, 1.5, 20000), rng.normal(4.0, 1.0, 5000)])
    y = np.array([0] * 20000 + [1] * 5000)
    cal = fit_calibration(floored, y)
    assert len(cal.fitted) == len(CALIBRATION_ANCHORS)
    scores = np.array([1 / (1 + math.exp(-cal(z))) for z in floored])
    for threshold, share in CALIBRATION_ANCHORS:
        assert float(np.mean(scores[y == 0] >= threshold)) == pytest.approx(share, abs=0.0001), threshold
    assert cal.target == tuple(round(to_logit(t), 6) for t, _ in CALIBRATION_ANCHORS)


def test_a_rule_floors_the_logit_before_calibration_so_the_order_is_kept() -> None:
    calibration = Calibration((0.0, 3.0), (-1.0, 1.0))
    combiner = ExtractionCombiner(WEIGHTS, -2.0, calibration=calibration)
    weak_model = {"extraction_model": logit(0.05), "char_ngrams": 0.0, "instruction_request": 0.0}
    rule_alone = {**weak_model, "instruction_request": 0.01, "rep_structure": 0.95}
    strong_model = {"extraction_model": logit(0.99), "char_ngrams": logit(0.99)}
    assert combiner.floored_logit(rule_alone) == pytest.approx(logit(0.95))
    assert combiner.score_inputs(rule_alone) == pytest.approx(1 / (1 + math.exp(-calibration(logit(0.95)))))
    assert combiner.score_inputs(weak_model) < combiner.score_inputs(rule_alone)
    plain = ExtractionCombiner(WEIGHTS, -2.0)
    rows = [weak_model, rule_alone, strong_model]
    order = np.argsort([plain.score_inputs(r) for r in rows])
    assert list(order) == list(np.argsort([combiner.score_inputs(r) for r in rows]))


def test_spec_round_trip_and_missing_file(tmp_path: Path) -> None:
    combiner = ExtractionCombiner(WEIGHTS, -1.25, {"rows": 3}, Calibration((-1.0, 1.0), (-2.0, 2.0)))
    path = tmp_path / "c.json"
    path.write_text(json.dumps(combiner.to_spec()))
    assert load_combiner(path) == combiner
    assert load_combiner(tmp_path / "absent.json") is None
    with pytest.raises(ValueError, match="unknown kind 'pickle'"):
        ExtractionCombiner.from_spec({"kind": "pickle"})


def test_the_committed_combiner_loads_and_knows_every_extraction_rule() -> None:
    combiner = load_combiner()
    assert combiner is not None
    assert {"extraction_model", "char_ngrams", "instruction_request", "protected_request"} <= set(
        combiner.weights
    )
    assert combiner.training["cv"]["combiner"]["auroc"] > 0.9


class Emit:
    """A detector returning the findings it was given (the model's and a rule's, here)."""

    task: ClassVar[Any] = "extraction"
    stateful: ClassVar[bool] = False

    def __init__(self, finding: Finding) -> None:
        self.name = finding.detector  # type: ignore[misc]
        self.finding = finding

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        return self.finding


def _event() -> Event:
    return Event.model_validate(
        {
            "event_id": "e1",
            "timestamp": 0,
            "account_id": "a",
            "model": "m",
            "request": {"messages": [{"role": "user", "content": "x"}]},
        }
    )


def test_pipeline_extraction_score_is_the_combiners_and_the_max_when_disabled() -> None:
    combiner = ExtractionCombiner(WEIGHTS, -0.5)
    # the model's finding is under finding_min_score: unpublished, yet the combiner reads it
    findings = [model_finding(0.01, 0.02), rule("instruction_request", 0.85)]
    detectors = [Emit(f) for f in findings]
    combined = Pipeline(Settings(), detectors=detectors, combiner=combiner).score(_event())  # type: ignore[arg-type]
    assert combined.scores["extraction"] == pytest.approx(combiner.combine(findings))
    assert [f.detector for f in combined.findings] == ["instruction_request"]
    off = Settings(extraction_combiner=False)
    largest = Pipeline(off, detectors=[Emit(f) for f in findings]).score(_event())  # type: ignore[arg-type]
    assert largest.scores["extraction"] == 0.85


def test_fit_combiner_drops_negative_and_rare_inputs() -> None:
    from monitor.training import COMBINER_MIN_FIRING, fit_combiner

    rng = np.random.default_rng(3)
    rows, labels = [], []
    for i in range(600):
        y = int(i % 2)
        row = {
            "extraction_model": rng.normal(1.5 if y else -1.5),
            "char_ngrams": rng.normal(1.0 if y else -1.0),
        }
        if rng.random() < 0.4:
            row["helpful"] = 0.9 if y else float(rng.random() < 0.05) * 0.9
        if rng.random() < 0.3:
            row["misleading"] = 0.0 if y else 0.9  # fires on negatives only
        if i < COMBINER_MIN_FIRING - 1:
            row["rare"] = 0.9
        rows.append(row)
        labels.append(y)
    combiner = fit_combiner(rows, np.array(labels))
    assert combiner.weights["helpful"] > 0
    assert combiner.weights["misleading"] == 0.0
    assert "rare" not in combiner.weights


def test_out_of_fold_fit_scores_each_set_with_models_that_never_saw_it() -> None:
    """The training path end to end on a small generated corpus split into 3 "development sets":
    base models refitted per fold, every detector run, the combiner fitted and its check recorded."""
    from monitor.corpus import build_extraction_corpus
    from monitor.training import Folds, featurize_items, fit_combiner_out_of_fold, fit_mean, labels_of

    items = [(ev, lab) for ev, lab in build_extraction_corpus(5, "train", scale=0.04)]
    origin = [f"s{i % 3}" for i in range(len(items))]
    names, x, texts = featurize_items(items)
    folds = Folds(items, names, x, texts, labels_of(items), origin)
    messages: list[str] = []
    combiner = fit_combiner_out_of_fold(folds, ["s0", "s1", "s2"], 0.3, 7, fit_mean, messages.append)
    assert len(messages) == 3 and "held out s0" in messages[0]
    assert combiner.training["sets"] == ["s0", "s1", "s2"]
    assert 0 < combiner.training["rows"] <= len(items)
    assert combiner.training["cv"]["combiner"]["auroc"] > 0.5
    assert all(w >= 0 for w in combiner.weights.values())
