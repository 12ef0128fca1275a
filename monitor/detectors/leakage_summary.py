"""Summary leak: a ``reasoning_summary`` that copies the raw reasoning instead of summarising it."""

from __future__ import annotations

from typing import Any, ClassVar

from monitor.detectors.base import Cost, ScanContext, make_finding
from monitor.detectors.leakage_common import REPORT_FROM, overlap_model, overlap_with_reasoning, round_figures
from monitor.events import Event, Evidence, Finding, Span, Task
from monitor.overlap import rouge_l


class SummaryLeakDetector:
    name: ClassVar[str] = "leakage_summary"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False
    cost: ClassVar[Cost] = "high"  # token overlap of two texts up to megabytes

    def __init__(self, settings: Any = None) -> None:
        self.model = overlap_model("summary")

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        response = event.response
        if response is None or not response.reasoning or not response.reasoning_summary:
            return None
        ro = overlap_with_reasoning(ctx, response.reasoning, "summary", response.reasoning_summary)
        if ro is None:
            return None
        hidden, summary, ov, figures = ro.hidden, ro.other, ro.overlap, ro.figures
        score = self.model.probability(figures)
        if score < REPORT_FROM:
            return None
        rl = rouge_l(hidden, summary)
        figures.update(rouge_l_f1=rl.f1, rouge_l_exact=float(rl.exact), longest_run=float(ov.longest_run))
        evidence = Evidence(
            spans=[Span(field="response.reasoning_summary", start=a, end=b) for a, b in ov.spans(summary)],
            rules=["summary_copies_reasoning"],
            figures=round_figures(figures),
            labels={"side": "reasoning_summary", "reference": "response.reasoning"},
        )
        reason = f"reasoning summary copies {ov.hidden_coverage:.0%} of the raw reasoning verbatim"
        return make_finding(self.name, self.task, score, reason, evidence)
