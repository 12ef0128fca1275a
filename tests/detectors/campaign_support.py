"""Helpers of the campaign tests: event builders and a stand-in extraction detector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from monitor.corpus.campaigns import COERCION
from monitor.detectors.base import ScanContext, make_finding
from monitor.events import Event, Finding, Task, event_from_obj

T0 = datetime(2026, 11, 27, tzinfo=UTC)


def make_event(
    n: int,
    account: str,
    seconds: float,
    text: str,
    *,
    model: str = "reasoner-large",
    session: str | None = None,
    summary: str | None = None,
    minted: list[str] | None = None,
    replayed: list[str] | None = None,
) -> Event:
    messages: list[dict[str, Any]] = []
    if replayed:
        messages.append({"role": "user", "content": "earlier"})
        messages.append({"role": "assistant", "content": "", "reasoning_handles": replayed})
    messages.append({"role": "user", "content": text})
    return event_from_obj(
        {
            "event_id": f"e{n}",
            "timestamp": (T0 + timedelta(seconds=seconds)).isoformat(),
            "account_id": account,
            "session_id": session,
            "model": model,
            "request": {"messages": messages},
            "response": {
                "content": "answer",
                "reasoning_summary": summary,
                "reasoning_handles": minted or [],
            },
        }
    )


class CoercionStandIn:
    """Stand-in for the extraction detectors in tests: flags the simulator's coercion sentences."""

    name: ClassVar[str] = "standin_coercion"
    task: ClassVar[Task] = "extraction"
    stateful: ClassVar[bool] = False

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        text = " ".join(m.content for m in event.request.messages if m.role == "user")
        if any(sentence in text for sentence in COERCION.values()):
            return make_finding(self.name, "extraction", 0.9, "stand-in coercion match")
        return None
