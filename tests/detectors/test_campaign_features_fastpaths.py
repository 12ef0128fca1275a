"""The fast paths of the campaign features give exactly the values of the plain definitions."""

from __future__ import annotations

import random
import re

from monitor.accounts.benchmark import SAMPLE_MOD, SHINGLE_N, fold_tokens, sampled_shingles
from monitor.accounts.features import (
    _LATEX,
    _NUMBER,
    _QUOTED,
    _STOPWORDS,
    LANGUAGES,
    PREFIX_KEY_BIT,
    language_id,
    mask_variables,
    simhash64,
    split_question,
)
from monitor.overlap import shingle_hashes_of, tokenize
from monitor.shingles import stable_hash, word_tokens

_QUESTION_MARKS = ("?", "？", "؟")


def simhash_reference(tokens: list[str], n: int = 3) -> int:
    grams = (
        [" ".join(tokens)]
        if len(tokens) < n
        else [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    )
    weights = [0] * 64
    for gram in set(grams):
        h = stable_hash(gram)
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, weight in enumerate(weights):
        if weight > 0:
            value |= 1 << bit
    return value & ~PREFIX_KEY_BIT


def sampled_reference(tokens: list[str]) -> set[int]:
    """Per 5-gram: hash the gram's own tokens, roll them, mix, sample (no sliding-window arrays)."""
    folded = fold_tokens(tokens)
    out: set[int] = set()
    for i in range(len(folded) - SHINGLE_N + 1):
        gram = tokenize(" ".join(folded[i : i + SHINGLE_N]), mask=False).hashes
        h = int(shingle_hashes_of(gram, SHINGLE_N)[0])
        h ^= h >> 29
        h = (h * 0xBF58476D1CE4E5B9) & (2**64 - 1)
        h ^= h >> 29
        if h % SAMPLE_MOD == 0:
            out.add(h & 0xFFFFFFFF)
    return out


def mask_reference(text: str) -> str:
    text = _LATEX.sub(" ⟨m⟩ ", text)
    text = _QUOTED.sub(" ⟨q⟩ ", text)
    return _NUMBER.sub(" ⟨n⟩ ", text)


def split_reference(text: str) -> tuple[list[str], list[str]]:
    segments = [s.strip() for s in re.split(r"\n\s*\n|\n", text) if s.strip()]
    masked = [mask_reference(s) for s in segments]
    is_question = [any(q in m for q in _QUESTION_MARKS) for m in masked]
    if segments and not any(is_question):
        is_question[-1] = True
    return (
        [m for m, q in zip(masked, is_question, strict=True) if not q],
        [s for s, q in zip(segments, is_question, strict=True) if q],
    )


def language_reference(text: str) -> int:
    sample = text[:600]
    latin = sum(1 for ch in sample if ord(ch) < 0x0250 and ch.isalpha())
    if any(ord(ch) >= 0x0250 for ch in sample):
        return language_id(text)  # non-ASCII: the unchanged loop
    if latin == 0:
        return 0
    votes = {lang: sum(1 for w in word_tokens(sample) if w in stop) for lang, stop in _STOPWORDS.items()}
    best, score = max(votes.items(), key=lambda kv: kv[1])
    return LANGUAGES.index(best) if score >= 2 else LANGUAGES.index("latn")


WORDS = "the a of x 12 -4 +7,5 ٣ $y$ \\(z\\) “hi” «oui» 「x」 'it is' 3.5 solve what how many apples train speed le la der die el los 7th q2 é ü".split()


def random_texts(count: int) -> list[str]:
    rng = random.Random(11)
    out = ["", "?", "12 34", "hello", "a b", "\n\n"]
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(0, 30))]
            if rng.random() < 0.3:
                words.append('"quoted? text"')
            if rng.random() < 0.3:
                words.append("$x^2 + 1 = ?$")
            if rng.random() < 0.4:
                words[-1:] = [w + "?" for w in words[-1:]]
            lines.append(" ".join(words))
        out.append(rng.choice(("\n", "\n\n")).join(lines))
    return out


def test_simhash_equals_the_bitwise_definition() -> None:
    for text in random_texts(300):
        tokens = word_tokens(text)
        assert simhash64(tokens) == simhash_reference(tokens), text


def test_sampled_shingles_equal_the_per_gram_definition() -> None:
    for text in random_texts(300):
        tokens = word_tokens(text)
        assert sampled_shingles(tokens) == sampled_reference(tokens), text


def test_split_question_equals_mask_then_classify() -> None:
    for text in random_texts(300):
        assert split_question(text) == split_reference(text), text


def test_ascii_language_id_equals_the_character_loop() -> None:
    for text in [*random_texts(200), "1234 5678", "!!!", "the and of what how you is"]:
        if text.isascii():
            assert language_id(text) == language_reference(text), text


def test_mask_variables_equals_the_three_substitutions() -> None:
    for text in random_texts(400):
        assert mask_variables(text) == mask_reference(text), text
