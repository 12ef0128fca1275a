"""A topic co-partitioned with the events topic, read by manual assignment.

Partition *p* of such a topic (the repartition topic of cross-account clusters, the handles topic
of blob provenance) is read by the instance that owns events partition *p*: no group id, nothing
committed, so the events group's rebalances decide both and there is one membership to keep
alive. This base class holds what every such topic needs: lazy clients, the partition-count
check, taking partitions over (re-reading them from a point in time to their end) and releasing
them. Subclasses decide what the records mean.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar

import structlog
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from monitor.config import Settings
from monitor.kafka_clients import common_config, producer_config
from monitor.sinks import PublishError
from monitor.sources import Partition

log = structlog.get_logger("rtmon.copartitioned")

POLL_MAX_RECORDS = 5000
IDLE_POLL_MS = 50

Batch = dict[Any, list[Any]]


def iso_time(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat().replace("+00:00", "Z")


class CoPartitionedTopic:
    kind: ClassVar[str]  # "repartition" | "handles": client id, error messages

    def __init__(
        self,
        settings: Settings,
        topic: str,
        *,
        producer_factory: Callable[[], Any] | None = None,
        consumer_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.settings = settings
        self.topic = topic
        self._producer_factory = producer_factory or (lambda: KafkaProducer(**producer_config(settings)))
        self._consumer_factory = consumer_factory or (
            lambda: KafkaConsumer(
                **common_config(settings, self.kind),
                group_id=None,
                enable_auto_commit=False,
                allow_auto_create_topics=False,
            )
        )
        self._producer: Any = None
        self._consumer: Any = None
        self._partitions: int | None = None
        self._owned: set[int] = set()

    def close(self) -> None:
        producer, consumer, self._producer, self._consumer = self._producer, self._consumer, None, None
        try:
            if producer is not None:
                producer.close(timeout=self.settings.shutdown_timeout_s)
            if consumer is not None:
                consumer.close()
        except Exception as exc:
            log.warning("copartitioned_close_failed", kind=self.kind, error=str(exc)[:200])

    def _take_over(
        self, partitions: list[Partition], since_s: float, on_batch: Callable[[Batch], None]
    ) -> set[int]:
        """Own the events partitions gained; feed their records since ``since_s`` seconds ago."""
        gained = {p.partition for p in partitions if p.topic == self.settings.events_topic} - self._owned
        if not gained:
            return gained
        self._partition_count()
        self._owned |= gained
        consumer = self._consumer_or_connect()
        consumer.assign([TopicPartition(self.topic, p) for p in sorted(self._owned)])
        tps = [TopicPartition(self.topic, p) for p in sorted(gained)]
        since_ms = int((time.time() - since_s) * 1000)
        starts = consumer.offsets_for_times(dict.fromkeys(tps, since_ms))
        ends = consumer.end_offsets(tps)
        for tp in tps:
            found = starts.get(tp)
            consumer.seek(tp, found.offset if found is not None else ends[tp])
        pending = {tp for tp, end in ends.items() if consumer.position(tp) < end}
        while pending:
            on_batch(consumer.poll(timeout_ms=1000, max_records=POLL_MAX_RECORDS))
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        return gained

    def _release(self, partitions: list[Partition]) -> set[int]:
        """Stop owning the events partitions revoked; the caller drops their state."""
        gone = {p.partition for p in partitions if p.topic == self.settings.events_topic} & self._owned
        if not gone:
            return gone
        self._owned -= gone
        if self._consumer is not None:
            self._consumer.assign([TopicPartition(self.topic, p) for p in sorted(self._owned)])
        return gone

    def _poll(self, timeout_ms: int) -> Batch:
        if self._consumer is None or not self._owned:
            return {}
        batch: Batch = self._consumer.poll(timeout_ms=timeout_ms, max_records=POLL_MAX_RECORDS)
        return batch

    def _owned_messages(self, batch: Batch) -> list[tuple[int, Any]]:
        """(partition, message) of the partitions still owned (a poll may race a revocation)."""
        return [
            (tp.partition, m)
            for tp, messages in batch.items()
            if tp.partition in self._owned
            for m in messages
        ]

    def _partition_count(self) -> int:
        if self._partitions is None:
            consumer = self._consumer_or_connect()
            mine = consumer.partitions_for_topic(self.topic)
            events = consumer.partitions_for_topic(self.settings.events_topic)
            if not mine:
                raise PublishError(f"{self.kind} topic {self.topic} does not exist")
            if events and len(mine) != len(events):
                raise PublishError(
                    f"{self.kind} topic {self.topic} has {len(mine)} partitions, "
                    f"events topic {self.settings.events_topic} has {len(events)}: they must match"
                )
            self._partitions = len(mine)
        return self._partitions

    def _producer_or_connect(self) -> Any:
        if self._producer is None:
            self._producer = self._producer_factory()
        return self._producer

    def _consumer_or_connect(self) -> Any:
        if self._consumer is None:
            self._consumer = self._consumer_factory()
        return self._consumer
