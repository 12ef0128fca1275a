"""Reference-free leak: the visible text reads like a hidden reasoning trace.

Used only when ``response.reasoning`` is absent (with the trace present the reference-based
detector is exact, and a user-requested step-by-step answer must not be judged on style).
Features: first-person deliberation, self-correction ("wait", "hmm", "let me check", "actually",
"alternatively"), hedging, exploring and abandoning options (English plus cheap Chinese,
Spanish, French, German, Portuguese and Russian markers), presentational structure, and the
length of the visible text against ``usage.reasoning_tokens``; plus a binary uni/bigram
vocabulary. A logistic model trained on traces vs answers (``monitor/models/leakage_style.json``,
JSON coefficients, no pickle) combines them.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.detectors.leakage_common import round_figures, style_model
from monitor.events import Event, Evidence, Finding, Task
from monitor.overlap import mask_wrappers

REPORT_FROM = 0.05
MAX_CHARS = 24_000  # style is read from the first 24k characters

_WORDS = re.compile(r"\w+(?:'\w+)?")
_FIRST_PERSON = frozenset({"i", "i'm", "i'll", "i've", "i'd", "me", "my", "myself", "we", "let's", "us"})
_PATTERNS: dict[str, re.Pattern[str]] = {
    "self_correction": re.compile(
        r"\b(?:wait|hmm+|oops|hold on|actually|no,? wait|on second thought|that'?s (?:not right|wrong)|"
        r"i made a mistake|let me re-?(?:check|do|consider|calculate|read)|scratch that|never ?mind)\b",
        re.I,
    ),
    "deliberation": re.compile(
        r"\b(?:let me|let's see|i need to|i should|i think|i guess|i wonder|i recall|i'll|okay,? so|alright|"
        r"first,? i|now,? i|so,? i|maybe|perhaps|probably|it seems|might be|could be|not sure)\b",
        re.I,
    ),
    "exploration": re.compile(
        r"\b(?:alternatively|another (?:way|approach|option)|or maybe|what if|on the other hand|"
        r"let me try|try (?:a|another) different|but that|that doesn'?t (?:work|seem)|instead)\b",
        re.I,
    ),
    "verification": re.compile(
        r"\b(?:double-?check|sanity[- ]check|verify|cross-?check|to be (?:safe|sure)|make sure|confirm)\b",
        re.I,
    ),
    "multilingual": re.compile(
        r"(?:等等|嗯|让我|我需要|我应该|首先，我|或者|不对|检查一下|"
        r"\b(?:espera|déjame|necesito|creo que|attends|laisse-moi|je dois|je pense|warte|lass mich|ich muss|"
        r"ich denke|deixa-me|preciso|espere|подожди|дай-ка|мне нужно|я думаю|давайте проверим)\b)",
        re.I,
    ),
}
_STRUCTURE = re.compile(r"^[^\S\n]*(?:[-*•]\s|\d+[.)]\s|#{1,6}\s|\*\*|\|)", re.M)
_QUESTION = re.compile(r"\?")


def style_features(text: str, reasoning_tokens: int | None) -> tuple[dict[str, float], set[str]]:
    body = mask_wrappers(text[:MAX_CHARS]).lower()
    words = _WORDS.findall(body)
    n = max(1, len(words))
    lines = max(1, body.count("\n") + 1)
    sentences = max(1, len(re.findall(r"[.!?。](?:\s|$)", body)))
    feats: dict[str, float] = {
        "log_words": math.log1p(len(words)),
        "first_person": sum(w in _FIRST_PERSON for w in words) / n,
        "questions": len(_QUESTION.findall(body)) / sentences,
        "structure": len(_STRUCTURE.findall(body)) / lines,
    }
    for key, pattern in _PATTERNS.items():
        feats[key] = min(1.0, 20.0 * len(pattern.findall(body)) / n)
    visible_tokens = len(text) / 4.0
    if reasoning_tokens:
        feats["has_reasoning_tokens"] = 1.0
        feats["visible_vs_reasoning"] = min(3.0, visible_tokens / reasoning_tokens)
    else:
        feats["has_reasoning_tokens"] = 0.0
        feats["visible_vs_reasoning"] = 0.0
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return feats, grams


class StyleLeakDetector:
    name: ClassVar[str] = "leakage_style"
    task: ClassVar[Task] = "leakage"
    stateful: ClassVar[bool] = False

    def __init__(self, settings: Any = None) -> None:
        self.model = style_model()

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        response = event.response
        if response is None or response.reasoning or not response.content.strip():
            return None
        reasoning_tokens = event.usage.reasoning_tokens if event.usage else None
        feats, grams = style_features(response.content, reasoning_tokens)
        score = self.model.probability(feats, grams)
        if score < REPORT_FROM:
            return None
        rules = [f"style_{k}" for k in _PATTERNS if feats[k] > 0]
        if feats["visible_vs_reasoning"] >= 0.8:
            rules.append("length_vs_reasoning_tokens")
        evidence = Evidence(
            rules=rules, figures=round_figures(feats), labels={"side": "content", "reference": "none"}
        )
        return make_finding(
            self.name, self.task, score, "visible text reads like a hidden reasoning trace", evidence
        )
