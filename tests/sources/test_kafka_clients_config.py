"""kafka-python configuration dicts built from Settings: names the client knows, security passed through."""

from __future__ import annotations

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer

from monitor.config import Settings, load_settings
from monitor.kafka_clients import (
    Backoff,
    admin_config,
    bootstrap_list,
    consumer_config,
    producer_config,
    security_config,
)


def test_every_key_is_a_kafka_python_setting() -> None:
    s = Settings()
    assert set(consumer_config(s)) <= set(KafkaConsumer.DEFAULT_CONFIG)
    assert set(producer_config(s)) <= set(KafkaProducer.DEFAULT_CONFIG)
    assert set(admin_config(s)) <= set(KafkaAdminClient.DEFAULT_CONFIG)


def test_consumer_commits_explicitly_in_the_configured_group() -> None:
    s = Settings(group_id="g", batch_max_records=123, session_timeout_ms=9000, auto_offset_reset="latest")
    cfg = consumer_config(s)
    assert cfg["enable_auto_commit"] is False
    assert cfg["group_id"] == "g"
    assert cfg["max_poll_records"] == 123
    assert cfg["auto_offset_reset"] == "latest"
    assert cfg["session_timeout_ms"] == 9000
    assert cfg["heartbeat_interval_ms"] == 3000
    assert cfg["request_timeout_ms"] > cfg["session_timeout_ms"]
    assert cfg["allow_auto_create_topics"] is False


def test_producer_is_idempotent_with_acks_all() -> None:
    cfg = producer_config(Settings())
    assert cfg["acks"] == "all"
    assert cfg["enable_idempotence"] is True
    assert cfg["retries"] > 0
    assert cfg["max_in_flight_requests_per_connection"] <= 5
    assert cfg["delivery_timeout_ms"] >= cfg["linger_ms"] + cfg["request_timeout_ms"]


def test_bootstrap_servers_are_split_and_trimmed() -> None:
    assert bootstrap_list(" a:9092, b:9093 ,,") == ["a:9092", "b:9093"]
    assert consumer_config(Settings(bootstrap_servers="h1:1,h2:2"))["bootstrap_servers"] == ["h1:1", "h2:2"]
    with pytest.raises(ValueError):
        bootstrap_list(" , ")


def test_plaintext_has_no_tls_or_sasl_keys() -> None:
    assert security_config(Settings()) == {"security_protocol": "PLAINTEXT"}


def test_tls_passes_files_and_hostname_check() -> None:
    s = Settings(
        security_protocol="SSL",
        ssl_cafile="/etc/ca.pem",
        ssl_certfile="/etc/client.pem",
        ssl_keyfile="/etc/client.key",
        ssl_check_hostname=False,
    )
    assert security_config(s) == {
        "security_protocol": "SSL",
        "ssl_cafile": "/etc/ca.pem",
        "ssl_certfile": "/etc/client.pem",
        "ssl_keyfile": "/etc/client.key",
        "ssl_check_hostname": False,
    }


def test_tls_without_files_uses_system_trust_store() -> None:
    assert security_config(Settings(security_protocol="SSL")) == {
        "security_protocol": "SSL",
        "ssl_check_hostname": True,
    }


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_sasl_over_tls_passes_mechanism_and_credentials(mechanism: str) -> None:
    s = Settings(
        security_protocol="SASL_SSL",
        sasl_mechanism=mechanism,
        sasl_username="svc-rtmon",
        sasl_password="s3cret",
        ssl_cafile="/ca.pem",
    )
    cfg = security_config(s)
    assert cfg["security_protocol"] == "SASL_SSL"
    assert cfg["sasl_mechanism"] == mechanism
    assert cfg["sasl_plain_username"] == "svc-rtmon"
    assert cfg["sasl_plain_password"] == "s3cret"
    assert cfg["ssl_cafile"] == "/ca.pem"
    for build in (consumer_config, producer_config, admin_config):
        assert build(s)["sasl_mechanism"] == mechanism


def test_sasl_plaintext_has_no_tls_keys() -> None:
    s = Settings(
        security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_username="u", sasl_password="p"
    )
    assert security_config(s) == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "PLAIN",
        "sasl_plain_username": "u",
        "sasl_plain_password": "p",
    }


def test_security_settings_come_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTMON_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("RTMON_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("RTMON_SASL_USERNAME", "env-user")
    monkeypatch.setenv("RTMON_SASL_PASSWORD", "env-pass")
    monkeypatch.setenv("RTMON_BOOTSTRAP_SERVERS", "k1:9093,k2:9093")
    cfg = consumer_config(load_settings())
    assert cfg["sasl_mechanism"] == "SCRAM-SHA-256"
    assert cfg["sasl_plain_password"] == "env-pass"
    assert cfg["bootstrap_servers"] == ["k1:9093", "k2:9093"]


def test_password_never_shows_in_settings_repr() -> None:
    s = Settings(
        security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_username="u", sasl_password="pw-xyz"
    )
    assert "pw-xyz" not in repr(s)


def test_backoff_doubles_to_cap_and_resets() -> None:
    b = Backoff(0.5, 3.0)
    assert [b.next() for _ in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    b.reset()
    assert b.next() == 0.5
