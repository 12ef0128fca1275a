"""Text normalisation before scoring, with an offset map back to the original characters.

Steps, all linear-time and mostly in C (``str.translate`` / ``re``):

1. NFKC-style folding of the character ranges used for evasion (full-width, mathematical
   alphanumerics, enclosed and super/subscript letters, Latin/Greek/Cyrillic with accents),
   lower-casing, and removal of zero-width, bidi-control, variation-selector and combining
   characters. CJK, Hangul and other scripts pass through unchanged (their NFKC forms are
   the same characters), which keeps the common case a single ``translate`` call.
2. Homoglyph folding of Cyrillic/Greek look-alikes to Latin, only inside *mixed-script*
   words (``rеvеаl`` with Cyrillic ``е``/``а``), so genuine Russian or Greek text is kept.
3. Leetspeak-lite folding (``pr0mpt`` -> ``prompt``) inside words that mix letters and digits.
4. Whitespace folding (runs of whitespace -> one space).

:func:`decoded_spans` finds base64 / hex / URL-encoded spans (>= 16 characters), decodes a
bounded number of them and keeps only mostly-printable results, so callers can rescan them.

Every step that changes the length records anchors, so :meth:`Normalized.to_original` maps a
span of the normalised text back to the original string (evidence spans always refer to the
original text). Inputs are never truncated.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

import numpy as np

from monitor.regex_scan import byte_table, flag_bytes

# --- character tables -------------------------------------------------------------------

_INVISIBLE = [
    *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0),
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
    *range(0xFE00, 0xFE10),  # variation selectors
    *range(0xE0000, 0xE0080),  # tag characters
    *range(0x064B, 0x0660),  # Arabic harakat (optional vowel marks)
    0x0670,  # Arabic superscript alef
    0x0640,  # Arabic tatweel (elongation)
]

# Cyrillic and Greek letters that render like Latin ones (lower-case targets; applied after
# lower-casing). Kept compact on purpose: the common confusables of the Unicode list.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g", "ь": "b", "п": "n", "г": "r",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j", "μ": "u",
}  # fmt: skip

LEET: dict[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}

_FOLD_RANGES = (
    (0x00A0, 0x0250),  # Latin-1 supplement, Latin extended A/B
    (0x0300, 0x0370),  # combining diacritics (removed)
    (0x0370, 0x0530),  # Greek, Cyrillic
    (0x1AB0, 0x1B00),  # combining extended
    (0x1D00, 0x1DC0),  # phonetic extensions (small capitals)
    (0x1DC0, 0x1E00),  # combining supplement
    (0x1E00, 0x2000),  # Latin extended additional, Greek extended
    (0x2000, 0x2070),  # general punctuation, spaces
    (0x2070, 0x20A0),  # super/subscripts
    (0x20D0, 0x2100),  # combining marks for symbols
    (0x2100, 0x2150),  # letterlike symbols
    (0x2460, 0x2500),  # enclosed alphanumerics
    (0x3000, 0x3001),  # ideographic space
    (0xFB00, 0xFB50),  # ligatures
    (0xFE20, 0xFE30),  # combining half marks
    (0xFF00, 0xFFF0),  # full-width and half-width forms
    (0x1D400, 0x1D800),  # mathematical alphanumerics
    (0x1F100, 0x1F200),  # enclosed alphanumeric supplement
)


def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
    folded = unicodedata.normalize("NFC", kept).lower()
    if folded.isspace():
        return " "
    return folded


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if unicodedata.category(ch) == "Cn":
                continue
            folded = _fold_char(ch)
            if folded != ch:
                table[cp] = folded
    for cp in _INVISIBLE:
        table[cp] = ""
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    table[0x0130] = "i"  # Turkish dotted capital I: lower() would give two characters
    # Letters NFKD does not decompose but that writers drop when typing without the layout
    # ("kanal" for "kanał", "akil" for "akıl", "strasse" for "straße").
    for cp, out in {
        0x0131: "i",
        0x0141: "l",
        0x0142: "l",
        0x0110: "d",
        0x0111: "d",
        0x00D8: "o",
        0x00F8: "o",
        0x00DF: "ss",
        0x00C6: "ae",
        0x00E6: "ae",
        0x0152: "oe",
        0x0153: "oe",
        0x0127: "h",
        0x0126: "h",
        # Typographic apostrophes (phone keyboards type "what’s"): the lexicon spells them "'".
        0x2018: "'",
        0x2019: "'",
        0x201B: "'",
        0x02BC: "'",
    }.items():
        table[cp] = out
    return table


FOLD_TABLE: dict[int, str] = _build_fold_table()


def _char_class(codepoints: list[int]) -> str:
    """A compact ``[...]`` class of ranges (a class of single characters is slow to scan)."""
    parts: list[str] = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codepoints[i])), re.escape(chr(codepoints[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


# Characters whose folded form is not exactly one character: the only places the offset map needs anchors.
_LENGTH_CHANGING = re.compile(_char_class(sorted(cp for cp, out in FOLD_TABLE.items() if len(out) != 1)))
_HOMOGLYPH_TABLE = str.maketrans(HOMOGLYPHS)
_LEET_TABLE = str.maketrans(LEET)
_HAS_CONFUSABLE = re.compile("[" + "".join(HOMOGLYPHS) + "]")
_CONFUSABLE_CLASS = "[" + "".join(HOMOGLYPHS) + "]"
# A look-alike letter next to a Latin letter inside one word: where homoglyph words are.
_SCRIPT_MIX = re.compile(f"[a-z]{_CONFUSABLE_CLASS}|{_CONFUSABLE_CLASS}[a-z]")
_FOLDABLE_RUN = re.compile(
    _char_class(sorted(cp for cp in FOLD_TABLE if cp > 0x7F or not chr(cp).isupper())) + "+"
)
_SPACE_RUN = re.compile(r"\s{2,}")
_LEET_WORD = re.compile(
    r"(?<![a-z013457@$])(?:[a-z]+[013457@$][a-z013457@$]*|[013457@$]+[a-z][a-z013457@$]*)"
)


# --- offset map ---------------------------------------------------------------------------


@dataclass
class OffsetMap:
    """Piecewise-linear map from positions of a derived string to positions of its source.

    ``anchors`` are ``(derived_pos, source_pos)`` pairs, sorted; between two anchors the
    mapping advances one-for-one, clipped so it never passes the next anchor's source.
    """

    derived: list[int] = field(default_factory=list)
    source: list[int] = field(default_factory=list)

    def add(self, derived_pos: int, source_pos: int) -> None:
        self.derived.append(derived_pos)
        self.source.append(source_pos)

    def __call__(self, pos: int, *, end: bool = False) -> int:
        """Map ``pos``; ``end=True`` maps an exclusive end (stops before removed characters)."""
        if not self.derived:
            return pos
        i = (bisect.bisect_left if end else bisect.bisect_right)(self.derived, pos) - 1
        if end and i + 1 < len(self.derived) and self.derived[i + 1] == pos:
            return self.source[i + 1]
        if i < 0:
            return pos
        mapped = self.source[i] + (pos - self.derived[i])
        if i + 1 < len(self.source):
            mapped = min(mapped, self.source[i + 1])
        return mapped


def _translate_with_map(text: str) -> tuple[str, OffsetMap]:
    omap = OffsetMap()
    if text.isascii():
        return text.lower(), omap
    # Only the foldable runs go through the (per-character) table; lower() is length-preserving
    # once U+0130 has been folded.
    out = _FOLDABLE_RUN.sub(lambda m: m.group().translate(FOLD_TABLE), text).lower()
    if len(out) == len(text):
        # Deletions and expansions that cancel out would shift spans slightly; accepted.
        return out, omap
    derived = 0
    last = 0
    for m in _LENGTH_CHANGING.finditer(text):
        start = m.start()
        derived += start - last
        omap.add(derived, start)
        derived += len(FOLD_TABLE[ord(text[start])])
        omap.add(derived, start + 1)
        last = start + 1
    return out, omap


def _unleet(m: re.Match[str]) -> str:
    word = m.group()
    return word.translate(_LEET_TABLE) if len(word) >= 3 else word


def _fold_words(text: str) -> str:
    """Homoglyph and leetspeak folding inside words; length-preserving (1:1 maps)."""
    if not text.isascii() and _HAS_CONFUSABLE.search(text) and _SCRIPT_MIX.search(text):
        pieces: list[str] = []
        last = 0
        for m in _SCRIPT_MIX.finditer(text):
            if m.start() < last:
                continue
            start, end = m.start(), m.end()
            while start > 0 and (text[start - 1].isalnum()):
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            pieces.append(text[last:start])
            pieces.append(text[start:end].translate(_HOMOGLYPH_TABLE))
            last = end
        pieces.append(text[last:])
        text = "".join(pieces)
    if any(ch in text for ch in "013457@$"):
        text = _unleet_words(text)
    return text


_LEET_RUN = re.compile(r"[013457@$]+")
_LEET_MEMBER = frozenset("abcdefghijklmnopqrstuvwxyz013457@$")
if any(ch.isascii() for ch in HOMOGLYPHS):
    raise AssertionError("homoglyph folding assumes non-ASCII look-alikes (ASCII text skips it)")
# Long ASCII texts find runs with numpy (a regex character-class scan costs ~8 ns a character).
NUMPY_SCAN_MIN = 2048
# Byte classes for long ASCII texts: 0 other, 1 letter, 2 leet character. Two neighbours sum to 3
# exactly when one is a letter and the other a leet character.
_LEET_CLASSES = bytes(
    2 if chr(c) in "013457@$" else 1 if chr(c).isascii() and chr(c).isalpha() else 0 for c in range(256)
)
_LEET_CHARS = frozenset("013457@$")


def _leet_runs(text: str) -> list[tuple[int, int]]:
    """Maximal runs of leet characters next to a letter (the only ones ``_unleet_words`` edits)."""
    n = len(text)
    if text.isascii() and n >= NUMPY_SCAN_MIN:
        classes = np.frombuffer(text.encode("ascii").translate(_LEET_CLASSES), dtype=np.uint8)
        pair_sum = classes[:-1] + classes[1:]
        runs: list[tuple[int, int]] = []
        for p in np.flatnonzero(pair_sum == 3).tolist():
            at = p if text[p] in _LEET_CHARS else p + 1  # the leet side of a letter / leet pair
            if runs and at < runs[-1][1]:
                continue  # inside the run found last
            s, e = at, at + 1
            while s > 0 and text[s - 1] in _LEET_CHARS:
                s -= 1
            while e < n and text[e] in _LEET_CHARS:
                e += 1
            runs.append((s, e))
        return runs
    out: list[tuple[int, int]] = []
    for m in _LEET_RUN.finditer(text):
        s, e = m.span()
        if (s > 0 and text[s - 1].isalpha()) or (e < n and text[e].isalpha()):
            out.append((s, e))
    return out


def _unleet_words(text: str) -> str:
    """``_LEET_WORD.sub`` applied only to the words around a leet character next to a letter.

    The leet-character class is rare in prose, so finding its runs (numpy on long ASCII texts, a
    regex otherwise) skips most of the text; a plain ``_LEET_WORD.sub`` tries its lookbehind at
    every position (4 ms per 150 KB).
    """
    pieces: list[str] = []
    last = 0
    n = len(text)
    for s, e in _leet_runs(text):
        if s < last:
            continue
        while s > last and text[s - 1] in _LEET_MEMBER:
            s -= 1
        while e < n and text[e] in _LEET_MEMBER:
            e += 1
        pieces.append(text[last:s])
        pieces.append(_LEET_WORD.sub(_unleet, text[s:e]))
        last = e
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# ASCII whitespace (exactly what ``\s`` matches below 128: str.isspace) as a space, every other
# byte as "x": the ``\s{2,}`` runs of an ASCII text are the runs of two or more spaces in these
# marks, found by substring search (the regex tries every position, ~10 ns a character).
_ASCII_SPACE_MARKS = bytes(0x20 if chr(c).isspace() else 0x78 for c in range(256))
_MARKED_NON_SPACE = re.compile(rb"[^ ]")


def space_runs(text: str) -> list[tuple[int, int]]:
    """Spans of ``_SPACE_RUN.finditer(text)``: runs of two or more whitespace characters."""
    if not text.isascii():
        return [m.span() for m in _SPACE_RUN.finditer(text)]
    marks = text.encode("ascii").translate(_ASCII_SPACE_MARKS)
    runs: list[tuple[int, int]] = []
    start = marks.find(b"  ")
    while start != -1:
        after = _MARKED_NON_SPACE.search(marks, start + 2)
        end = after.start() if after is not None else len(marks)
        runs.append((start, end))
        start = marks.find(b"  ", end)
    return runs


def _fold_spaces(text: str) -> tuple[str, OffsetMap]:
    omap = OffsetMap()
    parts: list[str] = []
    last = 0
    derived = 0
    for start, end in space_runs(text):
        parts.append(text[last:start])
        derived += start - last
        omap.add(derived, start)
        parts.append(" ")
        derived += 1
        omap.add(derived, end)
        last = end
    if not parts:
        return text, omap
    parts.append(text[last:])
    return "".join(parts), omap


@dataclass
class Normalized:
    """The normalised text and the maps back to the original."""

    original: str
    text: str
    maps: list[OffsetMap]

    def to_original(self, pos: int, *, end: bool = False) -> int:
        for omap in reversed(self.maps):
            pos = omap(pos, end=end)
        return max(0, min(pos, len(self.original)))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        first = self.to_original(start)
        return first, max(first, self.to_original(end, end=True))


def normalize(text: str, *, fold_space: bool = False) -> Normalized:
    """Fold ``text`` for matching; see the module docstring for the steps.

    Whitespace folding is optional: the detectors tokenise on ``\\s`` anyway, and folding costs
    a Python-level step per whitespace run on large inputs.
    """
    folded, fold_map = _translate_with_map(text)
    if not folded.isascii() or any(ch in folded for ch in "013457@$"):
        folded = _fold_words(folded)
    maps = [fold_map]
    if fold_space:
        folded, space_map = _fold_spaces(folded)
        maps.append(space_map)
    return Normalized(text, folded, maps)


# --- decode and rescan --------------------------------------------------------------------

MIN_ENCODED_CHARS = 16
MAX_DECODES = 16
MIN_PRINTABLE = 0.85

# One scan finds runs of the base64 alphabet (hex digits are a subset); \\x-escaped hex and
# %-encoded runs have their own, prefiltered scans.
_B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_B64_BYTES = byte_table("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_B64_FLAGS = flag_bytes(_B64_BYTES)
# The alphabet as "A" and everything else as a space: a run of 16 "A"s is a plain substring search.
_B64_MARKS = bytes(0x41 if flag else 0x20 for flag in _B64_BYTES.tolist())
_B64_NEEDLE = b"A" * MIN_ENCODED_CHARS
# Up to this length the runs are found by substring search; longer texts use numpy (the
# search slows down on long texts of short words).
B64_FIND_MAX = 16384


def _ascii_positions(text: str) -> bytes:
    """One byte per character: the ASCII text itself, "?" for anything else (not in the alphabet)."""
    return text.encode("ascii", "replace")


def _long_b64_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every maximal run of the base64 alphabet of >= 16 characters."""
    data = _ascii_positions(text)
    if len(text) <= B64_FIND_MAX:
        marks = data.translate(_B64_MARKS)
        runs: list[tuple[int, int]] = []
        start = marks.find(_B64_NEEDLE)
        while start != -1:  # the first 16 "A"s after a run's end start the next long run
            end = marks.find(b" ", start + MIN_ENCODED_CHARS)
            end = len(marks) if end == -1 else end
            runs.append((start, end))
            start = marks.find(_B64_NEEDLE, end)
        return runs
    inside = np.frombuffer(data.translate(_B64_FLAGS), dtype=np.bool_)
    # window[i]: characters i .. i+15 are all in the alphabet (16 = 2**4 by doubling)
    window = inside
    width = 1
    while width < MIN_ENCODED_CHARS:
        window = window[:-width] & window[width:]
        width *= 2
    at = np.flatnonzero(window)  # few: only the starts of 16-character windows of a long run
    if at.size == 0:
        return []
    # a run [s, e) gives the windows s .. e-16: consecutive window starts are one run
    breaks = np.flatnonzero(np.diff(at) != 1).tolist()
    firsts = [0, *(b + 1 for b in breaks)]
    lasts = [*breaks, at.size - 1]
    positions = at.tolist()
    return [(positions[f], positions[la] + MIN_ENCODED_CHARS) for f, la in zip(firsts, lasts, strict=True)]


