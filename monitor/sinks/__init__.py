"""Where results go: alerts, verdicts and dead letters. File sinks for replay, Kafka for run."""

from __future__ import annotations

import base64
import hashlib
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


def build_alert(event: Event, verdict: Verdict) -> dict[str, Any]:
    """The alert record: ids, scores, severity and evidence. Never the prompt or response text."""
    return {
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
