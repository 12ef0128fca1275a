"""OpenTelemetry GenAI span records -> Event.

Record: ``{"attributes": {...}, "event_id"?, "timestamp"?, "account_id"?, "tenant_id"?,
"session_id"?, "model"?, "metadata"?, "trace_id"?, "span_id"?, "start_time_unix_nano"?}``.
``attributes`` is a flat dict (``{"gen_ai.input.messages": ..., ...}``) or an OTLP/JSON
KeyValue list; a record without ``attributes`` is read as the flat attribute dict itself.
Message attributes may be JSON strings or already-parsed lists. Field mapping: docs/adapters.md.
"""

from __future__ import annotations

import json
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
from monitor.events import Event, EventError, decode_json

NAME = "otel_genai"
SHAPE = Shape(NAME)
ROLES = ("system", "developer", "user", "assistant", "tool")
# Non-standard fields some instrumentations add to reasoning parts (the spec has none for blobs).
BLOB_FIELDS = ("signature", "encrypted_content", "data")
REASONING_TOKEN_KEYS = (
    "gen_ai.usage.reasoning.output_tokens",
    "gen_ai.usage.reasoning_tokens",
    "llm.token_count.completion_details.reasoning",
)
HINTS = {
    "timestamp": "set record.timestamp, or give the span's start_time_unix_nano",
    "account_id": "set record.account_id, or the user.id attribute",
    "model": "set record.model, or the gen_ai.response.model / gen_ai.request.model attribute",
}


def otlp_value(value: Any, path: str) -> Any:
    """One OTLP/JSON AnyValue (``{"stringValue": ...}``, ``{"intValue": "12"}``, ...) as plain JSON."""
    value = SHAPE.obj(value, path)
    if "stringValue" in value:
        return SHAPE.text(value["stringValue"], join_path(path, "stringValue"))
    if "intValue" in value:
        raw = value["intValue"]
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lstrip("-").isdigit() and len(raw) < 20:
            return int(raw)
        SHAPE.fail(join_path(path, "intValue"), f"expected an integer, got {json_type(raw)}")
    if "doubleValue" in value:
        return value["doubleValue"]
    if "boolValue" in value:
        return value["boolValue"]
    if "arrayValue" in value:
        array = SHAPE.obj(value["arrayValue"], join_path(path, "arrayValue"))
        values_path = join_path(path, "arrayValue.values")
        return [
            otlp_value(v, join_path(values_path, i))
            for i, v in enumerate(SHAPE.opt_arr(array, "values", path))
        ]
    return None


def read_attributes(record: dict[str, Any]) -> dict[str, Any]:
    attributes = record.get("attributes")
    if attributes is None:
        return record
    if isinstance(attributes, dict):
        return attributes
    out: dict[str, Any] = {}
    for i, raw in enumerate(SHAPE.arr(attributes, "attributes")):
        entry = SHAPE.obj(raw, f"attributes[{i}]")
        key = SHAPE.text(entry.get("key"), f"attributes[{i}].key")
        out[key] = otlp_value(entry.get("value"), f"attributes[{i}].value")
    return out


def json_attribute(attributes: dict[str, Any], key: str) -> list[Any]:
    """A message attribute: a JSON string or an already-parsed list; missing reads as empty."""
    value = attributes.get(key)
    path = f"attributes.{key}"
    if value is None:
        return []
    if isinstance(value, str):
        try:
            value = decode_json(value)
        except EventError as exc:
            SHAPE.fail(path, f"not a JSON array: {exc}")
    return SHAPE.arr(value, path)


class Parts:
    def __init__(self) -> None:
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.handles: list[str] = []
        self.tool_responses: list[str] = []


def read_parts(message: dict[str, Any], path: str, handles: Handles) -> Parts:
    out = Parts()
    parts_path = join_path(path, "parts")
    for i, raw in enumerate(SHAPE.opt_arr(message, "parts", path)):
        part_path = join_path(parts_path, i)
        part = SHAPE.obj(raw, part_path)
        kind = part.get("type")
        if kind == "text":
            out.text.append(SHAPE.text(part.get("content"), join_path(part_path, "content")))
        elif kind == "reasoning":
            out.reasoning.append(SHAPE.opt_text(part, "content", part_path) or "")
            for blob_field in BLOB_FIELDS:
                handles.add(SHAPE.opt_text(part, blob_field, part_path) or "", out.handles)
        elif kind == "tool_call_response":
            response = part.get("response")
            out.tool_responses.append(
                response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)
            )
    return out


