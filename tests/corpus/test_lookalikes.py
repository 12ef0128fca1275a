"""Look-alike hard negatives: determinism, the train/test partition, coverage, labels."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from monitor.corpus import BASE_COUNTS, build_drafts
from monitor.corpus import lookalike_banks as banks
from monitor.corpus.common import TEST_ONLY_LANGUAGES, Draft, language_bank, rng_for, split_half
from monitor.corpus.lookalikes import BLOCK_FORMATS, KINDS, LookalikeGenerator

SEED = 7
N = 700


def generate(split: str, seed: int = SEED, n: int = N) -> list[Draft]:
    return LookalikeGenerator(rng_for(seed, split, "lookalikes"), split).drafts(n)


@pytest.fixture(scope="module")
def train() -> list[Draft]:
    return generate("train")


@pytest.fixture(scope="module")
def test() -> list[Draft]:
    return generate("test")


def kind_of(d: Draft) -> str:
    return d.source.split("kind=")[1].split(";")[0]


def lang_of(d: Draft) -> str:
    return d.source.split("lang=")[1]


def text_of(drafts: list[Draft]) -> str:
    return "\n\u0000\n".join(m.content for d in drafts for m in d.messages)


def test_deterministic_for_a_seed() -> None:
    a, b, c = generate("test", 3, 200), generate("test", 3, 200), generate("test", 4, 200)
    assert a == b
    assert a != c


def test_labels_family_and_last_user_message(train: list[Draft], test: list[Draft]) -> None:
    for d in [*train, *test]:
        assert d.label == 0
        assert d.family == "hard_negative"
        assert re.fullmatch(r"gen-lookalike#kind=[a-z-]+;lang=[a-z]{2}", d.source), d.source
        assert d.messages[-1].role == "user"
        assert d.messages[-1].content.strip()
        assert "{" + "target}" not in d.messages[-1].content  # no unfilled slot leaks through


def test_every_kind_is_produced(train: list[Draft], test: list[Draft]) -> None:
    for drafts in (train, test):
        assert set(Counter(kind_of(d) for d in drafts)) == set(KINDS)


def test_at_least_twelve_languages_per_split_and_per_kind(train: list[Draft], test: list[Draft]) -> None:
    for drafts in (train, test):
        assert len({lang_of(d) for d in drafts}) >= 12
    for kind in KINDS:
        gen = LookalikeGenerator(rng_for(SEED, "train", kind), "train")
        langs = {lang_of(gen.makers()[kind]()) for _ in range(400)}
        assert len(langs) >= 12, (kind, sorted(langs))


def test_held_out_languages_only_in_test(train: list[Draft], test: list[Draft]) -> None:
    assert not {lang_of(d) for d in train} & set(TEST_ONLY_LANGUAGES)
    assert {lang_of(d) for d in test} & set(TEST_ONLY_LANGUAGES)


LANGUAGE_BANKS: dict[str, dict[str, list[str]]] = {
    "look-creative": banks.CREATIVE_TEMPLATES,
    "look-translate": banks.TRANSLATE_TEMPLATES,
    "look-docs": banks.DOCS,
    "look-session-q-notes": banks.SESSION_Q_NOTES,
    "look-session-q-log": banks.SESSION_Q_LOG,
    "look-session-q-missing": banks.SESSION_Q_MISSING,
    "look-quoted": banks.QUOTED_TEMPLATES,
    "look-concept": banks.CONCEPT_TEMPLATES,
    "look-own": banks.OWN_TEMPLATES,
    "look-own-rules": banks.OWN_RULES,
    "look-rules": banks.RULES_TEMPLATES,
}
FLAT_BANKS: dict[str, list[str]] = {
    "look-session-files": banks.SESSION_FILES,
    "look-session-wrappers": banks.SESSION_WRAPPERS,
    "look-attacks": banks.ATTACK_STRINGS,
    "look-block-formats": list(BLOCK_FORMATS),
}


@pytest.mark.parametrize("salt", sorted(LANGUAGE_BANKS))
def test_language_bank_halves_are_disjoint(salt: str) -> None:
    tr = language_bank(LANGUAGE_BANKS[salt], "train", salt)
    te = language_bank(LANGUAGE_BANKS[salt], "test", salt)
    for lang, phrasings in tr.items():
        assert phrasings, (salt, lang)
        assert not set(phrasings) & set(te[lang]), (salt, lang)
        assert te[lang], (salt, lang)


@pytest.mark.parametrize("salt", sorted(FLAT_BANKS))
def test_flat_bank_halves_are_disjoint(salt: str) -> None:
    tr = split_half(FLAT_BANKS[salt], "train", salt)
    te = split_half(FLAT_BANKS[salt], "test", salt)
    assert tr and te
    assert not set(tr) & set(te)
    assert set(tr) | set(te) == set(FLAT_BANKS[salt])


def literal_fragments(template: str, min_len: int = 20) -> list[str]:
    return [p.strip() for p in re.split(r"\{[a-z_0-9]*\}", template) if len(p.strip()) >= min_len]


def test_test_only_material_never_appears_in_train(train: list[Draft], test: list[Draft]) -> None:
    train_text, test_text = text_of(train), text_of(test)
    held_out: list[str] = []
    for salt, bank in LANGUAGE_BANKS.items():
        tr = language_bank(bank, "train", salt)
        te = language_bank(bank, "test", salt)
        held_out += [t for lang, ts in te.items() for t in ts if t not in tr.get(lang, [])]
    held_out += split_half(banks.ATTACK_STRINGS, "test", "look-attacks")
    held_out += split_half(banks.SESSION_FILES, "test", "look-session-files")
    fragments = [f for t in held_out for f in literal_fragments(t)]
    assert len(fragments) > 150
    # Fragments shorter than a whole file name may legitimately be a substring of a train name.
    leaks = [f for f in fragments if f in train_text and f not in banks.SESSION_FILES]
    assert not leaks, leaks[:5]
    used = sum(f in test_text for f in fragments)
    assert used > len(fragments) // 4  # the check is not vacuous: test does use its half


def test_quoted_attack_meta_questions_point_at_an_attack(test: list[Draft]) -> None:
    quoted = [d for d in test if kind_of(d) == "quoted-attacks"]
    assert quoted
    attacks = set(banks.ATTACK_STRINGS)
    for d in quoted:
        content = d.messages[-1].content
        assert sum(a in content or a.replace('"', '""') in content for a in attacks) >= 3


def test_file_sessions_show_file_content_once(train: list[Draft]) -> None:
    for d in train:
        if kind_of(d) != "file-session":
            continue
        body_lines = [ln for ln in d.messages[-1].content.splitlines() if len(ln) > 30]
        assert len(body_lines) == len(set(body_lines)), d.messages[-1].content


def test_corpus_includes_lookalikes_next_to_negatives() -> None:
    assert BASE_COUNTS["lookalikes"] == 600
    assert BASE_COUNTS["negatives"] == 2400
    drafts = build_drafts(SEED, "test", scale=0.05, include_shared=False)
    look = [d for d in drafts if d.source.startswith("gen-lookalike#")]
    assert len(look) == 30
