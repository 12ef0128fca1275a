"""Fast word tokens and hashed n-gram shingles shared by the overlap-based detectors.

``shingles`` uses Python's string hash: fast, and stable within one process (enough for
comparing two texts of the same event). Anything that must agree across processes (template
fingerprints used as Kafka keys, changelog state) uses :func:`stable_hash`.
"""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+", re.UNICODE)


# ASCII word characters kept, every other byte turned into a space: on ASCII text ``\w+`` is
# ``[A-Za-z0-9_]+``, so translating and splitting gives its tokens without a regex step per token.
_ASCII_WORD_BYTES = bytes(
    c if (chr(c).isalnum() and c < 128) or c == ord("_") else ord(" ") for c in range(256)
)


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (Unicode letters, digits and underscore)."""
    return lowered_word_tokens(text.lower())


def lowered_word_tokens(lowered: str) -> list[str]:
    r"""``\w+`` tokens of an already lower-cased text."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(lowered)


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
