"""REP prompts really are REP: each demonstration's reasoning twice, wrappers and markers as declared."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from monitor.corpus import rep
from monitor.corpus.common import shared_data_dir
from monitor.corpus.rep import RepGenerator
from monitor.corpus.sample import build_sample, write_sample
from monitor.corpus.traces import demo_trace, synth_trace
from monitor.events import parse_event

WRAPPER_MARKERS = {
    "shell_cat": "$ cat ",
    "python_repl": ">>> print(open('",
    "markdown_fence": "```bash\n$ cat ",
    "jupyter_cell": "In [1]: !cat ",
    "agent_tool": "<tool_call>",
    "bare_cat": "\ncat ",
}
THINK_MARKERS = {
    "think": "<think>",
    "thinking": "<thinking>",
    "harmony_bare": "\nassistantfinal",
    "harmony_channel": "<|channel|>analysis",
}


@pytest.fixture(scope="module", params=["train", "test"])
def generated(request: pytest.FixtureRequest) -> tuple[RepGenerator, list[rep.Draft]]:
    gen = RepGenerator(random.Random(7), request.param, n_demo_sets=6)
    return gen, gen.drafts(150)


def fields(source: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in source.split("#", 1)[1].split(";"))


def test_every_demo_reasoning_appears_twice(generated: tuple[RepGenerator, list[rep.Draft]]) -> None:
    gen, drafts = generated
    for d in drafts:
        text = "\n".join(m.content for m in d.messages)
        idx = int(fields(d.source)["demoset"].rsplit("-", 1)[1])
        demos = gen.demo_sets[idx]
        assert int(fields(d.source)["k"]) == len(demos)
        style = fields(d.source).get("prefix", "none")
        for t in demos:
            if style == "none":
                assert text.count(t.reasoning) >= 2, d.source
                assert t.answer in text
            else:  # the second copy carries a prefix on each line
                assert t.reasoning in text, d.source
                assert all(line in text for line in t.reasoning.split("\n")), d.source


def test_some_copies_carry_a_prefix_on_every_line(generated: tuple[RepGenerator, list[rep.Draft]]) -> None:
    _gen, drafts = generated
    styles = {fields(d.source).get("prefix", "none") for d in drafts}
    assert styles - {"none"}, styles
    numbered = rep.prefix_lines("numbered", "first\nsecond", "f.txt")
    assert numbered == "     1\tfirst\n     2\tsecond"
    assert rep.prefix_lines("grep", "a\nb", "t.txt") == "t.txt:1:a\nt.txt:2:b"


def test_wrappers_and_think_markers_present_as_declared(
    generated: tuple[RepGenerator, list[rep.Draft]],
) -> None:
    _gen, drafts = generated
    for d in drafts:
        f = fields(d.source)
        text = "\n".join(m.content for m in d.messages)
        if f["wrapper"] in WRAPPER_MARKERS:
            assert WRAPPER_MARKERS[f["wrapper"]] in text, d.source
            assert d.family == "rep"
        else:
            assert d.family == "rep_nocode"
            assert "$ cat" not in text and "<tool_call>" not in text and "!cat" not in text
        if f["think"] in THINK_MARKERS:
            assert THINK_MARKERS[f["think"]] in text, d.source
        else:
            assert "<think>" not in text and "assistantfinal" not in text


def test_layouts(generated: tuple[RepGenerator, list[rep.Draft]]) -> None:
    _gen, drafts = generated
    layouts = {fields(d.source)["layout"]: d for d in drafts}
    assert set(layouts) == {"single", "turns_assistant", "turns_user"}
    assert len(layouts["single"].messages) == 1
    roles = [m.role for m in layouts["turns_assistant"].messages]
    assert "assistant" in roles and roles[-1] == "user"
    assert all(m.role == "user" for m in layouts["turns_user"].messages)


def test_every_wrapper_renders_both_copies() -> None:
    banks = rep.RepBanks.for_split("test")
    rng = random.Random(1)
    t = synth_trace(rng, "test", 3000)
    for wrapper in rep.WRAPPERS:
        for think in set(rep.THINK_STYLES):
            cfg = rep.choose_config(rng, "test", banks)
            cfg = rep.RepConfig(**{**cfg.__dict__, "wrapper": wrapper, "think": think})
            body = rep.demo_response(cfg, t)
            assert body.count(t.reasoning) == 2
            if wrapper not in ("plain_repeat", "labeled_prose"):
                assert cfg.files[0] in body and cfg.files[1] in body


def test_sizes_are_realistic() -> None:
    rng = random.Random(3)
    lengths = sorted(len(demo_trace(rng, "train").reasoning) for _ in range(120))
    assert lengths[0] >= 1000
    assert lengths[-1] <= 22000
    assert lengths[len(lengths) // 2] >= 5000
    gen = RepGenerator(random.Random(5), "test", n_demo_sets=10)
    sizes = sorted(sum(len(m.content) for m in d.messages) for d in gen.drafts(100))
    assert 20_000 <= sizes[len(sizes) // 2] <= 150_000


def test_traces_are_deterministic_and_varied() -> None:
    a = synth_trace(random.Random(9), "train", 8000)
    b = synth_trace(random.Random(9), "train", 8000)
    assert a == b
    styles = {synth_trace(random.Random(i), "train", 0).source.split("style=")[1] for i in range(60)}
    assert len(styles) >= 4
    assert any(not synth_trace(random.Random(i), "test", 2000).reasoning.islower() for i in range(5))


# --------------------------------------------------------------------------- bundled sample


def test_bundled_sample_is_valid_and_small() -> None:
    path = Path(__file__).resolve().parents[2] / "monitor" / "data" / "sample.events.jsonl"
    raw = path.read_bytes()
    assert len(raw) < 3_000_000
    lines = raw.splitlines()
    assert 300 <= len(lines) <= 600
    events = [parse_event(line) for line in lines]
    assert all(e.response is not None for e in events)
    labels = [json.loads(x) for x in path.with_name("sample.labels.jsonl").read_text().splitlines()]
    assert {lab["event_id"] for lab in labels} == {e.event_id for e in events}
    leaks = [lab for lab in labels if lab["task"] == "leakage" and lab["label"] == 1]
    attacks = [lab for lab in labels if lab["task"] == "extraction" and lab["label"] == 1]
    assert len(leaks) >= 10 and len(attacks) >= 40
    assert {lab["family"] for lab in attacks} >= {"rep", "cot_request", "sysprompt", "blob_replay"}


def test_bundled_sample_is_reproducible(tmp_path: Path) -> None:
    rows = build_sample()
    assert rows == build_sample()
    if shared_data_dir() is not None:  # the committed file was built with shared/data present
        out = write_sample(tmp_path / "sample.events.jsonl")
        committed = Path(__file__).resolve().parents[2] / "monitor" / "data" / "sample.events.jsonl"
        assert out.read_bytes() == committed.read_bytes()
