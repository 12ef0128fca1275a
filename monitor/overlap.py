"""Overlap between a hidden text (reasoning trace, system prompt) and a visible text.

Normalisation is *length preserving*: wrappers that an exposure prompt asks for (code fences,
shell / REPL / Jupyter prompts, ``cat file`` lines, tool-call JSON, ``<tool_result>`` tags,
HTML entities, backslash escapes, markdown marks) are blanked with spaces, so every token keeps
its character offsets in the original field and matched runs can be reported as spans.

Fast path: tokens are hashed once; n-gram shingles are rolling hashes computed with numpy, and
set membership is a bucket-bitmap prefilter followed by an exact check of the few candidates.
Exact ROUGE-L (LCS F1, the REP paper's metric) uses the bit-parallel LCS of Hyyrö (Python big
integers: one add/sub/and/or per token of the longer side), and is computed exactly only while ``len(a) * len(b) <= LCS_EXACT_CELLS``; above that it
is computed over the tokens inside shared shingles (first ``LCS_WINDOW`` per side): a lower
bound, flagged as not exact.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from itertools import accumulate

import numpy as np

from monitor.regex_scan import LinePattern, byte_runs, flag_bytes

LCS_EXACT_CELLS = 1_500_000
LCS_WINDOW = 800
SMALL_COMMON = 256


# Wrapper lines and fragments blanked before tokenising (each match is replaced by spaces). Each
# pattern runs only when its cheap trigger substring occurs, so plain prose pays almost nothing.
_WRAPPER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("``", re.compile(r"^[ \t]*```[\w+-]*[ \t]*$", re.M)),
    ("~~~", re.compile(r"^[ \t]*~~~[\w+-]*[ \t]*$", re.M)),
    (
        "cat",
        re.compile(
            r"^[ \t]*(?:[$#%>][ \t]*)?(?:![ \t]*)?(?:cat|type|head|tail|more|less)[ \t]+[\w./~-]+[ \t]*$",
            re.M | re.I,
        ),
    ),
    (">>>", re.compile(r"^[ \t]*>>>[^\n]*(?:open|read|print)\([^\n]*$", re.M)),
    (">>>", re.compile(r"^[ \t]*(?:>>>|\.\.\.)[ \t]", re.M)),
    ("[", re.compile(r"^[ \t]*(?:In|Out)[ \t]*\[\d*\][ \t]*:(?:[ \t]*![^\n]*$)?", re.M)),
    ("$", re.compile(r"^[ \t]*\$[ \t]", re.M)),  # other shell prompts: keep the command words
    ("<tool_call", re.compile(r"<tool_call>.*?</tool_call>", re.S | re.I)),
    (
        "<",
        re.compile(
            r"</?(?:tool_result|tool_response|function_results?|stdout|output|result|think|thinking|thought|reasoning|analysis|scratchpad)\b[^>\n]{0,80}>",
            re.I,
        ),
    ),
    ("<|", re.compile(r"<\|[a-z_]{1,16}\|>")),
    (
        '":',
        re.compile(
            r"\{\s*\"(?:name|tool|function)\"\s*:\s*\"[^\"]{0,64}\"\s*,\s*\"(?:args|arguments|input|parameters)\"\s*:\s*\{[^{}]{0,400}\}\s*\}"
        ),
    ),
    ("&", re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")),
    ("\\", re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[ntrbf\"'\\]")),
)
# Line-anchored patterns are scanned from newline to newline (same matches, see monitor.regex_scan).
# Each trigger is tested as its first character (str.find of one character is a memchr, and most
# texts lack "`", "~", ">", "<", '"') and then as a literal regex search: on prose full of "c"
# and "t", re's literal search finds "cat" about twice as fast as ``"cat" in text``.
_WRAPPER_SCANS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | LinePattern], ...] = tuple(
    (trigger[0], re.compile(re.escape(trigger)), LinePattern(p) if p.pattern.startswith("^") else p)
    for trigger, p in _WRAPPER_PATTERNS
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Tokens:
    """Normalised, hashed tokens of one text; offsets are recovered on demand by :meth:`spans`."""

    hashes: np.ndarray  # int64, one per token
    source: str  # the masked (and, when length-safe, lower-cased) text the tokens came from
    pattern: re.Pattern[str]
    # (start, end) character offsets of every token when the tokeniser found them anyway.
    bounds: tuple[np.ndarray, np.ndarray] | None = None
    # n -> read-only shingle hashes, filled by :func:`shingle_hashes` (one text is compared with
    # several others in an event: the answer with the trace and with the system prompt).
    shingles: dict[int, np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return int(self.hashes.shape[0])

    def spans(self, token_runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Character ranges in the original text of token runs ``[a, b)``."""
        if not token_runs:
            return []
        if self.bounds is not None:
            starts, ends = self.bounds
            return [(int(starts[a]), int(ends[b - 1])) for a, b in token_runs]
        wanted_start = {a: i for i, (a, _) in enumerate(token_runs)}
        wanted_end = {b - 1: i for i, (_, b) in enumerate(token_runs)}
        out = [[0, 0] for _ in token_runs]
        last = max(b for _, b in token_runs) - 1
        for index, m in enumerate(self.pattern.finditer(self.source)):
            if index in wanted_start:
                out[wanted_start[index]][0] = m.start()
            if index in wanted_end:
                out[wanted_end[index]][1] = m.end()
            if index >= last:
                break
        return [(a, b) for a, b in out]


