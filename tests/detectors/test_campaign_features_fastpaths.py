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


_SEGMENT_SPLIT = re.compile(r"\n\s*\n|\n")
_TOKEN = re.compile(r"\w+")
ODD_SPACES = (
    "\n",
    "\n\n",
    "\n \n",
    "\r\n",
    " \t\n\x0b\n",
    "\x0c",
    "\x1c\n\x1d",
    "\x85",
    "\u2028",
    "\u3000\n",
    "  ",
)


def segment_texts(count: int) -> list[str]:
    rng = random.Random(17)
    pieces = [*WORDS, "数学の問題", "İstanbul", "ΣΑΣ", "x?", "？", "", *ODD_SPACES]
    out = ["", "\n", "\n\n\n", " ", "a", "a\n", "\na", "\n \n x", "x \n\t\n\u2028\ny"]
    for _ in range(count):
        out.append(
            "".join(
                rng.choice(pieces) + rng.choice(("", " ", *ODD_SPACES)) for _ in range(rng.randint(1, 80))
            )
        )
    return out


def test_segments_equal_the_regex_split() -> None:
    from monitor.accounts.features import segments, segments_from_end

    for text in segment_texts(500):
        expected = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
        assert segments(text) == expected, repr(text)
        assert list(segments_from_end(text)) == expected[::-1], repr(text)


def test_last_questions_equal_the_tail_of_split_question() -> None:
    from monitor.accounts.features import _last_questions, _split_question

    for text in [*segment_texts(300), *random_texts(200)]:
        for count in (1, 3):
            question = _split_question(text, with_skeleton=False)[1]
            assert _last_questions(text, count) == question[-count:], repr(text)


def test_tail_tokens_equal_the_last_word_tokens() -> None:
    from monitor.accounts.features import _tail_tokens

    rng = random.Random(23)
    words = [*WORDS, "数学", "İstanbul", "ΣΑΣ", "naïve", "x_1", "---", "...", "\n", "a" * 50]
    texts = ["", "word", "a " * 3000, "-" * 5000, "x" * 5000, "y" * 3000 + " z"]
    for _ in range(150):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.choice((5, 200, 700, 2000)))))
    for text in texts:
        for limit in (0, 1, 120, 1000):
            assert _tail_tokens(text, limit) == _TOKEN.findall(text.lower())[-limit:], (limit, text[:80])


def test_word_tokens_equal_the_regex() -> None:
    rng = random.Random(29)
    alphabet = [chr(c) for c in range(256)] + ["\u212a", "İ", "ß", "数", "\u0301", "\U0001f600", "٣"]
    texts = ["", "".join(chr(c) for c in range(128)), "\u212aelvin", "A_b-C9"]
    for _ in range(400):
        pool = alphabet[:128] if rng.random() < 0.6 else alphabet
        texts.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 300))))
    for text in texts:
        assert word_tokens(text) == _TOKEN.findall(text.lower()), repr(text)


def sampled_whole_text(tokens: list[str]) -> set[int]:
    """The plain definition: the folded, space-joined tokens tokenised as one text."""
    hashes = tokenize(re.sub(r"\d", "0", " ".join(tokens)), mask=False).hashes
    if hashes.size < SHINGLE_N:
        return set()
    out = set()
    for h in shingle_hashes_of(hashes, SHINGLE_N).tolist():
        h ^= h >> 29
        h = (h * 0xBF58476D1CE4E5B9) & (2**64 - 1)
        h ^= h >> 29
        if h % SAMPLE_MOD == 0:
            out.add(h & 0xFFFFFFFF)
    return out


def test_memoised_token_hashes_give_the_whole_text_definition() -> None:
    from monitor.accounts import benchmark

    rng = random.Random(31)
    odd = ["a-b", "", "x y", "UPPER", "Mixed_9", "١٢", "数学", "İ", "\u212a", "42", "007x", "__"]
    pool = [*WORDS, *odd, "the", "what", "is", "apples", "12", "3.5"]
    for trial in range(400):
        if trial % 50 == 0:
            benchmark._TOKEN_HASHES.clear()
        tokens = [rng.choice(pool if rng.random() < 0.3 else WORDS) for _ in range(rng.randint(0, 40))]
        expected = sampled_whole_text(tokens)
        assert sampled_shingles(tokens) == expected, tokens
        assert sampled_shingles(iter(tokens)) == expected, tokens  # memo warm, iterator input


