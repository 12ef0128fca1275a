"""In-memory source and outputs for driving ``Service.process_batch`` directly, plus event builders."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from monitor.config import Settings, load_settings
from monitor.events import Verdict
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.service import Service
from monitor.sources import Record

MAX_EVENT_BYTES = 1 << 20


class ListSource:
    """A finite source over prepared records (like one Kafka partition)."""

    name = "memory"

    def __init__(self, records: list[Record]) -> None:
        self.pending = list(records)
        self.committed: list[int] = []

    def poll(self, max_records: int, timeout_s: float) -> list[Record]:
        out, self.pending = self.pending[:max_records], self.pending[max_records:]
        return out

    def commit(self, records: list[Record]) -> None:
        self.committed += [r.offset for r in records]

    def rewind(self, records: list[Record]) -> None:
        self.pending = list(records) + self.pending

    def exhausted(self) -> bool:
        return not self.pending

    def close(self) -> None:
        pass


class MemoryOutputs:
    def __init__(self) -> None:
        self.alerts: list[dict[str, Any]] = []
        self.verdicts: list[Verdict] = []
        self.dead: list[tuple[Record, str, str]] = []

    def alert(self, alert: dict[str, Any], key: str) -> None:
        self.alerts.append(alert)

    def verdict(self, verdict: Verdict, key: str | None) -> None:
        self.verdicts.append(verdict)

    def dead_letter(self, record: Record, reason: str, category: str) -> None:
        self.dead.append((record, reason, category))

    def flush(self, timeout_s: float) -> None:
        pass

    def close(self) -> None:
        pass


class Rig:
    """A Service with the full registered pipeline over in-memory source and outputs."""

    def __init__(
        self, records: list[Record], pipeline: Pipeline | None = None, settings: Settings | None = None
    ) -> None:
        self.settings = settings or load_settings(verdicts_topic="verdicts", alert_min_severity="low")
        self.registry = CollectorRegistry()
        self.metrics = Metrics(self.registry)
        self.pipeline = pipeline or Pipeline(self.settings, metrics=self.metrics)
        self.source = ListSource(records)
        self.outputs = MemoryOutputs()
        self.service = Service(
            self.settings,
            self.pipeline,
            self.source,
            self.outputs,
            self.metrics,
            max_event_bytes=MAX_EVENT_BYTES,
        )


def records_of(values: list[bytes | None]) -> list[Record]:
    return [Record(value=v, topic="events", partition=0, offset=i) for i, v in enumerate(values)]


def event_obj(event_id: str, text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "timestamp": "2026-03-01T00:00:00Z",
        "account_id": "acct-1",
        "model": "m",
        "request": {"messages": [{"role": "user", "content": text}]},
        "response": {"content": "ok"},
        **extra,
    }
