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

The combined score is never below a rule detector's own score (the model's score can be lowered:
its n-gram member may disagree). It applies only when ``extraction_model`` produced a finding (it always does for a
request with a user message, unless the time budget skipped it); otherwise, and for an extraction
detector the combiner does not know, the largest score stands as before. Loaded from JSON, never
pickle.
"""

from __future__ import annotations

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


def _logit(p: float) -> float:
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
            inputs[MODEL_DETECTOR] = _logit(finding.score)
            unquoted = 1.0 - float(figures.get("quoted_share", 0.0))
            inputs["char_ngrams"] = _logit(float(figures.get("char_ngrams", 0.0))) * unquoted
        else:
            inputs[finding.detector] = max(inputs.get(finding.detector, 0.0), finding.score)
    return inputs if model_seen else None


@dataclass(frozen=True)
class ExtractionCombiner:
    """``sigmoid(intercept + sum(weight * input))``; an absent detector's input is 0."""

    weights: Mapping[str, float]
    intercept: float
    training: Mapping[str, Any] = field(default_factory=dict)

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
        """The fitted probability, never below a rule detector's own score: a linear combiner
        weighs a rule by what it adds *next to* the model, so a rule that is decisive alone (REP's
        duplicated demonstrations, 0 negatives in training) was pulled under its own score."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in inputs.items())
        combined = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
        rules = [value for name, value in inputs.items() if name not in MODEL_INPUTS]
        return max([combined, *rules])

    def to_spec(self) -> dict[str, Any]:
        return {
            "kind": "extraction_combiner",
            "version": 1,
            "weights": dict(self.weights),
            "intercept": self.intercept,
            "training": dict(self.training),
        }

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> ExtractionCombiner:
        if spec.get("kind") != "extraction_combiner":
            raise ValueError(f"extraction combiner: unknown kind {spec.get('kind')!r}")
        weights = {str(k): float(v) for k, v in dict(spec["weights"]).items()}
        return cls(weights, float(spec["intercept"]), dict(spec.get("training", {})))


def load_combiner(path: str | Path | None = None) -> ExtractionCombiner | None:
    """The committed combiner (or the JSON at ``path``); ``None`` when none is committed."""
    source = Path(path) if path is not None else Path(str(resources.files("monitor") / COMBINER_PATH))
    if not source.is_file():
        return None
    return ExtractionCombiner.from_spec(json.loads(source.read_text(encoding="utf-8")))
