"""Shared helpers of the vendor adapters: typed access to untrusted JSON with errors that name
the field path, and the envelope (ids, time, account) common to every record shape.

Every adapter decodes with :func:`monitor.events.decode_json`, walks the vendor shape through a
:class:`Shape`, builds an EVENTS.md dict and validates it with :func:`event_from_obj`, so the
only exception that leaves an adapter is :class:`EventError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from monitor.events import Event, EventError, event_from_obj, hash_handle

JSON_TYPE_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def json_type(value: Any) -> str:
    return JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def shown(value: Any, limit: int = 32) -> str:
    """A bounded repr for error messages: a value may be megabytes long or hold prompt text."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def join_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@dataclass(frozen=True)
class Shape:
    """Typed getters for one adapter; every failure is an EventError ``<adapter>: <path>: <problem>``."""

    adapter: str

    def fail(self, path: str, problem: str) -> NoReturn:
        raise EventError(f"{self.adapter}: {path or '<record>'}: {problem}")

    def wrong(self, value: Any, path: str, expected: str) -> NoReturn:
        if value is None:
            self.fail(path, f"missing or null, expected {expected}")
        self.fail(path, f"expected {expected}, got {json_type(value)}")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.wrong(value, path, "an object")
        return value

    def arr(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            self.wrong(value, path, "an array")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            self.wrong(value, path, "a string")
        return value

    def opt_text(self, parent: dict[str, Any], key: str, path: str) -> str | None:
        """A string member that may be missing or null."""
        value = parent.get(key)
        return None if value is None else self.text(value, join_path(path, key))

    def opt_obj(self, parent: dict[str, Any], key: str, path: str) -> dict[str, Any] | None:
        value = parent.get(key)
        return None if value is None else self.obj(value, join_path(path, key))

    def opt_arr(self, parent: dict[str, Any], key: str, path: str) -> list[Any]:
        """An array member; missing or null reads as empty."""
        value = parent.get(key)
        return [] if value is None else self.arr(value, join_path(path, key))

    def opt_count(self, parent: dict[str, Any], key: str, path: str) -> int | None:
        """A token count: a non-negative integer, or missing/null."""
        value = parent.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(join_path(path, key), f"expected a non-negative integer, got {json_type(value)}")
        if value < 0:
            self.fail(join_path(path, key), f"expected a non-negative integer, got {value}")
        return value

    def id_text(self, value: Any, path: str) -> str:
        """An id-like scalar: strings as they are, integers as decimal text."""
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        self.fail(path, f"expected a string id, got {json_type(value)}")


@dataclass
class Handles:
    """Hashes of the reasoning blobs met while converting, plus each blob's length in characters."""

    lengths: dict[str, int] = field(default_factory=dict)

    def add(self, blob: str, into: list[str]) -> None:
        if not blob:
            return
        digest = hash_handle(blob)
        if digest not in into:
            into.append(digest)
        self.lengths[digest] = len(blob)


def joined(parts: Iterable[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)


def optional_joined(parts: list[str], sep: str = "\n") -> str | None:
    text = joined(parts, sep)
    return text if text else None


@dataclass
class Envelope:
    """What the vendor payload itself may say about ids, time and caller (all optional)."""

    event_id: str | None = None
    timestamp: Any = None  # RFC 3339 string or epoch milliseconds
    account_id: str | None = None
    tenant_id: str | None = None
    session_id: str | None = None
    model: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


ENVELOPE_KEYS = ("event_id", "timestamp", "account_id", "tenant_id", "session_id", "model")


def record_envelope(shape: Shape, record: dict[str, Any]) -> Envelope:
    """The record's own envelope fields; they win over anything derived from the payload."""
    env = Envelope()
    for key in ("event_id", "account_id", "tenant_id", "session_id", "model"):
        if record.get(key) is not None:
            setattr(env, key, shape.id_text(record[key], key))
    env.timestamp = record.get("timestamp")
    meta = shape.opt_obj(record, "metadata", "")
    env.metadata = dict(meta) if meta else {}
    return env


def seconds_to_ms(shape: Shape, value: Any, path: str) -> int | None:
    """Vendor ``created`` fields are epoch seconds; EVENTS.md integers are epoch milliseconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        shape.fail(path, f"expected epoch seconds, got {json_type(value)}")
    if not -1e13 < value < 1e13:
        shape.fail(path, f"epoch seconds out of range: {value}")
    return int(value * 1000)


def build_event(
    shape: Shape,
    raw: bytes,
    record: Envelope,
    derived: Envelope,
    *,
    request: dict[str, Any],
    response: dict[str, Any] | None,
    usage: dict[str, int | None] | None,
    handles: Handles,
    hints: dict[str, str],
) -> Event:
    """Merge record envelope over derived values, then validate as an EVENTS.md event.

    ``hints`` tells, per required envelope field, where a caller can supply it (for errors).
    """
    merged = Envelope(
        event_id=record.event_id or derived.event_id,
        timestamp=record.timestamp if record.timestamp is not None else derived.timestamp,
        account_id=record.account_id or derived.account_id,
        tenant_id=record.tenant_id or derived.tenant_id,
        session_id=record.session_id or derived.session_id,
        model=record.model or derived.model,
    )
    if merged.event_id is None:
        # Deterministic: the same record always gets the same id, so replays stay idempotent.
        merged.event_id = "rec-" + hashlib.sha256(raw).hexdigest()[:24]
    for key in ("timestamp", "account_id", "model"):
        if getattr(merged, key) is None:
            shape.fail(key, f"missing: {hints.get(key, 'set it in the record envelope')}")
    metadata = {**derived.metadata, **record.metadata}
    rtmon_meta: dict[str, Any] = {"adapter": shape.adapter}
    if handles.lengths:
        rtmon_meta["reasoning_handle_chars"] = dict(handles.lengths)
    metadata["rtmon"] = rtmon_meta
    event: dict[str, Any] = {
        "event_id": merged.event_id,
        "timestamp": merged.timestamp,
        "account_id": merged.account_id,
        "tenant_id": merged.tenant_id,
        "session_id": merged.session_id,
        "model": merged.model,
        "request": request,
        "response": response,
        "metadata": metadata,
    }
    if usage and any(v is not None for v in usage.values()):
        event["usage"] = usage
    try:
        return event_from_obj(event)
    except EventError as exc:
        raise EventError(f"{shape.adapter}: converted event is invalid: {exc}") from None


def top_record(shape: Shape, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        shape.fail("", f"expected a JSON object record, got {json_type(value)}")
    return value
