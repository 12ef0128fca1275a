"""kafka-python client configuration built from :class:`Settings`, in one place.

Consumer, producer and admin client share the connection and security part (TLS, SASL PLAIN /
SCRAM); each adds its own. Pure functions: unit-testable without a broker.
"""

from __future__ import annotations

from typing import Any

from monitor.config import Settings

# Broker reachability is re-checked by the service; a short bootstrap keeps a down broker from
# blocking start-up for the client's 30 s default.
BOOTSTRAP_TIMEOUT_MS = 5_000
REQUEST_TIMEOUT_MS = 15_000
# New topics and partitions are noticed within this time instead of kafka-python's 5 minutes.
METADATA_MAX_AGE_MS = 30_000
# send() blocks at most this long for metadata or buffer space; a missing topic becomes a
# publish error of the batch (retried) instead of a minute-long stall.
PRODUCER_MAX_BLOCK_MS = 10_000


def bootstrap_list(servers: str) -> list[str]:
    hosts = [s.strip() for s in servers.split(",") if s.strip()]
    if not hosts:
        raise ValueError("bootstrap_servers is empty")
    return hosts


def security_config(settings: Settings) -> dict[str, Any]:
    """TLS / SASL settings as kafka-python names them (SCRAM also uses ``sasl_plain_*``)."""
    protocol = settings.security_protocol
    cfg: dict[str, Any] = {"security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        cfg["ssl_check_hostname"] = settings.ssl_check_hostname
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            value = getattr(settings, name)
            if value is not None:
                cfg[name] = value
    if protocol in ("SASL_PLAINTEXT", "SASL_SSL"):
        assert settings.sasl_password is not None  # enforced by Settings validation
        cfg["sasl_mechanism"] = settings.sasl_mechanism
        cfg["sasl_plain_username"] = settings.sasl_username
        cfg["sasl_plain_password"] = settings.sasl_password.get_secret_value()
    return cfg


def common_config(settings: Settings, role: str) -> dict[str, Any]:
    return {
        "bootstrap_servers": bootstrap_list(settings.bootstrap_servers),
        "client_id": f"{settings.client_id}-{role}",
        "request_timeout_ms": REQUEST_TIMEOUT_MS,
        "bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS,
        "metadata_max_age_ms": METADATA_MAX_AGE_MS,
        "reconnect_backoff_ms": 100,
        "reconnect_backoff_max_ms": 5_000,
        **security_config(settings),
    }


def consumer_config(settings: Settings) -> dict[str, Any]:
    session = settings.session_timeout_ms
    return {
        **common_config(settings, "consumer"),
        "group_id": settings.group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": settings.auto_offset_reset,
        "max_poll_records": settings.batch_max_records,
        "session_timeout_ms": session,
        "heartbeat_interval_ms": max(300, session // 3),
        # kafka-python needs request_timeout_ms > session_timeout_ms for group requests.
        "request_timeout_ms": max(REQUEST_TIMEOUT_MS, session + 5_000),
        "allow_auto_create_topics": False,
    }


def producer_config(settings: Settings) -> dict[str, Any]:
    return {
        **common_config(settings, "producer"),
        "acks": "all",
        "enable_idempotence": True,
        "retries": 2**31 - 1,  # bounded by delivery_timeout_ms instead
        "max_in_flight_requests_per_connection": 5,
        "delivery_timeout_ms": 120_000,
        "linger_ms": 5,
        "max_block_ms": PRODUCER_MAX_BLOCK_MS,
        "allow_auto_create_topics": False,
    }


def admin_config(settings: Settings) -> dict[str, Any]:
    return common_config(settings, "admin")


class Backoff:
    """Exponential retry delay: ``first``, doubling up to ``cap``; ``reset`` after a success."""

    def __init__(self, first: float = 0.5, cap: float = 30.0) -> None:
        self.first = first
        self.cap = cap
        self._next = first

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.cap)
        return delay

    def reset(self) -> None:
        self._next = self.first
