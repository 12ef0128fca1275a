"""``rtmon run`` against a real Apache Kafka broker, as real processes.

At-least-once is what is promised: after a crash, duplicates are allowed (and recognisable by
``event_id``); without a crash there are none; nothing is ever lost.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable

import pytest
from kafka_broker import KafkaBroker
from kafka_helpers import (
    RtmonProcess,
    TopicReader,
    covers,
    create_topic,
    event_ids,
    group_lag,
    json_values,
    produce,
    wait_until,
)
from kafka_traffic import TrafficEvent, mixed

from monitor.config import Settings
from monitor.detectors import available, build_detectors
from monitor.events import Verdict
from monitor.service import should_alert as alert_rule

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
    # Campaign-only verdicts alert once per account and kind (episode start): service.should_alert.
    settings = Settings()
    should_alert = {v["event_id"] for v in verdicts if alert_rule(Verdict.model_validate(v), settings)}
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
    shutdown_s = time.monotonic() - started
    print(f"SIGTERM to exit: {shutdown_s:.2f}s")
    assert shutdown_s < 12, "graceful shutdown took longer than its timeout"
    assert any(line.get("event") == "kafka_service_stopped" for line in svc.log_lines())


def make_topics(broker: KafkaBroker, names: dict[str, str], events_partitions: int) -> None:
    create_topic(broker.bootstrap, names["events"], events_partitions)
    for kind in ("alerts", "dlq", "verdicts"):
        create_topic(broker.bootstrap, names[kind], 1)


def header(message: object, name: str) -> bytes | None:
    for key, value in getattr(message, "headers", None) or []:
        if key == name:
            return bytes(value)
    return None


def test_malformed_messages_land_in_dead_letters_and_are_committed(
    kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    make_topics(kafka_broker, names, 2)
    good = mixed(names["prefix"], 20)
    missing_fields = json.dumps({"event_id": "no-request", "timestamp": "2026-11-27T08:00:00Z"}).encode()
    bad: dict[bytes, tuple[bytes | None, str]] = {
        b"bad-json": (b"this is not json {", "decode"),
        b"bad-utf8": (b'{"event_id": "\xff\xfe"}', "decode"),
        b"bad-fields": (missing_fields, "validation"),
        b"bad-empty": (b"", "decode"),
        b"bad-tombstone": (None, "decode"),
    }
    records: list[tuple[bytes | None, bytes | None]] = [(e.key(), e.value()) for e in good[:10]]
    records += [(key, value) for key, (value, _category) in bad.items()]
    records += [(e.key(), e.value()) for e in good[10:]]
    produce(kafka_broker.bootstrap, names["events"], records, headers=[("origin", b"test-producer")])

    svc = rtmon("dlq", kafka_broker.bootstrap).start()
    all_verdicts(kafka_broker, names["verdicts"], {e.event_id for e in good})
    reader = TopicReader(kafka_broker.bootstrap, names["dlq"])
    dead = reader.read_until(lambda m: len(m) >= len(bad), 60)
    reader.read_for(1)
    reader.close()
    assert sorted(m.key for m in dead) == sorted(bad)
    for message in dead:
        original, category = bad[message.key]
        assert message.value == (original if original is not None else None)
        assert header(message, "rtmon.category") == category.encode()
        assert header(message, "rtmon.reason")
        assert header(message, "rtmon.source.topic") == names["events"].encode()
        assert int(header(message, "rtmon.source.partition") or b"-1") in (0, 1)
        assert int(header(message, "rtmon.source.offset") or b"-1") >= 0
        assert header(message, "origin") == b"test-producer"
    wait_until(lambda: committed_everything(kafka_broker, names["group"], names["events"]), 30, "commits")
    assert svc.metric("rtmon_dead_letters_total", 'reason="decode"') == 4
    assert svc.metric("rtmon_dead_letters_total", 'reason="validation"') == 1
    assert svc.terminate() == 0


def test_sigkill_mid_stream_then_restart_loses_nothing(
    kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    make_topics(kafka_broker, names, 3)
    first = mixed(names["prefix"], 600)
    second = mixed(names["prefix"], 400, start=600)
    send(kafka_broker, names["events"], first)
    svc = rtmon("crashy", kafka_broker.bootstrap, env={"RTMON_BATCH_MAX_RECORDS": "20"}).start()
    reader = TopicReader(kafka_broker.bootstrap, names["verdicts"])
    seen_before_kill = len(reader.read_until(lambda m: len(m) >= 60, 90))
    svc.kill()
    reader.close()
    assert seen_before_kill >= 60
    send(kafka_broker, names["events"], second)

    svc.start()
    ids = {e.event_id for e in first + second}
    got = all_verdicts(kafka_broker, names["verdicts"], ids, timeout_s=150)
    counts = Counter(got)
    duplicated = {event_id for event_id, n in counts.items() if n > 1}
    # Replays after the crash are whole events again, recognisable by their event_id.
    assert set(counts) == ids
    assert duplicated <= {e.event_id for e in first}
    print(f"verdicts before kill: {seen_before_kill}; duplicates after restart: {len(duplicated)}")
    wait_until(lambda: committed_everything(kafka_broker, names["group"], names["events"]), 30, "commits")
    assert svc.terminate() == 0


def test_broker_down_at_start_and_restarted_midway_service_resumes(
    private_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    broker = private_broker
    broker.stop()
    svc = rtmon("patient", broker.bootstrap, create_topics=True).start()
    time.sleep(4)
    assert svc.running(), f"service died without a broker:\n{svc.log_tail()}"
    assert svc.http("/healthz")[0] == 200
    assert svc.http("/readyz")[0] == 503

    broker.start()
    svc.wait_ready(90)
    first = mixed(names["prefix"], 100)
    send(broker, names["events"], first)
    all_verdicts(broker, names["verdicts"], {e.event_id for e in first})

    broker.stop()
    wait_until(lambda: not svc.ready(), 30, "/readyz to fail while the broker is down")
    assert svc.running()
    broker.start()
    second = mixed(names["prefix"], 100, start=100)
    send(broker, names["events"], second)
    all_verdicts(broker, names["verdicts"], {e.event_id for e in first + second}, timeout_s=150)
    svc.wait_ready(60)
    wait_until(lambda: committed_everything(broker, names["group"], names["events"]), 30, "commits")
    assert svc.terminate() == 0


def test_three_members_one_killed_others_take_over(
    kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    make_topics(kafka_broker, names, 6)
    members = [rtmon(f"m{i}", kafka_broker.bootstrap).start() for i in range(3)]
    for member in members:
        member.wait_ready(90)

    def assigned(procs: list[RtmonProcess]) -> list[float]:
        return [p.metric("rtmon_assigned_partitions") or 0.0 for p in procs]

    wait_until(lambda: assigned(members) == [2.0, 2.0, 2.0], 60, "2 partitions per member")
    first = mixed(names["prefix"], 300)
    send(kafka_broker, names["events"], first)
    all_verdicts(kafka_broker, names["verdicts"], {e.event_id for e in first})

    victim, survivors = members[0], members[1:]
    victim.kill()
    second = mixed(names["prefix"], 300, start=300)
    send(kafka_broker, names["events"], second)
    ids = {e.event_id for e in first + second}
    got = all_verdicts(kafka_broker, names["verdicts"], ids, timeout_s=120)
    assert set(got) == ids
    wait_until(lambda: sum(assigned(survivors)) == 6, 60, "survivors own all 6 partitions")
    wait_until(lambda: committed_everything(kafka_broker, names["group"], names["events"]), 30, "commits")
    print(f"duplicates after the kill: {len(got) - len(ids)}")
    for member in survivors:
        assert member.terminate() == 0
