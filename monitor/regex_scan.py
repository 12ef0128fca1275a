"""Scanning helpers that give exactly the matches of ``re`` while skipping most positions.

``re`` tries a pattern at every character unless it starts with a literal (then a fast C scan
finds the candidates). Patterns anchored with ``(?m)^`` or starting with an alternation of
different characters get no such help, and on a 150 KB prompt each of them costs about 1 ms.
The helpers here find candidate positions with literal scans (``str.find`` or a literal-prefixed
pattern) and run the original pattern only there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import numpy as np


class LinePattern:
    """A multiline ``^``-anchored pattern, scanned from newline to newline.

    Same matches as ``anchored.finditer`` provided the pattern never matches the empty string
    and no match can end at a line start where another match could begin (true when a match
    ends before a newline, or right before a blank line that the pattern cannot match).
    """

    def __init__(self, anchored: re.Pattern[str]) -> None:
        source = anchored.pattern
        if source.startswith("(?m)^"):
            body = source.removeprefix("(?m)^")
        elif source.startswith("^") and anchored.flags & re.MULTILINE:
            body = source.removeprefix("^")
        else:
            raise ValueError("expected a multiline ^-anchored pattern")
        self.anchored = anchored
        # \A keeps this one linear under finditer (only ever used with match at 0).
        self._first = re.compile(r"\A(?:" + body + ")", anchored.flags)
        self._rest = re.compile("\n(?:" + body + ")", anchored.flags)

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """``(start, match)`` pairs; ``start`` is where the anchored pattern's match starts
        (the match object of a later line also holds the newline before it)."""
        pos = 0
        m = self._first.match(text)
        if m:
            yield 0, m
            pos = m.end()
        for m in self._rest.finditer(text, pos):
            yield m.start() + 1, m

    def count(self, text: str) -> int:
        return sum(1 for _ in self.finditer(text))

    def sub(self, repl: Callable[[int, int], str], text: str) -> str:
        """``anchored.sub`` with the replacement computed from the match's ``(start, end)``."""
        parts: list[str] = []
        last = 0
        for start, m in self.finditer(text):
            parts.append(text[last:start])
            parts.append(repl(start, m.end()))
            last = m.end()
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)


def find_all(text: str, needle: str) -> list[int]:
    """Start of every occurrence of ``needle`` (overlapping ones too), by ``str.find``."""
    out: list[int] = []
    pos = text.find(needle)
    while pos != -1:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def finditer_at(pattern: re.Pattern[str], text: str, candidates: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of the sorted ``candidates``
    (and the pattern never matches the empty string)."""
    out: list[re.Match[str]] = []
    end = 0
    for pos in candidates:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            out.append(m)
            end = m.end()
    return out


def char_anchors(text: str, chars: str, spacing: int = 256, minimum: int = 0) -> list[int] | None:
    """Sorted positions of the characters ``chars`` in ``text``, or None when there are more than
    one per ``spacing`` characters (and more than ``minimum``): past that, a Python step per
    position costs more than the regex step per character it saves."""
    limit = max(minimum, len(text) // spacing)
    out: list[int] = []
    for char in chars:
        pos = text.find(char)
        while pos != -1:
            if len(out) == limit:
                return None
            out.append(pos)
            pos = text.find(char, pos + 1)
    out.sort()
    return out


def matches_from_chars(pattern: re.Pattern[str], text: str, chars: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that never matches the empty string and
    whose every match starts with one of ``chars`` (characters without other case forms, if the
    pattern ignores case). An alternation of several first characters gets no literal-prefix
    scan from ``re`` (~7 ns a character); ``str.find`` finds the few candidates instead."""
    at = char_anchors(text, chars)
    return list(pattern.finditer(text)) if at is None else finditer_at(pattern, text, at)


def count_parts(parts: tuple[re.Pattern[str], ...], text: str) -> int:
    """Matches of the alternation of ``parts`` when each part starts with its own literal
    character, which no match of another part contains: the count is the sum over the parts,
    and each part is found by a fast literal scan."""
    return sum(len(p.findall(text)) for p in parts)


def ascii_runs(codes: np.ndarray, member: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the maximal runs of byte ``codes`` whose ``member`` entry (a 256-entry
    boolean table) is True: ``[c]+`` over an ASCII text without a regex step per character."""
    inside = np.zeros(codes.size + 2, dtype=bool)
    np.take(member, codes, out=inside[1:-1])
    edges = np.flatnonzero(inside[1:] != inside[:-1])  # alternately a run's start and its end
    return edges[0::2], edges[1::2]


def byte_runs(data: bytes, flags: bytes) -> tuple[np.ndarray, np.ndarray]:
    """:func:`ascii_runs` of ``data`` with the membership table given as 256 bytes of 0 / 1
    (:func:`flag_bytes`): ``bytes.translate`` marks the members in one C pass."""
    inside = np.frombuffer(b"\x00" + data.translate(flags) + b"\x00", dtype=np.bool_)
    edges = np.flatnonzero(inside[1:] != inside[:-1])  # alternately a run's start and its end
    return edges[0::2], edges[1::2]


def flag_bytes(member: np.ndarray) -> bytes:
    """A 256-entry boolean table as a ``bytes.translate`` table of 0 / 1 bytes."""
    return bytes(1 if flag else 0 for flag in member.tolist())


def byte_table(chars: str) -> np.ndarray:
    """A 256-entry membership table of the ASCII characters ``chars``."""
    table = np.zeros(256, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table
