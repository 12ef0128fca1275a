"""Kafka source: one member of a consumer group; explicit offset commits after durable outputs.

Why committing on revoke is safe here (kafka-python 3.x): the client runs network I/O,
heartbeats and the rebalance listener on its own I/O thread, but a rebalance only starts inside
``KafkaConsumer.poll()`` (or ``close()``) and the calling thread is blocked until it is over.
The service loop is synchronous -- poll, score, publish, flush, commit -- so a rebalance always
falls *between* two batches. By then every record handed out earlier has either been published,
flushed and committed, or rewound (partition seeked back, nothing recorded as done). The only
offsets the revoke listener can find in ``_uncommitted`` are those of batches whose outputs were
flushed but whose own commit failed (broker unreachable for a moment, rebalance in progress);
committing them on revoke narrows the replay window for the next owner. A partition that was
*lost* (forced out of the group) is never committed: the next owner may already be past it.

Group-membership changes reach the :class:`PartitionListener` on the service-loop thread, right
after the ``poll()`` that caused them and before its records are returned, reported as the
difference to what this instance owned before.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import structlog
from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.consumer.subscription_state import AsyncConsumerRebalanceListener
from kafka.errors import KafkaError

from monitor.config import Settings
from monitor.kafka_clients import Backoff, consumer_config
from monitor.metrics import Metrics
from monitor.sources import Partition, PartitionListener, Record

log = structlog.get_logger("rtmon.source.kafka")

ConsumerFactory = Callable[[], Any]


def to_record(message: Any) -> Record:
    headers = tuple((str(k), v if v is not None else b"") for k, v in (message.headers or ()))
    return Record(
        value=message.value,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        headers=headers,
    )


def next_offsets(records: Iterable[Record]) -> dict[Partition, int]:
    """Per partition, the offset to commit once ``records`` are done: last offset + 1."""
    out: dict[Partition, int] = {}
    for r in records:
        p = Partition(r.topic, r.partition)
        out[p] = max(out.get(p, 0), r.offset + 1)
    return out


def first_offsets(records: Iterable[Record]) -> dict[Partition, int]:
    """Per partition, the earliest offset in ``records``: where a rewind seeks back to."""
    out: dict[Partition, int] = {}
    for r in records:
        p = Partition(r.topic, r.partition)
        out[p] = min(out.get(p, r.offset), r.offset)
    return out


def kafka_offsets(offsets: dict[Partition, int]) -> dict[TopicPartition, OffsetAndMetadata]:
    return {TopicPartition(p.topic, p.partition): OffsetAndMetadata(o, "", -1) for p, o in offsets.items()}


def as_partitions(tps: Iterable[Any]) -> frozenset[Partition]:
    return frozenset(Partition(tp.topic, tp.partition) for tp in tps)


def rejoin_after_dropped_join(consumer: Any) -> bool:
    """Work around a kafka-python 3.0 race that leaves a member outside its group for good.

    A rejoin the consumer asks for itself (the leader saw new topic metadata) runs while the base
    coordinator's ``rejoin_needed`` stays false. If ``poll()``'s timeout expires in the instant the
    JoinGroup/SyncGroup task finishes, the finished task is kept "for the next poll" -- which never
    looks at it, because nothing says a rejoin is needed any more: the assignment is never applied,
    heartbeats stay disabled, the broker expires the member and the client never notices (seen in
    our scale-out test: a replica with no partitions for 90 s+ until restarted). A finished join
    task that nobody collected means exactly that; asking for a rejoin sends a fresh JoinGroup.
    Returns whether it did. Reads private attributes defensively: any other client is left alone.
    """
    coordinator: Any = getattr(consumer, "_coordinator", None)
    task = getattr(coordinator, "_join_task", None)
    if coordinator is None or task is None or not getattr(task, "is_done", False):
        return False
    try:
        if coordinator.need_rejoin():
            return False  # the next poll collects it
        coordinator.request_rejoin()
    except Exception as exc:  # a private API moved: leave the client as it is
        log.warning("kafka_rejoin_check_failed", error_type=type(exc).__name__)
        return False
    log.warning("kafka_join_result_dropped", action="rejoin")
    return True


class _RebalanceEvents(AsyncConsumerRebalanceListener):  # type: ignore[misc]
    """Runs on kafka-python's I/O thread while the service thread is blocked in poll()/close().

    Async so that the commit can be awaited there: a blocking ``consumer.commit()`` from the I/O
    thread is refused by kafka-python 3.
    """

    def __init__(self, source: KafkaSource) -> None:
        self._source = source

    async def on_partitions_revoked(self, revoked: Any) -> None:
        await self._source._commit_on_revoke(as_partitions(revoked))

    async def on_partitions_assigned(self, assigned: Any) -> None:
        self._source._note_change(frozenset())

    async def on_partitions_lost(self, lost: Any) -> None:
        self._source._note_change(as_partitions(lost))


class KafkaSource:
    name = "kafka"

    def __init__(
        self,
        settings: Settings,
        metrics: Metrics,
        *,
        consumer_factory: ConsumerFactory | None = None,
        listener: PartitionListener | None = None,
    ) -> None:
        self._settings = settings
        self._metrics = metrics
        self._factory: ConsumerFactory = consumer_factory or (
            lambda: KafkaConsumer(**consumer_config(settings))
        )
        self.listener = listener
        self._consumer: Any = None
        self._lock = threading.Lock()
        self._uncommitted: dict[Partition, int] = {}
        self._owned: frozenset[Partition] = frozenset()
        self._changed = False
        self._lost: set[Partition] = set()
        self._retry = Backoff()
        self._next_connect = 0.0

    # -- state other threads may read ---------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self._consumer is not None

    def assigned(self) -> frozenset[Partition]:
        return self._owned

    # -- Source protocol ------------------------------------------------------------------------
    def poll(self, max_records: int, timeout_s: float) -> list[Record]:
        consumer = self._connect(timeout_s)
        if consumer is None:
            return []
        try:
            batches = consumer.poll(timeout_ms=int(timeout_s * 1000), max_records=max_records)
        except KafkaError as exc:
            log.warning("kafka_poll_failed", error_type=type(exc).__name__, error=str(exc)[:300])
            batches = {}
            time.sleep(timeout_s)
        if not batches:
            rejoin_after_dropped_join(consumer)
        self._report_membership()
        return [to_record(m) for tp in sorted(batches) for m in batches[tp]]

    def commit(self, records: list[Record]) -> None:
        with self._lock:
            for p, offset in next_offsets(records).items():
                if offset > self._uncommitted.get(p, -1):
                    self._uncommitted[p] = offset
        self._commit_uncommitted()

    def rewind(self, records: list[Record]) -> None:
        consumer = self._consumer
        if consumer is None:
            return
        owned = as_partitions(consumer.assignment())
        for p, offset in first_offsets(records).items():
            if p not in owned:
                continue  # moved to another member, which starts from the last commit
            try:
                consumer.seek(TopicPartition(p.topic, p.partition), offset)
            except KafkaError as exc:
                log.warning("kafka_seek_failed", topic=p.topic, partition=p.partition, error=str(exc)[:200])

    def exhausted(self) -> bool:
        return False

    def close(self) -> None:
        consumer = self._consumer
        if consumer is None:
            return
        self._commit_uncommitted()
        try:
            consumer.close(autocommit=False)
        except KafkaError as exc:
            log.warning("kafka_close_failed", role="consumer", error=str(exc)[:200])
        self._consumer = None
        revoked, self._owned = self._owned, frozenset()
        self._metrics.assigned_partitions.set(0)
        if revoked and self.listener is not None:
            self.listener.on_revoked(sorted(revoked))

    # -- internals -----------------------------------------------------------------------------
    def _connect(self, timeout_s: float) -> Any:
        if self._consumer is not None:
            return self._consumer
        wait = self._next_connect - time.monotonic()
        if wait > 0:
            time.sleep(min(wait, timeout_s))
            return None
        try:
            consumer = self._factory()
            # Topic metadata before the first JoinGroup: without it the first assignment is empty
            # and the leader rejoins as soon as the metadata arrives (see rejoin_after_dropped_join).
            consumer.partitions_for_topic(self._settings.events_topic)
            consumer.subscribe([self._settings.events_topic], listener=_RebalanceEvents(self))
        except (KafkaError, OSError) as exc:
            delay = self._retry.next()
            self._next_connect = time.monotonic() + delay
            log.warning(
                "kafka_connect_failed",
                role="consumer",
                error_type=type(exc).__name__,
                error=str(exc)[:200],
                retry_in_s=delay,
            )
            return None
        self._retry.reset()
        self._consumer = consumer
        log.info(
            "kafka_connected",
            role="consumer",
            group_id=self._settings.group_id,
            topic=self._settings.events_topic,
        )
        return consumer

    def _commit_uncommitted(self) -> None:
        consumer = self._consumer
        with self._lock:
            offsets = dict(self._uncommitted)
        if consumer is None or not offsets:
            return
        try:
            consumer.commit(kafka_offsets(offsets))
        except KafkaError as exc:
            self._metrics.commits.labels(outcome="error").inc()
            log.warning(
                "offset_commit_failed",
                partitions=len(offsets),
                error_type=type(exc).__name__,
                error=str(exc)[:200],
            )
            return
        self._metrics.commits.labels(outcome="ok").inc()
        self._forget(offsets)

    def _forget(self, offsets: dict[Partition, int]) -> None:
        with self._lock:
            for p, offset in offsets.items():
                if self._uncommitted.get(p) == offset:
                    del self._uncommitted[p]

    async def _commit_on_revoke(self, revoked: frozenset[Partition]) -> None:
        self._note_change(frozenset())
        consumer = self._consumer
        with self._lock:
            offsets = {p: o for p, o in self._uncommitted.items() if p in revoked}
        if consumer is None or not offsets:
            return
        try:
            await consumer.commit_async(kafka_offsets(offsets))
        except Exception as exc:  # any failure only means a wider replay for the next owner
            self._metrics.commits.labels(outcome="error").inc()
            log.warning("offset_commit_on_revoke_failed", partitions=len(offsets), error=str(exc)[:200])
            return
        self._metrics.commits.labels(outcome="ok").inc()
        self._forget(offsets)
        log.info("offsets_committed_on_revoke", partitions=len(offsets))

    def _note_change(self, lost: frozenset[Partition]) -> None:
        with self._lock:
            self._changed = True
            self._lost |= lost
            for p in lost:
                self._uncommitted.pop(p, None)

    def _report_membership(self) -> None:
        with self._lock:
            if not self._changed:
                return
            self._changed = False
            lost, self._lost = self._lost, set()
        now = as_partitions(self._consumer.assignment()) if self._consumer is not None else frozenset()
        before = self._owned
        revoked = (before - now) | (before & lost)
        gained = (now - before) | (now & lost)
        self._owned = now
        with self._lock:
            for p in list(self._uncommitted):
                if p not in now:
                    del self._uncommitted[p]
        self._metrics.assigned_partitions.set(len(now))
        if not revoked and not gained:
            return
        log.info(
            "partitions_changed",
            assigned=len(now),
            revoked=[f"{p.topic}:{p.partition}" for p in sorted(revoked)],
            gained=[f"{p.topic}:{p.partition}" for p in sorted(gained)],
        )
        if self.listener is not None:
            if revoked:
                self.listener.on_revoked(sorted(revoked))
            if gained:
                self.listener.on_assigned(sorted(gained))
