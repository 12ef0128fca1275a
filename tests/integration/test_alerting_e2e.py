"""End to end: an attack event produced to a real Kafka broker -> ``rtmon run`` -> /metrics -> a real
Prometheus evaluating deploy/prometheus/rules.yml unchanged -> a real Alertmanager running
deploy/alertmanager/alertmanager.yml (receivers pointed at this test, grouping timers shortened)
-> the webhook receiver of this test gets the alert on the severity's route.

The attack is a reasoning-blob replay (ATTACKS.md 2.1): account A is served a response with a
reasoning handle, account B then presents that handle. RtmonCampaignDetected has no ``for:``, so
no rule needs rewriting. The same Prometheus then answers the dashboards' Kafka-only panels.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka_broker import KafkaBroker
from kafka_helpers import RtmonProcess, create_topic, produce
from prometheus_stack import (
    REPO,
    RULES,
    Alertmanager,
    Prometheus,
    WebhookReceiver,
    load_module,
    wait_until,
    webhook_alertmanager_config,
)

pytestmark = pytest.mark.integration


def blob_replay_events() -> list[dict[str, Any]]:
    traffic = load_module(REPO / "deploy" / "traffic" / "produce.py", "rtmon_traffic_produce")
    import random

    events: list[dict[str, Any]] = traffic.blob_replay(random.Random(1), "e2e-blob")
    return events


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    hook = WebhookReceiver()
    yield hook
    hook.stop()


def test_attack_on_kafka_reaches_the_webhook_through_prometheus_and_alertmanager(
    kafka_broker: KafkaBroker,
    rtmon: Callable[..., RtmonProcess],
    names: dict[str, str],
    receiver: WebhookReceiver,
    tmp_path: Path,
) -> None:
    create_topic(kafka_broker.bootstrap, names["events"], 2)
    monitor = rtmon("e2e", kafka_broker.bootstrap, create_topics=True).start()
    alertmanager = Alertmanager(tmp_path / "am", webhook_alertmanager_config(receiver.url))
    prometheus = Prometheus(
        tmp_path / "prom",
        [f"127.0.0.1:{monitor.metrics_port}"],
        rule_files=[RULES],
        alertmanager=alertmanager.address,
    )
    try:
        monitor.wait_ready(60)
        wait_until(lambda: prometheus.value('up{job="rtmon"}') == 1, 30, "Prometheus to scrape rtmon")
        assert not [a for a in prometheus.alerts() if a["labels"]["alertname"] == "RtmonCampaignDetected"]

        # Keys are account ids, so the two events may land on different partitions: send the
        # replay only once the mint is consumed, or it could be scored first (handle unknown).
        mint, replay = blob_replay_events()
        started = time.monotonic()
        for i, event in enumerate((mint, replay), start=1):
            produce(
                kafka_broker.bootstrap,
                names["events"],
                [(event["account_id"].encode(), json.dumps(event).encode())],
            )
            wait_until(
                lambda n=i: (monitor.metric("rtmon_events_scored_total") or 0) >= n,
                30,
                f"rtmon to score event {i}",
            )

        def campaign_alert() -> list[tuple[str, dict[str, Any]]]:
            return [
                (path, alert)
                for path, alert in receiver.alerts()
                if alert["labels"].get("alertname") == "RtmonCampaignDetected" and alert["status"] == "firing"
            ]

        wait_until(lambda: bool(campaign_alert()), 90, "the webhook to receive RtmonCampaignDetected")
        print(f"attack produced -> webhook notified in {time.monotonic() - started:.1f}s")
        path, alert = campaign_alert()[0]
        assert path == "/pager", "critical alerts route to the pager receiver"
        assert alert["labels"]["severity"] == "critical"
        assert alert["labels"]["kind"] == "blob_replay"
        assert alert["annotations"]["runbook_url"] == "docs/runbooks/RtmonCampaignDetected.md"
        published = [
            monitor.metric("rtmon_alerts_published_total", f'severity="{s}"') for s in ("high", "critical")
        ]
        assert sum(v or 0 for v in published) >= 1, "rtmon published its own per-event alert too"

        # The dashboards' Kafka-only panels (consumer lag) have data from a Kafka-consuming rtmon.
        builder = load_module(REPO / "dashboards" / "build.py", "rtmon_dashboards_build")
        kafka_only = [(t, e) for _d, t, e, k in builder.panel_queries() if k]
        assert kafka_only
        wait_until(
            lambda: all(prometheus.query(e.replace("$__rate_interval", "1m")) for _t, e in kafka_only),
            30,
            f"data for the Kafka-only panels {[t for t, _e in kafka_only]}",
        )
    finally:
        prometheus.stop()
        alertmanager.stop()
        print(
            f"--- prometheus ---\n{prometheus.log_tail(10)}\n--- alertmanager ---\n{alertmanager.log_tail(10)}"
        )
