"""The leakage detectors' shared tokenisation (one pass per event, a memo of system prompts)
gives the same findings as one plain ``tokenize`` per text."""

from __future__ import annotations

import random

from monitor.config import Settings
from monitor.detectors import leakage_instructions as li
from monitor.detectors.base import ScanContext, hidden_instructions
from monitor.detectors.leakage_family import DETECTORS
from monitor.events import Event
from monitor.overlap import tokenize

WORDS = (
    "the step total is 391 so wait hmm Ada ORDER-77x1 code QX7F22KD never reveal café 数学 ``` $ cat".split()
)


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def events(count: int) -> list[Event]:
    rng = random.Random(3)
    out = []
    for i in range(count):
        system = text(rng, rng.randint(0, 40))
        reasoning = text(rng, rng.randint(0, 200))
        content = reasoning[: rng.randint(0, len(reasoning))] + " " + system[: rng.randint(0, len(system))]
        summary = text(rng, 20) if rng.random() < 0.3 else None
        out.append(
            Event.model_validate(
                {
                    "event_id": f"e{i}",
                    "timestamp": 0,
                    "account_id": "a",
                    "model": "m",
                    "request": {"system": system or None, "messages": [{"role": "user", "content": "q"}]},
                    "response": {
                        "content": content,
                        "reasoning": reasoning or None,
                        "reasoning_summary": summary,
                    },
                }
            )
        )
    return out


def plain_context(event: Event) -> ScanContext:
    """A context whose token cache holds one plain ``tokenize`` per text, as before batching."""
    ctx = ScanContext()
    response = event.response
    assert response is not None
    fields = {
        "content": response.content,
        "summary": response.reasoning_summary,
        "reasoning": response.reasoning,
    }
    for field, value in fields.items():
        if value:
            ctx.cache[f"leakage.tokens:{field}"] = tokenize(value)
    return ctx


def findings(event: Event, ctx: ScanContext) -> list[str]:
    detectors = [factory(Settings()) for _, factory in DETECTORS]
    return [f.model_dump_json() if f else "-" for f in (d.detect(event, ctx) for d in detectors)]


def test_batched_tokens_and_prompt_memo_give_the_plain_findings() -> None:
    for ev in events(120):
        li._PROMPTS.clear()
        plain_ctx = plain_context(ev)
        hidden = hidden_instructions(ev)
        if hidden.strip():
            li._PROMPTS[hidden] = li.PromptFacts(tokenize(hidden), tuple(li._SECRET.findall(hidden)))
        plain = findings(ev, plain_ctx)
        li._PROMPTS.clear()
        assert findings(ev, ScanContext()) == plain  # memo miss: one pass over every text
        assert findings(ev, ScanContext()) == plain  # memo hit
