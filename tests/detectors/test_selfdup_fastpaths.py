"""The shingle hashing and grouping of monitor.detectors.selfdup agree with their plain definitions."""

from __future__ import annotations

import random

import numpy as np
import pytest

from monitor.detectors import selfdup as sd

MASK = (1 << 64) - 1


def plain_roll(h: np.ndarray, n: int) -> np.ndarray:
    if h.size < n:
        return np.zeros(0, dtype=np.uint64)
    mul = int(sd._MUL)
    values = [int(x) for x in h]
    return np.array(
        [
            sum(values[i + j] * pow(mul, n - 1 - j, 1 << 64) for j in range(n)) & MASK
            for i in range(h.size - n + 1)
        ],
        dtype=np.uint64,
    )


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 8, 16])
def test_rolling_hash_is_the_polynomial_of_each_n_gram(n: int) -> None:
    rng = np.random.default_rng(n)
    for size in (0, 1, n - 1, n, n + 1, 40, 301):
        h = rng.integers(0, 2**63, max(size, 0), dtype=np.int64).view(np.uint64) * np.uint64(3)
        got = sd._roll(h, n)
        assert got.dtype == np.uint64
        assert np.array_equal(got, plain_roll(h, n)), (size, n)


def plain_groups(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First position of each position's hash and how often that hash occurs (np.unique)."""
    _, first, inverse, counts = np.unique(hashes, return_index=True, return_inverse=True, return_counts=True)
    return first[inverse], counts[inverse]


def groups_from(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What self_duplication derives from _hash_groups."""
    m = hashes.size
    order, new_group = sd._hash_groups(hashes)
    group_starts = np.flatnonzero(new_group)
    group_of_sorted = np.cumsum(new_group) - 1
    first_idx = np.empty(m, dtype=np.int64)
    first_idx[order] = order[group_starts][group_of_sorted]
    occurrences = np.empty(m, dtype=np.int64)
    occurrences[order] = np.diff(np.append(group_starts, m))[group_of_sorted]
    return first_idx, occurrences


def random_hashes(rng: random.Random, m: int) -> np.ndarray:
    pool = [rng.getrandbits(64) for _ in range(rng.randint(1, m))]
    # values that differ only in their low bits: the positions replace those in the sort keys
    pool += [(pool[0] & ~0xFFFF) | rng.getrandbits(16) for _ in range(3)]
    pool += [0, MASK, 1 << 63]
    return np.array([rng.choice(pool) for _ in range(m)], dtype=np.uint64)


def test_hash_groups_give_first_positions_and_counts() -> None:
    rng = random.Random(7)
    for _ in range(400):
        hashes = random_hashes(rng, rng.randint(2, 300))
        first, counts = groups_from(hashes)
        want_first, want_counts = plain_groups(hashes)
        assert np.array_equal(first, want_first)
        assert np.array_equal(counts, want_counts)


def test_hash_groups_when_hashes_share_their_top_bits() -> None:
    # 5 positions: 3 bits of position, so hashes differing only below bit 3 collide in the keys
    hashes = np.array([8, 9, 8, 10, 9], dtype=np.uint64)
    first, counts = groups_from(hashes)
    want_first, want_counts = plain_groups(hashes)
    assert np.array_equal(first, want_first) and np.array_equal(counts, want_counts)


def test_all_distinct_hashes_are_one_group_each() -> None:
    hashes = np.arange(1000, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    _, new_group = sd._hash_groups(hashes)
    assert new_group.all()


def test_segment_starts_and_features_on_mixed_segments() -> None:
    text = " ".join(f"word{i % 37} 数 é" for i in range(300))
    segments = [
        sd.Segment(text, False, 0, 0),
        sd.Segment(text[:500], True, 0, 0),
        sd.Segment("short", False, 1, 0),
        sd.Segment(text[100:900].encode("ascii", "ignore").decode(), False, 1, 0),
    ]
    result = sd.self_duplication(segments)
    sizes = [len(sd.tokenize(seg.text)) for seg in segments]
    assert result.segment_starts == [0, sizes[0], sizes[0] + sizes[1], sum(sizes[:3])]
    assert result.token_count == sum(sizes)
    assert result.features["dup_fraction"] > 0.5


def test_ascii_segments_hash_and_bound_the_regex_tokens() -> None:
    rng = random.Random(8)
    words = ["word", "x_1", "a1b2", "--", "  ", "\n", "\t", "é", "数", "42", "__", "A", "z9", ".", ",", "'"]
    for _ in range(200):
        texts = [
            "".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(rng.randint(1, 4))
        ]
        texts = [t.encode("ascii", "ignore").decode() for t in texts]
        segments = [sd.Segment(t, False, 0, 0) for t in texts]
        hashes, sizes = sd._segment_hashes(segments)
        tokens = [sd.tokenize(t) for t in texts]
        assert sizes == [len(t) for t in tokens]
        assert np.array_equal(hashes, sd._word_hashes([w for t in tokens for w in t]).view(np.uint64))
        for seg in segments:
            assert seg.token_bounds is not None
            starts, ends = seg.token_bounds
            spans = [m.span() for m in sd._token_re(seg.text).finditer(seg.text)]
            assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == spans
