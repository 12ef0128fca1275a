from __future__ import annotations

import json
from typing import Any

import pytest
from adapter_fixtures import as_line, fixture_record

from monitor.adapters import ADAPTERS, otel_genai
from monitor.events import Event, EventError, hash_handle


def adapt(record: Any) -> Event:
    return otel_genai.adapt(as_line(record))


def test_registered_under_its_name() -> None:
    assert ADAPTERS["otel_genai"] is otel_genai.adapt


def test_flat_attributes_with_json_string_messages() -> None:
    event = adapt(fixture_record("otel_genai.flat"))
    assert event.event_id == "chatcmpl-otel-5c2d"  # gen_ai.response.id
    assert event.session_id == "conv_5j66UpCpwteGg4YSxUnt7lPY"
    assert event.model == "gpt-5-mini-2025-08-07"
    assert event.timestamp.timestamp() == pytest.approx(1772460000.123)
    assert event.request.system == "You are a helpful bot. Internal code name: BLUEBIRD."
    messages = event.request.messages
    assert [m.role for m in messages] == ["user", "assistant", "tool"]
    assert messages[1].reasoning == "Need the weather tool."
    assert messages[2].content == "rainy, 57F"
    assert event.response is not None
    assert event.response.content == "It's rainy and 57F in Paris."
    assert event.response.reasoning == "Tool said rainy 57F; answer briefly."
    assert event.usage is not None
    assert (event.usage.input_tokens, event.usage.output_tokens, event.usage.reasoning_tokens) == (97, 52, 31)


def test_already_parsed_lists_give_the_same_event() -> None:
    record = fixture_record("otel_genai.flat")
    attributes = record["attributes"]
    for key in ("gen_ai.system_instructions", "gen_ai.input.messages", "gen_ai.output.messages"):
        attributes[key] = json.loads(attributes[key])
    assert adapt(record) == adapt(fixture_record("otel_genai.flat"))


def test_record_without_attributes_key_is_the_attribute_dict() -> None:
    record = fixture_record("otel_genai.flat")
    flat = {**record["attributes"], "account_id": "acct-otel-1", "timestamp": "2026-03-02T14:00:00Z"}
    event = adapt(flat)
    assert event.account_id == "acct-otel-1" and event.response is not None


def test_otlp_key_value_list_span() -> None:
    record = fixture_record("otel_genai.otlp")
    event = adapt(record)
    assert event.event_id == "5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174"  # trace:span
    assert event.timestamp.timestamp() == 1772463600
    assert event.account_id == "u-77"  # user.id
    assert event.model == "claude-sonnet-4-5"  # gen_ai.request.model
    assert event.request.system == "Be brief."
    assert event.response is not None and event.response.reasoning == "Trivial sum."
    # non-standard signature on a reasoning part: hashed, never kept
    assert event.response.reasoning_handles == [hash_handle("EpcBCkgIBxABGAIiQO-signature-blob")]
    assert event.usage is not None and event.usage.input_tokens == 18


def test_request_only_span_and_reasoning_token_name_drift() -> None:
    record = fixture_record("otel_genai.flat")
    attributes = record["attributes"]
    del attributes["gen_ai.output.messages"]
    del attributes["gen_ai.usage.reasoning.output_tokens"]
    attributes["llm.token_count.completion_details.reasoning"] = 7
    event = adapt(record)
    assert event.response is None
    assert event.usage is not None and event.usage.reasoning_tokens == 7


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda a: a.update({"gen_ai.input.messages": "[{"}),
            "otel_genai: attributes.gen_ai.input.messages: not a JSON array: invalid JSON",
        ),
        (
            lambda a: a.update({"gen_ai.input.messages": {"role": "user"}}),
            "otel_genai: attributes.gen_ai.input.messages: expected an array, got object",
        ),
        (
            lambda a: a.update({"gen_ai.input.messages": [{"role": "narrator", "parts": []}]}),
            "otel_genai: attributes.gen_ai.input.messages[0].role: expected one of",
        ),
        (
            lambda a: a.update(
                {"gen_ai.output.messages": [{"role": "assistant", "parts": [{"type": "text"}]}]}
            ),
            "otel_genai: attributes.gen_ai.output.messages[0].parts[0].content: missing or null",
        ),
        (
            lambda a: a.update({"gen_ai.usage.input_tokens": 1.5}),
            "otel_genai: attributes.gen_ai.usage.input_tokens: expected a non-negative integer, got number",
        ),
        (
            lambda a: a.pop("gen_ai.request.model") and a.pop("gen_ai.response.model"),
            "otel_genai: model: missing",
        ),
    ],
)
def test_wrong_shapes_name_the_field(mutate: Any, expected: str) -> None:
    record = fixture_record("otel_genai.flat")
    mutate(record["attributes"])
    with pytest.raises(EventError) as info:
        adapt(record)
    assert expected in str(info.value)


def test_missing_account_and_time() -> None:
    record = fixture_record("otel_genai.flat")
    del record["account_id"]
    with pytest.raises(
        EventError, match=r"otel_genai: account_id: missing: set record\.account_id, or the user\.id"
    ):
        adapt(record)
    record = fixture_record("otel_genai.flat")
    del record["start_time_unix_nano"]
    with pytest.raises(EventError, match="otel_genai: timestamp: missing"):
        adapt(record)
