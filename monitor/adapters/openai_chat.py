"""OpenAI Chat Completions log records (also DeepSeek, vLLM, SGLang, OpenRouter) -> Event.

Record: ``{"request": <chat.completions request body>, "response": <chat.completion> | null,
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

NAME = "openai_chat"
SHAPE = Shape(NAME)
SYSTEM_ROLES = ("system", "developer")
ROLES = ("system", "developer", "user", "assistant", "tool", "function")
HINTS = {
    "timestamp": "set record.timestamp, or give response.created",
    "account_id": "set record.account_id, or request.safety_identifier / request.user",
    "model": "set record.model, or give response.model / request.model",
}


def content_text(value: Any, path: str) -> str:
    """Content as a string, a list of content parts (text/refusal kept, media dropped), or null."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        SHAPE.fail(path, f"expected a string, a list of content parts or null, got {json_type(value)}")
    texts: list[str] = []
    for i, part in enumerate(value):
        part_path = join_path(path, i)
        if isinstance(part, str):
            texts.append(part)
            continue
        part = SHAPE.obj(part, part_path)
        kind = part.get("type")
        if kind == "text":
            texts.append(SHAPE.text(part.get("text"), join_path(part_path, "text")))
        elif kind == "refusal":
            texts.append(SHAPE.text(part.get("refusal"), join_path(part_path, "refusal")))
    return joined(texts)


class ReasoningParts:
    """Reasoning carried by one message: plain text, summaries and blob hashes."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.summary: list[str] = []
        self.handles: list[str] = []


def read_reasoning(message: dict[str, Any], path: str, handles: Handles) -> ReasoningParts:
    """``reasoning_content`` (DeepSeek, SGLang, old vLLM), ``reasoning`` (vLLM, OpenRouter) and
    OpenRouter ``reasoning_details`` items (text, summary, encrypted)."""
    out = ReasoningParts()
    for key in ("reasoning_content", "reasoning"):
        value = SHAPE.opt_text(message, key, path)
        if value and value not in out.text:
            out.text.append(value)
    details_path = join_path(path, "reasoning_details")
    for i, item in enumerate(SHAPE.opt_arr(message, "reasoning_details", path)):
        item_path = join_path(details_path, i)
        item = SHAPE.obj(item, item_path)
        kind = item.get("type")
        if kind == "reasoning.text":
            text = SHAPE.opt_text(item, "text", item_path)
            if text and text not in out.text:
                out.text.append(text)
        elif kind == "reasoning.summary":
            summary = SHAPE.opt_text(item, "summary", item_path)
            if summary:
                out.summary.append(summary)
        elif kind == "reasoning.encrypted":
            handles.add(SHAPE.opt_text(item, "data", item_path) or "", out.handles)
        signature = SHAPE.opt_text(item, "signature", item_path)
        if signature:
            handles.add(signature, out.handles)
    return out


def convert_messages(body: dict[str, Any], handles: Handles) -> tuple[str | None, list[dict[str, Any]]]:
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    raw_messages = body.get("messages")
    if raw_messages is None:
        SHAPE.fail("request.messages", "missing: a chat.completions request needs messages")
    for i, raw in enumerate(SHAPE.arr(raw_messages, "request.messages")):
        path = f"request.messages[{i}]"
        message = SHAPE.obj(raw, path)
        role = message.get("role")
        if role not in ROLES:
            SHAPE.fail(join_path(path, "role"), f"expected one of {', '.join(ROLES)}, got {shown(role)}")
        text = content_text(message.get("content"), join_path(path, "content"))
        if role in SYSTEM_ROLES:
            system.append(text)
            continue
        converted: dict[str, Any] = {"role": "tool" if role == "function" else role, "content": text}
        if role == "assistant":
            if not text:
                text = SHAPE.opt_text(message, "refusal", path) or ""
                converted["content"] = text
            reasoning = read_reasoning(message, path, handles)
            converted["reasoning"] = optional_joined(reasoning.text, "\n\n")
            converted["reasoning_handles"] = reasoning.handles
        messages.append(converted)
    return optional_joined(system, "\n\n"), messages


def convert_response(
    body: dict[str, Any], handles: Handles
) -> tuple[dict[str, Any], dict[str, int | None] | None, Envelope]:
    derived = Envelope(
        event_id=SHAPE.opt_text(body, "id", "response"),
        timestamp=seconds_to_ms(SHAPE, body.get("created"), "response.created"),
        model=SHAPE.opt_text(body, "model", "response"),
    )
    choices = SHAPE.opt_arr(body, "choices", "response")
    if not choices:
        SHAPE.fail("response.choices", "expected at least one choice")
    # Choice 0 is what the caller normally shows; the count of others is kept in metadata.
    choice = SHAPE.obj(choices[0], "response.choices[0]")
    message = SHAPE.obj(choice.get("message"), "response.choices[0].message")
    path = "response.choices[0].message"
    content = content_text(message.get("content"), join_path(path, "content"))
    if not content:
        content = SHAPE.opt_text(message, "refusal", path) or ""
    reasoning = read_reasoning(message, path, handles)
    response = {
        "content": content,
        "reasoning": optional_joined(reasoning.text, "\n\n"),
        "reasoning_summary": optional_joined(reasoning.summary, "\n\n"),
        "reasoning_handles": reasoning.handles,
    }
    if len(choices) > 1:
        derived.metadata["choices"] = len(choices)
    usage_body = SHAPE.opt_obj(body, "usage", "response")
    usage = None
    if usage_body is not None:
        details = SHAPE.opt_obj(usage_body, "completion_tokens_details", "response.usage") or {}
        usage = {
            "input_tokens": SHAPE.opt_count(usage_body, "prompt_tokens", "response.usage"),
            "output_tokens": SHAPE.opt_count(usage_body, "completion_tokens", "response.usage"),
            "reasoning_tokens": SHAPE.opt_count(
                details, "reasoning_tokens", "response.usage.completion_tokens_details"
            ),
        }
    return response, usage, derived


def adapt(raw: bytes) -> Event:
    record = top_record(SHAPE, decode_json(raw))
    envelope = record_envelope(SHAPE, record)
    handles = Handles()
    body = SHAPE.obj(record.get("request"), "request")
    system, messages = convert_messages(body, handles)
    response_body = SHAPE.opt_obj(record, "response", "")
    response, usage, derived = (None, None, Envelope())
    if response_body is not None:
        response, usage, derived = convert_response(response_body, handles)
    derived.model = derived.model or SHAPE.opt_text(body, "model", "request")
    derived.account_id = SHAPE.opt_text(body, "safety_identifier", "request") or SHAPE.opt_text(
        body, "user", "request"
    )
    return build_event(
        SHAPE,
        raw,
        envelope,
        derived,
        request={"system": system, "messages": messages},
        response=response,
        usage=usage,
        handles=handles,
        hints=HINTS,
    )
