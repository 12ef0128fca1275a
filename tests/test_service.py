from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from foundation_support import TRIGGER, KeywordDetector, event_line
from prometheus_client import CollectorRegistry
from structlog.testing import capture_logs

from monitor.config import Settings, load_settings
from monitor.events import Verdict
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.service import Service, failure_category
from monitor.sinks import PublishError
from monitor.sinks.file import FileOutputs
from monitor.sources import Record
from monitor.sources.file import FileSource

MAX = 1 << 20


def lines(*parts: bytes) -> bytes:
    return b"\n".join(parts) + b"\n"


MIXED = lines(
    event_line("e-1"),
    b"{not json",
    event_line("e-2", f"please {TRIGGER} now"),
    b"",
    b'{"event_id": "e-3"}',
    b"\xff\xfe",
    event_line("e-4"),
)


class Harness:
    def __init__(self, tmp_path: Path, data: bytes, outputs: Any = None, **settings: Any) -> None:
        self.registry = CollectorRegistry()
        self.metrics = Metrics(self.registry)
        self.settings: Settings = load_settings(**settings)
        self.pipeline = Pipeline(self.settings, detectors=[KeywordDetector()], metrics=self.metrics)
        self.source = FileSource.from_bytes(data, max_bytes=MAX)
        self.paths = {name: tmp_path / f"{name}.jsonl" for name in ("alerts", "verdicts", "dlq")}
        self.outputs = outputs or FileOutputs(*(str(p) for p in self.paths.values()))
        self.service = Service(
            self.settings, self.pipeline, self.source, self.outputs, self.metrics, max_event_bytes=MAX
        )

    def read(self, name: str) -> list[dict[str, Any]]:
        text = self.paths[name].read_text(encoding="utf-8") if self.paths[name].exists() else ""
        return [json.loads(line) for line in text.splitlines()]

    def metric(self, name: str, **labels: str) -> float:
        value = self.registry.get_sample_value(name, labels)
        return 0.0 if value is None else value


def test_bad_lines_become_dead_letters_and_scoring_goes_on(tmp_path: Path) -> None:
    h = Harness(tmp_path, MIXED, verdicts_topic="file")
    totals = h.service.run(exit_at_end=True)
    h.outputs.close()
    assert (totals.consumed, totals.scored, totals.dead_letters) == (7, 3, 4)
    assert [v["event_id"] for v in h.read("verdicts")] == ["e-1", "e-2", "e-4"]
    dead = h.read("dlq")
    assert [(d["source_offset"], d["category"]) for d in dead] == [
        (2, "decode"),
        (4, "decode"),
        (5, "validation"),
        (6, "decode"),
    ]
    assert dead[0]["reason"].startswith("invalid JSON") and dead[1]["reason"].startswith("empty input")
    assert "timestamp: Field required" in dead[2]["reason"]
    assert dead[3]["reason"] == "invalid UTF-8 at byte 0"
    assert h.source.committed_through == 7


def test_alerts_at_or_above_the_minimum_severity(tmp_path: Path) -> None:
    data = lines(event_line("quiet"), event_line("loud", TRIGGER))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    high = Harness(tmp_path / "a", data)  # detector scores 0.9 = high; default minimum is medium
    high.service.run(exit_at_end=True)
    high.outputs.close()
    alerts = high.read("alerts")
    assert [(a["event_id"], a["severity"]) for a in alerts] == [("loud", "high")]
    assert alerts[0]["findings"][0]["detector"] == "test_keyword"
    assert TRIGGER not in json.dumps(alerts)  # no prompt text in alerts
    assert not high.paths["verdicts"].exists() or high.read("verdicts") == []  # verdicts off by default
    critical_only = Harness(tmp_path / "b", data, alert_min_severity="critical")
    critical_only.service.run(exit_at_end=True)
    critical_only.outputs.close()
    assert critical_only.read("alerts") == []


def test_metrics_on_a_fresh_registry(tmp_path: Path) -> None:
    h = Harness(tmp_path, MIXED)
    h.service.run(exit_at_end=True)
    assert h.metric("rtmon_events_consumed_total", source="file") == 7
    assert h.metric("rtmon_events_scored_total") == 3
    assert h.metric("rtmon_dead_letters_total", reason="decode") == 3
    assert h.metric("rtmon_dead_letters_total", reason="validation") == 1
    assert h.metric("rtmon_events_failed_total", reason="decode") == 3
    assert h.metric("rtmon_alerts_published_total", severity="high") == 1
    assert h.metric("rtmon_verdicts_total", severity="none") == 2
    assert h.metric("rtmon_detections_total", detector="test_keyword", task="extraction") == 1
    assert h.metric("rtmon_batch_size_records_count") == 1
    assert h.metric("rtmon_last_event_timestamp_seconds") > 1.7e9


