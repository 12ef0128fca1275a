"""Self-duplication: the core REP signal, independent of wording, tags and code framing.

REP shows each demonstration's reasoning twice in one request: once inside a think block (or
an analysis / "Reasoning:" section) and again later. We hash every word n-gram (n = 8) with a
rolling polynomial hash over per-token hashes (numpy, linear; the token hashes are
:mod:`monitor.overlap`'s, found without a Python step per token on ASCII text), keep the *first
position* of each hash (one sort), and mark a shingle as a repeat when its hash was first seen at
least n tokens earlier. From the repeat marks we get the duplicated fraction of tokens, the longest duplicated
run (consecutive repeats whose first occurrences are also consecutive), the number of long
duplicated blocks, how many repeats copy a *pair* (seen exactly twice, as REP does) rather than
boilerplate seen many times, and the share of a reasoning region that reappears outside it.
No pairwise comparison anywhere: time is linear in the number of tokens.

Chinese and Japanese characters are tokens on their own (no spaces to split on).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from itertools import accumulate, islice

import numpy as np

from monitor.overlap import _hash_spans, _word_hashes
from monitor.regex_scan import byte_runs, flag_bytes

SHINGLE = 8
LONG_BLOCK = 50  # tokens: a duplicated run this long is a "block"
# A copy whose lines carry a prefix of their own (``cat -n`` numbers, log timestamps, "> " quotes,
# "file:line:" from grep) repeats in runs of one line each. Runs are chained when the gaps between
# them, in the copy and in the source, are both at most this many shingle positions: the copy
# still advances through the source in order, with a few inserted tokens per line.
CHAIN_GAP = 4 * SHINGLE
_CJK = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_TOKEN_CJK = re.compile(_CJK + r"|[^\W_]+")
_TOKEN_WORD = re.compile(r"[^\W_]+")
_HAS_CJK = re.compile(_CJK)
_MUL = np.uint64(0x9E3779B97F4A7C15)


def _token_re(text: str) -> re.Pattern[str]:
    return _TOKEN_WORD if text.isascii() or not _HAS_CJK.search(text) else _TOKEN_CJK


def tokenize(text: str) -> list[str]:
    return _token_re(text).findall(text)


def token_span(text: str, index: int) -> tuple[int, int] | None:
    """Character span of token ``index`` of ``text`` (evidence only; scans up to that token)."""
    for i, m in enumerate(_token_re(text).finditer(text)):
        if i == index:
            return m.span()
    return None


def rolling_shingles(tokens: list[str], n: int = SHINGLE) -> np.ndarray:
    """64-bit hashes of every n-gram (position i covers tokens i..i+n-1)."""
    return _roll(_word_hashes(tokens).view(np.uint64), n)


def _roll(h: np.ndarray, n: int) -> np.ndarray:
    """Rolling polynomial hash of every n-gram of the per-token hashes ``h`` (uint64):
    ``sum(h[i + j] * MUL**(n - 1 - j) for j < n)`` modulo 2**64 for every start ``i``."""
    if h.size < n:
        return np.zeros(0, dtype=np.uint64)
    if n & (n - 1) == 0:
        # Doubling: the hash of a 2k-gram is that of its first k-gram times MUL**k plus that of
        # its second (log2(n) steps instead of n - 1; integer arrays wrap without warnings).
        acc = h
        width = 1
        while width < n:
            acc = acc[:-width] * _MUL_POWERS[width] + acc[width:]
            width *= 2
        return acc if acc is not h else h.copy()
    m = h.size - n + 1
    acc = h[:m].copy()
    for j in range(1, n):
        acc *= _MUL
        acc += h[j : j + m]
    return acc


_MUL_POWERS = {1 << k: np.uint64(pow(int(_MUL), 1 << k, 1 << 64)) for k in range(7)}


# ASCII characters matched by ``[^\W_]`` (letters and digits): ASCII text is tokenised with this
# table in numpy, other text with the regex; both give the same tokens and token hashes.
_ASCII_ALNUM = np.array([chr(c).isalnum() for c in range(128)] + [False] * 128)
_ASCII_ALNUM_FLAGS = flag_bytes(_ASCII_ALNUM)  # bytes.translate marks them ~10x faster than np.take


def _segment_hashes(segments: list[Segment]) -> tuple[np.ndarray, list[int]]:
    """Token hashes of all segments in order, and each segment's token count.

    ASCII segments (most traffic) are tokenised together in one numpy pass over the joined text
    (a newline between segments keeps tokens apart); their token boundaries are kept on the
    segments for :func:`run_char_span`.
    """
    if all(seg.text.isascii() for seg in segments):
        joined = "\n".join(seg.text for seg in segments)
        data = joined.encode("ascii")
        codes = np.frombuffer(data, dtype=np.uint8)
        starts, ends = byte_runs(data, _ASCII_ALNUM_FLAGS)
        if len(segments) == 1:
            segments[0].token_bounds = (starts, ends)
            return _hash_spans(codes, starts, ends).view(np.uint64), [int(starts.size)]
        char_starts = np.cumsum([0] + [len(seg.text) + 1 for seg in segments[:-1]])
        cuts = [*np.searchsorted(starts, char_starts).tolist(), int(starts.size)]
        sizes = []
        for i, seg in enumerate(segments):
            a, b = cuts[i], cuts[i + 1]
            seg.token_bounds = (starts[a:b] - char_starts[i], ends[a:b] - char_starts[i])
            sizes.append(b - a)
        return _hash_spans(codes, starts, ends).view(np.uint64), sizes
    words: list[str] = []
    sizes = []
    for seg in segments:
        toks = tokenize(seg.text)
        words.extend(toks)
        sizes.append(len(toks))
    return _word_hashes(words).view(np.uint64), sizes


@dataclass
class Segment:
    """A piece of text with a flag: inside a reasoning region or not, and its message index."""

    text: str
    in_region: bool
    message: int
    offset: int  # start of the segment in the scanned text
    # Character (starts, ends) of the segment's tokens, set by self_duplication when it found them.
    token_bounds: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False, compare=False)


@dataclass
class DupResult:
    features: dict[str, float]
    longest_run: tuple[int, int] = (0, 0)  # token indices [start, end) of the longest repeated run
    first_of_longest: tuple[int, int] = (0, 0)  # where that run first appeared
    token_count: int = 0
    blocks: list[tuple[int, int]] = field(default_factory=list)
    segment_starts: list[int] = field(default_factory=list)


FEATURES = (
    "dup_fraction",
    "dup_longest_log",
    "dup_longest_share",
    "dup_blocks",
    "dup_pair_share",
    "dup_region_containment",
    "dup_region_tokens_log",
    "dup_long_fraction",
    "dup_cross_region_containment",
    "dup_chained_longest_log",
)


def empty_dup() -> DupResult:
    return DupResult(dict.fromkeys(FEATURES, 0.0))


# Within-message repeats are the REP signal. Repeats across messages (a user re-asking, an
# agent's tool output echoing the assistant) are common in benign chats; only the share of a
# reasoning region repeated in a later message is reported (dup_cross_region_containment).


def self_duplication(segments: list[Segment], n: int = SHINGLE) -> DupResult:
    token_hashes, sizes = _segment_hashes(segments)
    total = int(token_hashes.size)
    hashes = _roll(token_hashes, n)
    m = len(hashes)
    if m < 2:
        return empty_dup()
    seg_starts = [0, *accumulate(sizes[:-1])]

    # First position of every shingle hash and how often it occurs, mapped back to each position.
    order, new_group = _hash_groups(hashes)
    if new_group.all():
        # Every shingle is distinct (most traffic): nothing repeats, every figure is 0.
        region_tokens = sum(
            min(size, max(0, m - start))
            for seg, size, start in zip(segments, sizes, seg_starts, strict=True)
            if seg.in_region
        )
        return _no_repeats(region_tokens, total, seg_starts)
    region = np.repeat(np.array([seg.in_region for seg in segments], dtype=bool), sizes)[:m]
    message = np.repeat(np.array([seg.message for seg in segments], dtype=np.int32), sizes)[:m]
    group_starts = np.flatnonzero(new_group)
    group_of_sorted = np.cumsum(new_group) - 1
    group_first = order[group_starts]  # positions ascend within a group
    group_counts = np.diff(np.append(group_starts, m))
    first_idx = np.empty(m, dtype=np.int64)
    first_idx[order] = group_first[group_of_sorted]
    occurrences = np.empty(m, dtype=np.int64)
    occurrences[order] = group_counts[group_of_sorted]
    positions = np.arange(m, dtype=np.int64)
    repeat = first_idx <= positions - n
    if not repeat.any():
        return _no_repeats(int(region.sum()), total, seg_starts)
    same_message = message[first_idx] == message

    within = _run_stats(repeat & same_message, first_idx, positions, region, occurrences, total, n)
    cross = _run_stats(repeat & ~same_message, first_idx, positions, region, occurrences, total, n)
    feats = dict(within.features)
    feats["dup_region_tokens_log"] = math.log1p(int(region.sum()))
    feats["dup_cross_region_containment"] = cross.features["dup_region_containment"]
    best = within if within.features["dup_longest_log"] >= cross.features["dup_longest_log"] else cross
    best.features = feats
    best.token_count = total
    best.segment_starts = seg_starts
    return best


def _hash_groups(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions sorted by hash, ties by position, and a mask of each hash group's first entry.

    One value sort instead of an argsort (~30% faster): the low bits of each hash are replaced
    by its position. Groups are then told apart by the remaining top bits; if two different
    hashes share them (checked, rare), the full hashes are sorted instead.
    """
    m = hashes.size
    bits = max(1, (m - 1).bit_length())
    low = np.uint64((1 << bits) - 1)
    keys = hashes & ~low
    keys |= np.arange(m, dtype=np.uint64)
    keys.sort()
    order = (keys & low).astype(np.int64)
    keys >>= np.uint64(bits)
    new_group = np.empty(m, dtype=bool)
    new_group[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new_group[1:])
    if not new_group.all():
        sorted_hashes = hashes[order]
        tied = ~new_group[1:]
        if not np.array_equal(sorted_hashes[1:][tied], sorted_hashes[:-1][tied]):
            order = hashes.argsort(kind="stable")
            sorted_hashes = hashes[order]
            np.not_equal(sorted_hashes[1:], sorted_hashes[:-1], out=new_group[1:])
    return order, new_group


