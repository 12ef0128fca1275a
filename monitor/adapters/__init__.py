"""Adapters: turn vendor log shapes into EVENTS.md events. Explicit registry, one module per shape."""

from __future__ import annotations

from collections.abc import Callable

from monitor.events import Event

Adapter = Callable[[bytes], Event]

ADAPTERS: dict[str, Adapter] = {}


def get_adapter(name: str) -> Adapter | None:
    """None means the input is already in the EVENTS.md shape."""
    if name in ("event", "events"):
        return None
    if name not in ADAPTERS:
        from monitor.events import EventError

        raise EventError(f"unknown --format {name!r}; known: event, {', '.join(sorted(ADAPTERS))}")
    return ADAPTERS[name]
