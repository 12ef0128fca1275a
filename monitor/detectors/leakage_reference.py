"""Reference-based leak: how much of ``response.reasoning`` appears in ``response.content``.

Both sides are normalised (wrappers, markdown, escapes, case, whitespace; see
:mod:`monitor.overlap`), then 5-gram shingles give coverage and long matched runs; a logistic
calibrator trained on topic-controlled leak/clean pairs (``monitor/models/leakage_overlap.json``)
turns the figures into a probability. Exact ROUGE-L (the REP paper's metric) is added to the
evidence only when the event is worth reporting, so benign traffic never pays for the LCS.
"""

from __future__ import annotations

from typing import Any, ClassVar

from monitor.detectors.base import Cost, ScanContext, make_finding
from monitor.detectors.leakage_common import REPORT_FROM, overlap_model, overlap_with_reasoning, round_figures
from monitor.events import Event, Evidence, Finding, Span, Task
from monitor.overlap import rouge_l

# An answer that restates one step of a short trace ("18 + 21 = 39 miles") shares a run of a
# dozen tokens with it; that is a good answer, not an exposure. Below this many exposed hidden
# tokens the calibrated score is scaled down quadratically (positives of the held-out leak
# corpus expose >= 50 tokens at their 1st percentile, so they are unaffected).
MIN_EXPOSED_TOKENS = 40.0
# ...unless most of the trace is copied: a short trace shown whole is still an exposure.
MOSTLY_COPIED = 0.6


def small_exposure_factor(exposed_tokens: float) -> float:
    return min(1.0, exposed_tokens / MIN_EXPOSED_TOKENS) ** 2


class ReferenceLeakDetector:
    name: ClassVar[str] = "leakage_reference"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False
    cost: ClassVar[Cost] = "high"  # token overlap of two texts up to megabytes

    def __init__(self, settings: Any = None) -> None:
        self.model = overlap_model("reference")

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        response = event.response
        if response is None or not response.reasoning or not response.content:
            return None
        ro = overlap_with_reasoning(ctx, response.reasoning, "content", response.content)
        if ro is None:
            return None
        hidden, visible, ov, figures = ro.hidden, ro.other, ro.overlap, ro.figures
        exposed = ov.hidden_coverage * ov.hidden_tokens
        score = self.model.probability(figures)
        if ov.hidden_coverage < MOSTLY_COPIED:
            score *= small_exposure_factor(exposed)
        if score < REPORT_FROM:
            return None
        rl = rouge_l(hidden, visible)
        figures.update(
            rouge_l_f1=rl.f1,
            rouge_l_precision=rl.precision,
            rouge_l_recall=rl.recall,
            rouge_l_exact=float(rl.exact),
            hidden_containment=ov.hidden_containment,
            visible_containment=ov.visible_containment,
            hidden_tokens=float(ov.hidden_tokens),
            visible_tokens=float(ov.visible_tokens),
            longest_run=float(ov.longest_run),
            exposed_hidden_tokens=exposed,
        )
        spans = [Span(field="response.content", start=a, end=b) for a, b in ov.spans(visible)]
        evidence = Evidence(
            spans=spans,
            rules=["reasoning_overlap"],
            figures=round_figures(figures),
            labels={"side": "content", "reference": "response.reasoning"},
        )
        reason = (
            f"visible answer repeats {ov.hidden_coverage:.0%} of the hidden reasoning (ROUGE-L {rl.f1:.2f})"
        )
        return make_finding(self.name, self.task, score, reason, evidence)
