"""Intent features: concept co-occurrence in a window, multilingual, wording-independent.

The lexicons (:mod:`monitor.detectors.lexicon`) are compiled once into two trie-shaped regular
expressions (one for scripts with word boundaries, one for scripts without), so a scan costs
one regex pass whatever the number of terms. A hit is ``(position, concept bitmask)``. Hits
fall into buckets of :data:`BUCKET` characters; a pair of concepts "co-occurs" when both are
in the same or adjacent buckets (a window of 1-2 buckets). Features count co-occurring windows
for pairs and triples of concepts (log-scaled), separately for the whole text and its tail.
"""

from __future__ import annotations

import bisect
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from monitor.detectors.lexicon import (
    ANSWER_WORDS,
    BEFORE_WORDS,
    COMPOUND_LANGS,
    CONCEPTS,
    CONVERSATION_WORDS,
    INFLECTING_LANGS,
    NEUTRAL,
    NO_BOUNDARY_LANGS,
    POSTPOSITION_LANGS,
    SUFFIXED_PLURAL_LANGS,
)
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
    ("transform", "reason"),
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
    ("creative", "reason"),
    ("creative", "reveal"),
    ("outside", "reason"),
    ("outside", "instr"),
    ("answer_ref", "reveal"),
    ("answer_ref", "verbatim"),
    ("authoring", "instr"),
    ("reveal", "secret"),
    ("show", "secret"),
    ("partial", "secret"),
    ("transform", "secret"),
    ("creative", "secret"),
    ("yours", "secret"),
    ("pretext", "secret"),
)
STRONG_QUALIFIERS = BIT["verbatim"] | BIT["hidden"] | BIT["above"] | BIT["outside"]
PAIR_MASKS: tuple[int, ...] = tuple(BIT[a] | BIT[b] for a, b in PAIRS)
ASKS = BIT["reveal"] | BIT["show"]
# A composed "before the answer" reasoning hit is only worth finding next to an ask or a qualifier.
_PAIRS_WITH_REASON = ASKS | STRONG_QUALIFIERS
CONTEXT_ASK = BIT["reveal"] | BIT["above"] | BIT["verbatim"]


def trie_regex(words: Iterable[str]) -> str:
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


def canonical_term(term: str) -> str:
    """A term's separators (spaces, "_", "-") folded to one space, as the tries match them."""
    return re.sub(r"[\s_\-]+", " ", term.strip())


COMPOUND_MIN_CHARS = 6


def _whole(word: str) -> str:
    return canonical_term(normalize(word).text) + "$"


BEFORE_ANSWER_WINDOW = 40
BEFORE_ANSWER_TAIL = 1000
INFIX_TAIL = 2000


def _compound_part(lang: str, concept: str, term: str, whole: bool) -> bool:
    """A target noun of a compound-forming language, long enough to be safe inside a word."""
    return (
        lang in COMPOUND_LANGS
        and concept in ("reason", "instr")
        and not whole
        and " " not in term
        and len(term) >= COMPOUND_MIN_CHARS
    )


INFLECTION_STEM_MIN_CHARS = 7
_FINAL_VOWELS = re.compile(r"[aeiouyаеёиоуыэюяіїєьъй]+$")


def inflection_stem(lang: str, concept: str, term: str, whole: bool) -> str | None:
    """The stem of a one-word target noun of an inflecting language, without its final vowels
    (and a Scandinavian "-er" plural), when at least :data:`INFLECTION_STEM_MIN_CHARS` long: the
    lexicon lists one or two forms, traffic uses every case."""
    if lang not in INFLECTING_LANGS or concept not in ("reason", "instr") or whole or " " in term:
        return None
    stem = _FINAL_VOWELS.sub("", term)
    if lang in SUFFIXED_PLURAL_LANGS and stem == term and stem.endswith("er"):
        stem = stem[:-2]
    return stem if stem != term and len(stem) >= INFLECTION_STEM_MIN_CHARS else None


# Hebrew and Arabic write "the" as a prefix, and a phrase takes it on its last word ("שרשרת מחשבה"
# -> "שרשרת המחשבה", "حوار داخلي" -> "الحوار الداخلي"); those scripts match anywhere, so the variant
# with the article on the last word also covers an article on the first.
_DEFINITE_ARTICLE = {"he": "ה", "ar": "ال"}


