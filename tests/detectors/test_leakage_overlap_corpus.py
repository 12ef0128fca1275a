"""Overlap primitives (LCS, masking, offsets) and the leakage pair corpus."""

from __future__ import annotations

import random

import numpy as np
import pytest

from monitor.corpus import leakage as corpus
from monitor.overlap import lcs_length, mask_wrappers, overlap, rouge_l, tokenize


def _dp_lcs(a: list[int], b: list[int]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def test_bit_parallel_lcs_matches_dynamic_programming() -> None:
    rng = random.Random(3)
    for _ in range(100):
        a = [rng.randint(0, 4) for _ in range(rng.randint(0, 30))]
        b = [rng.randint(0, 4) for _ in range(rng.randint(0, 30))]
        assert lcs_length(np.array(a, dtype=np.int64), np.array(b, dtype=np.int64)) == _dp_lcs(a, b)


def test_masking_preserves_length_and_removes_wrappers() -> None:
    text = "```bash\n$ cat reasoning_trace.txt\nhello world\n```\n<tool_result>x</tool_result> a\\nb &lt;"
    masked = mask_wrappers(text)
    assert len(masked) == len(text)
    assert "cat" not in masked and "tool_result" not in masked and "hello world" in masked


def test_spans_point_at_the_copied_text() -> None:
    hidden = "the quick brown fox jumps over the lazy dog near the river bank today"
    visible = "Intro words here. " + hidden.upper() + " and an ending."
    h, v = tokenize(hidden), tokenize(visible)
    ov = overlap(h, v)
    (start, end) = ov.spans(v)[0]
    assert visible[start:end].lower() == hidden
    assert ov.hidden_coverage == 1.0
    assert rouge_l(h, v).f1 > 0.8


def test_cjk_text_is_tokenised_per_character() -> None:
    assert len(tokenize("我需要计算平均分")) == 8


@pytest.fixture(scope="module")
def small_corpus() -> list[corpus.Item]:
    saved = corpus.SYNTH_SOURCES
    corpus.SYNTH_SOURCES = 30
    try:
        return corpus.build_leakage_corpus(11, "test")
    finally:
        corpus.SYNTH_SOURCES = saved


def test_corpus_has_every_family_and_both_variants(small_corpus: list[corpus.Item]) -> None:
    families = {lab["family"] for _, lab in small_corpus}
    assert families == {
        "clean", "clean_worked", "clean_summary", "clean_sysprompt", "leak_full", "leak_partial",
        "leak_rep", "leak_tag", "leak_summary", "leak_sysprompt",
    }  # fmt: skip
    variants = {(lab["family"], lab["variant"]) for _, lab in small_corpus}
    assert ("leak_full", "absent") in variants and ("leak_full", "present") in variants
    for event, lab in small_corpus:
        assert event.response is not None
        assert (event.response.reasoning is None) == (lab["variant"] == "absent")
        if lab["family"] == "leak_rep":
            assert lab["rouge_l"] >= 0.3


def test_corpus_is_deterministic_and_split_by_source() -> None:
    saved = corpus.SYNTH_SOURCES
    corpus.SYNTH_SOURCES = 5
    try:
        a = corpus.build_leakage_corpus(1, "train")
        b = corpus.build_leakage_corpus(1, "train")
        test = corpus.build_leakage_corpus(1, "test")
    finally:
        corpus.SYNTH_SOURCES = saved
    assert [e.event_id for e, _ in a] == [e.event_id for e, _ in b]
    marco_train = {lab["source"] for _, lab in a if lab["source"].startswith("marco")}
    marco_test = {lab["source"] for _, lab in test if lab["source"].startswith("marco")}
    assert marco_train and marco_test and not marco_train & marco_test
    prompts_train = {lab["source"] for _, lab in a if "sysprompt" in lab["source"]}
    prompts_test = {lab["source"] for _, lab in test if "sysprompt" in lab["source"]}
    assert not prompts_train & prompts_test
