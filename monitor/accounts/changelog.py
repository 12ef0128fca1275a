"""Per-account state on Kafka: checkpoint to a compacted changelog topic, restore on assignment.

Design (docs/campaigns.md): events are keyed by ``account_id``, so the default partitioner puts
each account on one events partition ``p``. The changelog topic has the same partition count
and the same keys, so partition ``p`` of the changelog holds the records of exactly the
accounts of events partition ``p``; writes name that partition explicitly (murmur2 of the key,
as the default partitioner does).

* ``before_flush`` (a :class:`monitor.service.Service` hook): the records of every account
  touched by the batch are produced and flushed *before* the batch's outputs are flushed and its
  offsets committed, so a commit implies the checkpoint. A failed flush raises
  :class:`PublishError` and the batch is rewound (at-least-once: a replayed batch counts twice).
* ``on_assigned``: read the changelog partitions of the new events partitions from the beginning
  to their end offset and load the records oldest first (the latest value per key wins;
  tombstones delete; the store's TTL sweep drops records idle for longer than the TTL before
  the newest restored one).
* ``on_revoked``: drop the accounts of the revoked partitions from memory.

Value: JSON ``{"v": 1, "record": <base64 of the account record>}`` (548 bytes; older 500-byte
version-1 records still decode).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import structlog
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.partitioner.default import murmur2

from monitor.accounts import record as rec
from monitor.config import Settings
from monitor.kafka_clients import common_config, producer_config
from monitor.sinks import PublishError
from monitor.sources import Partition, Record
from monitor.state import StateStore

log = structlog.get_logger("rtmon.changelog")

KEY_PREFIX = "acct:"


def partition_of(account_id: str, partitions: int) -> int:
    """The default Kafka partitioner's choice for a key (murmur2, positive, modulo)."""
    return int(murmur2(account_id.encode("utf-8")) & 0x7FFFFFFF) % partitions


def encode_value(buf: bytearray) -> bytes:
    return json.dumps({"v": 1, "record": rec.encode(buf)}).encode("utf-8")


def decode_value(raw: bytes) -> bytearray:
    obj = json.loads(raw)
    if not isinstance(obj, dict) or obj.get("v") != 1:
        raise ValueError("unknown changelog value version")
    return rec.decode(str(obj["record"]))


class TrackingStateStore:
    """A :class:`StateStore` wrapper that remembers which account keys were written."""

    def __init__(self, inner: StateStore) -> None:
        self.inner = inner
        self.dirty: dict[str, float] = {}

    def get(self, key: str) -> Any | None:
        return self.inner.get(key)

    def put(self, key: str, value: Any, now: float) -> None:
        self.inner.put(key, value, now)
        if key.startswith(KEY_PREFIX):
            self.dirty[key] = now

    def delete(self, key: str) -> None:
        self.inner.delete(key)
        self.dirty.pop(key, None)

    def __len__(self) -> int:
        return len(self.inner)

    def items(self) -> Iterator[tuple[str, Any]]:
        return self.inner.items()


class AccountChangelog:
    def __init__(
        self,
        settings: Settings,
        store: TrackingStateStore,
        *,
        producer_factory: Callable[[], Any] | None = None,
        consumer_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.topic = settings.changelog_topic
        self._producer_factory = producer_factory or (lambda: KafkaProducer(**producer_config(settings)))
        self._consumer_factory = consumer_factory or (
            lambda: KafkaConsumer(**common_config(settings, "changelog"), enable_auto_commit=False)
        )
        self._producer: Any = None
        self._partitions: int | None = None
        self.restored = 0

    # -- checkpoint ---------------------------------------------------------------------------
    def before_flush(self, _records: list[Record]) -> None:
        if not self.store.dirty:
            return
        if self._producer is None:
            self._producer = self._producer_factory()
        n = self._partition_count()
        futures = []
        for key in list(self.store.dirty):
            buf = self.store.get(key)
            if not isinstance(buf, bytearray):
                continue
            account = key[len(KEY_PREFIX) :]
            futures.append(
                self._producer.send(
                    self.topic,
                    key=account.encode("utf-8"),
                    value=encode_value(buf),
                    partition=partition_of(account, n),
                )
            )
        try:
            self._producer.flush(timeout=self.settings.shutdown_timeout_s)
            for future in futures:
                future.get(timeout=0)
        except Exception as exc:
            raise PublishError(f"changelog checkpoint failed: {type(exc).__name__}") from exc
        log.debug("changelog_checkpoint", accounts=len(futures))
        self.store.dirty.clear()

    def _partition_count(self) -> int:
        if self._partitions is None:
            consumer = self._consumer_factory()
            try:
                parts = consumer.partitions_for_topic(self.topic)
            finally:
                consumer.close()
            if not parts:
                raise PublishError(f"changelog topic {self.topic} does not exist")
            self._partitions = len(parts)
        return self._partitions

    # -- restore / release ----------------------------------------------------------------------
    def on_assigned(self, partitions: list[Partition]) -> None:
        wanted = sorted({p.partition for p in partitions if p.topic == self.settings.events_topic})
        if not wanted:
            return
        consumer = self._consumer_factory()
        try:
            tps = [TopicPartition(self.topic, p) for p in wanted]
            consumer.assign(tps)
            consumer.seek_to_beginning(*tps)
            ends = consumer.end_offsets(tps)
            loaded = self._read_until(consumer, ends)
        finally:
            consumer.close()
        self.restored += loaded
        log.info("changelog_restored", partitions=wanted, accounts=loaded)

    def _read_until(self, consumer: Any, ends: dict[Any, int]) -> int:
        latest: dict[str, bytes | None] = {}
        pending = {tp for tp, end in ends.items() if end > 0}
        while pending:
            batch = consumer.poll(timeout_ms=1000)
            for messages in batch.values():
                for m in messages:
                    if m.key is not None:
                        latest[m.key.decode("utf-8")] = m.value
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        records: list[tuple[float, str, bytearray]] = []
        for account, value in latest.items():
            key = KEY_PREFIX + account
            if value is None:
                self.store.inner.delete(key)
                continue
            try:
                buf = decode_value(value)
            except ValueError as exc:
                log.warning("changelog_value_invalid", error=str(exc)[:200])
                continue
            records.append((rec.stats(buf, 0.0).last_seen, key, buf))
        # Oldest first: the store orders by write and expires from the front (event-time TTL).
        for last_seen, key, buf in sorted(records, key=lambda r: r[0]):
            self.store.inner.put(key, buf, last_seen)
        return len(records)

    def on_revoked(self, partitions: list[Partition]) -> None:
        gone = {p.partition for p in partitions if p.topic == self.settings.events_topic}
        if not gone:
            return
        n = self._partition_count()
        doomed = [
            k
            for k, _ in self.store.items()
            if k.startswith(KEY_PREFIX) and partition_of(k[len(KEY_PREFIX) :], n) in gone
        ]
        for key in doomed:
            self.store.delete(key)
        log.info("changelog_released", partitions=sorted(gone), accounts=len(doomed))

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=self.settings.shutdown_timeout_s)
