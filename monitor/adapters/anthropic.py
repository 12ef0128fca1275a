"""Anthropic Messages API log records -> Event.

Record: ``{"request": <POST /v1/messages body>, "response": <message object> | null,
"event_id"?, "timestamp", "account_id"?, "tenant_id"?, "session_id"?, "model"?, "metadata"?}``.
The Messages API response has no creation time, so ``timestamp`` comes from the record.
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
    shown,
    top_record,
)
from monitor.events import Event, decode_json

NAME = "anthropic"
SHAPE = Shape(NAME)
HINTS = {
    "timestamp": "set record.timestamp (the Messages API response carries no time)",
    "account_id": "set record.account_id, or request.metadata.user_id",
    "model": "set record.model, or give response.model / request.model",
}


class Blocks:
    """Text, thinking text and blob hashes read from one list of content blocks."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.thinking: list[str] = []
        self.handles: list[str] = []
        self.tool_results: list[str] = []

    def joined_text(self) -> str:
        return joined(self.text)


def tool_result_text(block: dict[str, Any], path: str) -> str:
    content = block.get("content")
    if content is None or isinstance(content, str):
        return content or ""
    return read_blocks(content, join_path(path, "content"), Handles()).joined_text()


def read_blocks(value: Any, path: str, handles: Handles) -> Blocks:
    blocks = Blocks()
    if isinstance(value, str):
        blocks.text.append(value)
        return blocks
    if not isinstance(value, list):
        SHAPE.fail(path, f"expected a string or a list of content blocks, got {json_type(value)}")
    for i, raw in enumerate(value):
        block_path = join_path(path, i)
        block = SHAPE.obj(raw, block_path)
        kind = block.get("type")
        if kind == "text":
            blocks.text.append(SHAPE.text(block.get("text"), join_path(block_path, "text")))
        elif kind == "thinking":
            thinking = SHAPE.opt_text(block, "thinking", block_path)
            if thinking:
                blocks.thinking.append(thinking)
            handles.add(SHAPE.opt_text(block, "signature", block_path) or "", blocks.handles)
        elif kind == "redacted_thinking":
            handles.add(SHAPE.opt_text(block, "data", block_path) or "", blocks.handles)
        elif kind == "tool_result":
            blocks.tool_results.append(tool_result_text(block, block_path))
        # tool_use, server tool blocks, images and documents carry no text for the monitor.
    return blocks


def convert_system(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, list):
        SHAPE.fail("request.system", f"expected a string or a list of text blocks, got {json_type(value)}")
    texts = []
    for i, raw in enumerate(value):
        block = SHAPE.obj(raw, f"request.system[{i}]")
        texts.append(SHAPE.text(block.get("text"), f"request.system[{i}].text"))
    return optional_joined(texts, "\n\n")


def convert_messages(body: dict[str, Any], handles: Handles) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(SHAPE.arr(body.get("messages"), "request.messages")):
        path = f"request.messages[{i}]"
        message = SHAPE.obj(raw, path)
        role = message.get("role")
        if role not in ("user", "assistant"):
            SHAPE.fail(join_path(path, "role"), f"expected user or assistant, got {shown(role)}")
        blocks = read_blocks(message.get("content"), join_path(path, "content"), handles)
        if role == "assistant":
            out.append(
                {
                    "role": "assistant",
                    "content": joined(blocks.text),
                    "reasoning": optional_joined(blocks.thinking, "\n\n"),
                    "reasoning_handles": blocks.handles,
                }
            )
            continue
        # tool_result blocks come first in a user turn; they are tool output, not user text.
        out += [{"role": "tool", "content": text} for text in blocks.tool_results]
        if blocks.text or not blocks.tool_results:
            out.append({"role": "user", "content": joined(blocks.text)})
    return out


def convert_response(
    body: dict[str, Any], handles: Handles
) -> tuple[dict[str, Any], dict[str, int | None] | None, Envelope]:
    derived = Envelope(
        event_id=SHAPE.opt_text(body, "id", "response"),
        model=SHAPE.opt_text(body, "model", "response"),
    )
    blocks = read_blocks(body.get("content"), "response.content", handles)
    response = {
        "content": joined(blocks.text),
        "reasoning": optional_joined(blocks.thinking, "\n\n"),
        "reasoning_summary": None,
        "reasoning_handles": blocks.handles,
    }
    usage_body = SHAPE.opt_obj(body, "usage", "response")
    usage = None
    if usage_body is not None:
        # input_tokens excludes cached prompt tokens; the event counts the whole prompt.
        parts = [
            SHAPE.opt_count(usage_body, key, "response.usage")
            for key in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
        ]
        usage = {
            "input_tokens": None if parts[0] is None else sum(p or 0 for p in parts),
            "output_tokens": SHAPE.opt_count(usage_body, "output_tokens", "response.usage"),
            "reasoning_tokens": None,
        }
    return response, usage, derived


def adapt(raw: bytes) -> Event:
    record = top_record(SHAPE, decode_json(raw))
    envelope = record_envelope(SHAPE, record)
    handles = Handles()
    body = SHAPE.obj(record.get("request"), "request")
    request = {"system": convert_system(body.get("system")), "messages": convert_messages(body, handles)}
    response_body = SHAPE.opt_obj(record, "response", "")
    response, usage, derived = None, None, Envelope()
    if response_body is not None:
        response, usage, derived = convert_response(response_body, handles)
    derived.model = derived.model or SHAPE.opt_text(body, "model", "request")
    request_meta = SHAPE.opt_obj(body, "metadata", "request")
    if request_meta is not None:
        derived.account_id = SHAPE.opt_text(request_meta, "user_id", "request.metadata")
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