def convert_input(attributes: dict[str, Any], handles: Handles) -> dict[str, Any]:
    system: list[str] = []
    for i, raw in enumerate(json_attribute(attributes, "gen_ai.system_instructions")):
        path = f"attributes.gen_ai.system_instructions[{i}]"
        part = SHAPE.obj(raw, path)
        if part.get("type", "text") == "text":
            system.append(SHAPE.text(part.get("content"), join_path(path, "content")))
    messages: list[dict[str, Any]] = []
    for i, raw in enumerate(json_attribute(attributes, "gen_ai.input.messages")):
        path = f"attributes.gen_ai.input.messages[{i}]"
        message = SHAPE.obj(raw, path)
        role = message.get("role")
        if role not in ROLES:
            SHAPE.fail(join_path(path, "role"), f"expected one of {', '.join(ROLES)}, got {shown(role)}")
        parts = read_parts(message, path, handles)
        if role in ("system", "developer"):
            system += parts.text
        elif role == "assistant":
            messages.append(
                {
                    "role": "assistant",
                    "content": joined(parts.text),
                    "reasoning": optional_joined(parts.reasoning, "\n\n"),
                    "reasoning_handles": parts.handles,
                }
            )
        elif parts.tool_responses:
            messages += [{"role": "tool", "content": text} for text in parts.tool_responses]
            if parts.text:
                messages.append({"role": role, "content": joined(parts.text)})
        else:
            messages.append({"role": role, "content": joined(parts.text)})
    return {"system": optional_joined(system, "\n\n"), "messages": messages}


def convert_output(attributes: dict[str, Any], handles: Handles, derived: Envelope) -> dict[str, Any] | None:
    outputs = json_attribute(attributes, "gen_ai.output.messages")
    if not outputs:
        return None
    # The first output message is the one shown (like choice 0); the count of others goes to metadata.
    parts = read_parts(
        SHAPE.obj(outputs[0], "attributes.gen_ai.output.messages[0]"),
        "attributes.gen_ai.output.messages[0]",
        handles,
    )
    if len(outputs) > 1:
        derived.metadata["choices"] = len(outputs)
    return {
        "content": joined(parts.text),
        "reasoning": optional_joined(parts.reasoning, "\n\n"),
        "reasoning_summary": None,
        "reasoning_handles": parts.handles,
    }


def convert_usage(attributes: dict[str, Any]) -> dict[str, int | None]:
    def first(*keys: str) -> int | None:
        for key in keys:
            value = SHAPE.opt_count(attributes, key, "attributes")
            if value is not None:
                return value
        return None

    return {
        "input_tokens": first("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"),
        "output_tokens": first("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"),
        "reasoning_tokens": first(*REASONING_TOKEN_KEYS),
    }


def span_start_ms(record: dict[str, Any]) -> int | None:
    for key in ("start_time_unix_nano", "startTimeUnixNano"):
        value = record.get(key)
        if isinstance(value, str) and value.isdigit() and len(value) < 25:
            value = int(value)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            SHAPE.fail(key, f"expected integer nanoseconds, got {json_type(value)}")
        return value // 1_000_000
    return None


def span_id(record: dict[str, Any]) -> str | None:
    span = record.get("span_id", record.get("spanId"))
    if span is None:
        return None
    trace = record.get("trace_id", record.get("traceId"))
    span_text = SHAPE.id_text(span, "span_id")
    return f"{SHAPE.id_text(trace, 'trace_id')}:{span_text}" if trace is not None else span_text


def adapt(raw: bytes) -> Event:
    record = top_record(SHAPE, decode_json(raw))
    envelope = record_envelope(SHAPE, record)
    attributes = read_attributes(record)
    handles = Handles()
    request = convert_input(attributes, handles)
    derived = Envelope(
        event_id=SHAPE.opt_text(attributes, "gen_ai.response.id", "attributes") or span_id(record),
        timestamp=span_start_ms(record),
        account_id=SHAPE.opt_text(attributes, "user.id", "attributes")
        or SHAPE.opt_text(attributes, "enduser.id", "attributes"),
        session_id=SHAPE.opt_text(attributes, "gen_ai.conversation.id", "attributes")
        or SHAPE.opt_text(attributes, "session.id", "attributes"),
        model=SHAPE.opt_text(attributes, "gen_ai.response.model", "attributes")
        or SHAPE.opt_text(attributes, "gen_ai.request.model", "attributes"),
    )
    response = convert_output(attributes, handles, derived)
    return build_event(
        SHAPE,
        raw,
        envelope,
        derived,
        request=request,
        response=response,
        usage=convert_usage(attributes),
        handles=handles,
        hints=HINTS,
    )
