"""parse_event decodes common events with pydantic-core; it must accept and reject exactly what the
strict json-module path accepts and rejects, with the same messages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from monitor.events import MAX_JSON_DEPTH, EventError, _parse_fast, decode_json, event_from_obj, parse_event


def base(**extra: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_id": "e-1",
        "timestamp": 1_795_000_000_000,
        "account_id": "acct",
        "model": "m",
        "request": {"system": "s", "messages": [{"role": "user", "content": "hello"}]},
        "response": {"content": "hi", "reasoning": "think"},
    }
    event.update(extra)
    return event


def strict(raw: bytes) -> Any:
    """The outcome of the json-module path alone: the event, or the EventError message."""
    try:
        return event_from_obj(decode_json(raw))
    except EventError as exc:
        return str(exc)


def outcome(raw: bytes) -> Any:
    try:
        return parse_event(raw)
    except EventError as exc:
        return str(exc)


CASES = [
    json.dumps(base()).encode(),
    json.dumps(base(metadata={"k": [1, 2.5, {"x": None}], "q": 'a "quoted": colon'})).encode(),
    json.dumps(base(), ensure_ascii=False).replace("hello", "héllo 数学 😀").encode(),
    json.dumps(base()).replace('"hello"', '"\\ud83d\\ude00 pair"').encode(),
    json.dumps(base()).replace('"hello"', '"\\ud800 lone"').encode(),
    json.dumps(base()).replace('"hello"', '"\\udc00"').encode(),
    json.dumps(base()).replace('"model": "m"', '"model": "m", "model": "n"').encode(),
    json.dumps(base()).replace('"role": "user"', '"role": "user", "role" :"user"').encode(),
    json.dumps(base()).replace('"content": "hi"', '"content": "hi", "content"\n:\t"hi"').encode(),
    json.dumps(base(metadata={"a": 1})).replace('{"a": 1}', '{"a": 1, "a": 1}').encode(),
    json.dumps(base(metadata={"x": 1})).replace('"x": 1', '"x": NaN').encode(),
    json.dumps(base(metadata={"x": 1})).replace('"x": 1', '"x": -Infinity').encode(),
    json.dumps(base(metadata={"x": 1})).replace('"x": 1', '"x": ' + "9" * 5000).encode(),
    json.dumps(base(timestamp=True)).encode(),
    json.dumps(base(timestamp=1.5)).encode(),
    json.dumps(base(event_id="")).encode(),
    json.dumps(base()).encode()[:-1],
    json.dumps(base()).encode() + b" trailing",
    b"\xef\xbb\xbf" + json.dumps(base()).encode(),
    json.dumps(base()).replace("hello", "h\xffi").encode("latin-1"),
    b"[1, 2]",
    b"  ",
    b"",
]


@pytest.mark.parametrize("raw", CASES, ids=range(len(CASES)))
def test_same_outcome_as_the_strict_path(raw: bytes) -> None:
    assert outcome(raw) == strict(raw)


def nested(depth: int) -> bytes:
    # The event object is level 1 and "metadata" level 2, so depth - 2 arrays inside it.
    inner = "[" * (depth - 2) + "]" * (depth - 2)
    return json.dumps(base()).replace('"model": "m"', f'"model": "m", "metadata": {{"a": {inner}}}').encode()


def test_nesting_limit_matches_the_strict_path() -> None:
    assert isinstance(outcome(nested(MAX_JSON_DEPTH)), type(parse_event(CASES[0])))
    assert outcome(nested(MAX_JSON_DEPTH + 1)) == strict(nested(MAX_JSON_DEPTH + 1))
    assert "nesting" in str(outcome(nested(MAX_JSON_DEPTH + 1)))


def test_duplicate_keys_never_pass_the_fast_path() -> None:
    for raw in CASES[6:10]:
        assert _parse_fast(raw) is None
        assert "duplicate key" in outcome(raw)


def test_escaped_quote_colon_in_text_still_parses() -> None:
    raw = json.dumps(base(metadata={"note": 'say "key": value'})).encode()
    assert _parse_fast(raw) is None  # the conservative key count sends it to the strict path
    assert parse_event(raw).metadata == {"note": 'say "key": value'}


def test_fast_path_is_taken_for_an_ordinary_event() -> None:
    event = _parse_fast(CASES[0])
    assert event is not None and event == event_from_obj(decode_json(CASES[0]))


def test_keys_and_depth_equal_the_recursive_definition() -> None:
    import random

    import pydantic_core

    from monitor.events import _keys_and_depth

    def reference(value: Any, depth: int = 1) -> tuple[int, int]:
        keys, deepest = (len(value), depth) if isinstance(value, dict) else (0, depth)
        children = value.values() if isinstance(value, dict) else value
        for child in children:
            if isinstance(child, (dict, list)):
                k, d = reference(child, depth + 1)
                keys, deepest = keys + k, max(deepest, d)
        return keys, deepest

    rng = random.Random(3)

    def build(depth: int) -> object:
        roll = rng.random()
        if depth > 6 or roll < 0.3:
            return rng.choice([1, "x", None, 2.5, True])
        if roll < 0.65:
            return [build(depth + 1) for _ in range(rng.randint(0, 4))]
        return {f"k{i}": build(depth + 1) for i in range(rng.randint(0, 4))}

    for _ in range(300):
        root = {"a": build(1), "b": build(1)}
        decoded = pydantic_core.from_json(pydantic_core.to_json(root))
        assert _keys_and_depth(decoded) == reference(decoded)