def _no_repeats(region_tokens: int, total: int, seg_starts: list[int]) -> DupResult:
    """What the full computation returns when no shingle repeats n or more tokens later."""
    result = empty_dup()
    result.features["dup_region_tokens_log"] = math.log1p(region_tokens)
    result.token_count = total
    result.segment_starts = seg_starts
    return result


def _run_stats(
    repeat: np.ndarray,
    first_idx: np.ndarray,
    positions: np.ndarray,
    region: np.ndarray,
    occurrences: np.ndarray,
    total: int,
    n: int,
) -> DupResult:
    """Duplication figures for the repeats in ``repeat`` (a boolean mask over shingle positions)."""
    if not repeat.any():
        return empty_dup()
    m = len(repeat)
    # tokens covered by a repeated shingle (start positions are distinct: plain fancy indexing)
    cover = np.zeros(total + 1, dtype=np.int32)
    starts = positions[repeat]
    cover[starts] += 1
    cover[starts + n] -= 1
    covered = int(np.count_nonzero(np.cumsum(cover)[:total]))

    # runs: repeats whose first occurrences advance in step
    cont = np.zeros(m, dtype=bool)
    cont[1:] = repeat[1:] & repeat[:-1] & (first_idx[1:] == first_idx[:-1] + 1)
    run_start = repeat & ~cont
    run_ids = np.cumsum(run_start) - 1
    run_lengths = np.bincount(run_ids[repeat], minlength=int(run_start.sum()))
    run_starts = positions[run_start]
    longest = int(run_lengths.argmax())
    longest_tokens = int(run_lengths[longest]) + n - 1
    chained_tokens = _longest_chain(run_starts, run_lengths, first_idx) + n - 1
    block_mask = run_lengths + n - 1 >= LONG_BLOCK
    long_tokens = int((run_lengths[block_mask] + n - 1).sum())

    # pairs (REP shows each reasoning exactly twice) vs boilerplate seen many times
    pair_share = float((occurrences[repeat] == 2).mean())

    # reasoning-region text that reappears outside the region, later
    from_region = repeat & region[first_idx] & ~region
    region_total = int(region.sum())
    region_hit = 0
    if from_region.any():
        seen = np.zeros(m, dtype=bool)
        seen[first_idx[from_region]] = True
        region_hit = int(np.count_nonzero(seen))

    ls = int(run_starts[longest])
    first_start = int(first_idx[ls])
    feats = {
        "dup_fraction": covered / total,
        "dup_longest_log": math.log1p(longest_tokens),
        "dup_longest_share": longest_tokens / total,
        "dup_blocks": math.log1p(min(10, int(block_mask.sum()))),
        "dup_pair_share": pair_share,
        "dup_region_containment": region_hit / region_total if region_total else 0.0,
        "dup_long_fraction": long_tokens / total,
        "dup_chained_longest_log": math.log1p(chained_tokens),
    }
    blocks = [
        (int(s), int(s) + int(length) + n - 1)
        for s, length in zip(run_starts[block_mask][:8], run_lengths[block_mask][:8], strict=True)
    ]
    return DupResult(
        feats,
        longest_run=(ls, ls + longest_tokens),
        first_of_longest=(first_start, first_start + longest_tokens),
        blocks=blocks,
    )


