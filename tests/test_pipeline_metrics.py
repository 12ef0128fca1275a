"""The pipeline's cached metric children count exactly what a labels() call per event would."""

from __future__ import annotations

from typing import Any, ClassVar

from prometheus_client import CollectorRegistry

from monitor.config import Settings
from monitor.detectors.base import ScanContext, make_finding
from monitor.events import Event, Finding
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline


class Fixed:
    """A detector reporting the score found in the event's user message (``none`` for nothing)."""

    task: ClassVar[Any] = "leakage"
    stateful: ClassVar[bool] = False

    def __init__(self, name: str, task: Any) -> None:
        self.name = name  # type: ignore[misc]
        self.task = task  # type: ignore[misc]

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        text = event.request.messages[0].content
        return None if text == "none" else make_finding(self.name, self.task, float(text), "r")


def event(i: int, text: str) -> Event:
    return Event.model_validate(
        {
            "event_id": f"e{i}",
            "timestamp": 0,
            "account_id": "a",
            "model": "m",
            "request": {"messages": [{"role": "user", "content": text}]},
        }
    )


def value(registry: CollectorRegistry, name: str, **labels: str) -> float:
    found = registry.get_sample_value(name, labels)
    return 0.0 if found is None else found


def test_verdict_detection_and_score_series_count_every_event() -> None:
    registry = CollectorRegistry()
    detectors = [Fixed("d_leak", "leakage"), Fixed("d_ext", "extraction")]
    pipeline = Pipeline(Settings(), detectors=detectors, metrics=Metrics(registry))  # type: ignore[list-item]
    texts = ["0.9", "none", "0.4", "0.99", "0.9", "none"]
    verdicts = [pipeline.score(event(i, t)) for i, t in enumerate(texts)]
    for severity in ("none", "low", "high", "critical"):
        expected = sum(v.severity == severity for v in verdicts)
        assert value(registry, "rtmon_verdicts_total", severity=severity) == expected
    flagged = sum(t != "none" for t in texts)
    for name, task in (("d_leak", "leakage"), ("d_ext", "extraction")):
        assert value(registry, "rtmon_detections_total", detector=name, task=task) == flagged
        assert value(registry, "rtmon_detector_score_count", detector=name) == flagged
        assert value(registry, "rtmon_detector_score_sum", detector=name) == sum(
            float(t) for t in texts if t != "none"
        )
