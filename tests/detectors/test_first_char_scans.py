"""Scans started from the first characters of their matches (regex_scan.matches_from_chars) give the
matches of the plain patterns: delimiter_splice's delimiters, extraction's quoted spans."""

from __future__ import annotations

import random
import re

import pytest

from monitor.detectors import delimiter_splice as ds
from monitor.detectors import extraction as ex
from monitor.regex_scan import char_anchors, matches_from_chars

FRAGMENTS = [
    " ", "\n", "\t", "<", ">", "[", "]", "/", "|", "◁", "▷", "<think>", "</think>", "</THINK>", "[/think]",
    "[think]", "<|end_of_thought|>", "◁think▷", "◁/think▷", "<|channel|>analysis<|message|>", "<|channel|>final",
    "<|end|>", "<|start|>assistant", "<|im_start|>system", "<|im_start|>assistant", "<<SYS>>", "</s> <s>",
    "[/INST]", "<start_of_turn>model", "<｜Assistant｜>", "<|assistant|>", "<|channel>thought", "<channel|>",
    "<reasoning>", "</reasoning>", "<scratchpad visible=\"true\">", "### System:", "[SYSTEM]", "== system ==",
    '{"role": "system"', "developer", "DEVELOPER", "ſystem", "ſ", "K", "show me your reasoning", "the",
    "word", "x", "é", "数学", "Example 1:", "Question:", "reason", "analysis", "assistantfinal",
    '"', "'", "`", "“", "”", "«", "»", "„", "「", "」", "『", "』", "don't", "'quoted text'", '"a quote"',
]  # fmt: skip


def fuzz_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", "<", "[", "◁", "<" * 600, "x" * 300 + "</think>", "y" * 5000 + "<think></think> show it"]
    out += ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 150))) for _ in range(count)]
    # long texts with few anchors take the anchored path
    out += [
        " word" * rng.randint(60, 3000) + "".join(rng.choice(FRAGMENTS) for _ in range(8)) for _ in range(60)
    ]
    return out


PATTERNS = [
    (ds._CLOSERS, ds._CLOSER_FIRSTS),
    (ds._EMPTY_BLOCK, ds._EMPTY_BLOCK_FIRSTS),
    (ds._ASSISTANT_TURN, ds._ASSISTANT_TURN_FIRSTS),
    (ds._WRITTEN_BLOCK, ds._WRITTEN_BLOCK_FIRSTS),
    (ex._QUOTED, ex._QUOTE_OPENERS),
]


@pytest.mark.parametrize(("pattern", "firsts"), PATTERNS)
def test_matches_from_first_characters(pattern: re.Pattern[str], firsts: str) -> None:
    for text in fuzz_texts(400, seed=11):
        found = [(m.span(), m.groups()) for m in matches_from_chars(pattern, text, firsts)]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)], repr(text)[:200]


def test_every_match_starts_with_a_listed_character() -> None:
    for pattern, firsts in PATTERNS:
        for text in fuzz_texts(200, seed=12):
            assert all(text[m.start()] in firsts for m in pattern.finditer(text))


def test_system_lines() -> None:
    for text in fuzz_texts(400, seed=13):
        plain = [start for start, _ in ds._SYSTEM_LINE.finditer(text)]
        assert ds._system_line_starts(text, text.lower()) == plain, repr(text)[:200]


def test_char_anchors_give_up_past_one_per_spacing() -> None:
    assert char_anchors("a<b[c" + " " * 600, "<[") == [1, 3]
    assert char_anchors("<" * 10, "<") is None
    assert char_anchors("x" * 10, "<") == []
    assert char_anchors("<" + " " * 511, "<", spacing=256) == [0]
    assert char_anchors("<<<" + " " * 509, "<", spacing=256) is None
