"""Cross-account clusters over the repartition topic, without a broker: record codec, the cluster
owner's fold/alert/broadcast rules, the per-event detector in Kafka mode, and the Kafka side with
in-memory producer/consumer stand-ins (the real broker is in tests/integration)."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import pytest
from campaign_support import make_event
from kafka import TopicPartition
from prometheus_client import CollectorRegistry

from monitor.accounts.changelog import partition_of
from monitor.accounts.clusters import MEMBER_TTL
from monitor.accounts.repartition import (
    ClusterExchange,
    ClusterOwner,
    FlaggedCluster,
    TemplateObservation,
    decode,
    encode_cluster,
    encode_observation,
    fingerprint_hex,
)
from monitor.accounts.repartition_kafka import ClusterRepartition, cluster_alert
from monitor.config import Settings
from monitor.corpus.campaigns import REP_PREFIX_HYDRA
from monitor.detectors.base import ScanContext
from monitor.detectors.campaign_clusters import ClusterCampaignDetector
from monitor.metrics import Metrics
from monitor.sinks import PublishError
from monitor.sources import Partition
from monitor.state import InMemoryStateStore

KEY = 0x89DB7574551C4134


def obs(account: str, t: float, suspicious: bool = True, event: str = "e") -> TemplateObservation:
    return TemplateObservation(KEY, account, event, t, suspicious, False, False)


def flagged(**overrides: Any) -> FlaggedCluster:
    base: dict[str, Any] = dict(
        cluster_id=fingerprint_hex(KEY), score=0.7, reason="4 accounts share one template", accounts=4,
        named=("a", "b", "c", "d"), events=12.0, suspicious=12.0, benchmark=0.0, harvest=0.0,
        first_seen=100.0, last_seen=500.0, alerted_at=400.0,
    )  # fmt: skip
    return FlaggedCluster(**{**base, **overrides})


def test_records_round_trip_and_carry_no_text() -> None:
    o = TemplateObservation(KEY, "acct-1", "ev-9", 1234.5, True, False, True)
    key = fingerprint_hex(KEY).encode()
    assert decode(key, encode_observation(o)) == o
    c = flagged()
    assert decode(key, encode_cluster(c)) == c
    for bad_key, bad in ((key, b"{"), (key, b'{"v": 9}'), (None, b"{}"), (b"zz", encode_observation(o))):
        with pytest.raises(ValueError):
            decode(bad_key, bad)


def test_owner_alerts_once_per_cooldown_and_rebroadcasts_when_the_cluster_grows() -> None:
    owner = ClusterOwner(max_templates=100, cooldown_s=3600)
    for i in range(12):
        owner.fold(obs(f"acct-{i % 2}", 100.0 + i))
    assert owner.evaluate({KEY}) == []  # 2 accounts are not a cluster
    owner.fold(obs("acct-2", 120.0, event="trigger"))
    [first] = owner.evaluate({KEY})
    assert first.alert and first.trigger_event == "trigger" and first.cluster.accounts == 3
    owner.done(first)
    assert owner.evaluate({KEY}) == []  # nothing new
    owner.fold(obs("acct-3", 130.0))
    [grown] = owner.evaluate({KEY})
    assert (
        not grown.alert
        and grown.cluster.accounts == 4
        and grown.cluster.alerted_at == first.cluster.alerted_at
    )
    owner.done(grown)
    owner.fold(obs("acct-3", 120.0 + 3600))
    [reminder] = owner.evaluate({KEY})
    assert reminder.alert  # the cooldown is over


def test_restored_owner_does_not_alert_again_after_reading_its_own_broadcast() -> None:
    owner = ClusterOwner(max_templates=100, cooldown_s=3600)
    for i in range(12):
        owner.fold(obs(f"acct-{i % 4}", 100.0 + i))
    owner.note_broadcast(flagged(alerted_at=105.0, accounts=4))
    assert owner.evaluate({KEY}) == []
    owner.drop([KEY])
    assert owner.fingerprints() == []


def test_benign_shared_template_is_not_a_cluster() -> None:
    owner = ClusterOwner(max_templates=100, cooldown_s=3600)
    for i in range(40):
        owner.fold(obs(f"app-{i}", 100.0 + i, suspicious=False))
    assert owner.evaluate({KEY}) == []


def test_exchange_keeps_the_newest_broadcast_and_expires_after_the_window() -> None:
    ex = ClusterExchange(max_templates=2)
    assert ex.flag(flagged(last_seen=500.0))
    assert not ex.flag(flagged(last_seen=400.0, accounts=9))
    assert ex.lookup(KEY, 600.0) is not None and ex.lookup(KEY, 600.0).accounts == 4  # type: ignore[union-attr]
    assert ex.lookup(KEY, 500.0 + MEMBER_TTL + 1) is None
    ex.flag(flagged(cluster_id="01"))
    ex.flag(flagged(cluster_id="02"))
    assert len(ex) == 2 and ex.lookup(KEY, 600.0) is None  # LRU-bounded


def rep_event(n: int, account: str, seconds: float) -> Any:
    return make_event(n, account, seconds, f"{REP_PREFIX_HYDRA}\nQuestion:\nWhat is {n} + 1?")


def test_detector_in_kafka_mode_publishes_observations_and_reads_flagged_clusters() -> None:
    detector = ClusterCampaignDetector(100)
    ex = ClusterExchange(100)
    detector.use_exchange(ex)
    state = InMemoryStateStore()
    for i in range(20):  # would be a local cluster; in Kafka mode only the owner decides
        assert detector.detect(rep_event(i, f"acct-{i % 5}", 10.0 * i), ScanContext(state=state)) is None
    assert len(ex.outbox) == 20 and {o.account_id for o in ex.outbox} == {f"acct-{i}" for i in range(5)}
    template = ex.outbox[0].template
    ex.flag(flagged(cluster_id=fingerprint_hex(template), last_seen=ex.outbox[-1].t))
    first = detector.detect(rep_event(21, "acct-new", 300.0), ScanContext(state=state))
    again = detector.detect(rep_event(22, "acct-new", 310.0), ScanContext(state=state))
    assert first is not None and again is not None
    labels = first.evidence.labels
    assert labels["kind"] == "cross_account_cluster" and labels["cluster_view"] == "repartition"
    assert labels["episode_start"] == "1" and again.evidence.labels["episode_start"] == "0"
    assert first.evidence.figures["cluster_accounts"] == 4.0


# -- the Kafka side, with stand-ins ----------------------------------------------------------------
Message = namedtuple("Message", "key value offset")


class Future:
    def __init__(self, fail: bool) -> None:
        self.fail = fail

    def get(self, timeout: float) -> None:
        if self.fail:
            raise RuntimeError("not acknowledged")


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes, int | None]] = []
        self.fail = False

    def send(
        self, topic: str, key: bytes, value: bytes, partition: int | None = None, headers: Any = None
    ) -> Future:
        self.sent.append((topic, key, value, partition))
        return Future(self.fail)

    def flush(self, timeout: float) -> None:
        pass

    def close(self, timeout: float) -> None:
        pass


class FakeConsumer:
    """Reads what FakeProducer wrote to the repartition topic, on the assigned partitions."""

    def __init__(self, producer: FakeProducer, topic: str, partitions: int) -> None:
        self.producer, self.topic, self.n = producer, topic, partitions
        self.assigned: list[TopicPartition] = []
        self.positions: dict[TopicPartition, int] = {}

    def _log(self, p: int) -> list[Message]:
        sent = [(k, v) for t, k, v, part in self.producer.sent if t == self.topic and part == p]
        return [Message(k, v, i) for i, (k, v) in enumerate(sent)]

    def partitions_for_topic(self, topic: str) -> set[int]:
        return set(range(self.n))

    def assign(self, tps: list[TopicPartition]) -> None:
        self.assigned = list(tps)
        for tp in tps:
            self.positions.setdefault(tp, len(self._log(tp.partition)))

    def offsets_for_times(self, query: dict[TopicPartition, int]) -> dict[TopicPartition, Any]:
        return {tp: namedtuple("OT", "offset timestamp")(0, 0) for tp in query}

    def end_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: len(self._log(tp.partition)) for tp in tps}

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.positions[tp] = offset

    def position(self, tp: TopicPartition) -> int:
        return self.positions[tp]

    def poll(self, timeout_ms: int, max_records: int) -> dict[TopicPartition, list[Message]]:
        out = {}
        for tp in self.assigned:
            log = self._log(tp.partition)[self.positions[tp] :]
            if log:
                out[tp] = log
                self.positions[tp] += len(log)
        return out

    def close(self) -> None:
        pass


def kafka_side(
    producer: FakeProducer, settings: Settings
) -> tuple[ClusterRepartition, ClusterExchange, Metrics]:
    ex = ClusterExchange(100)
    metrics = Metrics(CollectorRegistry())
    side = ClusterRepartition(
        settings,
        ex,
        metrics,
        producer_factory=lambda: producer,
        consumer_factory=lambda: FakeConsumer(producer, settings.repartition_topic, 4),
    )
    return side, ex, metrics


def test_owner_instance_alerts_broadcasts_and_a_restored_owner_stays_quiet() -> None:
    settings = Settings(events_topic="ev", repartition_topic="rp", alerts_topic="al")
    producer = FakeProducer()
    home = partition_of(fingerprint_hex(KEY), 4)
    owner_side, owner_ex, metrics = kafka_side(producer, settings)
    owner_side.on_assigned([Partition("ev", home)])
    other_side, other_ex, _ = kafka_side(producer, settings)
    other_side.on_assigned([Partition("ev", p) for p in range(4) if p != home])

    other_ex.outbox = [obs(f"acct-{i % 4}", 100.0 + i, event=f"e{i}") for i in range(12)]
    other_side.before_flush([])
    assert {part for t, _k, _v, part in producer.sent if t == "rp"} == {home}
    owner_side.idle()
    alerts = [v for t, _k, v, _p in producer.sent if t == "al"]
    assert len(alerts) == 1 and owner_side.alerts == 1
    broadcasts = [p for t, _k, v, p in producer.sent if t == "rp" and b'"cluster"' in v]
    assert sorted(broadcasts) == [0, 1, 2, 3]
    assert metrics.campaign_findings.labels(kind="cross_account_cluster")._value.get() == 1
    other_side.idle()
    assert other_ex.lookup(KEY, 200.0) is not None and owner_ex.lookup(KEY, 200.0) is not None

    # The owner's partition moves to a fresh instance: it replays the window and does not re-alert.
    owner_side.on_revoked([Partition("ev", home)])
    assert owner_side.owner.fingerprints() == []
    fresh, fresh_ex, _ = kafka_side(producer, settings)
    fresh.on_assigned([Partition("ev", home)])
    fresh.idle()
    assert fresh.restored > 12 and fresh_ex.lookup(KEY, 200.0) is not None
    assert len([1 for t, *_ in producer.sent if t == "al"]) == 1


def test_failed_publish_raises_and_keeps_the_decision_for_the_next_flush() -> None:
    settings = Settings(events_topic="ev", repartition_topic="rp", alerts_topic="al")
    producer = FakeProducer()
    side, ex, _ = kafka_side(producer, settings)
    side.on_assigned([Partition("ev", p) for p in range(4)])
    ex.outbox = [obs(f"acct-{i % 4}", 100.0 + i) for i in range(12)]
    producer.fail = True  # the stand-in producer delivers at once, so this flush also decides
    with pytest.raises(PublishError):
        side.before_flush([])
    assert side.alerts == 0 and not ex.outbox
    producer.fail = False
    side.before_flush([])
    assert side.alerts == 1


def test_cluster_alert_names_the_cluster_without_text() -> None:
    owner = ClusterOwner(100, 3600)
    for i in range(12):
        owner.fold(obs(f"acct-{i % 4}", 100.0 + i, event=f"e{i}"))
    [decision] = owner.evaluate({KEY})
    alert = cluster_alert(decision, "medium")
    assert alert["kind"] == "cross_account_cluster" and alert["cluster_id"] == fingerprint_hex(KEY)
    assert alert["cluster"]["accounts"] == 4 and alert["event_id"] == "e11"
    assert alert["findings"][0]["evidence"]["labels"]["accounts"] == ",".join(decision.cluster.named)


def test_partition_count_mismatch_is_a_publish_error() -> None:
    settings = Settings(events_topic="ev", repartition_topic="rp")
    producer = FakeProducer()

    class Mismatch(FakeConsumer):
        def partitions_for_topic(self, topic: str) -> set[int]:
            return set(range(4 if topic == "rp" else 6))

    side = ClusterRepartition(
        settings, ClusterExchange(10), Metrics(CollectorRegistry()),
        producer_factory=lambda: producer, consumer_factory=lambda: Mismatch(producer, "rp", 4),
    )  # fmt: skip
    with pytest.raises(PublishError, match="must match"):
        side.before_flush([])
