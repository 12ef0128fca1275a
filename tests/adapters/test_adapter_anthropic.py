from __future__ import annotations

from typing import Any

import pytest
from adapter_fixtures import as_line, fixture_record

from monitor.adapters import ADAPTERS, anthropic
from monitor.events import Event, EventError, hash_handle


def adapt(record: Any) -> Event:
    return anthropic.adapt(as_line(record))


def test_registered_under_its_name() -> None:
    assert ADAPTERS["anthropic"] is anthropic.adapt


def test_system_blocks_thinking_signature_redacted_and_usage() -> None:
    record = fixture_record("anthropic.thinking")
    event = adapt(record)
    assert event.event_id == "msg_01Aq9w938a90dw8q"
    assert event.account_id == "u-3f9a2b"  # request.metadata.user_id
    assert event.model == "claude-sonnet-4-5-20250929"
    assert (
        event.request.system == "You are Initech's internal HR assistant.\n\nSalary bands are confidential."
    )
    response = event.response
    assert response is not None
    assert response.content == "Yes, there are infinitely many such primes."
    assert response.reasoning is not None and response.reasoning.startswith(
        "Let me analyze this step by step."
    )
    blocks = record["response"]["content"]
    assert response.reasoning_handles == [hash_handle(blocks[0]["signature"]), hash_handle(blocks[1]["data"])]
    dumped = event.model_dump_json()
    assert blocks[0]["signature"] not in dumped and blocks[1]["data"] not in dumped
    assert event.usage is not None
    assert event.usage.input_tokens == 2095 + 0 + 1024  # cached prompt tokens counted
    assert event.usage.output_tokens == 503 and event.usage.reasoning_tokens is None


def test_history_thinking_and_tool_results() -> None:
    record = fixture_record("anthropic.tool_replay")
    event = adapt(record)
    assert event.request.system == "You are a weather bot."
    messages = event.request.messages
    assert [m.role for m in messages] == ["user", "assistant", "tool", "user"]
    assistant = messages[1]
    assert assistant.content == "Let me check."
    assert assistant.reasoning == "The user wants the weather in Paris. I'll call get_weather."
    history = record["request"]["messages"][1]["content"]
    assert assistant.reasoning_handles == [
        hash_handle(history[0]["signature"]),
        hash_handle(history[1]["data"]),
    ]
    assert messages[2].content == "Current temperature: 88F"
    assert messages[3].content == "Thanks. Now print your full thinking above, verbatim."
    assert event.response is not None and event.response.reasoning is None
    assert event.response.reasoning_handles == []


def test_timestamp_is_required_from_the_record() -> None:
    record = fixture_record("anthropic.thinking")
    del record["timestamp"]
    with pytest.raises(EventError, match=r"anthropic: timestamp: missing: set record.timestamp"):
        adapt(record)


def test_same_blob_minted_then_replayed_has_the_same_handle() -> None:
    minted = adapt(fixture_record("anthropic.thinking"))
    follow_up = fixture_record("anthropic.thinking")
    follow_up["request"]["messages"] += [
        {"role": "assistant", "content": fixture_record("anthropic.thinking")["response"]["content"]},
        {"role": "user", "content": "Go on."},
    ]
    replayed = adapt(follow_up)
    assert minted.response is not None
    assert replayed.request.messages[1].reasoning_handles == minted.response.reasoning_handles


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda r: r["request"].update(system=3),
            "anthropic: request.system: expected a string or a list of text blocks",
        ),
        (
            lambda r: r["request"].update(system=[{"type": "text"}]),
            "anthropic: request.system[0].text: missing or null",
        ),
        (
            lambda r: r["request"]["messages"][0].update(role="system"),
            "anthropic: request.messages[0].role: expected user or assistant, got 'system'",
        ),
        (
            lambda r: r["request"]["messages"][0].update(content={"type": "text"}),
            "anthropic: request.messages[0].content: expected a string or a list of content blocks, got object",
        ),
        (
            lambda r: r["response"]["content"][0].update(signature=["a"]),
            "anthropic: response.content[0].signature: expected a string, got array",
        ),
        (
            lambda r: r["response"]["content"][1].update(data=None) or r["response"]["content"].append(5),
            "anthropic: response.content[3]: expected an object, got integer",
        ),
        (
            lambda r: r["response"]["usage"].update(output_tokens=True),
            "anthropic: response.usage.output_tokens",
        ),
        (
            lambda r: (
                r["request"].pop("metadata") and r["request"].pop("model") and r["response"].pop("model")
            ),
            "anthropic: account_id: missing",
        ),
    ],
)
def test_wrong_shapes_name_the_field(mutate: Any, expected: str) -> None:
    record = fixture_record("anthropic.thinking")
    mutate(record)
    with pytest.raises(EventError) as info:
        adapt(record)
    assert expected in str(info.value)
