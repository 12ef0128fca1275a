"""What every detector is: a small class with a declared name and task, returning a frozen Finding."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol

from monitor.events import Event, Evidence, Finding, Task, finite
from monitor.state import StateStore


@dataclass
class ScanContext:
    """Per-event context shared by the detectors of one pipeline run.

    ``cache`` lets detectors share expensive derived values (normalised text, shingles) within
    one event. ``deadline`` is a ``time.perf_counter()`` value; detectors that can fall back to a
    cheaper path check :meth:`over_budget` and record it in ``notes``.
    """

    state: StateStore | None = None
    deadline: float = float("inf")
    cache: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Findings of the detectors that ran earlier for this event; stateful (account-level)
    # detectors run last and read them (e.g. to count extraction-flagged requests).
    findings: list[Finding] = field(default_factory=list)

    def over_budget(self) -> bool:
        return time.perf_counter() > self.deadline


# Detectors may declare ``cost: ClassVar[Cost] = "high"``: once an event's time budget is spent,
# the pipeline skips high-cost detectors for that event and says so in the verdict's notes.
# Stateful (account-level) detectors must stay "low": skipping them would leave state behind.
Cost = Literal["low", "high"]


def hidden_instructions(event: Event) -> str:
    """The text the caller cannot see: ``request.system`` and any system / developer messages."""
    parts = [event.request.system or ""]
    parts += [m.content for m in event.request.messages if m.role in ("system", "developer")]
    return "\n".join(p for p in parts if p)


def detector_cost(detector: object) -> Cost:
    return "high" if getattr(detector, "cost", "low") == "high" else "low"


class Detector(Protocol):
    name: ClassVar[str]
    task: ClassVar[Task]
    stateful: ClassVar[bool]

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None: ...


def make_finding(
    detector: str, task: Task, score: float, reason: str, evidence: Evidence | None = None
) -> Finding:
    return Finding(
        detector=detector,
        task=task,
        score=round(finite(score), 6),
        reason=reason,
        evidence=evidence or Evidence(),
    )
