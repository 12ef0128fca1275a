"""The ASCII-only lexicon scan (re.ASCII, ASCII terms) finds exactly what the full scan finds."""

from __future__ import annotations

import random

from monitor.detectors.extraction import shared_matcher

SEPARATORS = [" ", "  ", "\n", "\t", "_", "-", " - ", "\x1c", "\x1f", "\x0b", ".", ",", "'", "", "x", "9"]


def _ascii_terms() -> list[str]:
    return sorted(term for term in shared_matcher().lookup if term.isascii())


def test_ascii_scan_equals_the_full_scan_on_ascii_text() -> None:
    matcher = shared_matcher()
    terms = _ascii_terms()
    rng = random.Random(20261127)
    for _ in range(400):
        words: list[str] = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(terms) if rng.random() < 0.6 else rng.choice(["the", "a", "model", "thinking"])
            words.append(word.replace(" ", rng.choice(SEPARATORS)) if rng.random() < 0.5 else word)
            words.append(rng.choice(SEPARATORS))
        text = "".join(words)
        assert text.isascii()
        full = [(m.start(), m.group()) for m in matcher.bounded.finditer(text)]
        fast = [(m.start(), m.group()) for m in matcher.bounded_ascii.finditer(text)]
        assert fast == full, text