_LATIN_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_MIXED_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
    r"|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)


def mask_wrappers(text: str) -> str:
    """Blank exposure wrappers and escapes with spaces (same length as ``text``)."""
    out = text
    for first, trigger, scan in _WRAPPER_SCANS:
        if first in out and trigger.search(out) is not None:
            if isinstance(scan, LinePattern):
                out = scan.sub(_blank, out)
            else:
                out = scan.sub(lambda m: " " * (m.end() - m.start()), out)
    return out


def _blank(start: int, end: int) -> str:
    return " " * (end - start)


def tokenize(text: str, *, mask: bool = True) -> Tokens:
    """Lower-cased word tokens of ``text`` with wrappers masked; CJK characters are single tokens."""
    return _tokenize_source(*_masked_source(text, mask))


def _masked_source(text: str, mask: bool = True) -> tuple[str, bool]:
    """(the text :func:`tokenize` reads, whether lower-casing kept its length)."""
    masked = mask_wrappers(text) if mask else text
    lowered = masked.lower()
    length_safe = len(lowered) == len(masked)
    return (lowered if length_safe else masked), length_safe


def _tokenize_source(source: str, length_safe: bool) -> Tokens:
    if source.isascii():
        data = source.encode("ascii")
        starts, ends = byte_runs(data, _ASCII_WORD_FLAGS)
        hashes = _hash_spans(np.frombuffer(data, dtype=np.uint8), starts, ends)
        return Tokens(hashes, source, _ASCII_WORD, (starts, ends))
    pattern = _MIXED_WORD if _CJK.search(source) else _LATIN_WORD
    words = pattern.findall(source)
    if not length_safe:
        words = [w.lower() for w in words]
    return Tokens(_word_hashes(words), source, pattern)


def tokenize_many(texts: list[str]) -> list[Tokens]:
    """``[tokenize(t) for t in texts]``, with the ASCII texts tokenised and hashed in one pass.

    An event's trace, answer and hidden instructions are each a few KB, where the dozen numpy
    calls of one tokenisation cost as much as the work itself. The ASCII sources are joined with
    newlines (never part of a token) and split again by offset; a token's hash does not depend on
    where it starts (:func:`_hash_spans`), so every text gets exactly its own tokens, hashes and
    offsets.
    """
    sources = [_masked_source(t) for t in texts]
    ascii_at = [i for i, (source, _) in enumerate(sources) if source.isascii()]
    out: list[Tokens | None] = [None] * len(texts)
    if len(ascii_at) >= 2:
        joined = "\n".join(sources[i][0] for i in ascii_at)
        data = joined.encode("ascii")
        starts, ends = byte_runs(data, _ASCII_WORD_FLAGS)
        hashes = _hash_spans(np.frombuffer(data, dtype=np.uint8), starts, ends)
        offsets = [0, *accumulate(len(sources[i][0]) + 1 for i in ascii_at[:-1])]
        cuts = [*np.searchsorted(starts, offsets).tolist(), int(starts.size)]
        for k, i in enumerate(ascii_at):
            a, b, offset = cuts[k], cuts[k + 1], offsets[k]
            bounds = (starts[a:b] - offset, ends[a:b] - offset)
            out[i] = Tokens(hashes[a:b].copy(), sources[i][0], _ASCII_WORD, bounds)
    return [found if found is not None else _tokenize_source(*sources[i]) for i, found in enumerate(out)]