def definite_variant(lang: str, concept: str, term: str) -> str | None:
    """A two-word target phrase of Hebrew or Arabic with the article on its last word."""
    article = _DEFINITE_ARTICLE.get(lang)
    if article is None or concept not in ("reason", "instr"):
        return None
    words = term.split(" ")
    if len(words) != 2 or words[1].startswith(article):
        return None
    return f"{words[0]} {article}{words[1]}"


_WORD_START = re.compile(r"\w")
# ASCII letters and digits kept, every other byte (``_`` too) turned into a space.
_ALNUM_ONLY = bytes(c if chr(c).isascii() and chr(c).isalnum() else ord(" ") for c in range(256))


def _ascii_first_words(terms: Iterable[str]) -> frozenset[bytes] | None:
    """The ASCII first words of trie ``terms`` (``$`` ends a whole word, a space separates words):
    a match on ASCII text starts with one of them as a whole run of letters and digits (the
    term starts at a word boundary and a separator or word end follows). None when some ASCII
    first word is not such a run, so the test would not be exact."""
    firsts = {term.rstrip("$").split(" ")[0] for term in terms}
    ascii_firsts = {w for w in firsts if w.isascii()}
    if not all(w.isalnum() for w in ascii_firsts):
        return None
    return frozenset(w.encode("ascii") for w in ascii_firsts)


# Long ASCII texts (REP prompts repeat their demonstrations) are scanned piece by piece.
REPEAT_SCAN_MIN_CHARS = 20_000
REPEATED_PIECE_MIN_CHARS = 256
_PIECE_CONTEXT = 16  # characters after a "?" that decide whether a piece ends there
_PIECE_MASK = 1  # a piece ends after about one "?" in two


