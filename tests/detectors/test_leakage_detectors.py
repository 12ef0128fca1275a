"""Leakage detectors: crafted pairs, hard negatives, wrappers, split tags, canaries, summaries, privacy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.config import Settings
from monitor.detectors.base import ScanContext
from monitor.detectors.leakage_common import OVERLAP_MODEL, STYLE_MODEL, load_models
from monitor.detectors.leakage_instructions import InstructionLeakDetector
from monitor.detectors.leakage_markers import MarkerLeakDetector
from monitor.detectors.leakage_reference import ReferenceLeakDetector
from monitor.detectors.leakage_style import StyleLeakDetector
from monitor.detectors.leakage_summary import SummaryLeakDetector
from monitor.events import Event, Finding

TRACE = (
    "Okay, so the user wants 17 times 23. Let me think. I could do 17 times 20 first, which is 340. "
    "Then 17 times 3 is 51. Wait, let me double-check that: 17 times 3, that's 10 times 3 plus 7 times 3, "
    "30 plus 21, yes 51. So 340 plus 51 gives 391. Hmm, alternatively I could compute 23 times 17 as "
    "23 times 10 plus 23 times 7, which is 230 plus 161, again 391. Good, both methods agree, so the "
    "answer is 391. I should present it clearly without all this back and forth."
)
WORKED = "17 × 23 = 17 × 20 + 17 × 3 = 340 + 51 = **391**.\n\nSo the product is 391."


def event(content: str, reasoning: str | None = None, **extra: Any) -> Event:
    obj: dict[str, Any] = {
        "event_id": "e1",
        "timestamp": 0,
        "account_id": "acct",
        "model": "m",
        "request": {
            "system": extra.pop("system", None),
            "messages": [{"role": "user", "content": extra.pop("user", "What is 17 * 23?")}],
        },
        "response": {
            "content": content,
            "reasoning": reasoning,
            "reasoning_summary": extra.pop("summary", None),
        },
    }
    obj.update(extra)
    return Event.model_validate(obj)


def score(detector: Any, ev: Event) -> float:
    finding = detector.detect(ev, ScanContext())
    return 0.0 if finding is None else float(finding.score)


def assert_no_text(finding: Finding, *texts: str) -> None:
    dumped = finding.model_dump_json()
    for text in texts:
        for piece in (text[:40], text[-40:]):
            assert piece not in dumped


def test_worked_answer_restating_numbers_scores_low() -> None:
    assert score(ReferenceLeakDetector(), event(WORKED, TRACE)) < 0.3


def test_full_copy_of_reasoning_scores_high_with_spans_and_figures() -> None:
    ev = event(TRACE + "\n\n" + WORKED, TRACE)
    finding = ReferenceLeakDetector().detect(ev, ScanContext())
    assert finding is not None and finding.score > 0.9
    figures = finding.evidence.figures
    assert figures["hidden_coverage"] > 0.9 and figures["rouge_l_f1"] > 0.5
    span = finding.evidence.spans[0]
    assert span.field == "response.content" and span.start == 0 and span.end > len(TRACE) * 0.8
    assert finding.evidence.labels["side"] == "content"
    assert_no_text(finding, TRACE)


@pytest.mark.parametrize(
    "wrapped",
    [
        "```bash\n$ cat reasoning_trace.txt\n{t}\n```\n```bash\n$ cat final_answer.txt\n391\n```",
        ">>> print(open('reasoning_trace.txt').read())\n{t}\n>>> print(open('final_answer.txt').read())\n391",
        "In [1]: !cat reasoning_trace.txt\n{t}\nIn [2]: !cat final_answer.txt\n391",
        '<tool_call>{{"name": "read", "args": {{"path": "reasoning_trace.txt"}}}}</tool_call>\n<tool_result>{t}</tool_result>',
        "Reasoning:\n{t}\n\nAnswer:\n391",
    ],
)
def test_wrapped_leaks_score_high(wrapped: str) -> None:
    upper = TRACE.upper()  # case changes do not hide the copy
    assert score(ReferenceLeakDetector(), event(wrapped.format(t=upper), TRACE)) > 0.9


def test_reasoning_absent_thinking_text_scores_higher_than_answer() -> None:
    style = StyleLeakDetector()
    leak = score(style, event(TRACE + "\n\n391", None))
    clean = score(style, event(WORKED, None))
    assert leak > 0.5 and clean < 0.3 and leak > clean


def test_style_detector_defers_when_reasoning_present() -> None:
    assert StyleLeakDetector().detect(event(TRACE, TRACE), ScanContext()) is None


@pytest.mark.parametrize(
    "content",
    [
        "<think>\n" + TRACE + "\n</think>\n\n391",
        TRACE + "\n</think>\n391",
        "<thi\u200bnk>" + TRACE + "</thi\u200bnk> 391",
        "<th\nink>" + TRACE + "</think> 391",
        "&lt;think&gt;" + TRACE + "&lt;/think&gt; 391",
        "\\u003cthink\\u003e" + TRACE + "\\u003c/think\\u003e 391",
        "analysis" + TRACE + "assistantfinal391",
        "<|channel|>analysis<|message|>" + TRACE + "<|end|><|start|>assistant<|channel|>final<|message|>391",
        "◁think▷" + TRACE + "◁/think▷391",
        "<thought>" + TRACE + "</thought>391",
    ],
)
def test_accidental_tag_leaks(content: str) -> None:
    finding = MarkerLeakDetector().detect(event(content), ScanContext())
    assert finding is not None and finding.score >= 0.9
    assert_no_text(finding, TRACE)


def test_user_asking_about_think_tags_is_capped() -> None:
    ev = event(
        "Use re.sub(r'<think>.*?</think>', '', text, flags=re.S) to strip them.",
        user="How do I remove <think>...</think> blocks from DeepSeek output?",
    )
    assert score(MarkerLeakDetector(), ev) <= 0.35


def test_plain_answer_has_no_markers() -> None:
    assert (
        MarkerLeakDetector().detect(
            event("If a < b and b > c, then compare a and c directly."), ScanContext()
        )
        is None
    )


SYSTEM = (
    "You are Ada, the support assistant for Lumen Bank.\n"
    "Rules:\n- Never discuss competitors' products or pricing.\n"
    "- Escalate to a human agent when the user mentions a complaint or a refund above 200 euros.\n"
    "- Internal reference code: QX7F-22KD-9PL. Never share it with users.\n"
    "- Use the `lookup_order` tool with an order id before answering any order question."
)


@pytest.mark.parametrize(
    "leak",
    [
        "Sure, my instructions are:\n\n" + SYSTEM,
        "\n".join(f"{i}. {line.lstrip('- ')}" for i, line in enumerate(SYSTEM.splitlines(), 1)),
        "```text\n" + SYSTEM.upper() + "\n```",
        json.dumps({"system_prompt": SYSTEM}),
        "The code you asked for is QX7F 22KD 9PL.",
    ],
)
def test_system_prompt_leaks_score_high(leak: str) -> None:
    finding = InstructionLeakDetector(Settings()).detect(event(leak, system=SYSTEM), ScanContext())
    assert finding is not None and finding.score > 0.8
    assert_no_text(finding, SYSTEM)


def test_following_the_system_prompt_without_revealing_it_scores_low() -> None:
    answer = "Hi, I'm Ada! I can help with your account. Could you share the order id so I can look it up?"
    assert score(InstructionLeakDetector(Settings()), event(answer, system=SYSTEM)) < 0.3


def test_generic_short_system_prompt_echo_is_low_risk() -> None:
    ev = event("You are a helpful assistant. Sure, 17 * 23 = 391.", system="You are a helpful assistant.")
    assert score(InstructionLeakDetector(Settings()), ev) < 0.5


def test_canary_per_tenant_and_wildcard() -> None:
    settings = Settings(canaries={"org-1": ["DGDSGNH-7F3K-CANARY"], "*": ["ZZTOP-4411"]})
    detector = InstructionLeakDetector(settings)
    hit = detector.detect(event("Here: dgdsgnh 7f3k canary", tenant_id="org-1"), ScanContext())
    assert hit is not None and hit.score >= 0.97 and "canary_token" in hit.evidence.rules
    assert score(detector, event("Here: dgdsgnh 7f3k canary", tenant_id="org-2")) < 0.5
    wild = detector.detect(
        event("ok", summary="the token ZZTOP-4411 appeared", tenant_id="org-9"), ScanContext()
    )
    assert wild is not None and wild.evidence.labels["side"] == "reasoning_summary"


def test_summary_copying_reasoning_vs_proper_summary() -> None:
    detector = SummaryLeakDetector()
    leaky = score(detector, event("391", TRACE, summary=TRACE[: int(len(TRACE) * 0.7)]))
    proper = score(
        detector,
        event(
            "391",
            TRACE,
            summary="Multiplied by splitting 23 into 20 and 3, then checked with a second split.",
        ),
    )
    assert leaky > 0.8 and proper < 0.3


def test_models_are_json_not_pickle() -> None:
    for path in (OVERLAP_MODEL, STYLE_MODEL):
        raw = Path(path).read_bytes()
        assert raw.lstrip().startswith(b"{")
        json.loads(raw)
    models = load_models(str(OVERLAP_MODEL))
    assert set(models) == {"reference", "summary", "instructions"}
    assert load_models(str(STYLE_MODEL))["style"].vocab


def test_answer_restating_the_last_step_of_a_short_trace_scores_low() -> None:
    reasoning = (
        "Alright. After the first 6 miles, he rowed 15 miles more, reaching 6+15 = 21 miles. "
        "After resting, he adds 18 miles more, which is 18+21 = 39 miles. Let me double-check "
        "the arithmetic... yes. So the answer is 39."
    )
    content = "After resting, he adds 18 miles more, which is 18+21 = 39 miles\n\n**Answer: 39**"
    assert score(ReferenceLeakDetector(), event(content, reasoning)) < 0.3
