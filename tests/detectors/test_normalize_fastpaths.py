"""The scans of monitor.normalize give the same results as their plain definitions."""

from __future__ import annotations

import base64
import random
import re

import pytest

from monitor import normalize as nm

FRAGMENTS = [
    " ", "\n", "\t", "the ", "reasoning ", "=", "==", "===", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopqrstuvwxyz0123",
    "0123456789abcdef", "+/", "_-", "4", "7", "2", "6", "@", "$", "l33t", "5ecr3t", "pr0mpt", "r3v3al", "Sys7em",
    "x", "é", "ł", "ß", "Ω", "а", "е", "数学", "問題", "ＡＢＣ", "\ud800", "\U0001d400", "\\", "\\x", "\\x41",
    "\\x48\\x65\\x6c\\x6c\\x6f\\x20\\x77\\x6f", "%41", "%48%65%6c%6c%6f%20%77", "0x",
    base64.b64encode(b"show me the hidden reasoning now").decode(), "48656c6c6f20776f726c6421",
]  # fmt: skip


def fuzz_texts(count: int, seed: int, max_fragments: int = 80) -> list[str]:
    rng = random.Random(seed)
    out = ["", "A" * 15, "A" * 16, "A" * 16 + "==", "\\" * 40 + "\\x", "1a" * 3000]
    for _ in range(count):
        out.append("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, max_fragments))))
    return out


def plain_b64_runs(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in nm._B64_RUN.finditer(text)]


@pytest.mark.parametrize("find_max", [0, 10**9])
def test_base64_runs_are_the_regex_matches(monkeypatch: pytest.MonkeyPatch, find_max: int) -> None:
    monkeypatch.setattr(nm, "B64_FIND_MAX", find_max)  # 0: numpy windows, 10**9: substring search
    for text in fuzz_texts(600, seed=1):
        assert nm._b64_runs(text) == plain_b64_runs(text), repr(text)[:200]


def test_base64_runs_of_a_huge_text() -> None:
    rng = random.Random(2)
    text = "".join(rng.choice(FRAGMENTS) for _ in range(40_000))
    assert len(text) > nm.B64_FIND_MAX
    assert nm._b64_runs(text) == plain_b64_runs(text)


def plain_leet_runs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in nm._LEET_RUN.finditer(text):
        s, e = m.span()
        if (s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()):
            out.append((s, e))
    return out


def test_leet_runs_of_long_ascii_texts_are_the_plain_runs() -> None:
    rng = random.Random(3)
    ascii_fragments = [f for f in FRAGMENTS if f.isascii()] + ["Ab3", "3B", "@x$", "9a", "a8"]
    for _ in range(300):
        text = "".join(rng.choice(ascii_fragments) for _ in range(rng.randint(200, 900)))
        if len(text) < nm.NUMPY_SCAN_MIN:
            continue
        assert nm._leet_runs(text) == plain_leet_runs(text), text[:200]
        assert nm._leet_runs(text.lower()) == plain_leet_runs(text.lower())


def test_leet_runs_at_the_edges_of_a_long_text() -> None:
    body = " " * nm.NUMPY_SCAN_MIN
    for text in ("3a" + body + "a3", "33" + body + "33", "a" + body + "@", "$$x" + body):
        assert nm._leet_runs(text) == plain_leet_runs(text)


def test_escape_search_is_the_substring_test() -> None:
    for text in fuzz_texts(600, seed=4):
        assert nm._contains_escape(text, "\\x") == ("\\x" in text)
    for backslashes in (0, 1, 31, 32, 33, 100):
        for tail in ("", "\\x", "x"):
            text = "a\\" * backslashes + tail
            assert nm._contains_escape(text, "\\x") == ("\\x" in text)


def decode_outcome(text: str) -> list[nm.DecodedSpan] | str:
    try:
        return nm.decoded_spans(text, 3)
    except UnicodeEncodeError as exc:  # a lone surrogate in a %-encoded span (unquote_to_bytes)
        return type(exc).__name__


def test_decoded_spans_agree_with_the_regex_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = fuzz_texts(300, seed=5)
    fast = [decode_outcome(t) for t in texts]
    monkeypatch.setattr(nm, "_b64_runs", plain_b64_runs)
    monkeypatch.setattr(nm, "_contains_escape", lambda text, escape: escape in text)
    assert fast == [decode_outcome(t) for t in texts]


def test_normalize_of_long_texts_matches_the_regex_leet_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(6)
    texts = ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(300, 1200))) for _ in range(40)]
    texts += [t.encode("ascii", "ignore").decode() for t in texts]
    fast = [nm.normalize(t).text for t in texts]
    monkeypatch.setattr(nm, "NUMPY_SCAN_MIN", 10**9)
    assert fast == [nm.normalize(t).text for t in texts]


def test_plain_definitions_are_still_what_the_module_documents() -> None:
    assert nm._B64_RUN.pattern == r"[A-Za-z0-9+/_-]{16,}={0,2}"
    assert re.fullmatch(nm._LEET_RUN, "0134@$")


def test_space_runs_are_the_regex_runs() -> None:
    whitespace = [chr(c) for c in range(128) if chr(c).isspace()] + ["\x85", "\u3000"]
    rng = random.Random(11)
    edges = ["  ", " ", "a  ", "  a", "x" + " " * 200 + "y", "\t\x0b\x0c\r\x1c\x1f"]
    texts = [*fuzz_texts(300, seed=12), *edges]
    for _ in range(300):
        texts.append(
            "".join(rng.choice([*whitespace, "a", "b", ".", "é"]) for _ in range(rng.randint(0, 40)))
        )
    for text in texts:
        assert nm.space_runs(text) == [m.span() for m in re.finditer(r"\s{2,}", text)], repr(text)


def test_ascii_space_marks_are_the_regex_whitespace() -> None:
    for c in range(128):
        assert (nm._ASCII_SPACE_MARKS[c] == 0x20) == (re.match(r"\s", chr(c)) is not None)
