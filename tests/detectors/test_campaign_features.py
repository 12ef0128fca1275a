from __future__ import annotations

import json
import subprocess
import sys

from campaign_support import make_event

from monitor.accounts.benchmark import BenchmarkSketch, load_sketch, math_style_problems
from monitor.accounts.features import (
    LANGUAGES,
    PREFIX_KEY_BIT,
    language_id,
    request_features,
    same_template,
)
from monitor.corpus.campaigns import COERCION, REP_PREFIX, TASK_LINE
from monitor.shingles import word_tokens


def features(text: str):  # type: ignore[no-untyped-def]
    return request_features(make_event(1, "a", 0, text))


def test_template_masks_numbers_quotes_latex_and_the_question() -> None:
    a = features(
        'Solve this carefully and explain each step.\nUse "units" 12 times and $x^2$.\n\nHow many apples are left?'
    )
    b = features(
        'Solve this carefully and explain each step.\nUse "meters" 7 times and $y+1$.\n\nWhat is the speed of the train?'
    )
    assert a.template != 0
    assert same_template(a.template, b.template)


def test_different_skeletons_get_different_templates() -> None:
    a = features("Translate the following text into French, keep the tone.\n\nHello there.")
    b = features("Summarise the following article in three bullet points for a manager.\n\nHello there.")
    assert not same_template(a.template, b.template)


def test_free_form_question_has_no_template() -> None:
    assert features("Can you help me plan a birthday party for my daughter?").template == 0


def test_long_prompt_is_keyed_by_its_exact_prefix() -> None:
    a = features(f"{REP_PREFIX}\nQuestion:\nWhat is 2 + 2?")
    b = features(f"{REP_PREFIX}\nQuestion:\nHow many legs do 3 spiders have?")
    assert a.long_prefix and a.template & PREFIX_KEY_BIT
    assert a.template == b.template
    assert a.reasoning_markup


def test_template_key_is_identical_across_processes() -> None:
    text = "Classify the sentiment of this review as positive or negative.\nReview: 'fine'\n\nWhich is it?"
    code = (
        "import json,sys;from monitor.accounts.features import request_features;"
        "from campaign_support import make_event;"
        f"print(request_features(make_event(1,'a',0,{text!r})).template)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PYTHONPATH": "tests/detectors"},
    )
    assert int(out.stdout) == features(text).template


def test_language_id_covers_the_eight_coercion_languages() -> None:
    for lang, sentence in COERCION.items():
        assert LANGUAGES[language_id(f"{sentence} {TASK_LINE[lang]}")] == lang, lang


def test_benchmark_sketch_matches_known_and_perturbed_questions_only() -> None:
    sketch = load_sketch()
    assert len(sketch) > 10_000
    problem = next(p for p in math_style_problems() if len(word_tokens(p)) >= 20)
    assert sketch.matches(word_tokens(problem))
    perturbed = "".join("7" if c.isdigit() else c for c in problem)
    assert sketch.matches(word_tokens(perturbed))
    assert not sketch.matches(
        word_tokens(
            "Could you suggest a gentle stretching routine for a runner recovering from a sprained ankle?"
        )
    )


def test_benchmark_sketch_round_trips_through_json() -> None:
    sketch = load_sketch()
    again = BenchmarkSketch.from_json(sketch.to_json({"x": 1}))
    assert (again.hashes == sketch.hashes).all()
    assert json.loads(sketch.to_json({}))["shingle_n"] == 5
