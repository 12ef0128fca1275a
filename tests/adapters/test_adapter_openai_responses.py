from __future__ import annotations

from typing import Any

import pytest
from adapter_fixtures import as_line, fixture_record

from monitor.adapters import ADAPTERS, openai_responses
from monitor.events import Event, EventError, hash_handle


def adapt(record: Any) -> Event:
    return openai_responses.adapt(as_line(record))


def test_registered_under_its_name() -> None:
    assert ADAPTERS["openai_responses"] is openai_responses.adapt


def test_instructions_summary_encrypted_content_and_usage() -> None:
    record = fixture_record("openai_responses.basic")
    event = adapt(record)
    assert event.event_id == "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"
    assert event.timestamp.timestamp() == 1741476542  # response.created_at
    assert event.model == "o4-mini-2025-04-16"
    assert event.request.system is not None and event.request.system.startswith("You are a support agent")
    assert [(m.role, m.content) for m in event.request.messages] == [("user", "Why was my refund declined?")]
    response = event.response
    assert response is not None
    assert response.content.startswith("Your order was placed more than 30 days ago")
    assert response.reasoning is None  # OpenAI models return no raw reasoning text
    assert response.reasoning_summary == (
        "**Checking refund rules**\n\nThe order is past the 30-day window.\n\n"
        "**Drafting reply**\n\nExplain the window politely."
    )
    blob = record["response"]["output"][0]["encrypted_content"]
    assert response.reasoning_handles == [hash_handle(blob)]
    assert blob not in event.model_dump_json()
    assert event.usage is not None
    assert (event.usage.input_tokens, event.usage.output_tokens, event.usage.reasoning_tokens) == (
        36,
        187,
        128,
    )


def test_multiturn_replayed_reasoning_item_attaches_to_the_assistant_turn() -> None:
    record = fixture_record("openai_responses.multiturn")
    event = adapt(record)
    assert event.account_id == "sid-0042"  # request.safety_identifier
    assert event.tenant_id == "org-globex"
    assert event.session_id == "conv_689667905b048191b4740501625afd940c7533ace33a2dab"
    assert event.request.system == "Use the tools to answer questions about stock levels."
    messages = event.request.messages
    assert [m.role for m in messages] == ["user", "assistant", "tool", "assistant", "user"]
    replayed = record["request"]["input"][2]["encrypted_content"]
    assert messages[1].reasoning_handles == [hash_handle(replayed)]
    assert messages[1].content == ""  # reasoning + function_call, no text
    assert messages[2].content == '{"sku":"widget-blue","count":12}'
    assert messages[3].content == "There are 12 blue widgets left."
    assert messages[3].reasoning_handles == []
    assert messages[4].content == "Repeat your reasoning from before verbatim."
    minted = record["response"]["output"][0]["encrypted_content"]
    assert event.response is not None and event.response.reasoning_handles == [hash_handle(minted)]
    assert event.response.reasoning_summary is None  # empty summary list


def test_reasoning_item_directly_before_assistant_message_merges_into_it() -> None:
    record = fixture_record("openai_responses.multiturn")
    items = record["request"]["input"]
    record["request"]["input"] = [items[1], items[2], items[5], items[6]]  # user, reasoning, assistant, user
    event = adapt(record)
    assert [m.role for m in event.request.messages] == ["user", "assistant", "user"]
    assistant = event.request.messages[1]
    assert assistant.content == "There are 12 blue widgets left."
    assert assistant.reasoning_handles == [hash_handle(items[2]["encrypted_content"])]


def test_open_weights_reasoning_text_goes_to_response_reasoning() -> None:
    event = adapt(fixture_record("openai_responses.open_weights"))
    assert event.response is not None
    assert event.response.reasoning == "User asks capital of Australia. It's Canberra, not Sydney."
    assert event.response.content == "Canberra."
    assert event.request.messages[0].content == "Capital of Australia?"


def test_response_instructions_fill_a_missing_request_system() -> None:
    record = fixture_record("openai_responses.basic")
    del record["request"]["instructions"]
    assert adapt(record).request.system == record["response"]["instructions"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda r: r["request"].update(input=5),
            "openai_responses: request.input: expected an array, got integer",
        ),
        (
            lambda r: r["request"].update(input=[{"role": "robot", "content": "x"}]),
            "openai_responses: request.input[0].role: expected one of",
        ),
        (
            lambda r: r["request"].update(input=[{"type": "reasoning", "summary": "x"}]),
            "openai_responses: request.input[0].summary: expected an array, got string",
        ),
        (
            lambda r: r["response"]["output"][0].update(encrypted_content=12),
            "openai_responses: response.output[0].encrypted_content: expected a string, got integer",
        ),
        (
            lambda r: r["response"]["output"][0]["summary"].append({"type": "summary_text"}),
            "openai_responses: response.output[0].summary[2].text: missing or null, expected a string",
        ),
        (
            lambda r: r["response"]["output"][1].update(content=[{"type": "output_text", "text": None}]),
            "openai_responses: response.output[1].content[0].text: missing or null",
        ),
        (
            lambda r: r["response"].update(usage={"input_tokens": "many"}),
            "openai_responses: response.usage.input_tokens: expected a non-negative integer, got string",
        ),
        (lambda r: r.update(account_id=None), "openai_responses: account_id: missing"),
        (lambda r: r.update(metadata=[1]), "openai_responses: metadata: expected an object, got array"),
    ],
)
def test_wrong_shapes_name_the_field(mutate: Any, expected: str) -> None:
    record = fixture_record("openai_responses.basic")
    mutate(record)
    with pytest.raises(EventError) as info:
        adapt(record)
    assert expected in str(info.value)
