"""KafkaOutputs logic that needs no broker: record layout, headers, and when a batch is durable.

The producer is a small in-memory stand-in; the real producer against a real broker is
exercised in tests/integration.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from kafka.errors import KafkaTimeoutError, NotEnoughReplicasError
from kafka.future import Future

from monitor.config import Settings
from monitor.events import Verdict
from monitor.sinks import PublishError
from monitor.sinks.kafka import (
    DLQ_MAX_VALUE_BYTES,
    REASON_MAX_BYTES,
    KafkaOutputs,
    dead_letter_headers,
    dead_letter_value,
)
from monitor.sources import Record

SETTINGS = Settings(alerts_topic="a", dlq_topic="d", verdicts_topic="v")


class StubProducer:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.futures: list[Future] = []
        self.refuse: Exception | None = None
        self.settle: str = "ok"  # ok | fail | pending
        self.flush_raises = False

    def send(
        self, topic: str, key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]]
    ) -> Future:
        if self.refuse is not None:
            raise self.refuse
        self.sent.append({"topic": topic, "key": key, "value": value, "headers": dict(headers)})
        future = Future()
        self.futures.append(future)
        return future

    def flush(self, timeout: float) -> None:
        for future in self.futures:
            if self.settle == "ok":
                future.success(None)
            elif self.settle == "fail":
                future.failure(NotEnoughReplicasError("min.insync.replicas"))
        self.futures = []
        if self.flush_raises:
            raise KafkaTimeoutError("flush timed out")

    def close(self, timeout: float) -> None:
        pass


def outputs(producer: StubProducer, settings: Settings = SETTINGS) -> KafkaOutputs:
    return KafkaOutputs(settings, producer_factory=lambda: producer)


def bad_record(value: bytes | None = b"not json") -> Record:
    return Record(
        value=value, topic="llm.events", partition=3, offset=42, key=b"acct-1", headers=(("trace", b"t-1"),)
    )


def verdict() -> Verdict:
    return Verdict(
        event_id="e-1", account_id="acct-1", scores={"extraction": 0.9, "leakage": 0.0}, severity="high"
    )


def test_dead_letter_headers_name_reason_category_and_origin() -> None:
    headers = dict(dead_letter_headers(bad_record(), "invalid JSON: Expecting value at 1:1", "decode"))
    assert headers == {
        "trace": b"t-1",
        "rtmon.reason": b"invalid JSON: Expecting value at 1:1",
        "rtmon.category": b"decode",
        "rtmon.source.topic": b"llm.events",
        "rtmon.source.partition": b"3",
        "rtmon.source.offset": b"42",
    }


def test_dead_letter_reason_header_is_bounded() -> None:
    headers = dict(dead_letter_headers(bad_record(), "x" * 5000, "validation"))
    assert len(headers["rtmon.reason"]) == REASON_MAX_BYTES


def test_dead_letter_value_is_the_original_bytes_or_a_marked_cut() -> None:
    headers: list[tuple[str, bytes]] = []
    assert dead_letter_value(bad_record(b"\xff\xfe"), headers) == b"\xff\xfe" and headers == []
    assert dead_letter_value(bad_record(None), headers) is None
    huge = b"y" * (DLQ_MAX_VALUE_BYTES + 10)
    assert dead_letter_value(bad_record(huge), headers) == huge[:DLQ_MAX_VALUE_BYTES]
    marks = dict(headers)
    assert marks["rtmon.truncated"] == str(len(huge)).encode()
    assert len(marks["rtmon.raw.sha256"]) == 64


def test_alert_verdict_and_dead_letter_records() -> None:
    producer = StubProducer()
    out = outputs(producer)
    out.alert({"event_id": "e-1", "account_id": "acct-1", "severity": "high"}, key="acct-1")
    out.verdict(verdict(), "acct-1")
    out.dead_letter(bad_record(), "invalid JSON", "decode")
    out.flush(1.0)
    alert, verd, dead = producer.sent
    assert (alert["topic"], alert["key"]) == ("a", b"acct-1")
    assert json.loads(alert["value"])["event_id"] == "e-1"
    assert alert["headers"]["rtmon.event_id"] == b"e-1"
    assert (verd["topic"], verd["key"]) == ("v", b"acct-1")
    assert json.loads(verd["value"])["severity"] == "high"
    assert (dead["topic"], dead["key"], dead["value"]) == ("d", b"acct-1", b"not json")
    assert dead["headers"]["rtmon.category"] == b"decode"
    assert out.sent == {"alerts": 1, "verdicts": 1, "dead_letters": 1}


def test_no_verdicts_topic_means_no_verdict_records() -> None:
    producer = StubProducer()
    out = outputs(producer, Settings())
    out.verdict(verdict(), "acct-1")
    out.flush(1.0)
    assert producer.sent == []


@pytest.mark.parametrize("settle", ["fail", "pending"])
def test_unacknowledged_records_make_flush_raise(settle: str) -> None:
    producer = StubProducer()
    producer.settle = settle
    out = outputs(producer)
    out.alert({"event_id": "e-1"}, key="k")
    with pytest.raises(PublishError):
        out.flush(1.0)
    producer.settle = "ok"
    out.alert({"event_id": "e-2"}, key="k")
    out.flush(1.0)  # a failed batch does not poison the next one


def test_flush_timeout_raises() -> None:
    producer = StubProducer()
    producer.flush_raises = True
    out = outputs(producer)
    out.alert({"event_id": "e-1"}, key="k")
    with pytest.raises(PublishError, match="KafkaTimeoutError"):
        out.flush(1.0)


def test_refused_send_does_not_raise_into_the_loop_but_fails_the_flush() -> None:
    producer = StubProducer()
    producer.refuse = KafkaTimeoutError("metadata not available after 10000 ms")
    out = outputs(producer)
    out.alert({"event_id": "e-1"}, key="k")  # must not raise
    with pytest.raises(PublishError, match="metadata"):
        out.flush(1.0)


def test_producer_that_cannot_connect_fails_the_batch_and_is_retried() -> None:
    producer = StubProducer()
    attempts: list[int] = []

    def factory() -> StubProducer:
        attempts.append(1)
        if len(attempts) == 1:
            raise KafkaTimeoutError("Unable to bootstrap")
        return producer

    out = KafkaOutputs(SETTINGS, producer_factory=factory)
    out.dead_letter(bad_record(), "invalid JSON", "decode")
    with pytest.raises(PublishError, match="not connected"):
        out.flush(1.0)
    out.dead_letter(bad_record(), "invalid JSON", "decode")
    out.flush(1.0)
    assert len(attempts) == 2 and len(producer.sent) == 1


def test_empty_flush_is_a_no_op() -> None:
    out = outputs(StubProducer())
    out.flush(1.0)
    out.close()
