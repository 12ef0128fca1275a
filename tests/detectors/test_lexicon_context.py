"""Invariants of the stop-15 lexicon audit (`lexicon_context`, `lexicon_partial`, `lexicon_told`)."""

from __future__ import annotations

import pytest

from monitor.detectors.intent import canonical_term
from monitor.detectors.lexicon import CONCEPTS, NEW_LANGUAGE_TAGS
from monitor.detectors.lexicon_context import CONTEXT_TERMS
from monitor.detectors.lexicon_partial import PARTIAL
from monitor.detectors.lexicon_told import OPERATOR, TOLD
from monitor.normalize import normalize

LANGUAGES = sorted({lang for by_lang in CONCEPTS.values() for lang in by_lang} - NEW_LANGUAGE_TAGS)
AUDITED = ("transform", "outside", "stepwise", "sameformat", "discuss", "creative", "authoring",
           "answer_ref", "pretext", "partial")  # fmt: skip
# Scripts written without spaces: an override idiom cannot be told from a single word there, so
# their override additions were left out (see test_override_additions_are_idioms_not_single_words).
UNSPACED = {"th", "km", "lo", "my"}
CONTEXT_ONLY = ("answer_ref", "stepwise", "sameformat", "discuss", "creative", "authoring")


def _folded(term: str) -> str:
    return canonical_term(normalize(term.rstrip("$")).text)


@pytest.mark.parametrize("concept", AUDITED)
def test_every_audited_concept_covers_every_language(concept: str) -> None:
    missing = [lang for lang in LANGUAGES if not CONCEPTS[concept].get(lang)]
    assert not missing, (concept, missing)


def test_override_covers_every_spaced_language() -> None:
    missing = [lang for lang in LANGUAGES if not CONCEPTS["override"].get(lang)]
    assert set(missing) <= UNSPACED, missing


def test_the_new_tables_cover_the_same_ninety_three_languages() -> None:
    # the 90 of stop 15 and romanised Chinese, Japanese and Korean (zh-latn, ja-latn, ko-latn)
    assert len(LANGUAGES) == 93
    for table in (PARTIAL, TOLD, OPERATOR):
        assert set(table) == set(LANGUAGES)


def test_override_additions_are_idioms_not_single_words() -> None:
    # an override word suppresses a core window: a lone "forget" would hide real asks
    single = [
        (lang, t) for lang, terms in CONTEXT_TERMS["override"].items() for t in terms if " " not in t.strip()
    ]
    assert not single


def test_no_context_term_swallows_a_reveal_verb_of_its_language() -> None:
    # the longest match wins: "repeat that" as a context term would take the place of "repeat"
    clashes = [
        (concept, lang, term)
        for concept in CONTEXT_ONLY
        for lang, terms in CONTEXT_TERMS.get(concept, {}).items()
        for term in terms
        for verb in CONCEPTS["reveal"].get(lang, ())
        if _folded(verb) and _folded(verb) in _folded(term)
    ]
    assert not clashes, clashes[:5]


def test_no_term_folds_to_nothing() -> None:
    tables = [*CONTEXT_TERMS.values(), PARTIAL, TOLD, OPERATOR]
    empty = [(lang, t) for table in tables for lang, terms in table.items() for t in terms if not _folded(t)]
    assert not empty
