"""``rtmon run`` against a real Apache Kafka broker, as real processes.

At-least-once is what is promised: after a crash, duplicates are allowed (and recognisable by
``event_id``); without a crash there are none; nothing is ever lost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from kafka_broker import KafkaBroker
from kafka_helpers import (
    RtmonProcess,
    TopicReader,
    covers,
    event_ids,
    group_lag,
    json_values,
    produce,
    wait_until,
)
from kafka_traffic import TrafficEvent, mixed

from monitor.config import Settings
from monitor.detectors import available, build_detectors
from monitor.events import SEVERITY_ORDER

pytestmark = pytest.mark.integration

Factory = Callable[..., RtmonProcess]


def send(broker: KafkaBroker, topic: str, events: list[TrafficEvent]) -> None:
    produce(broker.bootstrap, topic, [(e.key(), e.value()) for e in events])


def all_verdicts(broker: KafkaBroker, topic: str, ids: set[str], timeout_s: float = 120) -> list[str]:
    reader = TopicReader(broker.bootstrap, topic)
    try:
        got = event_ids(reader.read_until(covers(ids), timeout_s))
    finally:
        reader.close()
    missing = ids - set(got)
    assert not missing, f"{len(missing)} events never got a verdict, e.g. {sorted(missing)[:5]}"
    return got


def extraction_detectors_registered() -> bool:
    """The REP detectors are built in parallel with this service; until one is registered the
    test checks that alerts follow verdict severities exactly, and then also that every blatant
    REP attempt in the traffic alerts."""
    return any(d.task == "extraction" for d in build_detectors(available(), Settings()))


def committed_everything(broker: KafkaBroker, group: str, topic: str) -> bool:
    return sum(group_lag(broker.bootstrap, group, topic).values()) == 0


def test_mixed_traffic_end_to_end(kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]) -> None:
    svc = rtmon("solo", kafka_broker.bootstrap, create_topics=True).start()
    svc.wait_ready(90)
    traffic = mixed(names["prefix"], 300)
    send(kafka_broker, names["events"], traffic)
    ids = {e.event_id for e in traffic}

    verdict_ids = all_verdicts(kafka_broker, names["verdicts"], ids)
    assert len(verdict_ids) == len(ids), "duplicate verdicts without any crash"

    reader = TopicReader(kafka_broker.bootstrap, names["verdicts"])
    verdicts = json_values(reader.read_until(lambda m: len(m) >= len(ids), 30))
    reader.close()
    assert all({"extraction", "leakage"} <= set(v["scores"]) for v in verdicts)
    should_alert = {
        v["event_id"] for v in verdicts if SEVERITY_ORDER[v["severity"]] >= SEVERITY_ORDER["medium"]
    }
    alerts_reader = TopicReader(kafka_broker.bootstrap, names["alerts"])
    alerts = alerts_reader.read_for(3)
    alerts_reader.close()
    alert_ids = event_ids(alerts)
    assert len(alert_ids) == len(set(alert_ids)), "duplicate alerts without any crash"
    assert set(alert_ids) == should_alert
    for message in alerts:
        body = json.loads(message.value)
        assert message.key == body["account_id"].encode()
    if extraction_detectors_registered():
        attacks = {e.event_id for e in traffic if e.kind == "attack"}
        assert attacks <= set(alert_ids), f"unalerted attacks: {sorted(attacks - set(alert_ids))[:5]}"

    wait_until(lambda: committed_everything(kafka_broker, names["group"], names["events"]), 30, "commits")
    assert svc.metric("rtmon_assigned_partitions") == 6
    wait_until(
        lambda: all(
            svc.metric("rtmon_consumer_lag_records", f'partition="{p}",topic="{names["events"]}"') == 0
            for p in range(6)
        ),
        15,
        "lag metric at 0 on all 6 partitions",
    )
    started = time.monotonic()
    assert svc.terminate(30) == 0
    assert time.monotonic() - started < 12, "graceful shutdown took longer than its timeout"
    assert any(line.get("event") == "kafka_service_stopped" for line in svc.log_lines())