def _longest_chain(run_starts: np.ndarray, run_lengths: np.ndarray, first_idx: np.ndarray) -> int:
    """Shingle positions spanned by the longest chain of runs that copy their source in order
    with gaps of at most ``CHAIN_GAP`` on both sides (see ``CHAIN_GAP``). One run is a chain, so
    this is never shorter than the longest run."""
    ends = run_starts + run_lengths
    sources = first_idx[run_starts]
    copy_gap = run_starts[1:] - ends[:-1]
    source_gap = sources[1:] - (sources[:-1] + run_lengths[:-1])
    chained = (copy_gap >= 0) & (copy_gap <= CHAIN_GAP) & (source_gap >= 0) & (source_gap <= CHAIN_GAP)
    # runs are sorted and disjoint: a chain is a stretch of consecutive runs, from its first start
    # to its last end
    breaks = np.flatnonzero(~chained)
    first = run_starts[np.concatenate(([0], breaks + 1))]
    last = ends[np.append(breaks, len(run_starts) - 1)]
    return int((last - first).max())


def run_char_span(
    segments: list[Segment], segment_starts: list[int], run: tuple[int, int]
) -> tuple[int, int, int] | None:
    """``(segment, start, end)`` characters of the token run ``[a, b)``, clipped to one segment."""
    a, b = run
    if b <= a:
        return None
    seg = max(0, bisect.bisect_right(segment_starts, a) - 1)
    text = segments[seg].text
    local_a = a - segment_starts[seg]
    local_b = b - 1 - segment_starts[seg]
    bounds = segments[seg].token_bounds
    if bounds is not None:
        starts, ends = bounds
        if local_a >= starts.size:
            return None
        final = max(local_a, local_b)
        return seg, int(starts[local_a]), int(ends[final]) if final < ends.size else len(text)
    # islice skips tokens inside the C iterator: no Python step per skipped token
    matches = _token_re(text).finditer(text)
    first = next(islice(matches, local_a, None), None)
    if first is None:
        return None
    last = first if local_b <= local_a else next(islice(matches, local_b - local_a - 1, None), None)
    end = last.end() if last is not None else len(text)
    return seg, first.start(), end