def _piece_bounds(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ASCII ``text``; a piece ends right after a
    "?" whose following characters hash to 0 (content-defined: a repeated passage is cut at the
    same places in each copy)."""
    start = 0
    at = text.find("?")
    while at >= 0:
        cut = at + 1
        if zlib.crc32(text[cut : cut + _PIECE_CONTEXT].encode("ascii")) & _PIECE_MASK == 0:
            yield start, cut
            start = cut
        at = text.find("?", cut)
    yield start, len(text)


# A compound holds a stem of COMPOUND_MIN_CHARS after at least four letters of another word.
LONG_WORD_CHARS = 10


_TARGETS = BIT["reason"] | BIT["instr"] | BIT["secret"]
# Phrases whose longest form is meant to replace the words inside it: "my first message" points
# at the user's own text, "the part above my message" at the context, and "parola per parola"
# is "verbatim", not the password "parola". Every other phrase keeps the targets inside it.
_REPLACES_ITS_WORDS = BIT["answer_ref"] | BIT["above"] | BIT["verbatim"]


def _keep_inner_targets(lookup: dict[str, int], free: set[str]) -> None:
    """Give a phrase the targets of the terms inside it (see :data:`_REPLACES_ITS_WORDS`), and a
    target phrase the qualifiers inside it ("texto de arriba": the text above).

    The scan keeps the longest term at a position, so a context phrase ("what is a system prompt"
    as authoring, in a language without articles the same words as "your system prompt, what
    is it") would hide the target noun it contains. Sub-terms are whole words of the phrase, or
    any substring in the languages written without spaces."""
    unspaced = {t.rstrip("$") for t in free}
    for key, bits in list(lookup.items()):
        if " " not in key and key not in unspaced:
            continue
        if bits & _TARGETS:
            keep = STRONG_QUALIFIERS  # "the text above", "the hidden prompt": a qualified target
        elif bits & _REPLACES_ITS_WORDS:
            continue
        else:
            keep = _TARGETS
        inner = 0
        for sub in _inner_pieces(key, key in unspaced):
            inner |= lookup.get(sub, 0) & keep
        if inner:
            lookup[key] = bits | inner


def _inner_pieces(key: str, unspaced: bool) -> Iterator[str]:
    if unspaced:
        n = len(key)
        yield from (key[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n)
        return
    words = key.split(" ")
    n = len(words)
    yield from (" ".join(words[i:j]) for i in range(n) for j in range(i + 1, n + 1) if j - i < n)


class ConceptMatcher:
    """Finds concept hits in normalised text. Build once; reuse for every event."""

    def __init__(self) -> None:
        self.lookup: dict[str, int] = {}
        bounded: set[str] = set()
        free: set[str] = set()
        infix: set[str] = set()
        for concept, langs in CONCEPTS.items():
            for lang, terms in langs.items():
                for raw in terms:
                    whole = raw.endswith("$")
                    term = canonical_term(normalize(raw.rstrip("$")).text)
                    if not term:
                        continue
                    self._mark(term, concept)
                    pattern_term = term + ("$" if whole else "")
                    (free if lang in NO_BOUNDARY_LANGS and not term.isascii() else bounded).add(pattern_term)
                    if _compound_part(lang, concept, term, whole):
                        infix.add(term)
                    definite = definite_variant(lang, concept, term)
                    if definite and not whole:
                        self._mark(definite, concept)
                        free.add(definite)
                    stem = inflection_stem(lang, concept, term, whole)
                    if stem:
                        self._mark(stem, concept)
                        bounded.add(stem)
        _keep_inner_targets(self.lookup, free)
        for terms in NEUTRAL.values():
            for raw in terms:
                term = canonical_term(normalize(raw).text)
                self.lookup.setdefault(term, 0)
                bounded.add(term + "$")
        # Every term starts with a word character, so a match can only start where \b holds;
        # \b is a cheaper first step than the lookbehind it then equals (kept as the fallback).
        start = r"\b" if all(_WORD_START.match(t) for t in bounded) else r"(?<!\w)"
        self.bounded = re.compile(start + trie_regex(bounded))
        # ASCII text can only match ASCII terms; the smaller trie, compiled with re.ASCII, scans it
        # ~2x faster. Same matches: on ASCII text \w is the same set either way, and \s gains the
        # four separators \x1c-\x1f that Unicode \s also counts as space.
        ascii_trie = trie_regex(t for t in bounded if t.isascii()).replace(r"[\s_\-]+", r"[\s\x1c-\x1f_\-]+")
        self.bounded_ascii = re.compile(start + ascii_trie, re.ASCII)
        self.cut_at_questions = not any("?" in t for t in bounded if t.isascii())
        self.free = re.compile(trie_regex(free))
        # Compound-forming languages put the target noun inside a word ("Systemanweisungen",
        # "rendszerutasitasaidat"): these stems also match mid-word. No lookbehind, so the engine
        # can skip ahead on the first characters; word-start matches are the bounded scan's.
        self.infix = re.compile(trie_regex(infix))
        # "before" (a whole word) or "answer" (a stem), composed in _before_answer
        before = {
            _whole(w) for lang, ws in BEFORE_WORDS.items() if lang not in POSTPOSITION_LANGS for w in ws
        }
        after = {_whole(w) for lang, ws in BEFORE_WORDS.items() if lang in POSTPOSITION_LANGS for w in ws}
        answer = {canonical_term(normalize(w).text) for words in ANSWER_WORDS.values() for w in words}
        talk = {
            canonical_term(normalize(w).text) for words in CONVERSATION_WORDS.values() for w in words
        } - answer
        self.before_firsts = _ascii_first_words(before | after)
        self.before_answer = re.compile(
            rf"\b(?:(?P<b>{trie_regex(before)})|(?P<p>{trie_regex(after)})|(?P<a>{trie_regex(answer)})"
            rf"|(?P<c>{trie_regex(talk)}))"
        )

    def _mark(self, key: str, concept: str) -> None:
        """``key`` (a term, its article variant or its stem) names ``concept``."""
        self.lookup[key] = self.lookup.get(key, 0) | BIT[concept]

    def hits(self, text: str) -> list[tuple[int, int]]:
        ascii_only = text.isascii()
        scanner = self.bounded_ascii if ascii_only else self.bounded
        if ascii_only and self.cut_at_questions and len(text) >= REPEAT_SCAN_MIN_CHARS:
            out = self._scan_repeated_pieces(text)
        else:
            bits_of = self._bits
            out = [(m.start(), bits_of(m.group())) for m in scanner.finditer(text)]
        tail = max(0, len(text) - INFIX_TAIL)
        inside = self._inside_compounds(text, tail, {pos for pos, _ in out})
        if any(pos >= tail and bits & _PAIRS_WITH_REASON for pos, bits in out):
            inside.extend(
                self._before_answer(text, max(0, len(text) - BEFORE_ANSWER_TAIL))
            )  # a reasoning hit only counts next to these
        if not ascii_only:
            out.extend((m.start(), self._bits(m.group())) for m in self.free.finditer(text))
        if inside or not ascii_only:
            out.extend(inside)
            out.sort()
        return [h for h in out if h[1]]

    def _scan_repeated_pieces(self, text: str) -> list[tuple[int, int]]:
        """The bounded ASCII scan of a long text, where a piece seen before is not scanned again.

        A REP prompt shows every demonstration twice. Pieces end after a "?" chosen by the text
        that follows it (:func:`_piece_bounds`), so both copies of a demonstration are cut alike;
        runs of first-seen pieces are scanned in place (``finditer`` over the run), a repeated
        piece takes the hits of its first copy. Same hits as one scan of ``text``: no term holds
        a "?" and neither does the separator class, so no match or failed attempt reads past
        one, and a run's first position is a word boundary exactly when it is one in the text
        ("?" is not a word char; ``finditer(text, pos)`` reads the character before ``pos``).
        """
        bounds = list(_piece_bounds(text))
        pieces = [text[a:b] for a, b in bounds]
        scanner = self.bounded_ascii
        bits_of = self._bits
        # Short pieces ("Why?") recur in any long text; reusing them would only cut the scan up.
        repeated = {p for p, n in Counter(pieces).items() if n > 1 and len(p) >= REPEATED_PIECE_MIN_CHARS}
        if not repeated:
            return [(m.start(), bits_of(m.group())) for m in scanner.finditer(text)]
        out: list[tuple[int, int]] = []
        copies: dict[str, list[tuple[int, int]]] = {}  # hits of a repeated piece, from its start
        run: list[int] = []  # first-seen pieces not scanned yet (consecutive)
        pending: set[str] = set()  # the repeated pieces among them
        for i, piece in enumerate(pieces):
            if piece not in copies and piece not in pending:
                run.append(i)
                if piece in repeated:
                    pending.add(piece)
                continue
            self._scan_run(text, bounds, pieces, run, repeated, copies, out)
            pending.clear()
            start = bounds[i][0]
            out.extend([(start + pos, bits) for pos, bits in copies[piece]])
        self._scan_run(text, bounds, pieces, run, repeated, copies, out)
        return out

    def _scan_run(
        self,
        text: str,
        bounds: list[tuple[int, int]],
        pieces: list[str],
        run: list[int],
        repeated: set[str],
        copies: dict[str, list[tuple[int, int]]],
        out: list[tuple[int, int]],
    ) -> None:
        """Scan the pieces ``run`` (consecutive) in place into ``out``; keep the hits of the
        repeated ones in ``copies``; empty ``run``."""
        if not run:
            return
        bits_of = self._bits
        found = [
            (m.start(), bits_of(m.group()))
            for m in self.bounded_ascii.finditer(text, bounds[run[0]][0], bounds[run[-1]][1])
        ]
        out.extend(found)
        for i in run:
            if pieces[i] in repeated:
                a, b = bounds[i]
                lo, hi = bisect.bisect_left(found, (a, -1)), bisect.bisect_left(found, (b, -1))
                copies[pieces[i]] = [(pos - a, bits) for pos, bits in found[lo:hi]]
        run.clear()

    def _before_answer(self, text: str, start: int) -> list[tuple[int, int]]:
        """Hits composed in ``text[start:]`` from a "before" word within :data:`BEFORE_ANSWER_WINDOW`
        characters of an "answer" word — reasoning ("what you noted before you answered me": the
        time before the answer names the hidden reasoning in any inflection) — or of a
        "conversation" word — the hidden context ("what you were told before our chat began")."""
        # No "before" word can match where its first word is not one of the text's words.
        firsts = self.before_firsts
        if (
            firsts is not None
            and text.isascii()
            and firsts.isdisjoint(text[start:].encode("ascii").translate(_ALNUM_ONLY).split())
        ):
            return []
        befores: list[int] = []  # "before you answered": the answer follows
        afters: list[int] = []  # "cevap vermeden once": the answer comes first
        answers: list[int] = []
        talks: list[int] = []
        for m in self.before_answer.finditer(text, start):
            group = m.lastgroup
            (
                befores if group == "b" else afters if group == "p" else answers if group == "a" else talks
            ).append(m.start())
        out: list[tuple[int, int]] = []
        for targets, bit in ((answers, BIT["reason"]), (talks, BIT["above"])):
            if not targets:
                continue
            found = [b for b in befores if any(0 < t - b <= BEFORE_ANSWER_WINDOW for t in targets)]
            found += [p for p in afters if any(0 < p - t <= BEFORE_ANSWER_WINDOW for t in targets)]
            out += [(pos, bit) for pos in sorted(found)[:4]]
        return out

    def _inside_compounds(self, text: str, start: int, counted: set[int]) -> list[tuple[int, int]]:
        """Stem hits inside the long words of ``text[start:]`` (only the last :data:`INFIX_TAIL`
        characters are read: the request is there, and long texts keep a bounded cost); a word
        already counted from its first letter is skipped. ``str.split`` finds the few long words
        far faster than a regex pass."""
        out: list[tuple[int, int]] = []
        cursor = start
        for word in text[start:].split():
            if len(word) < LONG_WORD_CHARS:
                continue
            at = text.find(word, cursor)
            cursor = at + len(word)
            if at in counted:
                continue
            out.extend((m.start(), self._bits(m.group())) for m in self.infix.finditer(text, at + 1, cursor))
        return out

    def _bits(self, matched: str) -> int:
        bits = self.lookup.get(matched)
        return bits if bits is not None else self.lookup.get(canonical_term(matched), 0)


@dataclass(frozen=True)
class IntentResult:
    features: dict[str, float]
    core_positions: list[int]  # positions (in the scanned text) of windows with a core triple
    hits: list[tuple[int, int]]


# Window keys of hits inside a quoted span carry the span's number above these bits, so a quote
# and the words around it never share a window (see intent_from_hits).
_SEGMENT_SHIFT = 40
_BUCKET_MASK = (1 << _SEGMENT_SHIFT) - 1


def _windows(hits: list[tuple[int, int]], segments: Sequence[int] | None = None) -> dict[int, int]:
    buckets: dict[int, int] = {}
    if segments is None:
        for pos, bits in hits:
            b = pos // BUCKET
            buckets[b] = buckets.get(b, 0) | bits
        return buckets
    for (pos, bits), seg in zip(hits, segments, strict=True):
        b = pos // BUCKET | seg << _SEGMENT_SHIFT
        buckets[b] = buckets.get(b, 0) | bits
    return buckets


_CORE_TARGETS = BIT["reason"] | BIT["instr"]


def _first_targets(hits: list[tuple[int, int]], segments: Sequence[int] | None) -> dict[int, int]:
    """Window key -> position of its first reasoning or instruction hit: where a core request's
    evidence starts (a 90-character bucket may begin in an earlier message)."""
    first: dict[int, int] = {}
    for i, (pos, bits) in enumerate(hits):
        if bits & _CORE_TARGETS:
            key = pos // BUCKET if segments is None else pos // BUCKET | segments[i] << _SEGMENT_SHIFT
            first.setdefault(key, pos)
    return first


def _core_position(first: dict[int, int], key: int) -> int:
    """Where the core window starting at bucket ``key`` has its first target hit."""
    at = first.get(key, first.get(key + 1))
    return (key & _BUCKET_MASK) * BUCKET if at is None else at


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


def concept_bits(hits: Iterable[tuple[int, int]]) -> int:
    """The union of the concepts of ``hits`` (as :data:`BIT` flags)."""
    bits = 0
    for _, hit in hits:
        bits |= hit
    return bits


def intent_from_hits(
    hits: list[tuple[int, int]], tail_start: int = 0, segments: Sequence[int] | None = None
) -> IntentResult:
    """The features of :func:`intent_features` from hits already found (e.g. a slice of them).

    ``segments`` (one per hit, 0 outside any quote, else the quote's number) keeps a quoted
    passage and the request around it apart: "translate: 'please ignore my previous email'"
    pairs neither "translate" with "previous" nor the quote's words with the ask, while a
    request written inside the quote still pairs with itself."""
    if not hits:
        return IntentResult(dict(_ZERO_FEATURES), [], hits)
    by_bits: dict[int, int] = {}
    for _, bits in hits:
        by_bits[bits] = by_bits.get(bits, 0) + 1
    counts = [0] * len(CONCEPT_NAMES)
    for bits, n in by_bits.items():
        for i in _concept_indices(bits):
            counts[i] += n
    buckets = _windows(hits, segments)
    pair_counts = [0] * len(PAIRS)
    core_reason = core_instr = tail_reason = tail_instr = soft_reason = soft_instr = 0
    context = 0  # "repeat everything before this, verbatim": no target noun needed
    core_positions: list[int] = []
    first_at: dict[int, int] | None = None  # built at the first core window (most texts have none)
    for b, bits in buckets.items():
        window = bits | buckets.get(b + 1, 0)
        if window & (window - 1) == 0:  # a single concept: no pair can match
            continue
        for i in _matched_pairs(window):
            pair_counts[i] += 1
        if not window & ASKS:
            continue
        if window & CONTEXT_ASK == CONTEXT_ASK:
            context += 1
        # core: an ask with a strong qualifier (verbatim, hidden, outside, above), or a strong
        # reveal verb with "your"; soft: only "show/explain your ..." (common in benign traffic)
        # "ignore previous instructions, write ..." is a jailbreak idiom, not a request to expose
        # the instructions: with an override word only a strong reveal verb makes the window core.
        if window & _OVERRIDE and not window & _REVEAL:
            continue
        has_reason = window & _REASON
        has_instr = window & _INSTR
        qualified = window & STRONG_QUALIFIERS
        if qualified == _ABOVE and not window & _REVEAL:
            # "summarise / explain the text above" is about a text the user pasted; "repeat /
            # print the text above" copies the context out
            qualified = 0
        if qualified or (window & _REVEAL and window & _YOURS):
            at = b & _BUCKET_MASK
            in_tail = (at + 1) * BUCKET >= tail_start
            if first_at is None:
                first_at = _first_targets(hits, segments)
            if has_reason:
                core_reason += 1
                core_positions.append(_core_position(first_at, b))
                tail_reason += in_tail
            if has_instr:
                core_instr += 1
                core_positions.append(_core_position(first_at, b))
                tail_instr += in_tail
        elif window & _YOURS:
            soft_reason += 1 if has_reason else 0
            soft_instr += 1 if has_instr else 0
    logs = _LOGS
    features: dict[str, float] = {
        k: logs[v if v < CAP else CAP] for k, v in zip(_COUNT_KEYS, counts, strict=True)
    }
    features.update({k: logs[v if v < CAP else CAP] for k, v in zip(_PAIR_KEYS, pair_counts, strict=True)})
    features["core_context"] = logs[min(context, CAP)]
    features["core_reason"] = logs[min(core_reason, CAP)]
    features["core_reason_tail"] = logs[min(tail_reason, CAP)]
    features["soft_reason"] = logs[min(soft_reason, CAP)]
    features["core_instr"] = logs[min(core_instr, CAP)]
    features["core_instr_tail"] = logs[min(tail_instr, CAP)]
    features["soft_instr"] = logs[min(soft_instr, CAP)]
    return IntentResult(features, sorted(set(core_positions))[:16], hits)


# Precomputed pieces of intent_from_hits (it runs on every scanned text).
_LOGS: tuple[float, ...] = tuple(_log(i) for i in range(CAP + 1))
_COUNT_KEYS = tuple(f"c_{k}" for k in CONCEPT_NAMES)
_PAIR_KEYS = tuple(f"p_{a}_{b}" for a, b in PAIRS)
_REASON, _INSTR, _REVEAL, _YOURS, _OVERRIDE, _ABOVE = (
    BIT[k] for k in ("reason", "instr", "reveal", "yours", "override", "above")
)
_MEMO_LIMIT = 4096  # distinct bit masks are few (lexicon entries and their unions); bound anyway
_CONCEPTS_OF: dict[int, tuple[int, ...]] = {}
_PAIRS_OF: dict[int, tuple[int, ...]] = {}

_ZERO_FEATURES: dict[str, float] = {
    **{k: 0.0 for k in _COUNT_KEYS},
    **{k: 0.0 for k in _PAIR_KEYS},
    "core_context": 0.0,
    "core_reason": 0.0,
    "core_reason_tail": 0.0,
    "soft_reason": 0.0,
    "core_instr": 0.0,
    "core_instr_tail": 0.0,
    "soft_instr": 0.0,
}


def _concept_indices(bits: int) -> tuple[int, ...]:
    found = _CONCEPTS_OF.get(bits)
    if found is None:
        found = tuple(i for i, name in enumerate(CONCEPT_NAMES) if bits & BIT[name])
        if len(_CONCEPTS_OF) < _MEMO_LIMIT:
            _CONCEPTS_OF[bits] = found
    return found


def _matched_pairs(window: int) -> tuple[int, ...]:
    found = _PAIRS_OF.get(window)
    if found is None:
        found = tuple(i for i, need in enumerate(PAIR_MASKS) if window & need == need)
        if len(_PAIRS_OF) < _MEMO_LIMIT:
            _PAIRS_OF[window] = found
    return found


def empty_intent() -> dict[str, float]:
    return intent_features(_EMPTY_MATCHER, "").features


class _EmptyMatcher(ConceptMatcher):
    def __init__(self) -> None:  # no lexicon needed for the all-zero feature set
        self.lookup = {}

    def hits(self, text: str) -> list[tuple[int, int]]:
        return []


_EMPTY_MATCHER = _EmptyMatcher()
