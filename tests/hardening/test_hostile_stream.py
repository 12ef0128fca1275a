"""Hostile streams through the service loop and hostile-but-valid events through every detector.

Service property: whatever mix of valid events and hostile records a batch holds,
``Service.process_batch`` returns normally, dead-letters each bad record once with a clear
reason and category, scores each good one (scores in [0, 1], no detector failure), and commits
the whole batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from hardening_support import MAX_EVENT_BYTES, Rig, event_obj, records_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.config import load_settings
from monitor.events import Verdict
from monitor.pipeline import Pipeline

REASON_PREFIXES = (
    "invalid UTF-8",
    "invalid JSON",
    "empty input",
    "empty record",
    "invalid event",
    "event too large",
)


@dataclass(frozen=True)
class Case:
    kind: str  # "good" or the kind of hostility
    value: bytes | None
    category: str | None = None  # expected dead-letter category of a bad record


_PIPELINE: list[Pipeline] = []


def shared_pipeline() -> Pipeline:
    """One full pipeline (every registered detector) for all examples: loading models costs time."""
    if not _PIPELINE:
        _PIPELINE.append(Pipeline(load_settings()))
    return _PIPELINE[0]


HOSTILE_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from("\u202e\u202d\u200f\u200b\ufeff\u0000\u0007\x1b\r\t\n "), max_size=200),
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=100),
    st.sampled_from(
        ["<think>" * 300, "#" * 5000, " " * 5000, "\n" * 5000, "aaaa1" * 1000, "$ cat x.txt\n" * 200]
    ),
)


@st.composite
def good_case(draw: st.DrawFn) -> Case:
    obj = event_obj("good", draw(HOSTILE_TEXT))
    obj["request"]["system"] = draw(st.none() | HOSTILE_TEXT)
    obj["response"] = {"content": draw(HOSTILE_TEXT), "reasoning": draw(st.none() | HOSTILE_TEXT)}
    return Case("good", json.dumps(obj, ensure_ascii=draw(st.booleans())).encode())


def _valid() -> dict[str, Any]:
    return event_obj("bad", "hello")


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj).encode()


BAD_CASES = st.one_of(
    st.binary(max_size=200).map(lambda b: Case("random_bytes", b"\xff" + b, "decode")),
    st.sampled_from([b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"]).map(
        lambda bad: Case("invalid_utf8", _dumps(_valid()).replace(b"hello", b"hel" + bad + b"lo"), "decode")
    ),
    st.integers(min_value=65, max_value=20_000).map(
        lambda d: Case("deep_nesting", b'{"event_id": ' + b"[" * d + b"1" + b"]" * d + b"}", "decode")
    ),
    st.sampled_from(["NaN", "Infinity", "-Infinity"]).map(
        lambda c: Case(
            "nan_infinity", _dumps(_valid()).replace(b'"hello"', b'"hi", "x": ' + c.encode()), "decode"
        )
    ),
    st.just(Case("duplicate_keys", b'{"event_id": "a", "event_id": "b"' + _dumps(_valid())[1:], "decode")),
    st.sampled_from(["\\ud800", "\\udfff", "a\\udc00b"]).map(
        lambda s: Case("lone_surrogate", _dumps(_valid()).replace(b"hello", s.encode()), "validation")
    ),
    st.sampled_from(
        [
            ("timestamp", 1.5),
            ("timestamp", True),
            ("request", "text"),
            ("request", {"messages": [{"role": "wizard", "content": "x"}]}),
            ("request", {"messages": [{"role": "user", "content": 7}]}),
            ("account_id", ""),
            ("model", None),
            ("response", []),
            ("usage", {"input_tokens": -1}),
            ("event_id", "x" * 600),
        ]
    ).map(lambda kv: Case("wrong_type", _dumps({**_valid(), kv[0]: kv[1]}), "validation")),
    st.sampled_from([b"", b"   ", b"\n", b"[]", b"1", b'"event"', b"null"]).map(
        lambda b: Case("not_an_object", b, "decode" if not b.strip() else "validation")
    ),
    st.just(Case("no_value", None, "decode")),
    st.just(Case("too_large", _dumps(event_obj("big", "x" * (MAX_EVENT_BYTES + 10))), "too_large")),
)


def check_verdict(verdict: Verdict) -> None:
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values()), verdict.scores
    assert not any("failed" in note for note in verdict.notes), verdict.notes


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(cases=st.lists(st.one_of(good_case(), BAD_CASES), min_size=1, max_size=10))
def test_a_batch_of_valid_and_hostile_records_never_raises(cases: list[Case]) -> None:
    values = []
    for i, case in enumerate(cases):
        # Give every good event its own id, so that outputs can be matched to records.
        values.append(
            case.value.replace(b'"good"', f'"good-{i}"'.encode(), 1)
            if case.kind == "good" and case.value
            else case.value
        )
    rig = Rig(records_of(values), pipeline=shared_pipeline())
    assert rig.service.process_batch(rig.source.poll(100, 0.0)) is True
    assert rig.source.committed == list(range(len(cases)))
    dead = {record.offset: (reason, category) for record, reason, category in rig.outputs.dead}
    scored = {v.event_id: v for v in rig.outputs.verdicts}
    assert len(dead) + len(scored) == len(cases) == len(rig.outputs.dead) + len(rig.outputs.verdicts)
    for i, case in enumerate(cases):
        if case.kind == "good":
            check_verdict(scored[f"good-{i}"])
            continue
        reason, category = dead[i]
        assert reason.startswith(REASON_PREFIXES), (case.kind, reason)
        assert category == case.category, (case.kind, reason, category)
    assert rig.service.totals.dead_letters == len(dead) and rig.service.totals.scored == len(scored)


def test_every_hostile_kind_is_generated_and_dead_lettered_in_one_batch() -> None:
    kinds = [
        Case("random_bytes", b"\xff\x00garbage", "decode"),
        Case("deep", b"[" * 100_000, "decode"),
        Case("nan", b'{"a": NaN}', "decode"),
        Case("dup", b'{"a": 1, "a": 2}', "decode"),
        Case("surrogate", _dumps(_valid()).replace(b"hello", b"\\ud800"), "validation"),
        Case("big_int", b'{"a": ' + b"9" * 5000 + b"}", "decode"),
        Case("too_large", _dumps(event_obj("big", "x" * (MAX_EVENT_BYTES + 10))), "too_large"),
        Case("good", _dumps(event_obj("good-7", "What is 17 * 23?"))),
    ]
    rig = Rig(records_of([k.value for k in kinds]))
    assert rig.service.process_batch(rig.source.poll(100, 0.0)) is True
    assert [(r.offset, c) for r, _, c in rig.outputs.dead] == [
        (i, k.category) for i, k in enumerate(kinds[:-1])
    ]
    assert [v.event_id for v in rig.outputs.verdicts] == ["good-7"]
    assert rig.registry.get_sample_value("rtmon_dead_letters_total", {"reason": "decode"}) == 5


def test_fifty_megabyte_strings_decode_or_fail_cleanly() -> None:
    """A 50 MB string is within the 64 MiB decoder limit: parsed, not copied into errors."""
    from monitor.adapters import ADAPTERS
    from monitor.events import EventError, parse_event

    huge = "ab" * (25 * 1024 * 1024)
    raw = _dumps(event_obj("huge", huge))
    assert len(parse_event(raw).request.messages[0].content) == len(huge)
    for name, adapt in ADAPTERS.items():
        try:
            adapt(raw)
        except EventError as exc:
            assert len(str(exc)) < 1000, name
    wrong = _dumps({**_valid(), "timestamp": huge})
    with pytest.raises(EventError) as info:
        parse_event(wrong)
    assert len(str(info.value)) < 1000
    rig = Rig(records_of([raw]))  # the service's own limit (1 MiB here) turns it into a dead letter
    assert rig.service.process_batch(rig.source.poll(10, 0.0)) is True
    assert [c for _, _, c in rig.outputs.dead] == ["too_large"]


def _ev(messages: list[dict[str, str]], **fields: Any) -> dict[str, Any]:
    obj = event_obj("hostile", "x")
    obj["request"]["messages"] = messages
    obj["request"]["system"] = fields.pop("system", None)
    obj["response"] = {"content": fields.pop("content", "ok"), **fields}
    return obj


def _user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


MB = 1_000_000
HOSTILE_EVENTS: dict[str, dict[str, Any]] = {
    "1MB_a": _ev(_user("a" * MB)),
    "1MB_spaces": _ev(_user(" " * MB)),
    "1MB_newlines": _ev(_user("\n" * MB)),
    "1MB_hashes": _ev(_user("#" * MB)),
    "1MB_lt": _ev(_user("<" * MB)),
    "1MB_digits": _ev(_user("1" * MB)),
    "1MB_dollar": _ev(_user("$" * MB)),
    "1MB_colon_lines": _ev(_user(("a" * 20 + ":\n") * (MB // 22))),
    "1MB_in_every_field": _ev(
        _user("q" * MB), system="s" * MB, content="c" * MB, reasoning="r" * MB, reasoning_summary="m" * MB
    ),
    "whitespace_only": _ev(_user(" \t\n\u00a0\u2003" * 1000), content="   "),
    "empty_strings": _ev([{"role": "user", "content": ""}], content=""),
    "10k_messages": _ev(
        [{"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i}"} for i in range(10_000)]
    ),
    "deeply_repetitive": _ev(_user("the cat sat on the mat. " * 40_000)),
    "repeated_reasoning_request": _ev(_user("show me your reasoning " * 20_000)),
    "control_characters": _ev(_user("".join(chr(i) for i in range(32)) * 20_000)),
    "rtl_text": _ev(_user("\u202eمرحبا بالعالم \u202dשלום עולם " * 20_000)),
    "emoji_soup": _ev(_user("😀🔥👍🏽‍♂️🇺🇸🧠💭" * 50_000)),
    "zero_width": _ev(_user("\u200b\u200c\u200d\u2060\ufeff" * 100_000)),
    "combining_marks": _ev(_user("a" + "\u0301" * 200_000)),
    "think_tags": _ev(_user("<think>" * 100_000), content="</think>" * 100_000),
    "huge_reasoning_equal_to_answer": _ev(
        _user("hi"), content="step one two three " * 50_000, reasoning="step one two three " * 50_000
    ),
}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", sorted(HOSTILE_EVENTS))
def test_hostile_but_valid_events_through_every_detector(name: str) -> None:
    rig = Rig(
        records_of([json.dumps(HOSTILE_EVENTS[name]).encode()]),
        pipeline=shared_pipeline(),
        settings=load_settings(verdicts_topic="verdicts"),
    )
    rig.service.max_event_bytes = 64 * MB
    assert rig.service.process_batch(rig.source.poll(10, 0.0)) is True
    assert rig.outputs.dead == []
    [verdict] = rig.outputs.verdicts
    check_verdict(verdict)
