"""Per-request features the account-level detectors keep: template fingerprint, script/language id.

Template fingerprint: the last user message is normalised, its variable parts are masked (LaTeX,
numbers, quoted spans, and the question: every segment holding a question mark, or the
final segment when none does) and what is left, the *skeleton*, is sketched with a 64-bit SimHash
over word 3-gram shingles hashed with :func:`monitor.shingles.stable_hash` (identical in every
process, so usable as a Kafka key). A long message (>= ``LONG_PREFIX_CHARS``) is instead keyed by
the hash of its first ``PREFIX_CHARS`` normalised characters: REP reuses identical demonstrations,
so the long shared prefix is exact. Nothing here keeps text; only hashes and small integers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

from monitor.events import Event
from monitor.memo import BoundedMemo
from monitor.shingles import lowered_word_tokens, stable_hash, word_tokens

LONG_PREFIX_CHARS = 2000
PREFIX_CHARS = 1024
MIN_SKELETON_TOKENS = 4
PREFIX_KEY_BIT = 1 << 63
MASK64 = (1 << 64) - 1

_LATEX = re.compile(r"\$\$.+?\$\$|\$[^$\n]{1,400}\$|\\\[.+?\\\]|\\\(.+?\\\)", re.DOTALL)
_NUMBER = re.compile(r"[-+]?\d[\d,.]*")
_QUOTED = re.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|«[^»\n]{1,400}»|「[^」\n]{1,400}」|'[^'\n]{3,400}'")
_SEGMENTS = re.compile(r"\n\s*\n|\n")
_QUESTION_MARKS = ("?", "？", "؟")
_SPACES = re.compile(r"\s+")
# Hidden-channel delimiters inside a *user* message: REP demonstrations imitate the think block.
_REASONING_MARKUP = re.compile(
    r"</?think>|<\|channel\|>\s*analysis|\banalysis\s*\n.{0,4000}?assistantfinal|<\|channel>thought",
    re.IGNORECASE | re.DOTALL,
)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def collapse_spaces(text: str) -> str:
    """``_SPACES.sub(" ", text)`` by ``str.split`` (the same whitespace as ``\\s``, in C)."""
    words = text.split()
    if not words:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + " ".join(words) + trail


_ASCII_DIGITS = "0123456789"
_QUOTE_OPENERS = "\"“«「'"


def mask_variables(text: str) -> str:
    # Each substitution runs only when its first character can occur (substring tests are far
    # cheaper than a regex scan); Unicode digits outside ASCII always take the regex.
    if "$" in text or "\\" in text:
        text = _LATEX.sub(" ⟨m⟩ ", text)
    if any(q in text for q in _QUOTE_OPENERS):
        text = _QUOTED.sub(" ⟨q⟩ ", text)
    if not text.isascii() or any(d in text for d in _ASCII_DIGITS):
        text = _NUMBER.sub(" ⟨n⟩ ", text)
    return text


def split_question(text: str) -> tuple[list[str], list[str]]:
    """(masked skeleton segments, raw question segments) of a normalised message.

    Question segments: every segment holding a question mark, else the last segment.
    """
    return _split_question(text, with_skeleton=True)


def segments(text: str) -> list[str]:
    """The stripped, non-blank pieces of ``_SEGMENTS.split(text)``.

    Every newline lies inside a separator match and a separator holds only whitespace and
    newlines, so the non-blank pieces are exactly the non-blank lines (``str.split`` in C, no
    regex step per character).
    """
    return [s for s in map(str.strip, text.split("\n")) if s]


def segments_from_end(text: str) -> Iterator[str]:
    """:func:`segments` in reverse order, found line by line from the end of ``text`` (a long
    prompt is never split as a whole when its last segments suffice)."""
    end = len(text)
    while True:
        newline = text.rfind("\n", 0, end)
        piece = text[newline + 1 : end].strip()
        if piece:
            yield piece
        if newline < 0:
            return
        end = newline


def _split_question(text: str, *, with_skeleton: bool) -> tuple[list[str], list[str]]:
    segments_ = segments(text)
    # Masking never adds a question mark, so a segment without one needs no masking to be
    # classified; the skeleton (masked non-question segments) is only built when it is used.
    is_question = [_is_question(s) for s in segments_]
    if segments_ and not any(is_question):
        is_question[-1] = True
    skeleton = (
        [mask_variables(s) for s, q in zip(segments_, is_question, strict=True) if not q]
        if with_skeleton
        else []
    )
    question = [s for s, q in zip(segments_, is_question, strict=True) if q]
    return skeleton, question


def _last_questions(text: str, count: int) -> list[str]:
    """``_split_question(text)[1][-count:]``, classifying segments from the end only until
    ``count`` questions are found (a long prompt has hundreds of segments)."""
    found: list[str] = []
    last: list[str] = []
    for s in segments_from_end(text):
        if not last:
            last.append(s)
        if _is_question(s):
            found.append(s)
            if len(found) == count:
                break
    if not found:
        return last  # no question anywhere: the last segment stands for it
    return found[::-1]


def _is_question(segment: str) -> bool:
    """``_has_question_mark(mask_variables(segment))`` (and the segment has one to begin with).

    Only the LaTeX and quoted-span substitutions can remove a question mark (numbers hold none
    and no replacement adds one), so a segment without their opening characters is not masked.
    """
    if not _has_question_mark(segment):
        return False
    if "$" in segment or "\\" in segment or any(q in segment for q in _QUOTE_OPENERS):
        return _has_question_mark(mask_variables(segment))
    return True


def _has_question_mark(text: str) -> bool:
    return any(q in text for q in _QUESTION_MARKS)


def simhash64(tokens: list[str], n: int = 3) -> int:
    """64-bit SimHash over word n-gram shingles (process-independent)."""
    if len(tokens) < n:
        unique = {" ".join(tokens)}
    else:  # the n-grams: tuples of n consecutive tokens, joined with spaces
        unique = set(map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False)))
    # stable_hash of every gram: the big-endian 8-byte blake2b digests, read by numpy in one go.
    digests = b"".join(blake2b(g.encode("utf-8", "surrogatepass"), digest_size=8).digest() for g in unique)
    hashes = np.frombuffer(digests, dtype=">u8").astype(np.uint64)
    # Bit b of every hash, little-endian bit order: ones[b] = how many hashes have bit b set.
    bits = np.unpackbits(hashes.astype("<u8").view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    ones = bits.sum(axis=0, dtype=np.int64)
    weights = 2 * ones - len(unique)  # (+1 per set bit, -1 per clear bit)
    value = int(np.packbits(weights > 0, bitorder="little").view("<u8")[0])
    return value & ~PREFIX_KEY_BIT  # the top bit marks prefix keys


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def same_template(a: int, b: int, max_distance: int = 3) -> bool:
    if a == b:
        return True
    if (a & PREFIX_KEY_BIT) or (b & PREFIX_KEY_BIT):
        return False  # long-prefix keys match exactly
    return hamming(a, b) <= max_distance


# --- script / language id ------------------------------------------------------------------
# Ids are stable (they are stored in bitmasks in the per-account record): 0 unknown.
LANGUAGES = (
    "und",
    "en",
    "es",
    "fr",
    "de",
    "pt",
    "it",
    "latn",
    "ru",
    "ar",
    "zh",
    "ja",
    "ko",
    "hi",
    "el",
    "he",
)
_LANG_ID = {name: i for i, name in enumerate(LANGUAGES)}
_SCRIPT_RANGES = (
    (0x0400, 0x04FF, "ru"),
    (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0370, 0x03FF, "el"),
    (0x0590, 0x05FF, "he"),
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
)
_STOPWORDS = {
    "en": frozenset("the and of to is what how you your in that this with for are it be not".split()),
    "es": frozenset("el los las del y en por con una un es lo tu su no pero más muy cada".split()),
    "fr": frozenset(
        "le les des et est une un pour dans vous votre avec du qui pas ce tu ton tout chaque au".split()
    ),
    "de": frozenset("der die das und ist nicht ein eine zu mit sie ihre den von wie ich du dein auf".split()),
    "pt": frozenset("o os as do da e em um uma com não você sua seu mais muito cada ao".split()),
    "it": frozenset("il lo gli di che è una per con non tuo tua della del sono ogni".split()),
}


def language_id(text: str, sample_chars: int = 600) -> int:
    """Cheap language/script id: script ranges first, stop-word vote for Latin script."""
    sample = text[:sample_chars]
    if sample.isascii():
        # Same answer as the loop below, which on ASCII only counts letters.
        return _latin_vote(sample) if any(map(str.isalpha, sample)) else 0
    counts: dict[str, int] = {}
    latin = 0
    for ch in sample:
        code = ord(ch)
        if code < 0x0250:
            if ch.isalpha():
                latin += 1
            continue
        for lo, hi, name in _SCRIPT_RANGES:
            if lo <= code <= hi:
                counts[name] = counts.get(name, 0) + 1
                break
    if counts:
        name, count = max(counts.items(), key=lambda kv: kv[1])
        if count >= latin:
            if name == "zh" and counts.get("ja", 0) > 0:
                name = "ja"  # kana present: Japanese with kanji
            return _LANG_ID[name]
    if latin == 0:
        return 0
    return _latin_vote(sample)


# word -> indices (in _STOPWORDS order) of the languages listing it: one lookup per word.
def _stop_langs() -> dict[str, tuple[int, ...]]:
    out: dict[str, tuple[int, ...]] = {}
    for i, stop in enumerate(_STOPWORDS.values()):
        for w in stop:
            out[w] = (*out.get(w, ()), i)
    return out


_STOP_LANGS = _stop_langs()


def _latin_vote(sample: str) -> int:
    words = word_tokens(sample)
    counts = [0] * len(_STOPWORDS)
    for w in filter(_STOP_LANGS.__contains__, words):
        for i in _STOP_LANGS[w]:
            counts[i] += 1
    votes = dict(zip(_STOPWORDS, counts, strict=True))
    best, score = max(votes.items(), key=lambda kv: kv[1])
    return _LANG_ID[best] if score >= 2 else _LANG_ID["latn"]


@dataclass(frozen=True, slots=True)
class RequestFeatures:
    template: int  # 0 when the request has no template skeleton
    long_prefix: bool
    language: int
    reasoning_markup: bool
    question_tokens: tuple[str, ...]  # the masked-out question, for the benchmark sketch (not stored)


MAX_QUESTION_TOKENS = 120


def last_user_text(event: Event) -> str:
    for message in reversed(event.request.messages):
        if message.role == "user":
            return message.content
    return ""


_NON_WORD = re.compile(r"\W")
# Tails tried in turn: ~1,200 chars hold MAX_QUESTION_TOKENS words of ordinary prose, 4,000 about 600.
TAIL_CHARS = (1200, 4000)


def _tail_tokens(text: str, limit: int) -> list[str]:
    """``word_tokens(text)[-limit:]``, tokenising only the end of a long text.

    Each cut is placed right after a non-word character of the lower-cased text, so the tokens
    after it are exactly the original tokens that start there; if fewer than ``limit`` of them
    are found in the longest tail, the whole text is tokenised.
    """
    lowered = text.lower()
    if limit > 0:
        for tail_chars in TAIL_CHARS:
            if len(lowered) <= tail_chars:
                break
            boundary = _NON_WORD.search(lowered, len(lowered) - tail_chars)
            if boundary is not None:
                tail = lowered_word_tokens(lowered[boundary.end() :])
                if len(tail) >= limit:
                    return tail[-limit:]
    return lowered_word_tokens(lowered)[-limit:]


def request_features(event: Event) -> RequestFeatures:
    raw = last_user_text(event)
    text = normalise(raw)
    # Every alternative needs "<" or "assistantfinal" ("antf": no case-insensitive look-alikes).
    markup = ("<" in text or "antf" in text) and bool(_REASONING_MARKUP.search(text))
    language = language_id(raw)
    long_text = len(text) >= LONG_PREFIX_CHARS
    skeleton: list[str] = []
    if long_text:
        question = _last_questions(text, 3)
    else:
        skeleton, question = _split_question(text, with_skeleton=True)
    # Benchmark questions are short; the tail of a long question is enough to match it.
    question_tokens = tuple(_tail_tokens(" ".join(question[-3:]), MAX_QUESTION_TOKENS))
    if long_text:
        prefix = collapse_spaces(text[:PREFIX_CHARS])
        key = (stable_hash("prefix|" + prefix) & MASK64) | PREFIX_KEY_BIT
        return RequestFeatures(key, True, language, markup, question_tokens)
    return RequestFeatures(skeleton_key(" ".join(skeleton)), False, language, markup, question_tokens)


# Template key per skeleton text: templated traffic (the thing this fingerprint is for) repeats
# the same skeleton, whose SimHash costs a blake2b per word 3-gram. Cleared when full.
SKELETON_MEMO_SIZE = 4096
SKELETON_MEMO_MAX_CHARS = 4000
_SKELETON_KEYS: BoundedMemo[int] = BoundedMemo(SKELETON_MEMO_SIZE, SKELETON_MEMO_MAX_CHARS)


def skeleton_key(skeleton: str) -> int:
    """``simhash64(word_tokens(skeleton))``, or 0 below ``MIN_SKELETON_TOKENS`` tokens."""
    found = _SKELETON_KEYS.get(skeleton)
    if found is not None:
        return found
    tokens = word_tokens(skeleton)
    return _SKELETON_KEYS.remember(skeleton, simhash64(tokens) if len(tokens) >= MIN_SKELETON_TOKENS else 0)
