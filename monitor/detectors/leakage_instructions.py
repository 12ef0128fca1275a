"""Hidden-instruction leak: the system / developer prompt, its secrets, or tenant canaries in the output.

Three signals, strongest first:

- a configured canary (``Settings.canaries``: tenant id or ``'*'`` -> tokens) in the visible text
  or the reasoning summary, matched case-insensitively across separators (``ab-12 cd`` finds
  ``AB12CD``);
- a secret-looking token of the system prompt (mixed letters and digits, >= 6 characters, e.g.
  a discount code or an internal id) in the output while the user never typed it;
- 4-gram coverage of the hidden instructions in the output, which survives bullets, numbering,
  quoting, code fences and JSON (wrappers are masked, tokens ignore punctuation), calibrated by
  a logistic model that also sees the prompt length, so echoing a one-line generic prompt such as
  "You are a helpful assistant." stays low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, hidden_instructions, make_finding
from monitor.detectors.leakage_common import (
    cached_tokens,
    overlap_features,
    overlap_model,
    prime_tokens,
    response_fields,
    round_figures,
)
from monitor.events import Event, Evidence, Finding, Span, Task
from monitor.memo import BoundedMemo
from monitor.overlap import Tokens, overlap

SHINGLE = 4
LONG_RUN = 8
REPORT_FROM = 0.05
CANARY_SCORE = 0.99
SECRET_SCORE = 0.92
_SECRET = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{5,}(?![\w-])")
_SEP = r"[\W_]{0,3}"
_ASCII_DIGITS = "0123456789"


def secret_tokens(text: str) -> list[str]:
    """``_SECRET.findall(text)``; a match needs a digit, so ASCII text without one skips the scan."""
    if text.isascii() and not any(d in text for d in _ASCII_DIGITS):
        return []
    return _SECRET.findall(text)


def fuzzy_pattern(token: str) -> re.Pattern[str] | None:
    chars = [c for c in token if c.isalnum()]
    if len(chars) < 4:
        return None
    return re.compile(_SEP.join(re.escape(c) for c in chars), re.I)


@dataclass(frozen=True)
class PromptFacts:
    """What the detector reads from hidden instructions, whatever the response: their tokens and
    the secret-looking tokens in them (:func:`secret_tokens`)."""

    tokens: Tokens
    secrets: tuple[str, ...]


# Facts of recent hidden instructions: deployments send the same few system prompts with every
# request. Cleared when full (a bounded memo, not an LRU); long prompts are not kept. Sized for a
# few hundred applications: at 64, the benchmark mix's 300 (293 seen in 5,000 events) cleared it
# every ~100 events and half the lookups missed. ~9 KB a 1 KB prompt, ~125 KB one of 16k characters.
PROMPT_MEMO_SIZE = 384
PROMPT_MEMO_MAX_CHARS = 16_000
_PROMPTS: BoundedMemo[PromptFacts] = BoundedMemo(PROMPT_MEMO_SIZE, PROMPT_MEMO_MAX_CHARS)
_CACHE_FIELD = {"response.content": "content", "response.reasoning_summary": "summary"}


def prompt_facts(ctx: ScanContext, event: Event, hidden_text: str) -> PromptFacts:
    """``PromptFacts(tokenize(hidden_text), secret_tokens(hidden_text))``, remembered per prompt;
    the response texts of the event are tokenised in the same pass (:func:`prime_tokens`) for
    this and the other leakage detectors."""
    fields = response_fields(event, ctx)
    found = _PROMPTS.get(hidden_text)
    if found is not None:
        prime_tokens(ctx, fields)
        return found
    prime_tokens(ctx, [("instructions", hidden_text), *fields])
    facts = PromptFacts(cached_tokens(ctx, "instructions", hidden_text), tuple(secret_tokens(hidden_text)))
    return _PROMPTS.remember(hidden_text, facts)


class InstructionLeakDetector:
    name: ClassVar[str] = "leakage_instructions"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False

    def __init__(self, settings: Any = None) -> None:
        self.model = overlap_model("instructions")
        canaries: dict[str, list[str]] = dict(getattr(settings, "canaries", None) or {})
        self.canaries: dict[str, list[re.Pattern[str]]] = {}
        for tenant, tokens in canaries.items():
            self.canaries[tenant] = [p for p in (fuzzy_pattern(t) for t in tokens) if p is not None]

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        response = event.response
        if response is None:
            return None
        sides = [("response.content", response.content)]
        if response.reasoning_summary:
            sides.append(("response.reasoning_summary", response.reasoning_summary))
        return self._canary(event, sides) or self._instructions(event, sides, ctx)

    def _canary(self, event: Event, sides: list[tuple[str, str]]) -> Finding | None:
        patterns = list(self.canaries.get("*", []))
        if event.tenant_id:
            patterns += self.canaries.get(event.tenant_id, [])
        for field, text in sides:
            for index, pattern in enumerate(patterns):
                m = pattern.search(text)
                if m:
                    evidence = Evidence(
                        spans=[Span(field=field, start=m.start(), end=m.end())],
                        rules=["canary_token"],
                        figures={"canary_index": float(index)},
                        labels={"side": field.removeprefix("response.")},
                    )
                    return make_finding(
                        self.name,
                        self.task,
                        CANARY_SCORE,
                        "a configured canary token is in the output",
                        evidence,
                    )
        return None

    def _instructions(self, event: Event, sides: list[tuple[str, str]], ctx: ScanContext) -> Finding | None:
        hidden_text = hidden_instructions(event)
        if not hidden_text.strip():
            return None
        facts = prompt_facts(ctx, event, hidden_text)
        hidden = facts.tokens
        if len(hidden) == 0:
            return None
        best: Finding | None = None
        found = facts.secrets
        user_text = "\n".join(m.content for m in event.request.messages if m.role == "user") if found else ""
        secrets = {s for s in found if s not in user_text}
        for field, text in sides:
            visible = cached_tokens(ctx, _CACHE_FIELD[field], text)
            ov = overlap(hidden, visible, n=SHINGLE, long_run_min=LONG_RUN)
            figures = overlap_features(ov)
            score = self.model.probability(figures)
            rules = ["instruction_overlap"]
            spans = [Span(field=field, start=a, end=b) for a, b in ov.spans(visible)]
            for secret in secrets:
                pattern = fuzzy_pattern(secret)
                m = pattern.search(text) if pattern else None
                if m:
                    score = max(score, SECRET_SCORE)
                    rules.append("instruction_secret")
                    spans.insert(0, Span(field=field, start=m.start(), end=m.end()))
                    break
            if score < REPORT_FROM or (best is not None and best.score >= score):
                continue
            figures.update(hidden_tokens=float(ov.hidden_tokens), secrets_in_prompt=float(len(secrets)))
            evidence = Evidence(
                spans=spans[:6],
                rules=rules,
                figures=round_figures(figures),
                labels={"side": field.removeprefix("response."), "reference": "request.system"},
            )
            reason = f"output repeats {ov.hidden_coverage:.0%} of the hidden instructions"
            if "instruction_secret" in rules:
                reason = "output contains a secret value from the hidden instructions"
            best = make_finding(self.name, self.task, score, reason, evidence)
        return best
