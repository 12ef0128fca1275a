"""kafka-python client configuration built from :class:`Settings`, in one place.

Consumer, producer and admin client share the connection and security part (TLS, SASL PLAIN /
SCRAM); each adds its own. Pure functions: unit-testable without a broker.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from kafka.errors import KafkaConnectionError, SaslAuthenticationFailedError, UnsupportedSaslMechanismError

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


# A broker that closes the connection in the middle of the SASL exchange this often, this fast,
# is refusing the login (see closed_during_sasl); one close could be a broker restarting.
SASL_CLOSES_TO_GIVE_UP = 3
SASL_CLOSE_WINDOW_S = 60.0


class ConnectFailureWatch(logging.Handler):
    """Spots refused credentials and untrusted broker certificates in kafka-python's own log.

    kafka-python retries a refused SASL login (or a failed TLS verification) inside its bootstrap
    loop and then raises only ``KafkaTimeoutError: Unable to bootstrap``, exactly as for a broker
    that is down; the real cause reaches nothing but its logger, as an argument of the record.
    Attached to the ``kafka`` logger, this handler keeps the first such cause and calls
    ``on_failure`` once. The text kept comes from the broker or the TLS library, never from the
    client's credentials.
    """

    def __init__(self, on_failure: Callable[[], None] | None = None) -> None:
        super().__init__(logging.WARNING)
        self._on_failure = on_failure
        self._seen = threading.Event()
        self._sasl_closes: deque[float] = deque()
        # One error is logged by several records. Kept by reference (ids are reused once an error is
        # freed; kafka-python's errors are unhashable).
        self._counted: deque[object] = deque(maxlen=16)
        self.kind: str | None = None  # "authentication" | "tls_verification"
        self.reason: str | None = None

    @property
    def failed(self) -> bool:
        return self._seen.is_set()

    def emit(self, record: logging.LogRecord) -> None:
        if self._seen.is_set() or not isinstance(record.args, tuple):
            return
        for arg in record.args:
            kind = connect_failure_kind(arg)
            if kind is not None:
                self._give_up(kind, str(arg)[:300])
                return
            if closed_during_sasl(arg) and not any(arg is seen for seen in self._counted):
                self._counted.append(arg)
                if self._count_sasl_close(time.monotonic()):
                    self._give_up(
                        "authentication",
                        f"the broker closed the connection during SASL authentication "
                        f"{SASL_CLOSES_TO_GIVE_UP} times within {SASL_CLOSE_WINDOW_S:.0f} s (credentials refused)",
                    )
                return

    def _count_sasl_close(self, now: float) -> bool:
        closes = self._sasl_closes
        closes.append(now)
        while closes and now - closes[0] > SASL_CLOSE_WINDOW_S:
            closes.popleft()
        return len(closes) >= SASL_CLOSES_TO_GIVE_UP

    def _give_up(self, kind: str, reason: str) -> None:
        self.kind, self.reason = kind, reason
        self._seen.set()
        if self._on_failure is not None:
            self._on_failure()

    def attach(self) -> ConnectFailureWatch:
        logging.getLogger("kafka").addHandler(self)
        return self

    def detach(self) -> None:
        logging.getLogger("kafka").removeHandler(self)


def connect_failure_kind(value: object) -> str | None:
    """``authentication`` / ``tls_verification`` for errors that retrying will not fix."""
    if isinstance(value, (SaslAuthenticationFailedError, UnsupportedSaslMechanismError)):
        return "authentication"
    if isinstance(value, KafkaConnectionError) and "CERTIFICATE_VERIFY_FAILED" in str(value):
        return "tls_verification"
    return None


def closed_during_sasl(value: object) -> bool:
    """A connection error raised inside kafka-python's SASL exchange.

    A broker refusing a login sends its error response and closes the connection. kafka-python
    3.0.12 drops the bytes of a read that also sees the close, so on a fast link the refusal
    mostly arrives as "socket disconnected" raised in ``_sasl_authenticate`` (seen in its
    traceback) instead of as a SaslAuthenticationFailedError.
    """
    if not isinstance(value, KafkaConnectionError):
        return False
    return any(
        frame.f_code.co_name == "_sasl_authenticate" for frame, _ in traceback.walk_tb(value.__traceback__)
    )
