"""Accidental in-band reasoning and reveal wrappers in the visible text.

Runs whether or not ``response.reasoning`` is present. Catches ``<think>`` / stray ``</think>``,
``<thinking>``, ``<thought>``, ``<reasoning>``, Kimi ``◁think▷``, Harmony ``<|channel|>analysis``,
``<|start|>assistant<|channel|>`` and its decoded form ``analysis…assistantfinal``, Gemma
``<|channel>thought``, also when a tag is split by streaming artefacts (``<thi`` + zero-width
space + ``nk>``, ``< think >``, a newline inside the tag) or escaped (``&lt;think&gt;``,
``\\u003cthink\\u003e``), and reveal wrappers that read a reasoning file
(``$ cat reasoning_trace.txt``, ``print(open('…').read())``, ``In [1]: !cat``, a tool call on a
reasoning path). When the user's own message names the same marker (a developer asking how to
strip ``<think>`` tags) the score is capped: that is a discussion, not a leak.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.events import Event, Evidence, Finding, Span, Task

DISCUSSION_CAP = 0.35
DISCUSSION_MAX_CHARS = 4000
_GAP = r"[\s\u200b-\u200f\u2060\ufeff]{0,3}"
_LT = r"(?:<|&lt;|\\u003c|\\x3c|&#60;)"
_GT = r"(?:>|&gt;|\\u003e|\\x3e|&#62;)"


def _tag(word: str, closing: bool) -> str:
    letters = _GAP.join(re.escape(c) for c in word)
    slash = f"/{_GAP}" if closing else ""
    return f"{_LT}{_GAP}{slash}{letters}{_GAP}{_GT}"


@dataclass(frozen=True)
class Marker:
    rule: str
    pattern: re.Pattern[str]
    score: float


_THINK_WORDS = ("think", "thinking", "thought", "reasoning")


def _markers() -> tuple[Marker, ...]:
    out: list[Marker] = []
    for word in _THINK_WORDS:
        strong = word in ("think")
        out.append(Marker(f"tag_open_{word}", re.compile(_tag(word, False), re.I), 0.90 if strong else 0.80))
        out.append(Marker(f"tag_close_{word}", re.compile(_tag(word, True), re.I), 0.93 if strong else 0.82))
    out += [
        Marker("kimi_think", re.compile(r"◁/?think▷"), 0.95),
        Marker(
            "harmony_channel_analysis", re.compile(r"<\|channel\|>\s*(?:analysis|commentary)", re.I), 0.96
        ),
        Marker("harmony_start_assistant", re.compile(r"<\|start\|>\s*assistant", re.I), 0.93),
        Marker("harmony_special_token", re.compile(r"<\|(?:message|end|return|call|constrain)\|>"), 0.85),
        Marker("gemma_channel_thought", re.compile(r"<\|channel>\s*thought|<channel\|>"), 0.93),
        Marker("harmony_bare_final", re.compile(r"assistantfinal", re.I), 0.92),
        Marker(
            "reveal_read_reasoning_file",
            re.compile(
                r"(?:\bcat|\btype|open\(|\bread\b|\"path\"\s*:)\s*['\"]?[\w./-]*"
                r"(?:reasoning|thought|thinking|chain[_-]?of[_-]?thought|\bcot|scratchpad|analysis)[\w-]*\.(?:txt|md|log|json)",
                re.I,
            ),
            0.90,
        ),
        Marker(
            "reveal_reasoning_filename",
            re.compile(
                r"\b(?:reasoning_trace|thought_process|chain_of_thought|scratchpad|hidden_reasoning)\.(?:txt|md|log)\b",
                re.I,
            ),
            0.70,
        ),
    ]
    return tuple(out)


MARKERS = _markers()
TAG_MARKERS = tuple(m for m in MARKERS if m.rule.startswith("tag_"))
OTHER_MARKERS = tuple(m for m in MARKERS if not m.rule.startswith("tag_"))
_OPENER = re.compile(r"<|&lt;|&#60;|\\u003c|\\x3c", re.I)
_FILE_EXTENSION = re.compile(r"\.(?:txt|md|log|json)\b", re.I)


def _may_hold_other_marker(text: str) -> bool:
    """Cheap necessary condition for any of :data:`OTHER_MARKERS` (substring tests first: a regex
    alternation without a common first character is scanned position by position)."""
    # "antf" (from assistantfinal) has no case-insensitive look-alikes, unlike "s" (U+017F).
    return "◁" in text or "<" in text or "antf" in text.lower() or _FILE_EXTENSION.search(text) is not None


MAX_OPENERS = 2000
_OPENER_FIRST = ("<", "&", "\\")  # the first character of every _OPENER match (none folds case)


def _openers(text: str) -> Iterator[re.Match[str]]:
    """``_OPENER.finditer(text)``: the pattern is tried only where a possible first character
    is (found by ``str.find``, a memchr), not at every position of the text."""
    following = {c: text.find(c) for c in _OPENER_FIRST}
    end = 0
    while True:
        pos = min((p for p in following.values() if p >= 0), default=-1)
        if pos < 0:
            return
        char = text[pos]
        following[char] = text.find(char, pos + 1)
        if pos < end:
            continue
        m = _OPENER.match(text, pos)
        if m:
            yield m
            end = m.end()


def find_markers(text: str) -> list[tuple[Marker, re.Match[str]]]:
    """Every marker found in ``text`` (first match each). Tag patterns are only tried where an
    opening ``<`` (or its escape) occurs, so prose and code without tags cost one scan."""
    hits: list[tuple[Marker, re.Match[str]]] = []
    found: set[str] = set()
    for count, opener in enumerate(_openers(text)):
        if count >= MAX_OPENERS or len(found) == len(TAG_MARKERS):
            break
        pos = opener.start()
        for marker in TAG_MARKERS:
            if marker.rule in found:
                continue
            m = marker.pattern.match(text, pos)
            if m:
                found.add(marker.rule)
                hits.append((marker, m))
    if _may_hold_other_marker(text):
        for marker in OTHER_MARKERS:
            m = marker.pattern.search(text)
            if m:
                hits.append((marker, m))
    return hits


_BARE_ANALYSIS = re.compile(r"^\s*analysis\S", re.I)


class MarkerLeakDetector:
    name: ClassVar[str] = "leakage_markers"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False

    def __init__(self, settings: Any = None) -> None:
        pass

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        response = event.response
        if response is None or not response.content:
            return None
        text = response.content
        hits = find_markers(text)
        if not hits:
            return None
        rules = {h[0].rule for h in hits}
        score = max(h[0].score for h in hits)
        # An opening and a closing tag, or a decoded Harmony pair, is the classic accidental leak.
        if any(r.startswith("tag_open") for r in rules) and any(r.startswith("tag_close") for r in rules):
            score = max(score, 0.97)
        if "harmony_bare_final" in rules and _BARE_ANALYSIS.match(text):
            score = max(score, 0.96)
            rules.add("harmony_bare_analysis")
        if self._discussed(event, hits):
            score = min(score, DISCUSSION_CAP)
            rules.add("marker_discussed_by_user")
        evidence = Evidence(
            spans=[Span(field="response.content", start=m.start(), end=m.end()) for _, m in hits[:8]],
            rules=sorted(rules),
            figures={"markers": float(len(hits))},
            labels={"side": "content"},
        )
        return make_finding(
            self.name,
            self.task,
            score,
            "reasoning delimiters or a reveal wrapper in the visible text",
            evidence,
        )

    @staticmethod
    def _discussed(event: Event, hits: list[tuple[Marker, re.Match[str]]]) -> bool:
        """The user asked about these delimiters in a short message (not an exposure prompt)."""
        if any(h[0].rule.startswith("reveal") for h in hits):
            return False
        user_text = "\n".join(m.content for m in event.request.messages if m.role == "user")
        if len(user_text) > DISCUSSION_MAX_CHARS or any(h[0].pattern.search(user_text) is None for h in hits):
            return False
        return not any(m.rule.startswith("reveal") and m.pattern.search(user_text) for m in MARKERS)
