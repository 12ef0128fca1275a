"""ConnectFailureWatch: which kafka-python log records mean "retrying will not help"."""

from __future__ import annotations

import logging

from kafka.errors import KafkaConnectionError, KafkaTimeoutError, SaslAuthenticationFailedError

from monitor.kafka_clients import SASL_CLOSES_TO_GIVE_UP, ConnectFailureWatch


def record(*args: object) -> logging.LogRecord:
    return logging.LogRecord("kafka.net.manager", logging.WARNING, __file__, 1, "failed: %s %s", args, None)


def _sasl_authenticate() -> None:  # same name as kafka-python's SASL step
    raise KafkaConnectionError("socket disconnected")


def disconnect_during_sasl() -> KafkaConnectionError:
    try:
        _sasl_authenticate()
    except KafkaConnectionError as exc:
        return exc
    raise AssertionError("unreachable")


def test_refused_login_is_an_authentication_failure() -> None:
    calls: list[str] = []
    watch = ConnectFailureWatch(on_failure=lambda: calls.append("stop"))
    error = SaslAuthenticationFailedError("Authentication failed: Invalid username or password")
    watch.emit(record("bootstrap-0", error))
    watch.emit(record("bootstrap-0", error))
    assert watch.failed and watch.kind == "authentication"
    assert watch.reason is not None and "Invalid username or password" in watch.reason
    assert calls == ["stop"]


def test_untrusted_certificate_is_a_tls_failure() -> None:
    watch = ConnectFailureWatch()
    watch.emit(record(KafkaConnectionError("Handshake failed: [SSL: CERTIFICATE_VERIFY_FAILED] x")))
    assert watch.failed and watch.kind == "tls_verification"


def test_repeated_closes_inside_the_sasl_exchange_count_as_refused_login() -> None:
    watch = ConnectFailureWatch()
    first = disconnect_during_sasl()
    watch.emit(record(first))
    watch.emit(record(first))  # the same error logged twice counts once
    for _ in range(SASL_CLOSES_TO_GIVE_UP - 2):
        watch.emit(record(disconnect_during_sasl()))
    assert not watch.failed
    watch.emit(record(disconnect_during_sasl()))
    assert watch.failed and watch.kind == "authentication"


def test_a_broker_that_is_down_is_not_a_configuration_error() -> None:
    watch = ConnectFailureWatch()
    for _ in range(10):
        watch.emit(record(KafkaConnectionError("socket disconnected")))
        watch.emit(record(KafkaTimeoutError("Unable to bootstrap from ['127.0.0.1:9']")))
        watch.emit(record(ConnectionRefusedError(111, "Connection refused")))
    assert not watch.failed
