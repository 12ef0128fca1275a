"""``rtmon run`` against a real Kafka broker that only accepts SASL_SSL clients.

One broker for the module (TLS material from a throwaway CA made by ``openssl`` at test time;
users for PLAIN and SCRAM-SHA-256). rtmon is configured through ``RTMON_*`` variables only, the
way an operator would. The password is random per run, so finding it in rtmon's output is a leak.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka_helpers import RtmonProcess, TopicReader, create_topic, event_ids, group_lag, produce, wait_until
from kafka_secure import USERNAME, SecureKafkaBroker, make_tls_material
from kafka_traffic import attack, benign

pytestmark = pytest.mark.integration

Factory = Callable[..., RtmonProcess]


@pytest.fixture(scope="module")
def secure_broker(kafka_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureKafkaBroker]:
    workdir = tmp_path_factory.mktemp("kafka-sasl-ssl")
    broker = SecureKafkaBroker(workdir / "kafka", kafka_dist, make_tls_material(workdir / "tls"))
    broker.format()
    broker.start()
    yield broker
    broker.stop()


def make_topics(broker: SecureKafkaBroker, names: dict[str, str]) -> None:
    for kind in ("events", "alerts", "dlq", "verdicts"):
        create_topic(broker.bootstrap, names[kind], 1, **broker.client_security())


def read_all(broker: SecureKafkaBroker, topic: str, done: Callable[[list[Any]], bool]) -> list[Any]:
    reader = TopicReader(broker.bootstrap, topic, **broker.client_security())
    try:
        return list(reader.read_until(done, 60))
    finally:
        reader.close()


def assert_no_secret(proc: RtmonProcess, *secrets: str) -> None:
    text = proc.log_path.read_text(errors="replace")
    for secret in secrets:
        assert secret not in text, f"a password appears in the output of rtmon {proc.name}"


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256"])
def test_rtmon_run_over_sasl_ssl(
    secure_broker: SecureKafkaBroker, rtmon: Factory, names: dict[str, str], mechanism: str
) -> None:
    broker = secure_broker
    # PLAIN: the test makes the topics; SCRAM: rtmon does (--create-topics: its admin client).
    rtmon_creates_topics = mechanism != "PLAIN"
    if not rtmon_creates_topics:
        make_topics(broker, names)
    env = broker.rtmon_env(mechanism)
    svc = rtmon(f"sasl-{mechanism}", broker.bootstrap, env=env, create_topics=rtmon_creates_topics).start()
    svc.wait_ready(30)  # /readyz: consumer assigned and the probe's admin client answered
    good = [benign(names["prefix"], i) for i in range(5)] + [attack(names["prefix"], 5)]
    records: list[tuple[bytes | None, bytes | None]] = [(e.key(), e.value()) for e in good]
    records.append((b"bad-record", b"this is not json {"))
    produce(broker.bootstrap, names["events"], records, **broker.client_security(mechanism))

    ids = {e.event_id for e in good}
    verdicts = read_all(broker, names["verdicts"], lambda m: ids <= set(event_ids(m)))
    assert set(event_ids(verdicts)) == ids
    dead = read_all(broker, names["dlq"], lambda m: len(m) >= 1)
    assert [m.key for m in dead] == [b"bad-record"]
    alerts = read_all(broker, names["alerts"], lambda m: len(m) >= 1)
    alerted = {json.loads(m.value)["event_id"] for m in alerts}
    assert alerted <= ids and alerted, "no alert came back over SASL_SSL"

    def committed_to_end() -> bool:
        lag = group_lag(broker.bootstrap, names["group"], names["events"], **broker.client_security())
        return sum(lag.values()) == 0

    wait_until(committed_to_end, 30, "the group's committed offsets to reach the end")
    assert svc.terminate() == 0
    logs = svc.log_lines()
    started = [line for line in logs if line.get("event") == "kafka_service_starting"]
    assert started and started[0]["security_protocol"] == "SASL_SSL"
    if rtmon_creates_topics:
        created = [line["created"] for line in logs if line.get("event") == "topics_ready"]
        assert created and names["events"] in created[0]
    assert_no_secret(svc, broker.plain_password, broker.scram_password)


def exit_with_one_error(svc: RtmonProcess, event: str) -> dict[str, Any]:
    """Start ``svc``; it must exit with code 2 within 30 s, logging ``event`` once, no traceback."""
    started = time.monotonic()
    svc.start()
    assert svc.proc is not None
    code = svc.proc.wait(timeout=30)
    print(f"{svc.name}: exit {code} after {time.monotonic() - started:.1f}s")
    assert code == 2, svc.log_tail()
    errors = [line for line in svc.log_lines() if line.get("event") == event]
    assert len(errors) == 1, svc.log_tail()
    assert errors[0]["level"] == "error"
    assert "Traceback" not in svc.log_path.read_text(errors="replace")
    return errors[0]


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256"])
def test_wrong_password_exits_with_a_clear_error(
    secure_broker: SecureKafkaBroker, rtmon: Factory, names: dict[str, str], mechanism: str
) -> None:
    broker = secure_broker
    wrong = "pw-wrong-" + names["prefix"][-12:]
    svc = rtmon(f"wrong-{mechanism}", broker.bootstrap, env=broker.rtmon_env(mechanism, password=wrong))
    error = exit_with_one_error(svc, "kafka_authentication_failed")
    assert error["sasl_mechanism"] == mechanism
    assert error["sasl_username"] == USERNAME
    assert "authentication" in error["reason"].lower()
    assert_no_secret(svc, wrong, broker.plain_password, broker.scram_password)


def test_untrusted_broker_certificate_exits_with_a_clear_error(
    secure_broker: SecureKafkaBroker, rtmon: Factory, tmp_path: Path
) -> None:
    other_ca = make_tls_material(tmp_path / "other-ca").ca_cert
    env = {**secure_broker.rtmon_env(), "RTMON_SSL_CAFILE": str(other_ca)}
    svc = rtmon("untrusted", secure_broker.bootstrap, env=env)
    error = exit_with_one_error(svc, "kafka_tls_verification_failed")
    assert "CERTIFICATE_VERIFY_FAILED" in error["reason"]
    assert error["ssl_cafile"] == str(other_ca)
    assert_no_secret(svc, secure_broker.plain_password, secure_broker.scram_password)
