"""The /metrics exposition of a fully exercised Metrics factory passes `promtool check metrics`."""

from __future__ import annotations

import subprocess

from prometheus_client import CollectorRegistry, generate_latest

from monitor.metrics import Metrics


def exercised_metrics() -> bytes:
    registry = CollectorRegistry()
    m = Metrics(registry)
    m.events_consumed.labels(source="kafka").inc()
    m.events_scored.inc()
    m.verdicts.labels(severity="high").inc()
    m.detections.labels(detector="rep_prompt", task="extraction").inc()
    m.detector_score.labels(detector="rep_prompt").observe(0.9)
    m.task_score.labels(task="extraction").observe(0.9)
    m.detector_seconds.labels(detector="rep_prompt").observe(0.001)
    m.processing_seconds.observe(0.002)
    m.batch_size.observe(10)
    m.batch_seconds.observe(0.01)
    m.budget_exceeded.inc()
    m.budget_skips.labels(detector="leakage_reference").inc()
    m.consumer_lag.labels(topic="llm.events", partition="0").set(5)
    m.assigned_partitions.set(3)
    m.campaign_findings.labels(kind="shared_template").inc()
    m.tracked_accounts.set(7)
    m.last_event_timestamp.set(1.7e9)
    m.ready.set(1)
    m.model_info.labels(detector="rep_prompt", version="rules").set(1)
    return generate_latest(registry)


def test_promtool_check_metrics_is_clean(promtool: str) -> None:
    result = subprocess.run(
        [promtool, "check", "metrics"],
        input=exercised_metrics(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr).decode()
    assert result.stdout.strip() == b"" and result.stderr.strip() == b"", (
        result.stdout + result.stderr
    ).decode()


def test_no_unbounded_label_names() -> None:
    registry = CollectorRegistry()
    Metrics(registry)
    forbidden = {"account", "account_id", "tenant", "tenant_id", "event_id", "session_id", "user"}
    for family in registry.collect():
        for sample in family.samples:
            assert forbidden.isdisjoint(sample.labels), family.name


def test_counters_end_in_total_and_units_are_base_units() -> None:
    registry = CollectorRegistry()
    Metrics(registry)
    for family in registry.collect():
        assert family.name.startswith("rtmon_"), family.name
        if family.type == "counter":
            assert all(s.name.endswith(("_total", "_created")) for s in family.samples), family.name
        assert not family.name.endswith(("_ms", "_milliseconds", "_bytes_kb")), family.name
