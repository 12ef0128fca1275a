"""The list-line scans of extraction and instruction_request give the matches of their plain
multiline patterns (they run them only after newlines, see monitor.regex_scan.LinePattern)."""

from __future__ import annotations

import random

from monitor.detectors import extraction, instruction_request

FRAGMENTS = [
    "\n", "\n\n", " ", "\t", "-", "- ", "* ", "*", ">", "> ", "•", "1.", "12)", "123.", "1234.", "word", "abc",
    "x" * 300, "y" * 500, "'", '"', "é", "数学", "\r", "\n- item", "\n  * item", "\n> quoted line",
]  # fmt: skip


def fuzz_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", "- abc", "- ab", "\n- abcd", "x- abcd", "\t* abcdef\n", "1. one\n2) two\n- three\n", "\n" * 4]
    out += ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 80))) for _ in range(count)]
    return out


def test_listed_lines_equal_the_multiline_pattern() -> None:
    for text in fuzz_texts(3000, seed=7):
        expected = [(m.start(), m.end()) for m in extraction._LISTED.finditer(text)]
        assert [(start, m.end()) for start, m in extraction._LISTED_LINES.finditer(text)] == expected


def test_list_items_equal_the_multiline_pattern() -> None:
    anchored = instruction_request._LIST_ITEM.anchored
    for text in fuzz_texts(3000, seed=11):
        expected = [(m.start(), m.end()) for m in anchored.finditer(text)]
        assert [(start, m.end()) for start, m in instruction_request._LIST_ITEM.finditer(text)] == expected
