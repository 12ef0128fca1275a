from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest

from monitor.events import (
    MAX_JSON_DEPTH,
    Event,
    EventError,
    LineError,
    Verdict,
    decode_json,
    finite,
    hash_handle,
    json_schemas,
    parse_event,
    verdict_json,
)

EXAMPLE = {  # the example of shared/EVENTS.md
    "event_id": "e-000017",
    "timestamp": "2026-11-27T08:00:00Z",
    "account_id": "acct-42",
    "tenant_id": "org-7",
    "session_id": "s-9",
    "model": "reasoner-large",
    "request": {
        "system": "You are a helpful tutor.",
        "messages": [{"role": "user", "content": "What is 17 * 23?"}],
    },
    "response": {
        "content": "17 * 23 = 391.",
        "reasoning": "The user wants 17*23. 17*20 = 340, 17*3 = 51, total 391.",
        "reasoning_summary": None,
        "reasoning_handles": [],
    },
    "usage": {"input_tokens": 12, "output_tokens": 9, "reasoning_tokens": 24},
}


def with_(**changes: Any) -> bytes:
    return json.dumps({**EXAMPLE, **changes}).encode()


def error_of(raw: bytes | str) -> str:
    with pytest.raises(EventError) as info:
        parse_event(raw)
    return str(info.value)


def test_the_contract_example_parses() -> None:
    event = parse_event(json.dumps(EXAMPLE))
    assert event.event_id == "e-000017" and event.tenant_id == "org-7"
    assert event.timestamp == datetime(2026, 11, 27, 8, tzinfo=UTC)
    assert event.response is not None and event.response.reasoning_summary is None
    assert event.user_messages()[0][1].content == "What is 17 * 23?"


def test_request_only_event_and_extra_fields_are_accepted() -> None:
    event = parse_event(with_(response=None, vendor_extension={"x": 1}))
    assert event.response is None


@pytest.mark.parametrize(
    ("timestamp", "expected"),
    [
        (1_790_000_000_000, datetime.fromtimestamp(1_790_000_000, tz=UTC)),
        ("2026-11-27T09:00:00+01:00", datetime(2026, 11, 27, 8, tzinfo=UTC)),
        ("2026-11-27T08:00:00", datetime(2026, 11, 27, 8, tzinfo=UTC)),  # naive reads as UTC
    ],
)
def test_timestamps_normalise_to_utc(timestamp: Any, expected: datetime) -> None:
    event = parse_event(with_(timestamp=timestamp))
    assert event.timestamp == expected and event.timestamp.utcoffset() is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (json.dumps({k: v for k, v in EXAMPLE.items() if k != "event_id"}), "event_id: Field required"),
        (with_(account_id=""), "account_id: String should have at least 1 character"),
        (with_(model=5), "model: Input should be a valid string"),
        (
            with_(timestamp=True),
            "timestamp: must be an RFC 3339 string or integer epoch milliseconds, not a boolean",
        ),
        (with_(timestamp=1.5), "timestamp: epoch timestamps must be integer milliseconds"),
        (with_(timestamp="yesterday"), "timestamp: not an RFC 3339 timestamp"),
        (with_(timestamp=10**20), "timestamp: epoch milliseconds out of range"),
        (with_(timestamp="0001-01-01T00:00:00+01:00"), "timestamp: timestamp out of range"),
        (
            with_(request={"messages": [{"role": "wizard", "content": "x"}]}),
            "request.messages[0].role: Input should be",
        ),
        (with_(request={"messages": [{"role": "user"}]}), "request.messages[0].content: Field required"),
        (with_(request={"messages": "hi"}), "request.messages: Input should be a valid list"),
        (with_(response={"reasoning": "x"}), "response.content: Field required"),
        (
            with_(usage={"output_tokens": -3}),
            "usage.output_tokens: Input should be greater than or equal to 0",
        ),
        (with_(event_id="x" * 600), "event_id: String should have at most 512 characters"),
        (b"[1, 2]", "invalid event: expected a JSON object, got list"),
        (b'{"a": NaN}', "invalid JSON: NaN is not allowed"),
        (b'{"a": -Infinity}', "invalid JSON: -Infinity is not allowed"),
        (b'{"a": 1, "a": 2}', "invalid JSON: duplicate key 'a'"),
        (b'{"event_id": "\\ud800"}', "lone surrogate"),
        (b'{"a": "\xff"}', "invalid UTF-8 at byte 7"),
        (b'{"a": ', "invalid JSON: Expecting value at line 1 column 7"),
        (b"", "empty input: expected a JSON object"),
        (b" \t\r", "empty input"),
        (b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1), f"nesting deeper than {MAX_JSON_DEPTH}"),
        (b'{"a": ' + b"7" * 5000 + b"}", "invalid JSON: Exceeds the limit"),
    ],
)
def test_errors_name_the_field_and_the_problem(raw: bytes | str, expected: str) -> None:
    assert expected in error_of(raw)


def test_many_errors_are_summarised() -> None:
    message = error_of(b'{"request": {}, "usage": {"input_tokens": -1}}')
    assert message.startswith("invalid event: ")
    assert "and 1 more" in message  # 6 problems: the first 5 are listed


def test_size_limit() -> None:
    raw = with_()
    with pytest.raises(EventError, match=f"event too large: {len(raw)} bytes > limit 100"):
        parse_event(raw, max_bytes=100)
    assert parse_event(raw, max_bytes=len(raw)).event_id == "e-000017"


def test_depth_at_the_limit_is_fine_and_brackets_in_strings_do_not_count() -> None:
    nested: Any = 1
    for _ in range(MAX_JSON_DEPTH - 1):
        nested = [nested]
    assert decode_json(json.dumps({"a": nested})) is not None
    text = json.dumps({**EXAMPLE, "metadata": {"note": "[" * 500 + "{" * 500}})
    assert parse_event(text).metadata == {"note": "[" * 500 + "{" * 500}


def test_hash_handle_format() -> None:
    digest = hash_handle("gAAAAABblob")
    assert digest.startswith("sha256:") and len(digest) == 71
    assert digest == hash_handle("gAAAAABblob") != hash_handle("gAAAAABblob2")


def test_finite_clamps() -> None:
    assert (finite(float("nan")), finite(-1.0), finite(2.0), finite(0.25)) == (0.0, 0.0, 1.0, 0.25)


def test_verdict_and_line_error_json() -> None:
    verdict = Verdict(event_id="e", scores={"extraction": 0.0, "leakage": 0.0}, severity="none")
    assert json.loads(verdict_json(verdict)) == {
        "event_id": "e",
        "scores": {"extraction": 0.0, "leakage": 0.0},
        "severity": "none",
        "findings": [],
        "notes": [],
    }
    assert json.loads(verdict_json(LineError(line=3, error="invalid JSON: x"))) == {
        "line": 3,
        "error": "invalid JSON: x",
    }


def test_json_schemas_are_valid_and_match_the_models() -> None:
    schemas = json_schemas()
    assert set(schemas) == {"event", "verdict", "line_error"}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(EXAMPLE, schemas["event"])
    verdict = Verdict(event_id="e", scores={"extraction": 0.5, "leakage": 0.0}, severity="low")
    jsonschema.validate(json.loads(verdict_json(verdict)), schemas["verdict"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"event_id": "e"}, schemas["event"])


def test_models_are_frozen() -> None:
    event = parse_event(json.dumps(EXAMPLE))
    with pytest.raises(Exception, match="frozen"):
        event.event_id = "other"  # type: ignore[misc]
    assert isinstance(event, Event)