def test_logs_dead_letters_and_alerts_without_text(tmp_path: Path) -> None:
    h = Harness(tmp_path, MIXED)
    with capture_logs() as logs:
        h.service.run(exit_at_end=True)
    events = [entry["event"] for entry in logs]
    assert events[0] == "service_started" and events[-1] == "service_stopping"
    dead = [entry for entry in logs if entry["event"] == "dead_letter"]
    assert [d["offset"] for d in dead] == [2, 4, 5, 6] and dead[0]["category"] == "decode"
    alert = next(entry for entry in logs if entry["event"] == "alert")
    assert (
        alert["event_id"] == "e-2" and alert["severity"] == "high" and alert["detectors"] == ["test_keyword"]
    )
    assert TRIGGER not in json.dumps(logs, default=str)


class FailingOutputs:
    """Outputs whose flush (or one send) raises PublishError a given number of times."""

    def __init__(self, flush_failures: int = 1, alert_failures: int = 0) -> None:
        self.flush_failures = flush_failures
        self.alert_failures = alert_failures
        self.pending: list[str] = []
        self.durable: list[str] = []
        self.flushes = 0

    def alert(self, alert: dict[str, Any], key: str) -> None:
        if self.alert_failures:
            self.alert_failures -= 1
            raise PublishError("alert buffer full")
        self.pending.append(f"alert:{alert['event_id']}")

    def verdict(self, verdict: Verdict, key: str | None) -> None:
        self.pending.append(f"verdict:{verdict.event_id}")

    def dead_letter(self, record: Record, reason: str, category: str) -> None:
        self.pending.append(f"dead:{record.offset}")

    def flush(self, timeout_s: float) -> None:
        self.flushes += 1
        if self.flush_failures:
            self.flush_failures -= 1
            self.pending.clear()
            raise PublishError("broker unavailable")
        self.durable += self.pending
        self.pending.clear()

    def close(self) -> None:
        pass


def test_failed_flush_rewinds_and_commits_nothing(tmp_path: Path) -> None:
    outputs = FailingOutputs(flush_failures=1)
    h = Harness(tmp_path, lines(event_line("e-1", TRIGGER), b"junk"), outputs=outputs)
    records = h.source.poll(10, 0.01)
    with capture_logs() as logs:
        assert h.service.process_batch(records) is False
    assert h.source.committed_through == 0 and outputs.durable == []
    assert h.service.totals.publish_failures == 1 and h.service.totals.consumed == 0
    assert h.metric("rtmon_publish_errors_total", sink="outputs") == 1
    assert [e["event"] for e in logs if e["log_level"] == "error"] == ["publish_failed"]
    again = h.source.poll(10, 0.01)
    assert again == records  # rewound: delivered again, in order
    assert h.service.process_batch(again) is True
    assert h.source.committed_through == 2
    assert outputs.durable == ["alert:e-1", "dead:2"]


def test_publish_error_on_a_single_send_also_rewinds(tmp_path: Path) -> None:
    outputs = FailingOutputs(flush_failures=0, alert_failures=1)
    h = Harness(tmp_path, lines(event_line("e-1", TRIGGER)), outputs=outputs)
    records = h.source.poll(10, 0.01)
    assert h.service.process_batch(records) is False
    assert h.source.committed_through == 0 and outputs.flushes == 0
    assert h.service.process_batch(h.source.poll(10, 0.01)) is True
    assert outputs.durable == ["alert:e-1"] and h.source.committed_through == 1


def test_run_retries_until_publishing_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = FailingOutputs(flush_failures=2)
    h = Harness(tmp_path, lines(event_line("e-1"), event_line("e-2")), outputs=outputs)
    monkeypatch.setattr(h.service.stop_event, "wait", lambda timeout=None: False)  # no real backoff sleep
    totals = h.service.run(exit_at_end=True)
    assert totals.publish_failures == 2 and totals.consumed == 2 and totals.scored == 2
    assert h.source.committed_through == 2 and outputs.flushes == 3


def test_before_flush_hooks_run_once_per_batch(tmp_path: Path) -> None:
    h = Harness(tmp_path, lines(event_line("e-1"), event_line("e-2")), batch_max_records=1)
    seen: list[list[int]] = []
    h.service.before_flush.append(lambda records: seen.append([r.offset for r in records]))
    h.service.run(exit_at_end=True)
    assert seen == [[1], [2]]


def test_stop_ends_the_loop(tmp_path: Path) -> None:
    h = Harness(tmp_path, lines(event_line("e-1")))
    h.service.stop()
    assert h.service.run(exit_at_end=False).consumed == 0
    assert h.service.alive()


def test_records_without_value_or_with_a_source_error() -> None:
    assert failure_category("line too large: more than 5 bytes") == "too_large"
    assert failure_category("empty record: no value") == "decode"
    assert failure_category("invalid event: x") == "validation"
