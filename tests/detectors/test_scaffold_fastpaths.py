"""The anchored scans of monitor.detectors.scaffold give the matches of their plain definitions."""

from __future__ import annotations

import random
import re

import pytest

from monitor.detectors import scaffold as sc
from monitor.regex_scan import count_parts, find_all

FRAGMENTS = [
    " ", "  ", "\t", "\n", "\n\n", ":", "：", "]", "[", "system", "System", "developer", "admin", "root", "sudo",
    "xsystem", "administrator", "root]", "sudo ]", "#", "###", "### system", "$", "$ ", "% ", "> ", "ps c:\\> ",
    "in [3]: ", "user@host:~$ ", "!", "cat ", "type ", "head ", "open ", "trace.txt", "reasoning.md", "notes.log",
    "open(", "open('cot.txt')", 'path("thoughts.json").read', "(", ")", "<", ">", "<tool_call>", "< tool_call >",
    '"', '"name": "read_file"', '"tool":"cat"', '"path": "scratchpad.txt"', "out[", "out[12]:", "out[x]:",
    "<tool_result>", "</output>", "<output>", "`", "```", "````", "<think>", "</think>", "[think]", "[/inst]",
    "<|im_start|>", "<|channel|>analysis", "assistantfinal", "analysis", "end of the system prompt", "of ",
    "Example 2:", "Question:", "Reasoning:", "数学", "é", "Ω", "-----", "=====", "word", "the", "x",
]  # fmt: skip


def fuzz_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", ":", "system:", "\n" * 5, "`" * 7, ":" * 300 + "root:", "(" * 300 + "open('a.txt')"]
    out += ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 120))) for _ in range(count)]
    return out


@pytest.fixture(params=["anchored", "fallback"])
def scan_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "fallback":  # every anchored scan gives up at its first anchor
        monkeypatch.setattr(sc, "_anchors", _no_anchors_when_any)
    return str(request.param)


def test_anchors_give_up_past_the_limit() -> None:
    assert sc._anchors("a:b:", ":") == [1, 3]
    assert sc._anchors(":" * sc.ANCHOR_LIMIT, ":") == list(range(sc.ANCHOR_LIMIT))
    assert sc._anchors(":" * (sc.ANCHOR_LIMIT + 1), ":") is None
    long_text = (":" + " " * 99) * 1000  # one colon per 100 characters
    assert sc._anchors(long_text, ":", spacing=100) is not None
    assert sc._anchors(long_text, ":", spacing=256) is None


def _no_anchors_when_any(text: str, char: str, spacing: int = 0) -> list[int] | None:
    return None if char in text else []


def plain_role_lines(text: str) -> int:
    if ":" not in text:
        return 0
    return sc._line_starts(text, [m.start() for m in sc._ROLE_WORD.finditer(text)][:64])


def test_role_lines(scan_mode: str) -> None:
    for text in fuzz_texts(800, seed=1):
        assert sc._role_lines(text) == plain_role_lines(text), repr(text)[:200]


def test_anchored_find_all(scan_mode: str) -> None:
    for text in fuzz_texts(300, seed=2):
        for needle, anchor in (("open(", 4), ("path(", 4), ("```", 0), ("out[", 3), ("::", 1)):
            assert sc._find_all_anchored(text, needle, anchor) == find_all(text, needle)
        assert sc._count_literal(text, "```") == len(re.findall("```", text))


def test_part_counts_and_matches(scan_mode: str) -> None:
    for text in fuzz_texts(500, seed=3):
        assert sc._count_from(sc._TEMPLATE_TOKENS_FROM, text) == count_parts(sc._TEMPLATE_TOKEN_PARTS, text)
        assert sc._count_from(sc._TOOL_READS_FROM, text) == count_parts(sc._TOOL_READ_PARTS, text)
        results = sc._count_from(sc._TOOL_RESULT_TAGS_FROM, text) + len(
            sc._matches_from(sc._TOOL_RESULT_PARTS[1], text, "[", 3)
        )
        assert results == count_parts(sc._TOOL_RESULT_PARTS, text)
        spans = [m.span() for m in sc._matches_from(sc._JSON_PATH, text, '"')]
        assert spans == [m.span() for m in sc._JSON_PATH.finditer(text)]


def test_shell_reads_without_dollar_or_hash_skip_the_prompt_word_branch() -> None:
    for text in fuzz_texts(500, seed=4):
        plain = [m.span() for m in sc._SHELL_READ.finditer(text)]
        if "$" not in text and "#" not in text:
            assert [(s, m.end()) for s, m in sc._SHELL_READ_NO_PROMPT_WORD.finditer(text)] == plain
        assert [(s, m.end()) for s, m in sc._SHELL_READ_LINES.finditer(text)] == plain


def plain_delimiter_regions(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], int, int]:
    regions: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    opens = closes = 0
    open_at = None
    for m in sc._DELIM.finditer(text):
        spans.append(m.span())
        if m.group("open"):
            opens += 1
            open_at = m.end()
        else:
            closes += 1
            if open_at is not None:
                regions.append((open_at, m.start()))
                open_at = None
    for m in sc._BARE_ANALYSIS.finditer(text):
        end = text.find("assistantfinal", m.end())
        if end != -1:
            opens += 1
            spans.append(m.span())
            regions.append((m.end(), end))
    return regions, spans, opens, closes


def test_delimiter_regions() -> None:
    for text in fuzz_texts(500, seed=5):
        regions, spans, opens, closes = sc.delimiter_regions(text)
        assert ([(r.start, r.end) for r in regions], spans, opens, closes) == plain_delimiter_regions(text)


def test_headers_and_fences_on_texts_without_their_characters() -> None:
    assert sc._headers("no hashes here: system") == 0
    assert sc._headers("x\n### system\n") == 1
    assert sc._count_literal("a ``` b ```` c", "```") == 2


def test_structure_features_agree_between_anchored_and_plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = fuzz_texts(200, seed=6)
    anchored = [sc.structure_features(t) for t in texts]
    monkeypatch.setattr(sc, "_anchors", _no_anchors_when_any)
    assert anchored == [sc.structure_features(t) for t in texts]
