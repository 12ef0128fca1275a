"""Scoring pipeline: run the configured detectors on an event and combine findings into a verdict."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

import structlog
from prometheus_client import Counter, Histogram

from monitor.combine import ExtractionCombiner, load_combiner
from monitor.config import Settings
from monitor.detectors import Detector, ScanContext, available, build_detectors
from monitor.detectors.base import detector_cost
from monitor.events import Event, Finding, Verdict
from monitor.metrics import Metrics
from monitor.state import InMemoryStateStore, StateStore

log = structlog.get_logger("rtmon.pipeline")

K = TypeVar("K", bound=Hashable)
C = TypeVar("C")


def _child(children: dict[K, C], key: K, make: Callable[[K], C]) -> C:
    """The labelled metric child for ``key``, resolved with ``make`` on first use only (a series
    appears in the exposition once observed, as with a ``labels()`` call per event)."""
    child = children.get(key)
    if child is None:
        child = children[key] = make(key)
    return child


TASKS = ("extraction", "leakage", "campaign")
NO_DETECTORS_NOTE = "no detectors configured: scores are 0 by construction"


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        detectors: Sequence[Detector] | None = None,
        state: StateStore | None = None,
        metrics: Metrics | None = None,
        combiner: ExtractionCombiner | None = None,
    ) -> None:
        self.settings = settings
        self.combiner = combiner or (load_combiner() if settings.extraction_combiner else None)
        if detectors is None:
            names = settings.detectors if settings.detectors is not None else available()
            detectors = build_detectors(names, settings)
        # Stateful (account-level) detectors run last: they read the findings of the others.
        self.detectors = sorted(detectors, key=lambda d: bool(getattr(d, "stateful", False)))
        # `is not None`: an empty store has len() 0 and is falsy.
        self.state: StateStore = (
            state
            if state is not None
            else InMemoryStateStore(settings.state_max_accounts, settings.state_ttl_seconds)
        )
        self.metrics = metrics
        self._detector_timers: dict[str, Histogram] = {}
        self._task_scores: dict[str, Histogram] = {}
        if metrics is not None:
            # Labelled children resolved once: a labels() lookup per detector per event adds up.
            self._detector_timers = {
                d.name: metrics.detector_seconds.labels(detector=d.name) for d in self.detectors
            }
            self._task_scores = {task: metrics.task_score.labels(task=task) for task in TASKS}
        # Children keyed by label values, resolved on first use (a series appears in the
        # exposition only once it has been observed, as with a labels() call per event).
        self._verdict_counters: dict[str, Counter] = {}
        self._detection_counters: dict[tuple[str, str], Counter] = {}
        self._score_histograms: dict[str, Histogram] = {}
        # (detector, skipped once over budget) in run order: the cost is fixed per detector.
        self._plan = [(d, detector_cost(d) == "high") for d in self.detectors]
        if not self.detectors:
            log.warning("pipeline_without_detectors")

    @property
    def detector_names(self) -> list[str]:
        return [d.name for d in self.detectors]

    def score(self, event: Event) -> Verdict:
        started = time.perf_counter()
        ctx = ScanContext(state=self.state, deadline=started + self.settings.time_budget_ms / 1000.0)
        findings: list[Finding] = []
        produced: list[Finding] = []  # with those under finding_min_score: the combiner reads all
        for detector, high_cost in self._plan:
            if high_cost and ctx.over_budget():
                self._skip_over_budget(detector, ctx)
                continue
            finding = self._run_one(detector, event, ctx)
            if finding is None:
                continue
            produced.append(finding)
            if finding.score >= self.settings.finding_min_score:
                findings.append(finding)
                ctx.findings.append(finding)
        verdict = self._combine(event, findings, produced, ctx)
        self._observe(verdict, time.perf_counter() - started, ctx)
        return verdict

    def _skip_over_budget(self, detector: Detector, ctx: ScanContext) -> None:
        ctx.notes.append(f"time budget exceeded: skipped {detector.name}")
        if self.metrics:
            self.metrics.budget_skips.labels(detector=detector.name).inc()

    def _run_one(self, detector: Detector, event: Event, ctx: ScanContext) -> Finding | None:
        t0 = time.perf_counter()
        try:
            return detector.detect(event, ctx)
        except Exception as exc:  # a broken detector must not stop the stream
            ctx.notes.append(f"detector {detector.name} failed: {type(exc).__name__}")
            log.error(
                "detector_failed",
                detector=detector.name,
                event_id=event.event_id,
                error_type=type(exc).__name__,
            )
            if self.metrics:
                self.metrics.events_failed.labels(reason="scoring").inc()
            return None
        finally:
            timer = self._detector_timers.get(detector.name)
            if timer is not None:
                timer.observe(time.perf_counter() - t0)

    def _combine(
        self, event: Event, findings: list[Finding], produced: list[Finding], ctx: ScanContext
    ) -> Verdict:
        scores = {task: 0.0 for task in TASKS}
        for finding in findings:
            scores[finding.task] = max(scores[finding.task], finding.score)
        combined = self.combiner.combine(produced) if self.combiner is not None else None
        if combined is not None:
            scores["extraction"] = combined
        notes = list(ctx.notes)
        if not self.detectors:
            notes.append(NO_DETECTORS_NOTE)
        return Verdict(
            event_id=event.event_id,
            account_id=event.account_id,
            scores=scores,
            severity=self.settings.severity_for(max(scores.values())),
            findings=sorted(findings, key=lambda f: -f.score),
            notes=notes,
        )

    def _observe(self, verdict: Verdict, seconds: float, ctx: ScanContext) -> None:
        m = self.metrics
        if m is None:
            return
        m.events_scored.inc()
        m.processing_seconds.observe(seconds)
        _child(self._verdict_counters, verdict.severity, lambda s: m.verdicts.labels(severity=s)).inc()
        for task, value in verdict.scores.items():
            child = self._task_scores.get(task)
            (child if child is not None else m.task_score.labels(task=task)).observe(value)
        for finding in verdict.findings:
            _child(
                self._detection_counters,
                (finding.detector, finding.task),
                lambda k: m.detections.labels(detector=k[0], task=k[1]),
            ).inc()
            _child(
                self._score_histograms, finding.detector, lambda d: m.detector_score.labels(detector=d)
            ).observe(finding.score)
            if finding.task == "campaign":
                m.campaign_findings.labels(kind=finding.evidence.labels.get("kind", "unknown")).inc()
        if ctx.over_budget():
            m.budget_exceeded.inc()
