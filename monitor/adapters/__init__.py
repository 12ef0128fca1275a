"""Adapters: turn vendor log shapes into EVENTS.md events. Explicit registry, one module per shape.

Each adapter is ``bytes -> Event`` and raises only :class:`monitor.events.EventError`, whose
message names the vendor field path and the problem. Encrypted or signed reasoning blobs are
never kept: only ``sha256:<hex>`` handles (:func:`monitor.events.hash_handle`). See docs/adapters.md.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.adapters import anthropic, openai_chat, openai_responses, otel_genai
from monitor.events import Event, EventError

Adapter = Callable[[bytes], Event]

ADAPTERS: dict[str, Adapter] = {
    openai_chat.NAME: openai_chat.adapt,
    openai_responses.NAME: openai_responses.adapt,
    anthropic.NAME: anthropic.adapt,
    otel_genai.NAME: otel_genai.adapt,
}


def get_adapter(name: str) -> Adapter | None:
    """None means the input is already in the EVENTS.md shape."""
    if name in ("event", "events"):
        return None
    if name not in ADAPTERS:
        raise EventError(f"unknown --format {name!r}; known: event, {', '.join(sorted(ADAPTERS))}")
    return ADAPTERS[name]