def _b64_runs(text: str) -> list[tuple[int, str]]:
    """``(start, span)`` of every ``_B64_RUN`` match, in order.

    A match is a maximal run of the alphabet (>= 16 characters) plus up to two "=": found
    without a regex attempt at every character (the regex costs ~8 ns a character).
    """
    out: list[tuple[int, str]] = []
    for start, end in _long_b64_runs(text):
        pad = 0
        while pad < 2 and end + pad < len(text) and text[end + pad] == "=":
            pad += 1
        out.append((start, text[start : end + pad]))
    return out


_HEX_ONLY = re.compile(r"(?:0x)?[0-9A-Fa-f]+")
_HEX_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){8,}")
_URLENC = re.compile(r"%[0-9A-Fa-f]{2}(?:[^\s%]{0,20}%[0-9A-Fa-f]{2}){3,}[^\s%]{0,20}")


@dataclass(frozen=True)
class DecodedSpan:
    kind: str  # "base64" | "hex" | "url"
    start: int  # span in the text that was scanned
    end: int
    text: str


def _printable(decoded: str) -> bool:
    if not decoded.strip():
        return False
    good = sum(1 for ch in decoded if ch.isprintable() or ch in "\n\r\t")
    return good / len(decoded) >= MIN_PRINTABLE


