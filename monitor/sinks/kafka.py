"""Kafka outputs: alerts, optional verdicts and dead letters, made durable by ``flush``.

The producer is idempotent with ``acks=all``. Sends never raise into the service loop: a refused
send is remembered and ``flush`` turns it into a :class:`PublishError`, so the batch is rewound
and delivered again instead of being committed. ``flush`` waits for every future of the batch;
only when each one was acknowledged is the batch durable.

Dead letters keep the original key and bytes as the value, the original headers, and add:
``rtmon.reason`` (the decode/validation error), ``rtmon.category`` (decode, validation,
too_large), ``rtmon.source.topic`` / ``rtmon.source.partition`` / ``rtmon.source.offset``.
A value too large to republish is cut to :data:`DLQ_MAX_VALUE_BYTES` and marked with
``rtmon.truncated`` (original length) and ``rtmon.raw.sha256`` rather than blocking the stream.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import structlog
from kafka import KafkaProducer

from monitor.config import Settings
from monitor.events import Verdict
from monitor.kafka_clients import producer_config
from monitor.sinks import PublishError
from monitor.sources import Record

log = structlog.get_logger("rtmon.sink.kafka")

ProducerFactory = Callable[[], Any]
Headers = list[tuple[str, bytes]]

REASON_MAX_BYTES = 1000
# kafka-python and the broker both refuse records above ~1 MiB by default.
DLQ_MAX_VALUE_BYTES = 900 * 1024


def _utf8(value: object) -> bytes:
    return str(value).encode("utf-8")


def dead_letter_headers(record: Record, reason: str, category: str) -> Headers:
    headers: Headers = list(record.headers)
    headers += [
        ("rtmon.reason", reason.encode("utf-8")[:REASON_MAX_BYTES]),
        ("rtmon.category", _utf8(category)),
        ("rtmon.source.topic", _utf8(record.topic)),
        ("rtmon.source.partition", _utf8(record.partition)),
        ("rtmon.source.offset", _utf8(record.offset)),
    ]
    return headers


def dead_letter_value(record: Record, headers: Headers) -> bytes | None:
    """The original bytes; cut (and marked in ``headers``) only if too large to republish."""
    raw = record.value
    if raw is None or len(raw) <= DLQ_MAX_VALUE_BYTES:
        return raw
    headers.append(("rtmon.truncated", _utf8(len(raw))))
    headers.append(("rtmon.raw.sha256", _utf8(hashlib.sha256(raw).hexdigest())))
    return raw[:DLQ_MAX_VALUE_BYTES]


def alert_value(alert: dict[str, Any]) -> bytes:
    return json.dumps(alert, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class KafkaOutputs:
    def __init__(self, settings: Settings, *, producer_factory: ProducerFactory | None = None) -> None:
        self._settings = settings
        self._factory: ProducerFactory = producer_factory or (
            lambda: KafkaProducer(**producer_config(settings))
        )
        self._producer: Any = None
        self._futures: list[Any] = []
        self._errors: list[str] = []
        self.sent = {"alerts": 0, "verdicts": 0, "dead_letters": 0}

    # -- Outputs protocol ----------------------------------------------------------------------
    def alert(self, alert: dict[str, Any], key: str) -> None:
        headers = [("rtmon.event_id", _utf8(alert.get("event_id", "")))]
        self._send(self._settings.alerts_topic, key.encode("utf-8"), alert_value(alert), headers, "alerts")

    def verdict(self, verdict: Verdict, key: str | None) -> None:
        topic = self._settings.verdicts_topic
        if topic is None:
            return
        value = verdict.model_dump_json(exclude_none=True).encode("utf-8")
        headers = [("rtmon.event_id", _utf8(verdict.event_id))]
        self._send(topic, key.encode("utf-8") if key else None, value, headers, "verdicts")

    def dead_letter(self, record: Record, reason: str, category: str) -> None:
        headers = dead_letter_headers(record, reason, category)
        value = dead_letter_value(record, headers)
        self._send(self._settings.dlq_topic, record.key, value, headers, "dead_letters")

    def flush(self, timeout_s: float) -> None:
        futures, self._futures = self._futures, []
        errors, self._errors = self._errors, []
        if self._producer is not None and futures:
            try:
                self._producer.flush(timeout=timeout_s)
            except Exception as exc:  # KafkaTimeoutError: some records still unacknowledged
                errors.append(f"flush: {type(exc).__name__}")
        for future in futures:
            if not future.is_done:
                errors.append("not acknowledged in time")
            elif future.failed():
                errors.append(f"{type(future.exception).__name__}: {str(future.exception)[:200]}")
        if errors:
            raise PublishError(
                f"{len(errors)} output failure(s), {len(futures)} records queued; first: {errors[0]}"
            )

    def close(self) -> None:
        if self._producer is None:
            return
        try:
            self._producer.close(timeout=self._settings.shutdown_timeout_s)
        except Exception as exc:
            log.warning("kafka_close_failed", role="producer", error=str(exc)[:200])
        self._producer = None

    # -- internals -----------------------------------------------------------------------------
    def _send(self, topic: str, key: bytes | None, value: bytes | None, headers: Headers, kind: str) -> None:
        producer = self._connect()
        if producer is None:
            self._errors.append("send: producer not connected")
            return
        try:
            self._futures.append(producer.send(topic, key=key, value=value, headers=headers))
        except Exception as exc:  # refused before queueing: timeout on metadata, record too large
            self._errors.append(f"send: {type(exc).__name__}: {str(exc)[:200]}")
            return
        self.sent[kind] += 1

    def _connect(self) -> Any:
        if self._producer is None:
            try:
                self._producer = self._factory()
            except Exception as exc:  # NoBrokersAvailable and the like; the batch will be retried
                log.warning(
                    "kafka_connect_failed",
                    role="producer",
                    error_type=type(exc).__name__,
                    error=str(exc)[:200],
                )
                return None
            log.info("kafka_connected", role="producer")
        return self._producer
