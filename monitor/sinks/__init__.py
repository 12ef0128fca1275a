"""Where results go: alerts, verdicts and dead letters. File sinks for replay, Kafka for run."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, datetime
from typing import Any, Protocol

from monitor import __version__
from monitor.events import Event, Verdict
from monitor.sources import Record


class PublishError(RuntimeError):
    """Outputs could not be made durable; the batch must not be committed."""


class Outputs(Protocol):
    def alert(self, alert: dict[str, Any], key: str) -> None: ...

    def verdict(self, verdict: Verdict, key: str | None) -> None: ...

    def dead_letter(self, record: Record, reason: str, category: str) -> None: ...

    def flush(self, timeout_s: float) -> None:
        """Block until everything sent so far is durable; raise :class:`PublishError` if not."""
        ...

    def close(self) -> None: ...


EXCERPT_CHARS = 80
MAX_EXCERPTS = 5
# Excerpts come only from what the caller sent and what the caller saw: never from the hidden
# reasoning or its summary, which are what the monitor exists to protect.
_EXCERPT_FIELD = re.compile(r"request\.system|request\.messages\[(\d+)\]\.content|response\.content")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_LONG_TOKEN = re.compile(r"[A-Za-z0-9_+/=-]{16,}")
_DIGIT = re.compile(r"\d")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+")


def redact(text: str) -> str:
    """Mask e-mail addresses, long tokens (keys, ids, base64) and every digit; flatten control chars."""
    text = _CONTROL.sub(" ", text)
    text = _EMAIL.sub("[email]", text)
    text = _LONG_TOKEN.sub("[token]", text)
    return _DIGIT.sub("#", text)


def _field_text(event: Event, field: str) -> str | None:
    match = _EXCERPT_FIELD.fullmatch(field)
    if match is None:
        return None
    if field == "request.system":
        return event.request.system
    if field == "response.content":
        return event.response.content if event.response else None
    index = int(match.group(1))
    messages = event.request.messages
    return messages[index].content if index < len(messages) else None


def redacted_excerpts(event: Event, verdict: Verdict) -> list[dict[str, Any]]:
    """Up to five windows of at most 80 characters around evidence spans, redacted."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int]] = set()
    for finding in verdict.findings:
        for span in finding.evidence.spans:
            text = _field_text(event, span.field)
            if not text or len(out) >= MAX_EXCERPTS:
                continue
            middle = (min(span.start, len(text)) + min(span.end, len(text))) // 2
            start = max(0, min(middle - EXCERPT_CHARS // 2, len(text) - EXCERPT_CHARS))
            if (span.field, start) in seen:
                continue
            seen.add((span.field, start))
            window = text[start : start + EXCERPT_CHARS]
            out.append(
                {"detector": finding.detector, "field": span.field, "start": start, "text": redact(window)}
            )
    return out


def build_alert(event: Event, verdict: Verdict, *, excerpts: bool = False) -> dict[str, Any]:
    """The alert record: ids, scores, severity and evidence. Never the prompt or response text,
    unless ``excerpts`` (opt-in ``Settings.excerpts``) adds short redacted windows around the evidence.
    """
    alert = {
        "alert_id": hashlib.sha256(f"{event.event_id}|rtmon".encode()).hexdigest()[:24],
        "event_id": event.event_id,
        "account_id": event.account_id,
        "tenant_id": event.tenant_id,
        "session_id": event.session_id,
        "model": event.model,
        "event_time": event.timestamp.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "alerted_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        "severity": verdict.severity,
        "scores": verdict.scores,
        "findings": [f.model_dump(mode="json") for f in verdict.findings],
        "notes": verdict.notes,
        "rtmon_version": __version__,
    }
    if excerpts:
        alert["excerpts"] = redacted_excerpts(event, verdict)
    return alert


def dead_letter_record(record: Record, reason: str, category: str) -> dict[str, Any]:
    raw = record.value or b""
    return {
        "source_topic": record.topic,
        "source_partition": record.partition,
        "source_offset": record.offset,
        "category": category,
        "reason": reason,
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
        "raw_bytes": len(raw),
        "raw_b64": base64.b64encode(raw).decode("ascii"),
    }
