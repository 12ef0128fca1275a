"""The vectorised tokeniser and membership of monitor.overlap agree with the plain definitions."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np

from monitor.overlap import _ASCII_WORD, _memberships, _word_hashes, overlap, tokenize, tokenize_many

WORDS = "the a of Step_2 x1 42 café naïve İstanbul 数学 問題 wait hmm <think> ``` $ cat trace.txt \\n &amp;".split()


def texts(count: int) -> list[str]:
    rng = random.Random(5)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_ascii_fast_path_hashes_the_same_tokens_as_the_regex_path() -> None:
    for text in texts(200):
        lowered = text.lower()
        if not lowered.isascii():
            continue
        fast = tokenize(text, mask=False).hashes
        slow = _word_hashes(_ASCII_WORD.findall(lowered))
        assert np.array_equal(fast, slow), text


def test_a_word_hashes_alike_in_ascii_and_non_ascii_texts() -> None:
    ascii_side = tokenize("please compute the total price now")
    mixed_side = tokenize("café: please compute the total price now 数")
    assert set(ascii_side.hashes.tolist()) <= set(mixed_side.hashes.tolist())
    ov = overlap(ascii_side, tokenize("Résumé — PLEASE compute the total price now!"))
    assert ov.hidden_coverage == 1.0


def test_token_count_and_spans_follow_the_word_pattern() -> None:
    for text in texts(100):
        tokens = tokenize(text)
        assert len(tokens) == len(tokens.pattern.findall(tokens.source))
        if len(tokens):
            ((start, end),) = tokens.spans([(0, len(tokens))])
            assert 0 <= start < end <= len(text)


def test_token_hashes_do_not_depend_on_the_process() -> None:
    code = "from monitor.overlap import tokenize; print(tokenize('Hello wörld, 数学 x_1').hashes.tolist())"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


def test_memberships_equal_isin() -> None:
    rng = np.random.default_rng(3)
    for size_a, size_b in ((0, 5), (5, 0), (50, 70), (400, 30), (1000, 1000)):
        a = rng.integers(0, 300, size_a).astype(np.uint64)
        b = rng.integers(0, 300, size_b).astype(np.uint64)
        in_b, in_a = _memberships(a, b)
        assert np.array_equal(in_b, np.isin(a, b))
        assert np.array_equal(in_a, np.isin(b, a))


def test_marker_prefilter_is_a_superset_of_the_single_regex() -> None:
    import re

    from monitor.detectors.leakage_markers import _may_hold_other_marker

    plain = re.compile(r"◁|<\||<channel\||assistantfinal|\.(?:txt|md|log|json)\b", re.I)
    pieces = [
        "◁",
        "<|",
        "<channel|",
        "AssistantFinal",
        "aſſistantfinal",
        ".TXT",
        ".json",
        ".jsonx",
        "txt",
        "a",
        " ",
    ]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if plain.search(text):
            assert _may_hold_other_marker(text), text


def test_spans_from_token_bounds_equal_the_regex_walk() -> None:
    import dataclasses

    for text in texts(60):
        tokens = tokenize(text)
        if tokens.bounds is None or len(tokens) < 3:
            continue
        walked = dataclasses.replace(tokens, bounds=None)
        runs = [(0, 1), (1, len(tokens)), (len(tokens) - 2, len(tokens))]
        assert tokens.spans(runs) == walked.spans(runs)


def test_memberships_with_many_shared_values() -> None:
    rng = np.random.default_rng(4)
    a = rng.integers(0, 5000, 8000).astype(np.uint64)
    b = np.concatenate((a[:3000], rng.integers(5000, 9000, 500).astype(np.uint64)))
    in_b, in_a = _memberships(a, b)
    assert np.array_equal(in_b, np.isin(a, b)) and np.array_equal(in_a, np.isin(b, a))


def test_bitmap_memberships_equal_isin_on_full_width_hashes() -> None:
    """Full 64-bit values (the bucket bitmap reads the top bits): nothing shared, a few shared,
    bucket collisions without shared values, duplicates, signed and unsigned arrays."""
    rng = np.random.default_rng(6)
    full = np.iinfo(np.uint64).max
    for trial in range(60):
        size_a, size_b = int(rng.integers(0, 3000)), int(rng.integers(0, 3000))
        a = rng.integers(0, full, size_a, dtype=np.uint64, endpoint=True)
        b = rng.integers(0, full, size_b, dtype=np.uint64, endpoint=True)
        if size_a and size_b and trial % 3:
            shared = rng.choice(a, int(rng.integers(1, 1 + min(size_a, 400))))
            b[rng.integers(0, size_b, shared.size)] = shared
        if size_b and trial % 4 == 0:  # same top bits as values of a, other low bits
            b[: min(size_a, size_b)] = a[: min(size_a, size_b)] ^ np.uint64(1)
        for x, y in ((a, b), (a.view(np.int64), b.view(np.int64))):
            in_b, in_a = _memberships(x, y)
            assert np.array_equal(in_b, np.isin(x, y)) and np.array_equal(in_a, np.isin(y, x))


def test_memoised_shingles_equal_the_rolling_definition() -> None:
    from monitor.overlap import shingle_hashes, shingle_hashes_of

    for text in [*texts(80), "", "one", "one two three four"]:
        for order in ((4, 5), (5, 4), (1, 2, 3), (5,), (3, 4, 5, 6)):
            tokens = tokenize(text)
            for n in order:
                got = shingle_hashes(tokens, n)
                assert np.array_equal(got, shingle_hashes_of(tokens.hashes, n)), (text, order, n)
                assert not got.flags.writeable


def test_mask_wrappers_equals_trigger_then_substitute() -> None:
    from monitor.overlap import _WRAPPER_PATTERNS, mask_wrappers

    pieces = [
        *WORDS,
        "\n",
        "\n$ cat notes.md\n",
        "CAT x",
        ">>> print(open('a').read())",
        "In [3]: !cat x",
        "&lt;",
        "~~~",
    ]
    rng = random.Random(8)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        expected = text
        for trigger, pattern in _WRAPPER_PATTERNS:
            if trigger in expected:
                expected = pattern.sub(lambda m: " " * (m.end() - m.start()), expected)
        assert mask_wrappers(text) == expected, text


def test_byte_runs_equal_ascii_runs() -> None:
    from monitor.overlap import _ASCII_IS_WORD
    from monitor.regex_scan import ascii_runs, byte_runs, flag_bytes

    rng = np.random.default_rng(9)
    flags = flag_bytes(_ASCII_IS_WORD)
    for size in (0, 1, 2, 3, 50, 4000):
        for _ in range(20):
            data = bytes(rng.integers(0, 256, size, dtype=np.uint8).tolist())
            fast = byte_runs(data, flags)
            plain = ascii_runs(np.frombuffer(data, dtype=np.uint8), _ASCII_IS_WORD)
            assert all(np.array_equal(x, y) for x, y in zip(fast, plain, strict=True))


def test_marker_openers_equal_the_regex_scan() -> None:
    from monitor.detectors.leakage_markers import _OPENER, _openers

    pieces = [
        "<",
        "&",
        "\\",
        "&lt;",
        "&LT;",
        "&#60;",
        "\\u003c",
        "\\U003C",
        "\\x3c",
        "\\X3C",
        "lt;",
        "x",
        " ",
        "é",
        "<<",
    ]
    rng = random.Random(12)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in _openers(text)] == [m.span() for m in _OPENER.finditer(text)], text


def test_tokenize_many_equals_one_tokenize_per_text() -> None:
    pool = [*texts(60), "", "   ", "\n", "İstanbul ÇAY", "```\n$ cat trace.txt\nstep one\n```"]
    rng = random.Random(9)
    for _ in range(80):
        batch = rng.sample(pool, rng.randint(1, 5))
        for many, one in zip(tokenize_many(batch), [tokenize(t) for t in batch], strict=True):
            assert np.array_equal(many.hashes, one.hashes)
            assert many.source == one.source and many.pattern is one.pattern
            runs = [(i, i + 1) for i in range(len(one))]
            assert many.spans(runs) == one.spans(runs)
            assert (many.bounds is None) == (one.bounds is None)
