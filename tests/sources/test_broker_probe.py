"""The parts of ``rtmon run`` wiring that need no broker: topic specs, topic creation, lag, readiness."""

from __future__ import annotations

import threading
from collections import namedtuple
from typing import Any

import pytest
from kafka import OffsetAndMetadata, TopicPartition
from kafka.errors import KafkaConnectionError, KafkaError
from prometheus_client import CollectorRegistry

from monitor.config import Settings
from monitor.kafka_app import BrokerProbe, create_missing_topics, ensure_topics, topic_specs
from monitor.metrics import Metrics
from monitor.sources import Partition

Offset = namedtuple("Offset", "offset timestamp leader_epoch")


class StubAdmin:
    def __init__(self, topics: list[str] | None = None) -> None:
        self.topics = topics or []
        self.created: dict[str, Any] = {}
        self.ends: dict[TopicPartition, int] = {}
        self.earliest: dict[TopicPartition, int] = {}
        self.committed: dict[TopicPartition, int] = {}
        self.down = False
        self.closed = False

    def list_topics(self) -> list[str]:
        return self.topics

    def create_topics(self, specs: dict[str, Any], raise_errors: bool) -> dict[str, Any]:
        self.created.update(specs)
        return {"topics": [{"name": n, "error_code": 0, "error_message": None} for n in specs]}

    def wait_for_topics(self, names: list[str]) -> None:
        pass

    def describe_cluster(self) -> dict[str, Any]:
        if self.down:
            raise KafkaConnectionError("down")
        return {}

    def list_partition_offsets(self, specs: dict[TopicPartition, int]) -> dict[TopicPartition, Offset]:
        if self.down:
            raise KafkaConnectionError("down")
        source = self.ends if all(v == -1 for v in specs.values()) else self.earliest
        return {tp: Offset(source[tp], -1, -1) for tp in specs}

    def list_group_offsets(self, specs: dict[str, list[TopicPartition]]) -> dict[str, Any]:
        ((group, tps),) = specs.items()
        return {group: {tp: OffsetAndMetadata(self.committed.get(tp, -1), "", -1) for tp in tps}}

    def close(self) -> None:
        self.closed = True


def test_topic_specs_cover_outputs_and_verdicts_only_when_set() -> None:
    s = Settings(topic_partitions=4, topic_replication=3)
    assert sorted(topic_specs(s)) == ["llm.alerts", "llm.events", "llm.events.dlq"]
    assert topic_specs(s)["llm.events"] == {"num_partitions": 4, "replication_factor": 3}
    assert "v" in topic_specs(Settings(verdicts_topic="v"))


def test_only_missing_topics_are_created() -> None:
    admin = StubAdmin(["llm.events"])
    assert create_missing_topics(admin, topic_specs(Settings())) == ["llm.alerts", "llm.events.dlq"]
    assert create_missing_topics(StubAdmin(list(topic_specs(Settings()))), topic_specs(Settings())) == []


def test_topic_creation_errors_other_than_exists_are_raised() -> None:
    admin = StubAdmin()
    admin.create_topics = lambda specs, raise_errors: {  # type: ignore[method-assign]
        "topics": [
            {"name": "llm.events", "error_code": 36, "error_message": "exists"},
            {"name": "llm.alerts", "error_code": 29, "error_message": "not authorized"},
        ]
    }
    with pytest.raises(KafkaError, match="not authorized"):
        create_missing_topics(admin, {"llm.events": {}, "llm.alerts": {}})


def test_ensure_topics_retries_until_the_broker_answers() -> None:
    admins = [KafkaConnectionError("refused"), StubAdmin()]

    def factory() -> StubAdmin:
        item = admins.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    stop = threading.Event()
    assert ensure_topics(Settings(), stop, admin_factory=factory)
    assert admins == []


def lag(metrics: Metrics, partition: int) -> float:
    return float(metrics.consumer_lag.labels(topic="t", partition=str(partition))._value.get())


def test_probe_measures_lag_per_assigned_partition() -> None:
    admin = StubAdmin()
    tp0, tp1 = TopicPartition("t", 0), TopicPartition("t", 1)
    admin.ends = {tp0: 100, tp1: 50}
    admin.earliest = {tp0: 0, tp1: 20}
    admin.committed = {tp0: 90}  # partition 1 has no commit yet: counted from its earliest offset
    metrics = Metrics(CollectorRegistry())
    owned = frozenset({Partition("t", 0), Partition("t", 1)})
    probe = BrokerProbe(Settings(), metrics, lambda: owned, admin_factory=lambda: admin)
    probe.probe_once()
    assert probe.reachable
    assert lag(metrics, 0) == 10 and lag(metrics, 1) == 30


def test_probe_drops_lag_of_partitions_no_longer_assigned() -> None:
    admin = StubAdmin()
    admin.ends = {TopicPartition("t", 0): 5, TopicPartition("t", 1): 5}
    admin.committed = dict.fromkeys(admin.ends, 5)
    owned = [frozenset({Partition("t", 0), Partition("t", 1)})]
    registry = CollectorRegistry()
    probe = BrokerProbe(Settings(), Metrics(registry), lambda: owned[0], admin_factory=lambda: admin)
    probe.probe_once()
    owned[0] = frozenset({Partition("t", 0)})
    probe.probe_once()
    assert registry.get_sample_value("rtmon_consumer_lag_records", {"topic": "t", "partition": "1"}) is None
    assert registry.get_sample_value("rtmon_consumer_lag_records", {"topic": "t", "partition": "0"}) == 0


def test_probe_reports_unreachable_broker_and_recovers() -> None:
    admin = StubAdmin()
    probe = BrokerProbe(Settings(), Metrics(CollectorRegistry()), frozenset, admin_factory=lambda: admin)
    probe.probe_once()
    assert probe.reachable
    admin.down = True
    probe.probe_once()
    assert not probe.reachable and admin.closed
    admin.down = False
    probe.probe_once()
    assert probe.reachable
