"""Invariants of the extraction corpus: labels, determinism, the train/test partition, negatives."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from monitor.corpus import (
    FAMILIES,
    build_extraction_corpus,
    coercion,
    event_to_json,
    negatives,
    rep,
    sysprompt,
    write_corpus,
)
from monitor.corpus.common import (
    TEST_ONLY_LANGUAGES,
    TEST_ONLY_WRAPPER,
    language_bank,
    rng_for,
    source_side,
    split_half,
)
from monitor.corpus.negatives import NegativeGenerator
from monitor.events import Event, parse_event
from monitor.shingles import word_tokens

SCALE = 0.08
SEED = 11


def all_text(event: Event) -> str:
    return "\n".join(m.content for m in event.request.messages)


@pytest.fixture(scope="module")
def train() -> list[tuple[Event, dict[str, Any]]]:
    return build_extraction_corpus(SEED, "train", scale=SCALE)


@pytest.fixture(scope="module")
def test() -> list[tuple[Event, dict[str, Any]]]:
    return build_extraction_corpus(SEED, "test", scale=SCALE)


@pytest.fixture(scope="module")
def train_text(train: list[tuple[Event, dict[str, Any]]]) -> str:
    # Only generated events: shared/data rows are external text that may contain any phrase.
    return "\n\u0000\n".join(all_text(e) for e, label in train if label["source"].startswith("gen-"))


def test_labels_follow_the_contract(train: list[tuple[Event, dict[str, Any]]]) -> None:
    ids = set()
    for event, label in train:
        assert set(label) == {"event_id", "task", "label", "family", "source"}
        assert label["event_id"] == event.event_id
        assert label["task"] == "extraction"
        assert label["family"] in FAMILIES, label
        assert label["label"] == FAMILIES[label["family"]], label
        assert event.response is None
        assert event.request.messages and event.request.messages[-1].role == "user"
        ids.add(event.event_id)
        assert label["family"] not in event.event_id
    assert len(ids) == len(train)
    families = Counter(label["family"] for _, label in train)
    for family in (
        "rep",
        "rep_nocode",
        "cot_request",
        "blob_replay",
        "sysprompt",
        "delimiter_injection",
        "hard_negative",
    ):
        assert families[family] > 0, family


def test_events_round_trip_through_the_parser(train: list[tuple[Event, dict[str, Any]]]) -> None:
    for event, _ in train[:400]:
        parsed = parse_event(event_to_json(event))
        assert parsed.request == event.request
        assert parsed.event_id == event.event_id


def test_sorted_by_time(train: list[tuple[Event, dict[str, Any]]]) -> None:
    times = [e.timestamp for e, _ in train]
    assert times == sorted(times)


def test_deterministic_and_seed_dependent() -> None:
    a = [event_to_json(e) for e, _ in build_extraction_corpus(3, "test", scale=0.02)]
    b = [event_to_json(e) for e, _ in build_extraction_corpus(3, "test", scale=0.02)]
    c = [event_to_json(e) for e, _ in build_extraction_corpus(4, "test", scale=0.02)]
    assert a == b
    assert a != c


def test_write_corpus_pairs_events_and_labels(tmp_path: Path) -> None:
    ev, lab = write_corpus(tmp_path / "x", 5, "train", scale=0.02, include_shared=False)
    events = [parse_event(line) for line in ev.read_bytes().splitlines()]
    labels = [json.loads(line) for line in lab.read_text().splitlines()]
    assert [e.event_id for e in events] == [lab["event_id"] for lab in labels]
    raw = [json.loads(line) for line in ev.read_text().splitlines()]
    assert all(r["response"] is None for r in raw)
    assert any(isinstance(r["timestamp"], int) for r in raw) or len(raw) < 30


# --------------------------------------------------------------------------- partition


def test_held_out_wrapper_and_languages_only_in_test(
    train: list[tuple[Event, dict[str, Any]]], test: list[tuple[Event, dict[str, Any]]]
) -> None:
    train_sources = [label["source"] for _, label in train]
    test_sources = [label["source"] for _, label in test]
    assert not any(f"wrapper={TEST_ONLY_WRAPPER}" in s for s in train_sources)
    assert any(f"wrapper={TEST_ONLY_WRAPPER}" in s for s in test_sources)
    for lang in TEST_ONLY_LANGUAGES:
        assert not any(f"lang={lang}" in s or f"lang-{lang}" in s for s in train_sources), lang
    assert any(any(f"lang={lang}" in s for lang in TEST_ONLY_LANGUAGES) for s in test_sources)


def test_shared_sources_do_not_cross_splits(
    train: list[tuple[Event, dict[str, Any]]], test: list[tuple[Event, dict[str, Any]]]
) -> None:
    def shared(items: list[tuple[Event, dict[str, Any]]]) -> set[str]:
        return {label["source"] for _, label in items if not label["source"].startswith("gen-")}

    a, b = shared(train), shared(test)
    assert not a & b
    assert all(source_side(s) == "train" for s in a)
    assert all(source_side(s) == "test" for s in b)


_SLOT = re.compile(r"\{[a-z_]*\}")


def fragments(template: str, min_len: int = 16) -> list[str]:
    """Literal pieces of a template long enough to identify it."""
    return [p.strip() for p in _SLOT.split(template) if len(p.strip()) >= min_len]


def held_out_templates() -> dict[str, list[str]]:
    """Every test-side phrasing of every bank, by bank name."""
    banks: dict[str, list[str]] = {
        "rep-instructions": split_half(rep.EN_INSTRUCTIONS, "test", "rep-instructions"),
        "rep-hints": split_half(rep.OUTPUT_HINTS, "test", "rep-hints"),
        "rep-prose-reveals": split_half(rep.PROSE_REVEALS, "test", "rep-prose-reveals"),
        "coerce-en": split_half(coercion.EN_TEMPLATES, "test", "coerce-en"),
        "coerce-pretexts": split_half(coercion.PRETEXTS, "test", "coerce-pretexts"),
        "baseline-para": [
            *split_half(coercion.BASELINE_PARAPHRASES, "test", "baseline-para"),
            coercion.BASELINE_C,
        ],
        "replay-en": split_half(coercion.REPLAY_REQUESTS, "test", "replay-en"),
        "sys-direct": split_half(sysprompt.DIRECT, "test", "sys-direct"),
        "sys-encoding": split_half(sysprompt.ENCODING, "test", "sys-encoding"),
        "sys-debug": split_half(sysprompt.DEBUG, "test", "sys-debug"),
        "sys-delimiters": split_half(sysprompt.DELIMITERS, "test", "sys-delimiters"),
        "sys-wrappers": split_half(sysprompt.WRAPPERS, "test", "sys-wrappers"),
        "neg-step": split_half(negatives.STEP_BY_STEP, "test", "neg-step"),
        "neg-prompt-eng": split_half(negatives.PROMPT_ENGINEERING, "test", "neg-prompt-eng"),
        "neg-rep-paper": split_half(negatives.REP_PAPER, "test", "neg-rep-paper"),
        "neg-fewshot-intro": split_half(negatives.FEWSHOT_INTROS, "test", "neg-fewshot-intro"),
    }
    test_langs = language_bank(coercion.LANG_TEMPLATES, "test", "coerce-lang")
    banks["coerce-lang"] = [t for ts in test_langs.values() for t in ts]
    test_tr = language_bank(rep.TRANSLATED_INSTRUCTIONS, "test", "rep-translations")
    banks["rep-translations"] = [t for ts in test_tr.values() for t in ts]
    test_sys = language_bank(sysprompt.LANG_DIRECT, "test", "sys-lang")
    banks["sys-lang"] = [t for ts in test_sys.values() for t in ts]
    return banks


def test_no_test_template_text_appears_in_train(train_text: str) -> None:
    leaks = []
    checked = 0
    for bank, templates in held_out_templates().items():
        for template in templates:
            for frag in fragments(template):
                checked += 1
                if frag in train_text:
                    leaks.append((bank, frag))
    assert checked > 150
    assert not leaks, leaks[:5]


def test_test_templates_are_actually_used() -> None:
    """The partition check above is not vacuous: the test split does use its half."""
    text = "\n".join(
        all_text(e) for e, _ in build_extraction_corpus(SEED, "test", scale=0.3, include_shared=False)
    )
    banks = held_out_templates()
    for bank in ("rep-instructions", "coerce-en", "coerce-lang", "sys-direct", "neg-step"):
        used = sum(any(f in text for f in fragments(t)) for t in banks[bank] if fragments(t))
        assert used >= 2, bank


def test_rep_file_names_and_scaffolds_are_disjoint() -> None:
    tr, te = rep.RepBanks.for_split("train"), rep.RepBanks.for_split("test")
    assert not set(tr.reasoning_files) & set(te.reasoning_files)
    assert not set(tr.answer_files) & set(te.answer_files)
    assert not set(tr.scaffolds) & set(te.scaffolds)
    assert not set(tr.tools) & set(te.tools)
    assert TEST_ONLY_WRAPPER not in tr.wrappers and TEST_ONLY_WRAPPER in te.wrappers
    assert set(te.wrappers) == set(rep.WRAPPERS)
    assert not set(tr.translations) & set(TEST_ONLY_LANGUAGES)


def test_coercion_covers_at_least_twelve_languages() -> None:
    assert len(coercion.LANG_TEMPLATES) + 1 >= 12  # + English
    assert all(len(v) >= 4 for v in coercion.LANG_TEMPLATES.values())
    assert len(rep.TRANSLATED_INSTRUCTIONS) >= 12
    assert len(negatives.LANG_STEP_BY_STEP) >= 12


# --------------------------------------------------------------------------- negatives


def longest_repeated_run(tokens: list[str], n: int) -> bool:
    seen: set[tuple[str, ...]] = set()
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i : i + n])
        if gram in seen:
            return True
        seen.add(gram)
    return False


# Same-type worked solutions legitimately share short boilerplate (a formula, a stock sentence);
# REP duplicates whole reasoning blocks of hundreds of tokens.
LONG_SPAN_TOKENS = 40


def test_hard_negatives_have_no_long_duplicated_spans() -> None:
    """Except the two documented kinds (RAG boilerplate, pasted duplicated-output bug reports)."""
    gen = NegativeGenerator(rng_for(SEED, "test", "negatives"), "test")
    drafts = gen.drafts(400)
    allowed = ("kind=rag-boilerplate", "kind=leaky-bug-report")
    offenders = []
    for d in drafts:
        assert d.label == 0
        if d.source.endswith(allowed):
            continue
        text = "\n".join(m.content for m in d.messages if m.role == "user")
        if longest_repeated_run(word_tokens(text), LONG_SPAN_TOKENS):
            offenders.append(d.source)
    assert not offenders, Counter(offenders)


def test_fewshot_negatives_are_long_and_show_solutions_once() -> None:
    gen = NegativeGenerator(rng_for(SEED, "train", "negatives"), "train")
    sizes = [len(gen.fewshot().messages[0].content) for _ in range(20)]
    assert min(sizes) >= 4000
    assert max(sizes) <= 60000


def test_hard_negatives_cover_the_listed_kinds() -> None:
    gen = NegativeGenerator(rng_for(SEED, "train", "negatives"), "train")
    kinds = {d.source.split("kind=")[1].split("-")[0] for d in gen.drafts(600)}
    for kind in (
        "parse",
        "pasted",
        "shell",
        "notebook",
        "agent",
        "fewshot",
        "step",
        "prompt",
        "rep",
        "tokenizer",
        "summarise",
        "translation",
        "rag",
        "lang",
    ):
        assert kind in kinds, kind