def _utf8(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _printable(text) else None


def _decode_b64(span: str) -> str | None:
    body = span.rstrip("=")
    if len(body) % 4 == 1 or (span.isalpha() and (span.islower() or span.isupper())):
        return None
    padded = body + "=" * (-len(body) % 4)
    altchars = b"-_" if ("-" in body or "_" in body) else None
    try:
        raw = base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _utf8(raw)


def _decode_hex(span: str) -> str | None:
    digits = re.sub(r"\\x|0x|[\s:,]", "", span)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _utf8(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_url(span: str) -> str | None:
    decoded = _utf8(unquote_to_bytes(span))
    return decoded if decoded is not None and decoded != span else None


def _contains_escape(text: str, escape: str) -> bool:
    """``escape in text`` for a two-character escape: its backslash is searched at memchr speed
    (a two-character search costs ~1 ns a character; most texts hold few backslashes)."""
    pos = text.find(escape[0])
    for _ in range(32):
        if pos == -1:
            return False
        if text.startswith(escape, pos):
            return True
        pos = text.find(escape[0], pos + 1)
    return pos != -1 and text.find(escape, pos) != -1


def decoded_spans(text: str, max_decodes: int = MAX_DECODES) -> list[DecodedSpan]:
    """Decode up to ``max_decodes`` encoded spans of at least 16 characters.

    Run this on the *original* text: base64 is case-sensitive, so normalised text won't do.
    """
    found: list[DecodedSpan] = []

    def add(kind: str, start: int, span: str, decoded: str | None) -> bool:
        if decoded is not None:
            found.append(DecodedSpan(kind, start, start + len(span), decoded))
        return len(found) >= max_decodes

    for start, span in _b64_runs(text):
        decoded = None
        kind = "base64"
        if _HEX_ONLY.fullmatch(span) and len(span.removeprefix("0x")) % 2 == 0:
            decoded, kind = _decode_hex(span), "hex"
        if decoded is None:
            decoded, kind = _decode_b64(span), "base64"
        if add(kind, start, span, decoded):
            return found
    if _contains_escape(text, "\\x"):
        for m in _HEX_ESCAPED.finditer(text):
            if add("hex", m.start(), m.group(), _decode_hex(m.group())):
                return found
    if "%" in text:
        for m in _URLENC.finditer(text):
            span = m.group()
            if len(span) >= MIN_ENCODED_CHARS and add("url", m.start(), span, _decode_url(span)):
                return found
    return found
