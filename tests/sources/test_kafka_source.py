"""KafkaSource logic that needs no broker: offsets, commits, rewinds, membership changes.

The consumer here is a small in-memory stand-in for kafka-python's KafkaConsumer; the real
client against a real broker is exercised in tests/integration.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kafka import OffsetAndMetadata, TopicPartition
from kafka.errors import CommitFailedError, KafkaTimeoutError
from kafka.future import Future
from prometheus_client import CollectorRegistry
from structlog.testing import capture_logs

from monitor.config import Settings
from monitor.metrics import Metrics
from monitor.sources import Partition, Record
from monitor.sources.kafka import KafkaSource, first_offsets, next_offsets, rejoin_after_dropped_join

TOPIC = "llm.events"


@dataclass
class Msg:
    topic: str
    partition: int
    offset: int
    value: bytes | None
    key: bytes | None = None
    headers: list[tuple[str, bytes]] = field(default_factory=list)


class StubConsumer:
    def __init__(self) -> None:
        self.listener: Any = None
        self.owned: set[TopicPartition] = set()
        self.queue: list[dict[TopicPartition, list[Msg]]] = []
        self.commits: list[dict[TopicPartition, OffsetAndMetadata]] = []
        self.async_commits: list[dict[TopicPartition, OffsetAndMetadata]] = []
        self.seeks: list[tuple[TopicPartition, int]] = []
        self.fail_commits = 0
        self.on_poll: Callable[[], None] | None = None
        self.closed = False
        self.calls: list[str] = []

    def partitions_for_topic(self, topic: str) -> set[int]:
        self.calls.append(f"metadata:{topic}")
        return {0, 1}

    def subscribe(self, topics: list[str], listener: Any) -> None:
        assert topics == [TOPIC]
        self.calls.append("subscribe")
        self.listener = listener

    def poll(self, timeout_ms: int, max_records: int) -> dict[TopicPartition, list[Msg]]:
        if self.on_poll is not None:
            hook, self.on_poll = self.on_poll, None
            hook()
        return self.queue.pop(0) if self.queue else {}

    def assignment(self) -> set[TopicPartition]:
        return set(self.owned)

    def commit(self, offsets: dict[TopicPartition, OffsetAndMetadata]) -> None:
        if self.fail_commits:
            self.fail_commits -= 1
            raise CommitFailedError("rebalance in progress")
        self.commits.append(offsets)

    def commit_async(self, offsets: dict[TopicPartition, OffsetAndMetadata]) -> Future:
        self.async_commits.append(offsets)
        return Future().success(None)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks.append((tp, offset))

    def close(self, autocommit: bool = True) -> None:
        assert autocommit is False
        self.closed = True

    # -- what the group coordinator would do, on "its" thread, during poll() ---------------
    def rebalance(self, new: set[int], lost: bool = False) -> None:
        old = set(self.owned)
        if lost:
            asyncio.run(self.listener.on_partitions_lost(old))
        else:
            asyncio.run(self.listener.on_partitions_revoked(old))
        self.owned = {TopicPartition(TOPIC, p) for p in new}
        asyncio.run(self.listener.on_partitions_assigned(set(self.owned)))


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, list[Partition]]] = []

    def on_assigned(self, partitions: list[Partition]) -> None:
        self.calls.append(("assigned", partitions))

    def on_revoked(self, partitions: list[Partition]) -> None:
        self.calls.append(("revoked", partitions))


def make_source(consumer: StubConsumer) -> tuple[KafkaSource, Recorder, Metrics]:
    metrics = Metrics(CollectorRegistry())
    listener = Recorder()
    source = KafkaSource(Settings(), metrics, consumer_factory=lambda: consumer, listener=listener)
    return source, listener, metrics


def rec(partition: int, offset: int) -> Record:
    return Record(value=b"{}", topic=TOPIC, partition=partition, offset=offset)


def tp(p: int) -> TopicPartition:
    return TopicPartition(TOPIC, p)


def committed(offsets: dict[TopicPartition, OffsetAndMetadata]) -> dict[int, int]:
    return {k.partition: v.offset for k, v in offsets.items()}


def test_offsets_to_commit_and_to_rewind_to() -> None:
    records = [rec(0, 5), rec(1, 9), rec(0, 7), rec(0, 6)]
    assert next_offsets(records) == {Partition(TOPIC, 0): 8, Partition(TOPIC, 1): 10}
    assert first_offsets(records) == {Partition(TOPIC, 0): 5, Partition(TOPIC, 1): 9}


def test_poll_returns_records_in_partition_order_with_key_and_headers() -> None:
    consumer = StubConsumer()
    consumer.owned = {tp(0), tp(1)}
    consumer.queue.append(
        {
            tp(1): [Msg(TOPIC, 1, 3, b"b", b"k", [("h", b"v")])],
            tp(0): [Msg(TOPIC, 0, 1, b"a"), Msg(TOPIC, 0, 2, None)],
        }
    )
    source, _, _ = make_source(consumer)
    records = source.poll(100, 0.01)
    assert [(r.partition, r.offset, r.value) for r in records] == [(0, 1, b"a"), (0, 2, None), (1, 3, b"b")]
    assert records[2].key == b"k" and records[2].headers == (("h", b"v"),)
    assert not source.exhausted()


def test_commit_is_last_offset_plus_one_per_partition() -> None:
    consumer = StubConsumer()
    source, _, metrics = make_source(consumer)
    source.poll(10, 0.01)
    source.commit([rec(0, 4), rec(0, 5), rec(2, 0)])
    assert [committed(c) for c in consumer.commits] == [{0: 6, 2: 1}]
    assert all(om.metadata == "" for om in consumer.commits[0].values())
    assert metrics.commits.labels(outcome="ok")._value.get() == 1


def test_failed_commit_is_retried_with_the_next_one() -> None:
    consumer = StubConsumer()
    source, _, metrics = make_source(consumer)
    source.poll(10, 0.01)
    consumer.fail_commits = 1
    source.commit([rec(0, 4)])
    assert consumer.commits == []
    assert metrics.commits.labels(outcome="error")._value.get() == 1
    source.commit([rec(1, 7)])
    assert [committed(c) for c in consumer.commits] == [{0: 5, 1: 8}]


def test_rewind_seeks_owned_partitions_back_to_the_first_record() -> None:
    consumer = StubConsumer()
    consumer.owned = {tp(0)}
    source, _, _ = make_source(consumer)
    source.poll(10, 0.01)
    source.rewind([rec(0, 10), rec(0, 8), rec(1, 3)])
    assert consumer.seeks == [(tp(0), 8)]  # partition 1 moved away: its next owner starts at the commit


def test_membership_changes_reach_the_listener_as_differences() -> None:
    consumer = StubConsumer()
    source, listener, metrics = make_source(consumer)
    source.poll(10, 0.01)  # connects
    consumer.on_poll = lambda: consumer.rebalance({0, 1, 2})
    source.poll(10, 0.01)
    assert listener.calls == [("assigned", [Partition(TOPIC, 0), Partition(TOPIC, 1), Partition(TOPIC, 2)])]
    assert source.assigned() == frozenset(Partition(TOPIC, p) for p in (0, 1, 2))
    assert metrics.assigned_partitions._value.get() == 3

    listener.calls.clear()
    consumer.on_poll = lambda: consumer.rebalance({1, 2, 3})  # eager: all revoked, then reassigned
    source.poll(10, 0.01)
    assert listener.calls == [("revoked", [Partition(TOPIC, 0)]), ("assigned", [Partition(TOPIC, 3)])]


def test_partitions_lost_and_regained_are_reported_so_state_is_reloaded() -> None:
    consumer = StubConsumer()
    source, listener, _ = make_source(consumer)
    source.poll(10, 0.01)
    consumer.on_poll = lambda: consumer.rebalance({0, 1})
    source.poll(10, 0.01)
    listener.calls.clear()
    consumer.on_poll = lambda: consumer.rebalance({0, 1}, lost=True)
    source.poll(10, 0.01)
    both = [Partition(TOPIC, 0), Partition(TOPIC, 1)]
    assert listener.calls == [("revoked", both), ("assigned", both)]


def test_revoke_commits_only_flushed_offsets_of_the_revoked_partitions() -> None:
    consumer = StubConsumer()
    source, _, _ = make_source(consumer)
    source.poll(10, 0.01)
    consumer.on_poll = lambda: consumer.rebalance({0, 1})
    source.poll(10, 0.01)
    consumer.fail_commits = 1
    source.commit([rec(0, 4), rec(1, 9)])  # flushed, but the commit itself failed
    assert consumer.commits == []
    consumer.on_poll = lambda: consumer.rebalance({1})
    source.poll(10, 0.01)
    assert [committed(c) for c in consumer.async_commits] == [{0: 5, 1: 10}]
    source.commit([])
    assert consumer.commits == []  # nothing left over after the revoke commit


def test_lost_partitions_are_not_committed() -> None:
    consumer = StubConsumer()
    source, _, _ = make_source(consumer)
    source.poll(10, 0.01)
    consumer.on_poll = lambda: consumer.rebalance({0})
    source.poll(10, 0.01)
    consumer.fail_commits = 1
    source.commit([rec(0, 4)])
    consumer.on_poll = lambda: consumer.rebalance({0}, lost=True)
    source.poll(10, 0.01)
    source.commit([])
    assert consumer.async_commits == [] and consumer.commits == []


def test_close_commits_leftovers_and_revokes_everything() -> None:
    consumer = StubConsumer()
    source, listener, metrics = make_source(consumer)
    source.poll(10, 0.01)
    consumer.on_poll = lambda: consumer.rebalance({0})
    source.poll(10, 0.01)
    consumer.fail_commits = 1
    source.commit([rec(0, 1)])
    listener.calls.clear()
    source.close()
    assert [committed(c) for c in consumer.commits] == [{0: 2}]
    assert consumer.closed
    assert listener.calls == [("revoked", [Partition(TOPIC, 0)])]
    assert metrics.assigned_partitions._value.get() == 0
    assert not source.connected


def test_no_broker_at_start_means_empty_polls_and_a_later_retry() -> None:
    attempts: list[int] = []
    consumer = StubConsumer()

    def factory() -> StubConsumer:
        attempts.append(1)
        if len(attempts) == 1:
            raise KafkaTimeoutError("Unable to bootstrap from 127.0.0.1:1")
        return consumer

    source = KafkaSource(Settings(), Metrics(CollectorRegistry()), consumer_factory=factory)
    assert source.poll(10, 0.01) == [] and not source.connected
    assert source.poll(10, 0.01) == []  # still inside the backoff: no new attempt
    assert len(attempts) == 1
    source._next_connect = 0.0  # backoff elapsed
    source.poll(10, 0.01)
    assert source.connected and len(attempts) == 2


def test_topic_metadata_is_loaded_before_the_group_is_joined() -> None:
    consumer = StubConsumer()
    source, _, _ = make_source(consumer)
    source.poll(10, 0.01)
    assert consumer.calls == [f"metadata:{TOPIC}", "subscribe"]


class JoinTask:
    def __init__(self, done: bool) -> None:
        self.is_done = done


class Coordinator:
    def __init__(self, task: JoinTask | None, rejoin: bool) -> None:
        self._join_task = task
        self.rejoin = rejoin
        self.requested = 0

    def need_rejoin(self) -> bool:
        return self.rejoin

    def request_rejoin(self) -> None:
        self.requested += 1
        self.rejoin = True


class WithCoordinator(StubConsumer):
    def __init__(self, coordinator: Any) -> None:
        super().__init__()
        self._coordinator = coordinator


def test_a_finished_join_nobody_collects_is_replaced_by_a_fresh_rejoin() -> None:
    dropped = Coordinator(JoinTask(done=True), rejoin=False)
    assert rejoin_after_dropped_join(WithCoordinator(dropped))
    assert dropped.requested == 1
    # the normal states are left alone: no task, a task still running, a rejoin already pending
    for coordinator in (
        Coordinator(None, rejoin=False),
        Coordinator(JoinTask(done=False), rejoin=False),
        Coordinator(JoinTask(done=True), rejoin=True),
    ):
        assert not rejoin_after_dropped_join(WithCoordinator(coordinator))
        assert coordinator.requested == 0
    assert not rejoin_after_dropped_join(StubConsumer())  # another client: no private attributes


def test_an_empty_poll_checks_for_a_dropped_join() -> None:
    dropped = Coordinator(JoinTask(done=True), rejoin=False)
    consumer = WithCoordinator(dropped)
    source, _, _ = make_source(consumer)
    with capture_logs() as logs:
        assert source.poll(10, 0.01) == []
    assert dropped.requested == 1
    assert [e["event"] for e in logs] == ["kafka_connected", "kafka_join_result_dropped"]
