"""A compact sketch of public benchmark questions, and the MATH-style problems that go into it.

The sketch is a sorted array of 32-bit truncated hashes of word 5-gram shingles (see
:func:`sampled_shingles`; identical in every process) of known benchmark questions, with digits folded to ``0`` (so a sweep that perturbs the numbers of
GSM8K questions still matches). Only shingles whose hash is ``0 mod SAMPLE_MOD`` are kept (a
consistent sample: the same shingle is kept or dropped at build and at query time), which makes the
file four times smaller. It is stored as base64 in ``monitor/models/benchmark_sketch.json`` (no
pickle) and loaded once per process.

Rebuild: ``python -m monitor.accounts.benchmark build --gsm8k <train.jsonl>`` (GSM8K train, e.g.
``/work/shared/data/raw/grade-school-math/grade_school_math/data/train.jsonl``).
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from monitor.overlap import shingle_hashes_of, tokenize
from monitor.shingles import word_tokens

SKETCH_PATH = Path(__file__).resolve().parent.parent / "models" / "benchmark_sketch.json"
SHINGLE_N = 5
SAMPLE_MOD = 4
MIN_SAMPLED = 2
MATCH_CONTAINMENT = 0.6
MATH_STYLE_SEED = 20261106
MATH_STYLE_COUNT = 3000
_DIGITS = re.compile(r"\d")


def fold_tokens(tokens: Iterable[str]) -> list[str]:
    return [_DIGITS.sub("0", t) for t in tokens]


def sampled_shingles(tokens: Iterable[str]) -> set[int]:
    """Sampled 32-bit hashes of the digit-folded word 5-grams of ``tokens``.

    Token hashes are :mod:`monitor.overlap`'s process-independent polynomial hashes, combined
    per 5-gram with its rolling hash and mixed once more (all numpy, no per-gram Python hashing).
    """
    words = list(tokens)
    token_hashes = _cached_token_hashes(words)
    if token_hashes is None:
        folded = _DIGITS.sub("0", " ".join(words))  # word tokens never hold a space
        token_hashes = tokenize(folded, mask=False).hashes
    if token_hashes.size < SHINGLE_N:
        return set()
    h = shingle_hashes_of(token_hashes, SHINGLE_N)
    # Integer array arithmetic wraps modulo 2**64 without warnings.
    shifted = h >> _SHIFT
    h ^= shifted
    h *= _MIX
    np.right_shift(h, _SHIFT, out=shifted)
    h ^= shifted
    kept = h[(h & np.uint64(SAMPLE_MOD - 1)) == 0]  # SAMPLE_MOD is a power of two
    kept &= np.uint64(0xFFFFFFFF)
    return set(kept.tolist())


# Hash of the digit-folded token, per ASCII token seen (a bounded memo: questions reuse words).
_TOKEN_HASHES: dict[str, int] = {}
TOKEN_MEMO_SIZE = 1 << 14  # ~2 MB at most


def _cached_token_hashes(words: list[str]) -> np.ndarray | None:
    """The token hashes ``tokenize`` gives the folded, space-joined ``words`` when each word is an
    ASCII word token (a token's hash does not depend on its neighbours there); None otherwise."""
    memo = _TOKEN_HASHES
    found = list(map(memo.get, words))
    if None in found:
        missing = [w for w, h in zip(words, found, strict=True) if h is None]
        joined = " ".join(missing)
        if not joined.isascii():
            return None  # non-ASCII texts are tokenised as a whole (pattern and case depend on it)
        fresh = tokenize(_DIGITS.sub("0", joined), mask=False).hashes.tolist()
        if len(fresh) != len(missing):
            return None  # a word that is not one token
        if len(memo) + len(missing) > TOKEN_MEMO_SIZE:
            memo.clear()
        memo.update(zip(missing, fresh, strict=True))
        fill = iter(fresh)
        found = [h if h is not None else next(fill) for h in found]
    return np.array(found, dtype=np.int64)


_SHIFT = np.uint64(29)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
HASH_SCHEME = "overlap-token-poly+rolling-5gram+mix, kept if h % sample_mod == 0, low 32 bits"


class BenchmarkSketch:
    def __init__(self, hashes: npt.NDArray[np.uint32]) -> None:
        self.hashes = np.unique(hashes.astype(np.uint32))
        # A hash set for lookups: a few hash probes per query instead of binary searches over
        # a ~300 KB array that other work keeps evicting from the cache (~4.5 MB for 74k hashes).
        self._members = frozenset(self.hashes.tolist())

    def __len__(self) -> int:
        return int(self.hashes.size)

    def containment(self, tokens: Iterable[str]) -> tuple[float, int]:
        """(share of the question's sampled shingles found in the sketch, number sampled)."""
        sample = sampled_shingles(tokens)
        if not sample or not self._members:
            return 0.0, len(sample)
        hits = len(self._members.intersection(sample))
        return hits / len(sample), len(sample)

    def matches(self, tokens: Iterable[str]) -> bool:
        share, sampled = self.containment(tokens)
        return sampled >= MIN_SAMPLED and share >= MATCH_CONTAINMENT

    def to_json(self, sources: dict[str, int]) -> str:
        blob = base64.b64encode(self.hashes.astype("<u4").tobytes()).decode("ascii")
        meta = {
            "version": 2,
            "shingle_n": SHINGLE_N,
            "sample_mod": SAMPLE_MOD,
            "hash": HASH_SCHEME,
            "sources": sources,
            "count": len(self),
            "hashes_b64": blob,
        }
        return json.dumps(meta, indent=1)

    @classmethod
    def from_json(cls, text: str) -> BenchmarkSketch:
        meta = json.loads(text)
        if meta.get("shingle_n") != SHINGLE_N or meta.get("sample_mod") != SAMPLE_MOD:
            raise ValueError("benchmark sketch was built with other shingle parameters")
        if meta.get("hash") != HASH_SCHEME:
            raise ValueError(
                "benchmark sketch was built with another hash: rebuild it (see the module docstring)"
            )
        raw = base64.b64decode(meta["hashes_b64"])
        return cls(np.frombuffer(raw, dtype="<u4").astype(np.uint32))


@lru_cache(maxsize=1)
def load_sketch(path: str | None = None) -> BenchmarkSketch:
    target = Path(path) if path else SKETCH_PATH
    if not target.is_file():
        return BenchmarkSketch(np.zeros(0, dtype=np.uint32))
    return BenchmarkSketch.from_json(target.read_text(encoding="utf-8"))


# --- MATH-style problems ------------------------------------------------------------------------
_NAMES = ("Ava", "Ben", "Chen", "Dara", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kemi", "Lars")
_OBJECTS = ("marbles", "stamps", "coins", "books", "tickets", "apples", "pencils", "cards")


def _algebra(r: random.Random) -> str:
    a, b, c = r.randint(2, 9), r.randint(1, 20), r.randint(21, 90)
    forms = (
        f"Solve for $x$: ${a}x + {b} = {c}$.",
        f"If $f(x) = {a}x^2 - {b}x + {r.randint(1, 9)}$, what is $f({r.randint(2, 6)})$?",
        f"Find the sum of all real solutions of $x^2 - {a + b}x + {a * b} = 0$.",
        f"The line through $({a}, {b})$ and $({a + 3}, {c})$ has what slope? Express your answer as a common fraction.",
        f"What is the largest integer $n$ such that ${a}n - {b} < {c}$?",
    )
    return r.choice(forms)


def _number_theory(r: random.Random) -> str:
    a, m, e = r.randint(3, 40), r.randint(5, 13), r.randint(5, 99)
    forms = (
        f"What is the remainder when ${a}^{{{e}}}$ is divided by ${m}$?",
        f"How many positive divisors does ${a * m}$ have?",
        f"What is the greatest common divisor of ${a * m}$ and ${a * (m + 2)}$?",
        f"Find the smallest positive integer that leaves a remainder of ${a % m}$ when divided by ${m}$ and is greater than ${e}$.",
        f"What is the units digit of ${a}^{{{e}}}$?",
    )
    return r.choice(forms)


def _counting(r: random.Random) -> str:
    n, k = r.randint(5, 12), r.randint(2, 4)
    name = r.choice(_NAMES)
    forms = (
        f"In how many ways can {n} people be seated in a row if {k} particular people must sit together?",
        f"A bag has {n} red marbles and {k + 2} blue marbles. Two are drawn without replacement. What is the probability that both are red? Express your answer as a common fraction.",
        f"{name} has {n} distinct {r.choice(_OBJECTS)} and wants to choose {k} of them to give away. How many different selections are possible?",
        f"How many {k + 1}-digit positive integers have digits that sum to {n}?",
    )
    return r.choice(forms)


def _geometry(r: random.Random) -> str:
    a, b = r.randint(3, 15), r.randint(4, 20)
    forms = (
        f"A right triangle has legs of length ${a}$ and ${b}$. What is the length of its hypotenuse? Express your answer in simplest radical form.",
        f"A circle has area ${a * a}\\pi$. What is its circumference? Express your answer in terms of $\\pi$.",
        f"The perimeter of a rectangle is ${2 * (a + b)}$ units and its length is ${b}$ units. What is its area in square units?",
        f"What is the measure, in degrees, of each interior angle of a regular polygon with ${a}$ sides?",
    )
    return r.choice(forms)


def math_style_problems(count: int = MATH_STYLE_COUNT, seed: int = MATH_STYLE_SEED) -> Iterator[str]:
    """Deterministic MATH-style competition problems (LaTeX, four subjects)."""
    r = random.Random(seed)
    makers = (_algebra, _number_theory, _counting, _geometry)
    for _ in range(count):
        yield r.choice(makers)(r)


def gsm8k_questions(path: str | Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield str(json.loads(line)["question"])


def build_sketch(gsm8k_path: str | Path | None) -> tuple[BenchmarkSketch, dict[str, int]]:
    hashes: set[int] = set()
    sources: dict[str, int] = {}
    if gsm8k_path is not None:
        questions = list(gsm8k_questions(gsm8k_path))
        sources["gsm8k_train"] = len(questions)
        for q in questions:
            hashes |= sampled_shingles(word_tokens(q))
    math_problems = list(math_style_problems())
    sources["math_style_generated"] = len(math_problems)
    for q in math_problems:
        hashes |= sampled_shingles(word_tokens(q))
    return BenchmarkSketch(np.fromiter(hashes, dtype=np.uint32, count=len(hashes))), sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m monitor.accounts.benchmark")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="rebuild monitor/models/benchmark_sketch.json")
    build.add_argument("--gsm8k", help="GSM8K train.jsonl (questions only are used)")
    build.add_argument("--out", default=str(SKETCH_PATH))
    args = parser.parse_args(argv)
    sketch, sources = build_sketch(args.gsm8k)
    Path(args.out).write_text(sketch.to_json(sources) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(sketch)} hashes from {sources}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
