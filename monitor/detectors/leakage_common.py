"""Shared pieces of the leakage detectors: cached tokens, overlap features, JSON linear models.

Models are plain JSON (feature names, standardisation, coefficients, intercept), written by
``monitor/training_leakage.py``; nothing is unpickled.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from monitor.detectors.base import ScanContext
from monitor.events import Event
from monitor.overlap import Overlap, Tokens, overlap, tokenize, tokenize_many

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
OVERLAP_MODEL = MODELS_DIR / "leakage_overlap.json"
STYLE_MODEL = MODELS_DIR / "leakage_style.json"

# Traces shorter than this carry too little text to say anything about copying.
MIN_HIDDEN_TOKENS = 8
# Findings below this calibrated score are not reported.
REPORT_FROM = 0.05


def cached_tokens(ctx: ScanContext, field: str, text: str) -> Tokens:
    key = f"leakage.tokens:{field}"
    hit = ctx.cache.get(key)
    if isinstance(hit, Tokens):
        return hit
    tokens = tokenize(text)
    ctx.cache[key] = tokens
    return tokens


def prime_tokens(ctx: ScanContext, fields: list[tuple[str, str]]) -> None:
    """Tokenise the (field, text) pairs not cached yet in one pass (:func:`tokenize_many`), so
    that :func:`cached_tokens` finds them; the same tokens as one :func:`tokenize` each."""
    missing = [(f"leakage.tokens:{field}", text) for field, text in fields]
    missing = [(key, text) for key, text in missing if not isinstance(ctx.cache.get(key), Tokens)]
    if len(missing) < 2:
        return  # nothing to share: cached_tokens tokenises a single text itself
    for (key, _), tokens in zip(missing, tokenize_many([text for _, text in missing]), strict=True):
        ctx.cache[key] = tokens


def response_fields(event: Event, ctx: ScanContext) -> list[tuple[str, str]]:
    """The response texts the leakage detectors compare, keyed as in :func:`cached_tokens`. The
    trace only joins while the event is within its time budget: the detectors that read it are
    skipped beyond it."""
    response = event.response
    if response is None:
        return []
    fields = [("content", response.content)]
    if response.reasoning_summary:
        fields.append(("summary", response.reasoning_summary))
    if response.reasoning and not ctx.over_budget():
        fields.append(("reasoning", response.reasoning))
    return fields


@dataclass(frozen=True)
class ReasoningOverlap:
    """How much of the hidden reasoning appears in another text of the same event."""

    hidden: Tokens
    other: Tokens
    overlap: Overlap
    figures: dict[str, float]


def overlap_with_reasoning(
    ctx: ScanContext, reasoning: str, field: str, text: str
) -> ReasoningOverlap | None:
    """Overlap of ``reasoning`` with ``text`` (tokens cached per field); None for a too-short trace."""
    prime_tokens(ctx, [("reasoning", reasoning), (field, text)])
    hidden = cached_tokens(ctx, "reasoning", reasoning)
    if len(hidden) < MIN_HIDDEN_TOKENS:
        return None
    other = cached_tokens(ctx, field, text)
    ov = overlap(hidden, other)
    return ReasoningOverlap(hidden, other, ov, overlap_features(ov))


OVERLAP_FEATURES = (
    "hidden_coverage",
    "visible_coverage",
    "long_hidden_share",
    "long_visible_share",
    "log_longest_run",
    "log_matched_tokens",
    "log_hidden_tokens",
)


def overlap_features(ov: Overlap) -> dict[str, float]:
    """The figures every overlap calibrator sees (same order as :data:`OVERLAP_FEATURES`)."""
    matched = ov.visible_coverage * ov.visible_tokens
    return {
        "hidden_coverage": ov.hidden_coverage,
        "visible_coverage": ov.visible_coverage,
        "long_hidden_share": min(1.0, ov.long_run_tokens / ov.hidden_tokens) if ov.hidden_tokens else 0.0,
        "long_visible_share": ov.long_run_tokens / ov.visible_tokens if ov.visible_tokens else 0.0,
        "log_longest_run": math.log1p(ov.longest_run),
        "log_matched_tokens": math.log1p(matched),
        "log_hidden_tokens": math.log1p(ov.hidden_tokens),
    }


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression over named dense features plus an optional binary n-gram vocabulary."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    vocab: dict[str, float]

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> LinearModel:
        return cls(
            features=tuple(obj["features"]),
            mean=tuple(float(x) for x in obj["mean"]),
            scale=tuple(float(x) for x in obj["scale"]),
            coef=tuple(float(x) for x in obj["coef"]),
            intercept=float(obj["intercept"]),
            vocab={str(k): float(v) for k, v in obj.get("vocab", {}).items()},
        )

    def logit(self, values: dict[str, float], grams: set[str] | None = None) -> float:
        z = self.intercept
        for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            z += w * (values.get(name, 0.0) - mu) / sd
        if grams and self.vocab:
            vocab = self.vocab
            z += sum(vocab.get(g, 0.0) for g in grams)
        return z

    def probability(self, values: dict[str, float], grams: set[str] | None = None) -> float:
        z = self.logit(values, grams)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_models(path: str) -> dict[str, LinearModel]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {name: LinearModel.from_json(obj) for name, obj in data["models"].items()}


def overlap_model(name: str) -> LinearModel:
    return load_models(str(OVERLAP_MODEL))[name]


def style_model() -> LinearModel:
    return load_models(str(STYLE_MODEL))["style"]


def round_figures(values: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 4) for k, v in values.items()}
