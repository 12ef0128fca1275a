"""The reference scorer run beside rtmon: a plain compiled-regex scanner over the same events.

It is what many teams deploy first (a keyword/regex filter over prompt and response text), so
rtmon's costs are reported as ratios to it, not as bare times.
"""

from __future__ import annotations

import json
import re
from typing import Any

PATTERNS = (
    r"<think>",
    r"</think>",
    r"<\|channel\|>analysis",
    r"assistantfinal",
    r"reasoning_trace\.txt",
    r"final_answer\.txt",
    r"\$ cat \S+",
    r"print\(open\(",
    r"In \[\d+\]: !cat",
    r"<tool_call>",
    r"repeat (?:the|your) (?:words|reasoning|instructions)",
    r"system prompt",
    r"chain[- ]of[- ]thought",
    r"verbatim",
    r"ignore (?:all )?previous instructions",
    r"your (?:hidden )?(?:reasoning|thoughts|instructions)",
    r"scratchpad",
    r"developer mode",
)


class RegexScanner:
    def __init__(self) -> None:
        self._rx = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)

    def score(self, line: bytes) -> int:
        event: dict[str, Any] = json.loads(line)
        texts = [m.get("content") or "" for m in event["request"]["messages"]]
        if event.get("response"):
            texts.append(event["response"].get("content") or "")
        return sum(1 for t in texts for _ in self._rx.finditer(t))
