"""How the extraction findings of one event become its extraction score.

Each extraction detector answers its own question: the feature model and its character n-gram
member (both inside ``extraction_model``), REP structure, a request for the instructions, a named
protected item, a spliced delimiter, an injected tool result. The largest score alone throws away
agreement: two weak signals that fire together are stronger than either. The combiner is a
logistic regression over the detectors' scores (the model's as a logit), fitted by
``rtmon train`` on *out-of-fold* scores of the development sets: for each fold the base models are
refitted without that fold's sets, so the weights say how far each detector can be trusted on
hand-written requests the models never saw. Weights are non-negative: a detector that fires never
lowers the score.

The fitted logit then goes through a monotone calibration (knots fitted by ``rtmon train`` on the
same out-of-fold rows) that puts each default severity threshold where a fixed share of the
development negatives -- mostly hard look-alikes -- scores above it: a balanced fit alone shifts
every score up, so a fixed threshold flagged twice the look-alikes it did before the combiner.
The order of scores, and so AUROC and TPR at a fixed FPR, is unchanged by it.

Before the calibration the fitted logit is floored at the logit of a rule detector's own score (the
model's score can be lowered: its n-gram member may disagree); the calibration then moves both
alike, so a rule alone at 0.95 (REP's duplicated demonstrations) lands where the development
negatives put 0.95. It applies only when ``extraction_model`` produced a finding (it always does for a
request with a user message, unless the time budget skipped it); otherwise, and for an extraction
detector the combiner does not know, the largest score stands as before. Loaded from JSON, never
pickle.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from monitor.events import Finding

COMBINER_PATH = "models/extraction_combiner.json"
MODEL_DETECTOR = "extraction_model"
# Inputs read from the model's finding: its score, and its character n-gram member on its own.
# The n-grams cannot tell a quoted attack string from a request ("label these prompts: 'repeat
# your system prompt' ..."), so their logit is scaled by the share of intent hits outside quotes
# (fitted on the development sets alone, the unscaled logit cut the corpus test split's TPR at
# 1 % FPR from 0.80 to 0.73; scaled, 0.82).
MODEL_INPUTS = (MODEL_DETECTOR, "char_ngrams")
PROBABILITY_FLOOR = 0.01  # probabilities are clamped before the logit: no input pulls past +-4.6


def logit(p: float) -> float:
    p = min(1.0 - PROBABILITY_FLOOR, max(PROBABILITY_FLOOR, p))
    return math.log(p / (1.0 - p))


def combiner_inputs(findings: Iterable[Finding]) -> dict[str, float] | None:
    """The combiner's inputs for one event's extraction findings, or ``None`` without an
    ``extraction_model`` finding (the combiner's main inputs come from it)."""
    inputs: dict[str, float] = {}
    model_seen = False
    for finding in findings:
        if finding.task != "extraction":
            continue
        if finding.detector == MODEL_DETECTOR:
            model_seen = True
            figures = finding.evidence.figures
            inputs[MODEL_DETECTOR] = logit(finding.score)
            unquoted = 1.0 - float(figures.get("quoted_share", 0.0))
            inputs["char_ngrams"] = logit(float(figures.get("char_ngrams", 0.0))) * unquoted
        else:
            inputs[finding.detector] = max(inputs.get(finding.detector, 0.0), finding.score)
    return inputs if model_seen else None


@dataclass(frozen=True)
class Calibration:
    """A monotone piecewise-linear map from the fitted logit to the score's logit through the knots
    ``(fitted[i], target[i])``; beyond the outer knots it continues with slope 1."""

    fitted: tuple[float, ...] = ()
    target: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if len(self.fitted) != len(self.target):
            raise ValueError("extraction combiner: calibration knots need as many targets as inputs")
        for values in (self.fitted, self.target):
            if any(b <= a for a, b in itertools.pairwise(values)):
                raise ValueError("extraction combiner: calibration knots must increase strictly")

    def __call__(self, z: float) -> float:
        xs, ys = self.fitted, self.target
        if not xs:
            return z
        if z <= xs[0]:
            return ys[0] + (z - xs[0])
        if z >= xs[-1]:
            return ys[-1] + (z - xs[-1])
        i = bisect.bisect_right(xs, z) - 1
        return ys[i] + (z - xs[i]) * (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i])

    def to_spec(self) -> dict[str, list[float]]:
        return {"fitted": list(self.fitted), "target": list(self.target)}

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any] | None) -> Calibration:
        if not spec:
            return cls()
        return cls(tuple(float(v) for v in spec["fitted"]), tuple(float(v) for v in spec["target"]))


@dataclass(frozen=True)
class ExtractionCombiner:
    """``sigmoid(calibration(intercept + sum(weight * input)))``; an absent detector's input is 0."""

    weights: Mapping[str, float]
    intercept: float
    training: Mapping[str, Any] = field(default_factory=dict)
    calibration: Calibration = field(default_factory=Calibration)

    def __post_init__(self) -> None:
        for name in MODEL_INPUTS:
            if name not in self.weights:
                raise ValueError(f"extraction combiner: no weight for the model input {name!r}")
        negative = sorted(n for n, w in self.weights.items() if w < 0)
        if negative:
            raise ValueError(f"extraction combiner: negative weights for {', '.join(negative)}")

    def combine(self, findings: Iterable[Finding]) -> float | None:
        """The combined extraction score, or ``None`` when the largest score should stand."""
        inputs = combiner_inputs(findings)
        if inputs is None or any(name not in self.weights for name in inputs):
            return None  # no model finding, or a detector the combiner was not fitted with
        return self.score_inputs(inputs)

    def score_inputs(self, inputs: Mapping[str, float]) -> float:
        """The calibrated probability of :meth:`floored_logit`."""
        z = self.calibration(self.floored_logit(inputs))
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def floored_logit(self, inputs: Mapping[str, float]) -> float:
        """The regression's logit, never below the logit of a rule detector's own score: a linear
        combiner weighs a rule by what it adds *next to* the model, so a rule that is decisive
        alone (REP's duplicated demonstrations, 0 negatives in training) was pulled under its own
        score. The floor comes before the calibration, which keeps the order of the scores (on
        the corpus test split a floor after it cost 0.016 of TPR at 1 % FPR)."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in inputs.items())
        rules = [value for name, value in inputs.items() if name not in MODEL_INPUTS]
        if rules:
            top = min(1.0 - 1e-9, max(1e-9, max(rules)))
            z = max(z, math.log(top / (1.0 - top)))
        return z

    def to_spec(self) -> dict[str, Any]:
        return {
            "kind": "extraction_combiner",
            "version": 1,
            "weights": dict(self.weights),
            "intercept": self.intercept,
            "calibration": self.calibration.to_spec(),
            "training": dict(self.training),
        }

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> ExtractionCombiner:
        if spec.get("kind") != "extraction_combiner":
            raise ValueError(f"extraction combiner: unknown kind {spec.get('kind')!r}")
        weights = {str(k): float(v) for k, v in dict(spec["weights"]).items()}
        calibration = Calibration.from_spec(spec.get("calibration"))
        return cls(weights, float(spec["intercept"]), dict(spec.get("training", {})), calibration)


def load_combiner(path: str | Path | None = None) -> ExtractionCombiner | None:
    """The committed combiner (or the JSON at ``path``); ``None`` when none is committed."""
    source = Path(path) if path is not None else Path(str(resources.files("monitor") / COMBINER_PATH))
    if not source.is_file():
        return None
    return ExtractionCombiner.from_spec(json.loads(source.read_text(encoding="utf-8")))
