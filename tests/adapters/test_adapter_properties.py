"""Property tests: whatever bytes arrive, adapters and parse_event raise EventError or return an Event."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from adapter_fixtures import FIXTURES, fixture_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.adapters import ADAPTERS
from monitor.events import Event, EventError, parse_event

PARSERS: dict[str, Callable[[bytes], Event]] = {**ADAPTERS, "event": parse_event}
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))
EVENT_BASE = {
    "event_id": "e-1",
    "timestamp": "2026-01-01T00:00:00Z",
    "account_id": "a",
    "model": "m",
    "request": {"messages": [{"role": "user", "content": "hi"}]},
    "response": {"content": "ok"},
}
PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(parser: Callable[[bytes], Event], raw: bytes) -> None:
    """The property: an Event that serialises cleanly, or an EventError; nothing else."""
    try:
        event = parser(raw)
    except EventError as exc:
        assert str(exc)
        return
    event.model_dump_json()


# -- raw text with the JSON edge cases a strict decoder must refuse -----------------------------

LONE_SURROGATES = st.sampled_from(['"\\ud800"', '"\\udfff"', '"a\\udc00b"'])
NUMBER_EDGES = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "9" * 5000, "1.5", "-0"])


def json_text() -> st.SearchStrategy[str]:
    scalars = st.one_of(
        st.none().map(lambda _: "null"),
        st.booleans().map(lambda b: "true" if b else "false"),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.text(max_size=20).map(json.dumps),
        LONE_SURROGATES,
        NUMBER_EDGES,
    )
    keys = st.sampled_from(
        [
            "event_id",
            "timestamp",
            "account_id",
            "model",
            "request",
            "response",
            "content",
            "messages",
            "role",
            "choices",
            "message",
            "input",
            "output",
            "attributes",
            "x",
        ]
    )

    def containers(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        arrays = st.lists(children, max_size=4).map(lambda xs: "[" + ",".join(xs) + "]")
        # Lists of pairs may repeat a key: duplicate keys are part of the input space.
        objects = st.lists(st.tuples(keys, children), max_size=5).map(
            lambda kvs: "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in kvs) + "}"
        )
        return st.one_of(arrays, objects)

    return st.recursive(scalars, containers, max_leaves=25)


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=300), name=st.sampled_from(sorted(PARSERS)))
def test_random_bytes(raw: bytes, name: str) -> None:
    outcome(PARSERS[name], raw)


@PROPERTY_SETTINGS
@given(text=json_text(), name=st.sampled_from(sorted(PARSERS)))
def test_json_like_text(text: str, name: str) -> None:
    outcome(PARSERS[name], text.encode("utf-8"))


@PROPERTY_SETTINGS
@given(
    depth=st.integers(min_value=1, max_value=5000),
    opener=st.sampled_from(["[", '{"a":']),
    name=st.sampled_from(sorted(PARSERS)),
)
def test_deep_nesting(depth: int, opener: str, name: str) -> None:
    closer = "]" if opener == "[" else "}"
    outcome(PARSERS[name], (opener * depth + "1" + closer * depth).encode())


@PROPERTY_SETTINGS
@given(
    prefix=st.binary(max_size=20),
    bad=st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]),
    name=st.sampled_from(sorted(PARSERS)),
)
def test_invalid_utf8_inside_a_valid_looking_record(prefix: bytes, bad: bytes, name: str) -> None:
    raw = json.dumps(EVENT_BASE).encode()
    outcome(PARSERS[name], raw[:20] + prefix + bad + raw[20:])


# -- valid vendor records with one value replaced: wrong types at every depth -------------------


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += paths(child, (*prefix, i))
    return out


def replaced(record: Any, path: tuple[Any, ...], new: Any) -> Any:
    record = copy.deepcopy(record)
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = new
    return record


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**64), max_value=2**64),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=10),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated_fixture(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(FIXTURE_NAMES))
    record = fixture_record(name)
    path = draw(st.sampled_from(paths(record)))
    return name.split(".")[0], json.dumps(replaced(record, path, draw(JSON_VALUES))).encode()


@settings(max_examples=400, deadline=None)
@given(case=mutated_fixture())
def test_vendor_records_with_one_wrong_value(case: tuple[str, bytes]) -> None:
    adapter, raw = case
    outcome(ADAPTERS[adapter], raw)


@PROPERTY_SETTINGS
@given(key=st.sampled_from(sorted(EVENT_BASE)), value=JSON_VALUES)
def test_events_with_one_wrong_top_level_value(key: str, value: Any) -> None:
    outcome(parse_event, json.dumps({**EVENT_BASE, key: value}).encode())


def test_specific_edge_cases_are_event_errors() -> None:
    cases = [
        b'{"a": NaN}',
        b'{"a": Infinity}',
        b'{"a": 1, "a": 2}',
        b'{"event_id": "\\ud800"}',
        b"\xff\xfe",
        b"[" * 100_000,
        b'{"a": ' + b"1" * 5000 + b"}",
        b"",
        b"   ",
    ]
    for raw in cases:
        for name, parser in PARSERS.items():
            try:
                parser(raw)
            except EventError:
                continue
            raise AssertionError(f"{name} accepted {raw[:30]!r}")
