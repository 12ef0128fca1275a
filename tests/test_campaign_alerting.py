"""Campaign alert volume (one alert per account, kind and cooldown), the tracked-accounts gauge,
idle hooks, and the account-state topics of ``--create-topics``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from monitor.config import Settings
from monitor.corpus.campaigns import REP_PREFIX
from monitor.detectors import build_detectors
from monitor.events import Evidence, Finding, Verdict
from monitor.kafka_app import match_events_partitions, topic_specs
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.service import Service, should_alert
from monitor.sinks.file import FileOutputs
from monitor.sources.file import FileSource

CAMPAIGN = ["campaign_blob_replay", "campaign_windows", "campaign_clusters"]


def verdict(scores: dict[str, float], *findings: Finding, severity: str = "medium") -> Verdict:
    return Verdict(
        event_id="e", account_id="a", scores=scores, severity=severity, findings=list(findings), notes=[]
    )  # type: ignore[arg-type]


def campaign(score: float, **labels: str) -> Finding:
    return Finding(detector="c", task="campaign", score=score, reason="r", evidence=Evidence(labels=labels))


def test_campaign_only_verdicts_alert_on_episode_starts_only() -> None:
    s = Settings()
    quiet = {"extraction": 0.1, "leakage": 0.0, "campaign": 0.8}
    assert should_alert(verdict(quiet, campaign(0.8, kind="rep_harvest", episode_start="1")), s)
    assert not should_alert(verdict(quiet, campaign(0.8, kind="rep_harvest", episode_start="0")), s)
    assert should_alert(verdict(quiet, campaign(0.8, kind="custom")), s)  # unlabelled: alerted as before
    loud = {"extraction": 0.7, "leakage": 0.0, "campaign": 0.8}
    assert should_alert(verdict(loud, campaign(0.8, episode_start="0")), s)  # extraction unaffected
    leak = {"extraction": 0.0, "leakage": 0.9, "campaign": 0.0}
    assert should_alert(verdict(leak, severity="high"), s)
    low = {"extraction": 0.4, "leakage": 0.0, "campaign": 0.0}
    assert not should_alert(verdict(low, severity="low"), s)
    strict = Settings(alert_min_severity="high")
    assert not should_alert(verdict(quiet, campaign(0.8, episode_start="1")), strict)


def rep_line(n: int, account: str) -> bytes:
    minutes, seconds = divmod(n * 7, 60)
    event = {
        "event_id": f"rep-{n}",
        "timestamp": f"2026-11-27T08:{minutes:02d}:{seconds:02d}Z",
        "account_id": account,
        "model": "m",
        "request": {"messages": [{"role": "user", "content": f"{REP_PREFIX}\nQuestion:\nWhat is {n} + 2?"}]},
        "response": {"content": "42"},
    }
    return json.dumps(event).encode()


def replay(tmp_path: Path, data: bytes, **settings: Any) -> tuple[list[dict[str, Any]], Metrics, Service]:
    s = Settings(verdicts_topic="verdicts", **settings)  # file outputs write verdicts when it is set
    metrics = Metrics(CollectorRegistry())
    pipeline = Pipeline(s, detectors=build_detectors(CAMPAIGN, s), metrics=metrics)
    paths = [tmp_path / name for name in ("alerts.jsonl", "verdicts.jsonl", "dlq.jsonl")]
    outputs = FileOutputs(*(str(p) for p in paths))
    calls: list[int] = []

    def broken_idle_hook() -> None:
        calls.append(1)
        raise RuntimeError("idle hooks may fail")

    service = Service(
        s,
        pipeline,
        FileSource.from_bytes(data, max_bytes=1 << 20),
        outputs,
        metrics,
        max_event_bytes=1 << 20,
        idle_hooks=[broken_idle_hook],
    )
    service.run(exit_at_end=True)
    outputs.close()
    assert calls, "idle hooks run when a poll returns nothing"
    alerts = [json.loads(x) for x in paths[0].read_text().splitlines()]
    return alerts, metrics, service


def test_a_suspected_account_alerts_once_per_cooldown_while_every_verdict_keeps_the_score(
    tmp_path: Path,
) -> None:
    lines = [rep_line(n, "rep-solo") for n in range(40)] + [rep_line(100 + n, "rep-other") for n in range(12)]
    data = b"\n".join(lines) + b"\n"
    alerts, metrics, service = replay(tmp_path, data)
    verdicts = [json.loads(x) for x in (tmp_path / "verdicts.jsonl").read_text().splitlines()]
    flagged = [v for v in verdicts if v["scores"]["campaign"] >= 0.6]
    assert len(flagged) > 20
    assert sorted(a["account_id"] for a in alerts) == ["rep-other", "rep-solo"]
    assert all(
        f["evidence"]["labels"]["episode_start"] == "1"
        for a in alerts
        for f in a["findings"]
        if f["task"] == "campaign"
    )
    assert metrics.tracked_accounts._value.get() == 2
    assert service.totals.alerts == 2

    # A short cooldown (event time): reminders while the campaign goes on (4.7 min of traffic).
    alerts, _, _ = replay(tmp_path, data, campaign_alert_cooldown_seconds=60)
    assert 4 <= sum(a["account_id"] == "rep-solo" for a in alerts) <= 6


def test_create_topics_makes_a_compacted_changelog_and_a_repartition_topic() -> None:
    plain = topic_specs(Settings())
    assert "rtmon.state.changelog" not in plain and "rtmon.templates" not in plain
    specs = topic_specs(Settings(state_changelog=True, campaign_repartition=True, topic_partitions=3))
    assert specs["rtmon.state.changelog"]["configs"] == {"cleanup.policy": "compact"}
    assert specs["rtmon.templates"]["configs"]["retention.ms"] == str(96 * 3600 * 1000)
    assert specs["rtmon.templates"]["num_partitions"] == 3

    class Admin:
        def list_topics(self) -> list[str]:
            return ["llm.events"]

        def describe_topics(self, names: list[str]) -> list[dict[str, Any]]:
            return [{"topic": names[0], "partitions": [{"partition_index": i} for i in range(8)]}]

    settings = Settings(state_changelog=True, campaign_repartition=True, topic_partitions=3)
    match_events_partitions(Admin(), settings, specs)
    assert specs["rtmon.state.changelog"]["num_partitions"] == specs["rtmon.templates"]["num_partitions"] == 8
    assert specs["llm.alerts"]["num_partitions"] == 3
