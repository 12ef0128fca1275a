"""Shared helpers of the foundation tests: tiny events, a tiny injectable detector, file outputs."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.events import Event, Evidence, Finding, Task

TRIGGER = "TRIGGER"


def event_dict(event_id: str, text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "timestamp": "2026-03-01T00:00:00Z",
        "account_id": "acct-1",
        "model": "m",
        "request": {"messages": [{"role": "user", "content": text}]},
        "response": {"content": "ok"},
        **extra,
    }


def event_line(event_id: str, text: str = "hello", **extra: Any) -> bytes:
    return json.dumps(event_dict(event_id, text, **extra)).encode()


class KeywordDetector:
    """Scores ``score`` when the last user message contains ``TRIGGER``: a test stand-in."""

    name: ClassVar[str] = "test_keyword"
    task: ClassVar[Task] = "extraction"
    stateful: ClassVar[bool] = False

    def __init__(self, score: float = 0.9) -> None:
        self.score = score

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        text = event.request.messages[-1].content
        at = text.find(TRIGGER)
        if at < 0:
            return None
        evidence = Evidence(rules=["test.trigger"])
        return make_finding(self.name, self.task, self.score, "trigger word", evidence)
