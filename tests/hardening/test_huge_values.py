"""A huge string in any field of any vendor record or event: an Event or a short EventError.

Error messages name the field and the problem; they never quote the value (which may be
megabytes long, or prompt text in the wrong field) beyond a few characters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.adapters import ADAPTERS
from monitor.events import Event, EventError, parse_event

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "adapters"
PARSERS: dict[str, Callable[[bytes], Event]] = {**ADAPTERS, "event": parse_event}
HUGE = "\u202eZ" * (512 * 1024)  # 1 Mi characters, 2.5 MiB of UTF-8
EVENT = {
    "event_id": "e-1",
    "timestamp": "2026-01-01T00:00:00Z",
    "account_id": "a",
    "model": "m",
    "request": {"system": "s", "messages": [{"role": "user", "content": "hi"}]},
    "response": {"content": "ok", "reasoning": "r"},
    "usage": {"input_tokens": 1},
}


def leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaf_paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from leaf_paths(child, (*prefix, i))
    else:
        yield prefix


def with_value(record: Any, path: tuple[Any, ...], new: Any) -> Any:
    record = json.loads(json.dumps(record))
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return record


def cases() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(FIXTURES.glob("*.json")):
        yield path.name.split(".")[0], json.loads(path.read_text(encoding="utf-8"))
    yield "event", EVENT


@pytest.mark.parametrize(
    ("parser", "record"), list(cases()), ids=[f"{n}-{i}" for i, (n, _) in enumerate(cases())]
)
def test_a_huge_string_in_every_leaf(parser: str, record: dict[str, Any]) -> None:
    for path in leaf_paths(record):
        raw = json.dumps(with_value(record, path, HUGE), ensure_ascii=False).encode()
        try:
            PARSERS[parser](raw)
        except EventError as exc:
            message = str(exc)
            assert len(message) < 500, (path, message[:200])
            assert "Z\u202eZ\u202eZ\u202e" not in message, path
