"""Intent features: concept co-occurrence in a window, multilingual, wording-independent.

The lexicons (:mod:`monitor.detectors.lexicon`) are compiled once into two trie-shaped regular
expressions (one for scripts with word boundaries, one for scripts without), so a scan costs
one regex pass whatever the number of terms. A hit is ``(position, concept bitmask)``. Hits
fall into buckets of :data:`BUCKET` characters; a pair of concepts "co-occurs" when both are
in the same or adjacent buckets (a window of 1-2 buckets). Features count co-occurring windows
for pairs and triples of concepts (log-scaled), separately for the whole text and its tail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.detectors.lexicon import CONCEPTS, NEUTRAL, NO_BOUNDARY_LANGS
from monitor.normalize import normalize

BUCKET = 90
TAIL_CHARS = 2000

CONCEPT_NAMES: tuple[str, ...] = tuple(CONCEPTS)
BIT: dict[str, int] = {name: 1 << i for i, name in enumerate(CONCEPT_NAMES)}

PAIRS: tuple[tuple[str, str], ...] = (
    ("reveal", "reason"),
    ("reveal", "instr"),
    ("show", "reason"),
    ("show", "instr"),
    ("verbatim", "reason"),
    ("verbatim", "instr"),
    ("hidden", "reason"),
    ("hidden", "instr"),
    ("yours", "reason"),
    ("yours", "instr"),
    ("above", "instr"),
    ("above", "reveal"),
    ("transform", "instr"),
    ("transform", "above"),
    ("override", "instr"),
    ("stepwise", "reason"),
    ("devwork", "reason"),
    ("devwork", "instr"),
    ("pretext", "reason"),
    ("pretext", "instr"),
    ("sameformat", "reveal"),
    ("meta_model", "reason"),
    ("discuss", "reason"),
    ("discuss", "instr"),
    ("outside", "reason"),
    ("outside", "instr"),
)
STRONG_QUALIFIERS = BIT["verbatim"] | BIT["hidden"] | BIT["above"] | BIT["outside"]
PAIR_MASKS: tuple[int, ...] = tuple(BIT[a] | BIT[b] for a, b in PAIRS)
ASKS = BIT["reveal"] | BIT["show"]
CONTEXT_ASK = BIT["reveal"] | BIT["above"] | BIT["verbatim"]


def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation shaped as a prefix tree; ``$`` marks a whole-word end."""
    trie: dict[str, object] = {}
    for word in words:
        node: dict[str, object] = trie
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = True

    def emit(node: dict[str, object]) -> str:
        branches: list[str] = []
        optional = False
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                optional = True
                continue
            child = node[ch]
            assert isinstance(child, dict)
            if ch == " ":
                piece = r"[\s_\-]+"
            elif ch == "$":
                piece = r"(?!\w)"
            else:
                piece = re.escape(ch)
            branches.append(piece + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return body + ("?" if optional else "")

    return emit(trie)


def _canonical(term: str) -> str:
    return re.sub(r"[\s_\-]+", " ", term.strip())


class ConceptMatcher:
    """Finds concept hits in normalised text. Build once; reuse for every event."""

    def __init__(self) -> None:
        self.lookup: dict[str, int] = {}
        bounded: set[str] = set()
        free: set[str] = set()
        for concept, langs in CONCEPTS.items():
            for lang, terms in langs.items():
                for raw in terms:
                    whole = raw.endswith("$")
                    term = _canonical(normalize(raw.rstrip("$")).text)
                    if not term:
                        continue
                    key = term
                    self.lookup[key] = self.lookup.get(key, 0) | BIT[concept]
                    pattern_term = term + ("$" if whole else "")
                    (free if lang in NO_BOUNDARY_LANGS and not term.isascii() else bounded).add(pattern_term)
        for terms in NEUTRAL.values():
            for raw in terms:
                term = _canonical(normalize(raw).text)
                self.lookup.setdefault(term, 0)
                bounded.add(term + "$")
        self.bounded = re.compile(r"(?<!\w)" + _trie_regex(bounded))
        self.free = re.compile(_trie_regex(free))

    def hits(self, text: str) -> list[tuple[int, int]]:
        out = [(m.start(), self._bits(m.group())) for m in self.bounded.finditer(text)]
        if not text.isascii():
            out.extend((m.start(), self._bits(m.group())) for m in self.free.finditer(text))
            out.sort()
        return [h for h in out if h[1]]

    def _bits(self, matched: str) -> int:
        bits = self.lookup.get(matched)
        return bits if bits is not None else self.lookup.get(_canonical(matched), 0)


@dataclass(frozen=True)
class IntentResult:
    features: dict[str, float]
    core_positions: list[int]  # positions (in the scanned text) of windows with a core triple
    hits: list[tuple[int, int]]


def _windows(hits: list[tuple[int, int]]) -> dict[int, int]:
    buckets: dict[int, int] = {}
    for pos, bits in hits:
        b = pos // BUCKET
        buckets[b] = buckets.get(b, 0) | bits
    return buckets


CAP = 3  # counts are capped: a long benign text must not win on volume


def _log(x: float) -> float:
    return math.log1p(min(x, CAP))


def intent_features(matcher: ConceptMatcher, text: str, tail_start: int | None = None) -> IntentResult:
    """Concept counts and windowed co-occurrence in ``text`` (normalised).

    ``tail_start`` marks where the final request begins (e.g. the last user message, or its
    last :data:`TAIL_CHARS` characters); core triples there are counted separately.
    """
    hits = matcher.hits(text)
    if tail_start is None:
        tail_start = max(0, len(text) - TAIL_CHARS)
    return intent_from_hits(hits, tail_start)


def intent_from_hits(hits: list[tuple[int, int]], tail_start: int = 0) -> IntentResult:
    """The features of :func:`intent_features` from hits already found (e.g. a slice of them)."""
    by_bits: dict[int, int] = {}
    for _, bits in hits:
        by_bits[bits] = by_bits.get(bits, 0) + 1
    counts = dict.fromkeys(CONCEPT_NAMES, 0)
    for bits, n in by_bits.items():
        for name in CONCEPT_NAMES:
            if bits & BIT[name]:
                counts[name] += n
    buckets = _windows(hits)
    pair_counts = [0] * len(PAIRS)
    core = {"reason": 0, "instr": 0}
    core_tail = {"reason": 0, "instr": 0}
    soft = {"reason": 0, "instr": 0}
    context = 0  # "repeat everything before this, verbatim": no target noun needed
    core_positions: list[int] = []
    memo: dict[int, tuple[int, ...]] = {}
    for b, bits in buckets.items():
        window = bits | buckets.get(b + 1, 0)
        if window & (window - 1) == 0:  # a single concept: no pair can match
            continue
        matched = memo.get(window)
        if matched is None:
            matched = memo[window] = tuple(i for i, need in enumerate(PAIR_MASKS) if window & need == need)
        for i in matched:
            pair_counts[i] += 1
        if not window & ASKS:
            continue
        if window & CONTEXT_ASK == CONTEXT_ASK:
            context += 1
        # core: an ask with a strong qualifier (verbatim, hidden, outside, above), or a strong
        # reveal verb with "your"; soft: only "show/explain your ..." (common in benign traffic)
        # "ignore previous instructions, write ..." is a jailbreak idiom, not a request to expose
        # the instructions: with an override word only a strong reveal verb makes the window core.
        is_core = bool(window & STRONG_QUALIFIERS) or bool(window & BIT["reveal"] and window & BIT["yours"])
        if window & BIT["override"] and not window & BIT["reveal"]:
            continue
        for target in ("reason", "instr"):
            if not window & BIT[target]:
                continue
            if is_core:
                core[target] += 1
                core_positions.append(b * BUCKET)
                if (b + 1) * BUCKET >= tail_start:
                    core_tail[target] += 1
            elif window & BIT["yours"]:
                soft[target] += 1
    features: dict[str, float] = {f"c_{k}": _log(v) for k, v in counts.items()}
    features.update({f"p_{a}_{b}": _log(v) for (a, b), v in zip(PAIRS, pair_counts, strict=True)})
    features["core_context"] = _log(context)
    for target in ("reason", "instr"):
        features[f"core_{target}"] = _log(core[target])
        features[f"core_{target}_tail"] = _log(core_tail[target])
        features[f"soft_{target}"] = _log(soft[target])
    return IntentResult(features, sorted(set(core_positions))[:16], hits)


def empty_intent() -> dict[str, float]:
    return intent_features(_EMPTY_MATCHER, "").features


class _EmptyMatcher(ConceptMatcher):
    def __init__(self) -> None:  # no lexicon needed for the all-zero feature set
        self.lookup = {}

    def hits(self, text: str) -> list[tuple[int, int]]:
        return []


_EMPTY_MATCHER = _EmptyMatcher()
