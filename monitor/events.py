"""The event contract of ``shared/EVENTS.md`` as pydantic models.

Events come in, verdicts go out. Everything that reads traffic (CLI, Kafka service, adapters)
validates through :func:`parse_event`, which turns any problem into an :class:`EventError`
naming the field and the problem, never into an unhandled exception.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import UTC, datetime
from typing import Any, Literal

import pydantic_core
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

Role = Literal["system", "developer", "user", "assistant", "tool"]
Severity = Literal["none", "low", "medium", "high", "critical"]
Task = Literal["extraction", "leakage", "campaign"]

SEVERITY_ORDER: dict[str, int] = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}

MAX_ID_LENGTH = 512


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Message(_Model):
    role: Role
    content: str
    reasoning: str | None = None
    reasoning_handles: list[str] = Field(default_factory=list)


class Request(_Model):
    system: str | None = None
    messages: list[Message]


class Response(_Model):
    content: str
    reasoning: str | None = None
    reasoning_summary: str | None = None
    reasoning_handles: list[str] = Field(default_factory=list)


class Usage(_Model):
    input_tokens: int | None = Field(default=None, ge=0)
    output_tokens: int | None = Field(default=None, ge=0)
    reasoning_tokens: int | None = Field(default=None, ge=0)


class Event(_Model):
    event_id: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    timestamp: datetime
    account_id: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    tenant_id: str | None = Field(default=None, max_length=MAX_ID_LENGTH)
    session_id: str | None = Field(default=None, max_length=MAX_ID_LENGTH)
    model: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    request: Request
    response: Response | None = None
    usage: Usage | None = None
    metadata: dict[str, Any] | None = None

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("must be an RFC 3339 string or integer epoch milliseconds, not a boolean")
        if isinstance(value, int):
            try:
                return datetime.fromtimestamp(value / 1000.0, tz=UTC)
            except (OverflowError, OSError, ValueError):
                raise ValueError(f"epoch milliseconds out of range: {value}") from None
        if isinstance(value, float):
            raise ValueError("epoch timestamps must be integer milliseconds")
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            except ValueError:
                # Never echo the value: it may be megabytes long, or prompt text in the wrong field.
                raise ValueError(f"not an RFC 3339 timestamp ({len(value)} characters)") from None
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=UTC)
            # Normalise to UTC here so that later arithmetic (alerts, state windows) cannot overflow.
            try:
                return parsed.astimezone(UTC)
            except (OverflowError, ValueError):
                raise ValueError("timestamp out of range") from None
        return value

    @property
    def epoch_seconds(self) -> float:
        return self.timestamp.timestamp()

    def user_messages(self) -> list[tuple[int, Message]]:
        return [(i, m) for i, m in enumerate(self.request.messages) if m.role == "user"]


class Span(_Model):
    """A character range ``[start, end)`` inside one field of the event."""

    field: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(_Model):
    spans: list[Span] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)
    figures: dict[str, float] = Field(default_factory=dict)
    labels: dict[str, str] = Field(default_factory=dict)


class Finding(_Model):
    detector: str
    task: Task
    score: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: Evidence = Field(default_factory=Evidence)


class Verdict(_Model):
    event_id: str
    account_id: str | None = None
    scores: dict[str, float]
    severity: Severity
    findings: list[Finding] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @property
    def severity_rank(self) -> int:
        return SEVERITY_ORDER[self.severity]


class LineError(_Model):
    """The verdict of an input line that is not a valid event."""

    line: int
    error: str
    event_id: str | None = None


class EventError(ValueError):
    """An input that is not a valid event; the message names the field and the problem."""


MAX_EVENT_BYTES = 64 * 1024 * 1024
MAX_JSON_DEPTH = 64


def _reject_constant(name: str) -> Any:
    raise EventError(f"invalid JSON: {name} is not allowed")


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise EventError(f"invalid JSON: duplicate key {key[:40]!r}")
        out[key] = value
    return out


_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _json_depth_exceeds(text: str, limit: int) -> bool:
    """True when brackets outside strings nest deeper than ``limit`` (regex scan: C speed on big lines)."""
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        ch = match.group()
        if ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def decode_json(raw: bytes | str, *, max_bytes: int = MAX_EVENT_BYTES) -> Any:
    """Strict JSON decoding: UTF-8 only, no NaN/Infinity, no duplicate keys, bounded size and depth."""
    if len(raw) > max_bytes:
        raise EventError(f"event too large: {len(raw)} bytes > limit {max_bytes}")
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EventError(f"invalid UTF-8 at byte {exc.start}") from None
    else:
        text = raw
    if not text.strip():
        raise EventError("empty input: expected a JSON object")
    if ("[[" in text or "{{" in text or text.count("[") + text.count("{") > MAX_JSON_DEPTH) and (
        _json_depth_exceeds(text, MAX_JSON_DEPTH)
    ):
        raise EventError(f"invalid JSON: nesting deeper than {MAX_JSON_DEPTH}")
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_reject_duplicate_keys)
    except EventError:
        raise
    except json.JSONDecodeError as exc:
        raise EventError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except ValueError as exc:  # e.g. an integer literal longer than Python's digit limit
        raise EventError(f"invalid JSON: {str(exc)[:120]}") from None
    except RecursionError:
        raise EventError("invalid JSON: nesting too deep") from None


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def format_validation_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False)[:5]:
        loc = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in err["loc"]).replace(".[", "[")
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"{loc or '<root>'}: {msg}")
    extra = exc.error_count() - len(parts)
    if extra > 0:
        parts.append(f"and {extra} more")
    return "invalid event: " + "; ".join(parts)


def event_from_obj(obj: Any) -> Event:
    if not isinstance(obj, dict):
        raise EventError(f"invalid event: expected a JSON object, got {type(obj).__name__}")
    if _has_lone_surrogate(obj):
        raise EventError("invalid event: string contains a lone surrogate (not valid Unicode)")
    try:
        return Event.model_validate(obj)
    except ValidationError as exc:
        raise EventError(format_validation_error(exc)) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise EventError(f"invalid event: {exc}") from None


def parse_event(raw: bytes | str, *, max_bytes: int = MAX_EVENT_BYTES) -> Event:
    """Decode and validate one event; raise :class:`EventError` with a clear reason."""
    if isinstance(raw, bytes) and len(raw) <= max_bytes:
        event = _parse_fast(raw)
        if event is not None:
            return event
    return event_from_obj(decode_json(raw, max_bytes=max_bytes))


# A key is a string followed by optional JSON whitespace and a colon. Counting `"`+ws+`:` in the
# raw bytes gives at least the number of keys written (escaped quotes inside strings can only add
# to it), so "count == keys in the decoded objects" proves that no object had a duplicate key.
_KEY_END = re.compile(rb'"[ \t\n\r]*:')


def _parse_fast(raw: bytes) -> Event | None:
    """The common case decoded by pydantic-core (Rust) instead of the json module.

    Returns None whenever the strict path must decide: pydantic-core rejects invalid UTF-8,
    NaN/Infinity, lone surrogates and over-long integers itself; duplicate keys and the nesting
    limit are checked here; any validation problem is left to the strict path, which then
    raises the same :class:`EventError` as before.
    """
    try:
        obj = pydantic_core.from_json(raw, allow_inf_nan=False)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    keys, depth = _keys_and_depth(obj)
    if depth > MAX_JSON_DEPTH or keys != len(_KEY_END.findall(raw)):
        return None
    try:
        return Event.model_validate(obj)
    except (ValidationError, ValueError, TypeError, OverflowError):
        return None


def _keys_and_depth(root: dict[str, Any]) -> tuple[int, int]:
    """(number of object keys, bracket nesting depth) of a decoded JSON value.

    The decoder gives plain ``dict`` / ``list`` objects, so exact type tests suffice (cheaper than
    ``isinstance`` with a tuple, and no generator per container).
    """
    keys, deepest = 0, 0
    stack: list[tuple[Any, int]] = [(root, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        if depth > deepest:
            deepest = depth
        if type(value) is dict:
            keys += len(value)
            children = value.values()
        else:
            children = value
        below = depth + 1
        for child in children:
            kind = type(child)
            if kind is dict or kind is list:
                push((child, below))
    return keys, deepest


HANDLE_HASH_PREFIX = "sha256:"


def hash_handle(blob: str) -> str:
    """The only form in which an encrypted/signed reasoning blob is kept: ``sha256:<64 hex>``.

    The digest is over the UTF-8 bytes of the blob string exactly as the API carried it (the
    base64 text, not its decoded bytes), so a blob minted in one response and replayed in a
    later request hashes to the same handle.
    """
    return HANDLE_HASH_PREFIX + hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def finite(value: float) -> float:
    """Clamp a score into [0, 1], mapping NaN to 0."""
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, value))


def verdict_json(verdict: Verdict | LineError) -> str:
    return verdict.model_dump_json(exclude_none=True)


def json_schemas() -> dict[str, Any]:
    return {
        "event": Event.model_json_schema(),
        "verdict": Verdict.model_json_schema(),
        "line_error": LineError.model_json_schema(),
    }
