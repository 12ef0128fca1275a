"""Fast word tokens and hashed n-gram shingles shared by the overlap-based detectors.

``shingles`` uses Python's string hash: fast, and stable within one process (enough for
comparing two texts of the same event). Anything that must agree across processes (template
fingerprints used as Kafka keys, changelog state) uses :func:`stable_hash`.
"""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+", re.UNICODE)


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (Unicode letters, digits and underscore)."""
    return _WORD.findall(text.lower())


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of :func:`word_tokens`, in the same order."""
    return [m.span() for m in _WORD.finditer(text)]


def shingles(tokens: list[str], n: int) -> list[int]:
    """Hashes of every n-gram of ``tokens`` (in order; one per start position)."""
    if len(tokens) < n:
        return [hash(" ".join(tokens))] if tokens else []
    joined = [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return [hash(s) for s in joined]


def containment(needle: set[int], haystack: set[int]) -> float:
    """Share of ``needle`` shingles that also occur in ``haystack``."""
    if not needle:
        return 0.0
    return len(needle & haystack) / len(needle)


def stable_hash(text: str, digest_size: int = 8) -> int:
    """A process-independent 64-bit hash."""
    return int.from_bytes(
        hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=digest_size).digest(), "big"
    )
