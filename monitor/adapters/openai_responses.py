"""OpenAI Responses API log records -> Event.

Record: ``{"request": <POST /v1/responses body>, "response": <response object> | null,
"event_id"?, "timestamp"?, "account_id"?, "tenant_id"?, "session_id"?, "model"?, "metadata"?}``.
Field mapping: docs/adapters.md.
"""

from __future__ import annotations

from typing import Any

from monitor.adapters._common import (
    Envelope,
    Handles,
    Shape,
    build_event,
    join_path,
    joined,
    json_type,
    optional_joined,
    record_envelope,
    seconds_to_ms,
    shown,
    top_record,
)
from monitor.events import Event, decode_json

NAME = "openai_responses"
SHAPE = Shape(NAME)
MESSAGE_ROLES = ("user", "assistant", "system", "developer")
TEXT_PART_FIELDS = {"input_text": "text", "output_text": "text", "text": "text", "refusal": "refusal"}
HINTS = {
    "timestamp": "set record.timestamp, or give response.created_at",
    "account_id": "set record.account_id, or request.safety_identifier / request.user",
    "model": "set record.model, or give response.model / request.model",
}


def parts_text(value: Any, path: str) -> str:
    """Message content: a string or a list of parts (input_text/output_text/refusal kept, media dropped)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        SHAPE.fail(path, f"expected a string or a list of content parts, got {json_type(value)}")
    texts: list[str] = []
    for i, part in enumerate(value):
        part_path = join_path(path, i)
        part = SHAPE.obj(part, part_path)
        field = TEXT_PART_FIELDS.get(str(part.get("type")))
        if field is not None:
            texts.append(SHAPE.text(part.get(field), join_path(part_path, field)))
    return joined(texts)


def part_texts(item: dict[str, Any], key: str, path: str) -> list[str]:
    """The ``text`` of every part in ``item[key]`` (summary_text or reasoning_text parts)."""
    out: list[str] = []
    list_path = join_path(path, key)
    for i, part in enumerate(SHAPE.opt_arr(item, key, path)):
        part_path = join_path(list_path, i)
        out.append(SHAPE.text(SHAPE.obj(part, part_path).get("text"), join_path(part_path, "text")))
    return out


class ReasoningItem:
    """A ``reasoning`` item: summary texts, raw reasoning texts, and the hash of its blob."""

    def __init__(self, item: dict[str, Any], path: str, handles: Handles) -> None:
        self.summary = part_texts(item, "summary", path)
        self.text = part_texts(item, "content", path)
        self.handles: list[str] = []
        handles.add(SHAPE.opt_text(item, "encrypted_content", path) or "", self.handles)


def is_tool_output(kind: str) -> bool:
    return kind.endswith("_call_output")


def is_assistant_side(kind: str) -> bool:
    # Reasoning and the model's own tool calls belong to the assistant turn they precede.
    return kind == "reasoning" or kind.endswith("_call")


class Conversation:
    """Builds EVENTS.md messages from input items, merging consecutive assistant-side items."""

    def __init__(self, handles: Handles) -> None:
        self.handles = handles
        self.system: list[str] = []
        self.messages: list[dict[str, Any]] = []
        self._assistant: dict[str, Any] | None = None

    def _open_assistant(self) -> dict[str, Any]:
        if self._assistant is None:
            self._assistant = {"role": "assistant", "content": "", "reasoning": None, "reasoning_handles": []}
            self.messages.append(self._assistant)
        return self._assistant

    def _close_assistant(self) -> None:
        self._assistant = None

    def add_item(self, item: dict[str, Any], path: str) -> None:
        kind = item.get("type", "message")
        if not isinstance(kind, str):
            SHAPE.fail(join_path(path, "type"), f"expected a string, got {json_type(kind)}")
        if kind == "message":
            self._add_message(item, path)
        elif kind == "reasoning":
            reasoning = ReasoningItem(item, path, self.handles)
            turn = self._open_assistant()
            turn["reasoning"] = optional_joined([turn["reasoning"] or "", *reasoning.text], "\n\n")
            turn["reasoning_handles"] += [h for h in reasoning.handles if h not in turn["reasoning_handles"]]
        elif is_tool_output(kind):
            self._close_assistant()
            output = item.get("output")
            text = output if isinstance(output, str) else parts_text(output, join_path(path, "output"))
            self.messages.append({"role": "tool", "content": text})
        elif is_assistant_side(kind):
            self._open_assistant()
        # item_reference and unknown item types carry no text the monitor can use.

    def _add_message(self, item: dict[str, Any], path: str) -> None:
        role = item.get("role")
        if role not in MESSAGE_ROLES:
            SHAPE.fail(
                join_path(path, "role"), f"expected one of {', '.join(MESSAGE_ROLES)}, got {shown(role)}"
            )
        text = parts_text(item.get("content"), join_path(path, "content"))
        if role in ("system", "developer"):
            self.system.append(text)
            return
        if role == "assistant":
            turn = self._open_assistant()
            turn["content"] = joined([turn["content"], text])
            return
        self._close_assistant()
        self.messages.append({"role": "user", "content": text})


def convert_request(body: dict[str, Any], handles: Handles) -> dict[str, Any]:
    conversation = Conversation(handles)
    instructions = body.get("instructions")
    if isinstance(instructions, list):
        for i, item in enumerate(instructions):
            conversation.add_item(SHAPE.obj(item, f"request.instructions[{i}]"), f"request.instructions[{i}]")
    elif instructions is not None:
        conversation.system.append(SHAPE.text(instructions, "request.instructions"))
    items = body.get("input")
    if isinstance(items, str):
        conversation.messages.append({"role": "user", "content": items})
    elif items is not None:
        for i, item in enumerate(SHAPE.arr(items, "request.input")):
            conversation.add_item(SHAPE.obj(item, f"request.input[{i}]"), f"request.input[{i}]")
    return {"system": optional_joined(conversation.system, "\n\n"), "messages": conversation.messages}


def convert_response(
    body: dict[str, Any], handles: Handles
) -> tuple[dict[str, Any], dict[str, int | None] | None, Envelope, str | None]:
    derived = Envelope(
        event_id=SHAPE.opt_text(body, "id", "response"),
        timestamp=seconds_to_ms(SHAPE, body.get("created_at"), "response.created_at"),
        model=SHAPE.opt_text(body, "model", "response"),
        account_id=SHAPE.opt_text(body, "safety_identifier", "response")
        or SHAPE.opt_text(body, "user", "response"),
    )
    conversation = body.get("conversation")
    if isinstance(conversation, dict):
        derived.session_id = SHAPE.opt_text(conversation, "id", "response.conversation")
    elif conversation is not None:
        derived.session_id = SHAPE.text(conversation, "response.conversation")
    content: list[str] = []
    reasoning: list[str] = []
    summary: list[str] = []
    minted: list[str] = []
    for i, raw_item in enumerate(SHAPE.opt_arr(body, "output", "response")):
        path = f"response.output[{i}]"
        item = SHAPE.obj(raw_item, path)
        kind = item.get("type")
        if kind == "reasoning":
            parsed = ReasoningItem(item, path, handles)
            reasoning += parsed.text
            summary += parsed.summary
            minted += [h for h in parsed.handles if h not in minted]
        elif kind == "message":
            content.append(parts_text(item.get("content"), join_path(path, "content")))
    response = {
        "content": joined(content),
        "reasoning": optional_joined(reasoning, "\n\n"),
        "reasoning_summary": optional_joined(summary, "\n\n"),
        "reasoning_handles": minted,
    }
    usage_body = SHAPE.opt_obj(body, "usage", "response")
    usage = None
    if usage_body is not None:
        details = SHAPE.opt_obj(usage_body, "output_tokens_details", "response.usage") or {}
        usage = {
            "input_tokens": SHAPE.opt_count(usage_body, "input_tokens", "response.usage"),
            "output_tokens": SHAPE.opt_count(usage_body, "output_tokens", "response.usage"),
            "reasoning_tokens": SHAPE.opt_count(
                details, "reasoning_tokens", "response.usage.output_tokens_details"
            ),
        }
    instructions = body.get("instructions")
    return response, usage, derived, instructions if isinstance(instructions, str) else None


def adapt(raw: bytes) -> Event:
    record = top_record(SHAPE, decode_json(raw))
    envelope = record_envelope(SHAPE, record)
    handles = Handles()
    body = SHAPE.obj(record.get("request"), "request")
    request = convert_request(body, handles)
    response_body = SHAPE.opt_obj(record, "response", "")
    response, usage, derived = None, None, Envelope()
    if response_body is not None:
        response, usage, derived, instructions = convert_response(response_body, handles)
        request["system"] = request["system"] or instructions
    derived.model = derived.model or SHAPE.opt_text(body, "model", "request")
    derived.account_id = (
        SHAPE.opt_text(body, "safety_identifier", "request")
        or SHAPE.opt_text(body, "user", "request")
        or derived.account_id
    )
    conversation = body.get("conversation")
    if derived.session_id is None and conversation is not None:
        if isinstance(conversation, dict):
            derived.session_id = SHAPE.opt_text(conversation, "id", "request.conversation")
        else:
            derived.session_id = SHAPE.text(conversation, "request.conversation")
    previous = SHAPE.opt_text(body, "previous_response_id", "request")
    if previous:
        derived.metadata["previous_response_id"] = previous
    return build_event(
        SHAPE,
        raw,
        envelope,
        derived,
        request=request,
        response=response,
        usage=usage,
        handles=handles,
        hints=HINTS,
    )