# Token hashes: a polynomial over code points, computed for all tokens of a text at once from
# prefix sums (numpy, wrapping uint64 arithmetic), then mixed. ASCII text (most traffic) finds its
# token boundaries with a lookup table instead of a regex; other text is split by the regex and
# hashed the same way, so a word hashes identically in both paths and across processes.
_BASE = np.uint64(0x100000001B3)  # odd, hence invertible modulo 2**64
_BASE_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_SHIFT = np.uint64(33)
_ASCII_IS_WORD = np.array([chr(c).isalnum() or chr(c) == "_" for c in range(128)] + [False] * 128)
_ASCII_WORD_FLAGS = flag_bytes(_ASCII_IS_WORD)


class _Powers:
    """``BASE**i`` and ``BASE**-i`` modulo 2**64 for i < size, grown on demand."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=np.uint64)
        self.down = np.ones(1, dtype=np.uint64)

    def ensure(self, size: int) -> None:
        if size <= self.up.size:
            return
        size = max(size, 2 * self.up.size, 4096)
        up, down = np.ones(size, dtype=np.uint64), np.ones(size, dtype=np.uint64)
        with np.errstate(over="ignore"):
            np.cumprod(np.full(size - 1, _BASE, dtype=np.uint64), out=up[1:])
            np.cumprod(np.full(size - 1, _BASE_INV, dtype=np.uint64), out=down[1:])
        self.up, self.down = up, down


_POWERS = _Powers()


def _hash_spans(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Mixed polynomial hash of ``codes[starts[i]:ends[i]]`` for every i (int64)."""
    if starts.size == 0:
        return np.zeros(0, dtype=np.int64)
    _POWERS.ensure(codes.size + 1)
    # In place where possible: on a few KB of text each numpy call costs more than its work.
    # Integer array arithmetic wraps modulo 2**64 without warnings (no errstate needed).
    prefix = np.empty(codes.size + 1, dtype=np.uint64)
    prefix[0] = 0
    body = prefix[1:]
    np.multiply(codes, _POWERS.up[: codes.size], out=body)
    np.cumsum(body, out=body)
    h = prefix[ends]
    h -= prefix[starts]
    h *= _POWERS.down[starts]
    shifted = h >> _SHIFT
    h ^= shifted
    h *= _MIX1
    np.right_shift(h, _SHIFT, out=shifted)
    h ^= shifted
    h *= _MIX2
    np.right_shift(h, _SHIFT, out=shifted)
    h ^= shifted
    hashes: np.ndarray = h.view(np.int64)
    return hashes


def _word_hashes(words: list[str]) -> np.ndarray:
    if not words:
        return np.zeros(0, dtype=np.int64)
    joined = "\x00".join(words)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    ends = np.cumsum(lengths + 1) - 1
    return _hash_spans(codes, ends - lengths, ends)


_MULT = np.uint64(1099511628211)


def shingle_hashes(tokens: Tokens, n: int) -> np.ndarray:
    """Rolling hash of every n-gram (one per start position); fewer than n tokens -> one shingle.

    Memoised on ``tokens`` (read-only arrays); (n-1)-gram hashes already there are extended by
    one token instead of being rebuilt.
    """
    memo = tokens.shingles
    found = memo.get(n)
    if found is not None:
        return found
    shorter = memo.get(n - 1)
    size = len(tokens)
    if shorter is not None and n >= 2 and size >= n:
        found = np.multiply(shorter[: size - n + 1], _MULT)
        found += tokens.hashes.view(np.uint64)[n - 1 :]
    else:
        found = shingle_hashes_of(tokens.hashes, n)
    found.flags.writeable = False
    memo[n] = found
    return found


_MULT_POWERS = tuple(np.uint64(pow(1099511628211, k, 1 << 64)) for k in range(65))


def shingle_hashes_of(token_hashes: np.ndarray, n: int) -> np.ndarray:
    """``sum(h[i + k] * MULT**(n - 1 - k) for k < n)`` (mod 2**64) for every start ``i``.

    Built by doubling (an m-gram hash from two m/2-gram hashes) and extending by one token,
    following the bits of ``n``: 6 array operations for 5-grams instead of 8.
    """
    h = token_hashes.view(np.uint64)
    size = h.shape[0]
    if size == 0:
        return np.zeros(0, dtype=np.uint64)
    if size < n:
        n = size
    acc = h
    m = 1  # acc holds the m-gram hashes
    for bit in bin(n)[3:]:
        width = size - 2 * m + 1
        doubled = np.multiply(acc[:width], _MULT_POWERS[m])
        doubled += acc[m : m + width]
        acc, m = doubled, 2 * m
        if bit == "1":
            width = size - m
            extended = np.multiply(acc[:width], _MULT)
            extended += h[m : m + width]
            acc, m = extended, m + 1
    return acc.copy() if acc is h else acc


