"""The per-event time budget: once spent, high-cost detectors are skipped and the verdict says so."""

from __future__ import annotations

from typing import ClassVar

from prometheus_client import CollectorRegistry

from monitor.config import load_settings
from monitor.detectors import available, build_detectors
from monitor.detectors.base import Cost, ScanContext, detector_cost, make_finding
from monitor.events import Event, Finding, Task, event_from_obj
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline

HIDDEN = " ".join(f"step {i}: multiply {i} by {i + 3} and carry the remainder {i % 7}" for i in range(60))


def leaky_event() -> Event:
    return event_from_obj(
        {
            "event_id": "leak-1",
            "timestamp": "2026-03-01T00:00:00Z",
            "account_id": "a",
            "model": "m",
            "request": {"messages": [{"role": "user", "content": "What is 17 * 23?"}]},
            "response": {"content": HIDDEN, "reasoning": HIDDEN, "reasoning_summary": HIDDEN},
        }
    )


class BudgetEater:
    """A cheap detector that uses up the whole budget (as a slow one would), deterministically."""

    name: ClassVar[str] = "budget_eater"
    task: ClassVar[Task] = "extraction"
    stateful: ClassVar[bool] = False

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        ctx.deadline = 0.0
        return None


class Expensive:
    name: ClassVar[str] = "expensive"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False
    cost: ClassVar[Cost] = "high"

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        self.calls += 1
        return make_finding(self.name, self.task, 0.9, "always")


def test_high_cost_detectors_are_skipped_once_the_budget_is_spent() -> None:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    expensive = Expensive()
    pipeline = Pipeline(load_settings(), detectors=[BudgetEater(), expensive], metrics=metrics)
    verdict = pipeline.score(leaky_event())
    assert expensive.calls == 0
    assert verdict.notes == ["time budget exceeded: skipped expensive"]
    assert verdict.scores["leakage"] == 0.0
    assert registry.get_sample_value("rtmon_budget_skipped_detectors_total", {"detector": "expensive"}) == 1
    assert registry.get_sample_value("rtmon_budget_exceeded_total") == 1


def test_within_budget_nothing_is_skipped() -> None:
    expensive = Expensive()
    verdict = Pipeline(load_settings(), detectors=[expensive]).score(leaky_event())
    assert expensive.calls == 1 and verdict.notes == [] and verdict.scores["leakage"] == 0.9


def test_declared_costs_of_the_registered_detectors() -> None:
    detectors = build_detectors(available(), load_settings())
    high = sorted(d.name for d in detectors if detector_cost(d) == "high")
    assert high == ["leakage_reference", "leakage_summary"]
    assert not any(getattr(d, "stateful", False) for d in detectors if detector_cost(d) == "high")


def test_a_tiny_budget_on_the_full_pipeline_falls_back_and_says_so() -> None:
    registry = CollectorRegistry()
    tiny = Pipeline(load_settings(time_budget_ms=1e-6), metrics=Metrics(registry))
    verdict = tiny.score(leaky_event())
    assert "time budget exceeded: skipped leakage_reference" in verdict.notes
    assert "time budget exceeded: skipped leakage_summary" in verdict.notes
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert registry.get_sample_value("rtmon_budget_exceeded_total") == 1
    full = Pipeline(load_settings()).score(leaky_event())
    assert not any(n.startswith("time budget exceeded") for n in full.notes)
    assert {f.detector for f in full.findings} >= {"leakage_reference"}