def window_reference(buf: bytearray, head: int, now: float) -> tuple[object, object]:
    """The bucket-by-bucket loop over the ring (the plain definition of the two windows)."""
    from monitor.accounts import record as rec

    hour = int(now // rec.HOUR)
    day, current, previous = [0.0] * 5, [0.0] * 5, [0.0] * 5
    day_langs = hour_langs = 0
    for h in range(head - rec.N_BUCKETS + 1, head + 1):
        if h > hour or hour - h >= rec.N_BUCKETS:
            continue
        n, ex, lk, bm, hv, langs = rec.BUCKET.unpack_from(buf, rec.BUCKETS_AT + (h % rec.N_BUCKETS) * 12)
        counts = (n, ex, lk, bm, hv)
        day = [a + b for a, b in zip(day, counts, strict=True)]
        day_langs |= langs
        if h == hour:
            current = [float(c) for c in counts]
            hour_langs |= langs
        elif h == hour - 1:
            previous = [float(c) for c in counts]
            hour_langs |= langs
    weight = 1.0 - (now - hour * rec.HOUR) / rec.HOUR
    one = [c + p * weight for c, p in zip(current, previous, strict=True)]
    return rec._make_window(one, hour_langs), rec._make_window(day, day_langs)


def test_windows_equal_the_bucket_loop() -> None:
    from monitor.accounts import record as rec

    rng = random.Random(37)
    for _ in range(300):
        now = 1_795_000_000.0 + rng.random() * 3600
        buf = rec.new_record(now)
        for _ in range(rng.randint(0, 60)):
            now += rng.choice((0.0, rng.random() * 60, rng.random() * 7200, -rng.random() * 40 * 3600))
            obs = rec.Observation(
                extraction=rng.random() < 0.3,
                leak=rng.random() < 0.2,
                benchmark=rng.random() < 0.2,
                harvest=rng.random() < 0.5,
                language=rng.randint(0, 20),
            )
            rec.observe(buf, now, obs)
        head = rec.HEADER.unpack_from(buf, 0)[3]
        for query in (now, now + 1800, now - 3 * 3600, now + 30 * 3600, now - 30 * 3600):
            assert rec._window(buf, head, query) == window_reference(buf, head, query)


def test_collapse_spaces_equals_the_regex() -> None:
    from monitor.accounts.features import _SPACES, collapse_spaces

    for text in [*segment_texts(400), " ", "\u3000", "a", " a ", "\x1c\x1dx\x1e\x1f", "\xa0b\u2029"]:
        assert collapse_spaces(text) == _SPACES.sub(" ", text), repr(text)


def test_is_question_equals_mask_then_look() -> None:
    from monitor.accounts.features import _is_question

    extra = [
        '"why?"',
        "“why？”",
        "«pourquoi?»",
        "「なぜ؟」",
        "'is it?'",
        "$x?$",
        "\\(y?\\)",
        "12?",
        "?3",
        "a ?",
    ]
    rng = random.Random(41)
    texts = [*random_texts(300), *segment_texts(200)]
    texts += [" ".join(rng.choice([*WORDS, *extra]) for _ in range(rng.randint(1, 12))) for _ in range(500)]
    for text in texts:
        plain = any(q in text for q in _QUESTION_MARKS) and any(
            q in mask_variables(text) for q in _QUESTION_MARKS
        )
        assert _is_question(text) == plain, text


def test_skeleton_key_memo_equals_the_simhash_of_the_skeleton() -> None:
    from monitor.accounts import features

    texts = [*random_texts(100), "a b c", "", "one two three four"]
    for _ in range(2):  # first pass fills the memo, second reads it
        for text in texts:
            tokens = word_tokens(text)
            expected = simhash64(tokens) if len(tokens) >= features.MIN_SKELETON_TOKENS else 0
            assert features.skeleton_key(text) == expected, text
    features._SKELETON_KEYS.clear()