def covered_mask(shingle_hit: np.ndarray, size: int, n: int) -> np.ndarray:
    """Tokens covered by at least one matching shingle (a hit at i covers tokens i..i+n-1)."""
    if size == 0:
        return np.zeros(0, dtype=bool)
    n = min(n, size)
    return np.convolve(shingle_hit.astype(np.int32), np.ones(n, dtype=np.int32))[:size] > 0


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of True in a boolean token mask."""
    if mask.size == 0:
        return []
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(edges[i]), int(edges[i + 1])) for i in range(0, len(edges), 2)]


@dataclass(frozen=True)
class Overlap:
    """How much of ``hidden`` appears in ``visible`` (all figures; no text)."""

    hidden_tokens: int
    visible_tokens: int
    hidden_coverage: float  # share of hidden tokens inside a shared n-gram
    visible_coverage: float  # share of visible tokens inside a shared n-gram
    hidden_containment: float  # share of hidden shingles (by position) found in visible
    visible_containment: float  # share of visible shingles (by position) found in hidden
    longest_run: int  # tokens of the longest matched run in visible
    long_run_tokens: int  # visible tokens inside matched runs of >= long_run_min tokens
    visible_runs: list[tuple[int, int]]  # token runs in visible, longest first

    def spans(self, visible: Tokens, limit: int = 5) -> list[tuple[int, int]]:
        """Character ranges (in the visible text) of the longest matched runs."""
        return visible.spans(self.visible_runs[:limit])


def _member(values: np.ndarray, sorted_pool: np.ndarray) -> np.ndarray:
    """``values[i] in sorted_pool`` for every i (one binary search each)."""
    idx = np.searchsorted(sorted_pool, values)
    idx[idx == sorted_pool.size] = 0
    return np.asarray(sorted_pool[idx] == values)


# Shared-value prefilter: a bitmap indexed by the top FILTER_BITS bits of each hash. Marking one
# side's buckets and reading the other's is a handful of numpy calls on the hash arrays, where
# sorting both sides costs several times more; most event pairs share nothing and stop there.
FILTER_BITS = 18
_FILTER_SHIFT = np.uint64(64 - FILTER_BITS)


class _Bitmap(threading.local):
    """One all-False bitmap per thread, returned to all-False after every use."""

    def __init__(self) -> None:
        self.bits = np.zeros(1 << FILTER_BITS, dtype=bool)


_BITMAP = _Bitmap()


def _buckets(values: np.ndarray) -> np.ndarray:
    return (values.view(np.uint64) >> _FILTER_SHIFT).astype(np.intp)


def _in_marked_buckets(values: np.ndarray, marked: np.ndarray) -> np.ndarray:
    """For every bucket of ``values``: does some bucket of ``marked`` equal it (a superset of
    ``values[i] in pool`` when ``marked`` are the pool's buckets)."""
    bits = _BITMAP.bits
    bits[marked] = True
    try:
        return np.asarray(bits[values])
    finally:
        bits[marked] = False


def _memberships(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(``a[i] in b`` for every i, ``b[j] in a`` for every j).

    A bucket bitmap finds the few values that may be shared (all shared values and a handful of
    bucket collisions); the exact shared values are the intersection of those candidates.
    """
    if a.size == 0 or b.size == 0:
        return np.zeros(a.size, dtype=bool), np.zeros(b.size, dtype=bool)
    bucket_a, bucket_b = _buckets(a), _buckets(b)
    maybe_a = _in_marked_buckets(bucket_a, bucket_b)
    if not maybe_a.any():
        return np.zeros(a.size, dtype=bool), np.zeros(b.size, dtype=bool)
    candidates_a = a[maybe_a]
    if candidates_a.size > SMALL_COMMON:
        return _sorted_memberships(a, b)
    candidates_b = b[_in_marked_buckets(bucket_b, bucket_a)]
    shared = set(candidates_a.tolist()).intersection(candidates_b.tolist())
    if not shared:  # only bucket collisions
        return np.zeros(a.size, dtype=bool), np.zeros(b.size, dtype=bool)
    common = np.array(sorted(shared), dtype=a.dtype)
    return _member(a, common), _member(b, common)


def _sorted_memberships(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_memberships` by sorting both sides and merging once (cache-friendly when many
    values are shared); the per-position lookups then only search the shared values."""
    if a.size == 0 or b.size == 0:
        return np.zeros(a.size, dtype=bool), np.zeros(b.size, dtype=bool)
    sorted_a, sorted_b = np.sort(a), np.sort(b)
    hit_sorted_a = _member(sorted_a, sorted_b)
    common = sorted_a[hit_sorted_a]
    if common.size == 0:
        return np.zeros(a.size, dtype=bool), np.zeros(b.size, dtype=bool)
    if common.size <= SMALL_COMMON:
        return _member(a, common), _member(b, common)
    # Many shared values (a leak): map the sorted-order answers back through the sort orders;
    # random-order binary searches over a large pool would cost twice as much.
    hit_a = np.empty(a.size, dtype=bool)
    hit_a[np.argsort(a)] = hit_sorted_a
    hit_b = np.empty(b.size, dtype=bool)
    hit_b[np.argsort(b)] = _member(sorted_b, sorted_a)
    return hit_a, hit_b


def overlap(hidden: Tokens, visible: Tokens, n: int = 5, long_run_min: int = 12) -> Overlap:
    hs = shingle_hashes(hidden, n)
    vs = shingle_hashes(visible, n)
    if hs.size == 0 or vs.size == 0:
        return Overlap(len(hidden), len(visible), 0.0, 0.0, 0.0, 0.0, 0, 0, [])
    h_hit, v_hit = _memberships(hs, vs)
    if not h_hit.any():
        # Nothing shared (most benign traffic): every figure below would come out 0.
        return Overlap(len(hidden), len(visible), 0.0, 0.0, 0.0, 0.0, 0, 0, [])
    eff_n = min(n, len(hidden), len(visible))
    h_cov = covered_mask(h_hit, len(hidden), eff_n)
    v_cov = covered_mask(v_hit, len(visible), eff_n)
    h_cont = float(h_hit.mean())
    v_cont = float(v_hit.mean())
    v_runs = sorted(runs(v_cov), key=lambda r: r[0] - r[1])
    longest = (v_runs[0][1] - v_runs[0][0]) if v_runs else 0
    long_tokens = sum(b - a for a, b in v_runs if b - a >= long_run_min)
    return Overlap(
        hidden_tokens=len(hidden),
        visible_tokens=len(visible),
        hidden_coverage=float(h_cov.mean()),
        visible_coverage=float(v_cov.mean()),
        hidden_containment=h_cont,
        visible_containment=v_cont,
        longest_run=int(longest),
        long_run_tokens=int(long_tokens),
        visible_runs=v_runs,
    )


def lcs_length(a: np.ndarray, b: np.ndarray) -> int:
    """Length of the longest common subsequence of two token-hash sequences (bit-parallel)."""
    if a.size == 0 or b.size == 0:
        return 0
    if a.size > b.size:
        a, b = b, a
    # Bit masks of the positions of each distinct token of the shorter side.
    masks: dict[int, int] = {}
    get = masks.get
    for i, token in enumerate(a.tolist()):
        masks[token] = get(token, 0) | (1 << i)
    width = int(a.size)
    full = (1 << width) - 1
    v = full
    for token in b.tolist():
        m = get(token)
        if m is None:
            continue
        u = v & m
        v = ((v + u) | (v - u)) & full
    return width - v.bit_count()


@dataclass(frozen=True)
class RougeL:
    f1: float
    precision: float  # LCS / visible length
    recall: float  # LCS / hidden length
    exact: bool


def rouge_l(hidden: Tokens, visible: Tokens, ov: Overlap | None = None) -> RougeL:
    """ROUGE-L F1 between hidden (reference) and visible (candidate) token sequences.

    Exact when ``len(hidden) * len(visible) <= LCS_EXACT_CELLS``. Otherwise the LCS is taken over
    the tokens that lie inside shared shingles (in order, at most ``LCS_WINDOW`` per side): a
    lower bound of the true LCS, reported with ``exact=False``.
    """
    a, b = hidden.hashes, visible.hashes
    exact = a.size * b.size <= LCS_EXACT_CELLS
    if not exact:
        a, b = _shared_window(a, b)
    lcs = lcs_length(a, b)
    if lcs == 0:
        return RougeL(0.0, 0.0, 0.0, exact)
    p = lcs / len(visible)
    r = lcs / len(hidden)
    return RougeL(2 * p * r / (p + r), p, r, exact)


def _shared_window(a: np.ndarray, b: np.ndarray, n: int = 5) -> tuple[np.ndarray, np.ndarray]:
    sa = shingle_hashes_of(a, n)
    sb = shingle_hashes_of(b, n)
    hit_a, hit_b = _memberships(sa, sb)
    ca = covered_mask(hit_a, a.size, min(n, a.size, b.size))
    cb = covered_mask(hit_b, b.size, min(n, a.size, b.size))
    return a[ca][:LCS_WINDOW], b[cb][:LCS_WINDOW]
