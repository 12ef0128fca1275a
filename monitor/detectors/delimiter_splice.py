"""Reasoning delimiters spliced into a user message to fake the end of the hidden reasoning.

An injection closes a reasoning block the user never opened (``</think>``, ``</reasoning>``,
``◁/think▷``) or opens a fake assistant turn inside user content (``<|start|>assistant``,
``<|im_start|>assistant``, ``<|channel|>final``), then asks for the reasoning or leaves a short
prefill for the model to complete ("My hidden reasoning was: "). Developers *mention* the same
tokens when they parse them, and people paste whole transcripts, so: delimiters inside quotes or
fenced code do not count, a block the user opened and closed themselves is not a splice, and the
ask must be an exposure ask (reveal / verbatim / hidden concept, not mere reasoning words) or a
prefill ending within :data:`PREFILL_MAX_CHARS` of the delimiter. Evidence: span and counts.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.detectors.extraction import (
    FENCED_BLOCK,
    ExtractionRule,
    inside_spans,
    last_user_index,
    quoted_spans,
    shared_matcher,
)
from monitor.detectors.intent import BIT
from monitor.events import Event, Evidence, Finding, Span
from monitor.normalize import normalize

_CLOSERS = re.compile(r"</(think|thinking|reasoning|thought|scratchpad)>|◁/think▷", re.IGNORECASE)
_ASSISTANT_TURN = re.compile(
    r"<\|start\|>\s*assistant|<\|im_start\|>\s*assistant|<\|channel\|>\s*final", re.IGNORECASE
)
_PREFILL_END = re.compile(r"""[:"“«(\[]\s*$""")
# Reasoning words alone are not an ask: pasted transcripts are full of them.
_ASK_BITS = BIT["reveal"] | BIT["verbatim"] | BIT["hidden"]
SPLICE_SCORE = 0.80
PREFILL_MAX_CHARS = 400


def _unfenced(text: str) -> str:
    """``text`` with fenced code blocks blanked (same length, so positions still hold)."""
    return FENCED_BLOCK.sub(lambda m: " " * len(m.group()), text) if "```" in text else text


def _splice_start(text: str) -> int | None:
    """The first unquoted delimiter that closes an unopened block or opens an assistant turn."""
    candidates = [m.start() for m in _ASSISTANT_TURN.finditer(text)]
    closers = list(_CLOSERS.finditer(text))
    if closers:
        lowered = text.lower()
        for m in closers:
            opener = f"<{m.group(1).lower()}>" if m.group(1) else "◁think▷"
            if lowered.find(opener, 0, m.start()) < 0:
                candidates.append(m.start())
    if not candidates:
        return None
    mentioned = quoted_spans(text)  # only now: a 150 KB prompt costs ~1 ms here
    return min((pos for pos in candidates if not inside_spans(mentioned, pos)), default=None)


class DelimiterSpliceDetector(ExtractionRule):
    name: ClassVar[str] = "delimiter_splice"

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        messages = event.request.messages
        last = last_user_index(messages)
        if last is None:
            return None
        raw = messages[last].content
        if "</" not in raw and "<|" not in raw and "◁" not in raw:
            return None
        text = _unfenced(raw)
        start = _splice_start(text)
        if start is None:
            return None
        ends_in_prose = text.rstrip() == raw.rstrip()  # not inside a fenced block
        prefill = (
            ends_in_prose and len(raw) - start <= PREFILL_MAX_CHARS and _PREFILL_END.search(raw) is not None
        )
        tail = normalize(text[start:]).text
        asked = any(bits & _ASK_BITS for _, bits in shared_matcher().hits(tail))
        if not (prefill or asked):
            return None
        rules = (
            ["splice.delimiter"] + (["splice.prefill"] if prefill else []) + (["splice.ask"] if asked else [])
        )
        evidence = Evidence(
            spans=[Span(field=f"request.messages[{last}].content", start=start, end=len(raw))],
            rules=rules,
            figures={"chars_after_delimiter": float(len(raw) - start)},
        )
        return make_finding(
            self.name, self.task, SPLICE_SCORE, "reasoning delimiter spliced into the user message", evidence
        )


DETECTORS: tuple[tuple[str, Any], ...] = (("delimiter_splice", DelimiterSpliceDetector),)
