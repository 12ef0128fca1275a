import math

from extraction_support import REASONING, rep_prompt

from monitor.detectors.selfdup import Segment, run_char_span, self_duplication
from monitor.normalize import normalize


def _dup(text: str, regions: list[tuple[int, int]] | None = None):
    text = normalize(text).text
    segments: list[Segment] = []
    pos = 0
    for start, end in regions or []:
        segments.append(Segment(text[pos:start], False, 0, pos))
        segments.append(Segment(text[start:end], True, 0, start))
        pos = end
    segments.append(Segment(text[pos:], False, 0, pos))
    return self_duplication(segments), segments


def test_rep_duplication_found():
    result, _ = _dup(rep_prompt(k=3))
    f = result.features
    assert f["dup_fraction"] > 0.4
    assert result.longest_run[1] - result.longest_run[0] >= 80
    assert f["dup_pair_share"] > 0.8  # each reasoning shown exactly twice


def test_no_code_no_tag_variant_still_duplicated():
    result, _ = _dup(rep_prompt(k=1, wrapper="prose", tags=False))
    assert result.features["dup_fraction"] > 0.4
    assert result.features["dup_longest_log"] > 4.0


def test_think_region_containment():
    text = normalize(f"Question: x\n<think>{REASONING}</think>\nAgain: {REASONING}").text
    start = text.index("<think>") + len("<think>")
    end = text.index("</think>")
    result, _ = _dup(text, [(start, end)])
    assert result.features["dup_region_containment"] > 0.9


def test_rag_boilerplate_stays_low():
    boiler = "Confidential - internal use only. Copyright Harbor Logistics 2026. Page footer."
    pages = [
        f"{boiler}\nSection {i}: the shipment {i} left dock {i * 7} on day {i * 3} carrying {i * 11} pallets "
        f"of goods number {i * 13} for client {i * 17}."
        for i in range(40)
    ]
    result, _ = _dup("\n".join(pages) + "\nQuestion: which shipment carried the most pallets?")
    f = result.features
    assert f["dup_longest_log"] < 3.5  # short runs only
    assert f["dup_pair_share"] < 0.2  # boilerplate repeats many times, not in pairs
    assert f["dup_region_containment"] == 0.0


def test_few_shot_shown_once_has_no_duplication():
    shots = "\n".join(
        f"Example {i}:\nQuestion: what is {i} plus {i * 3}?\nWorked solution: add {i} and {i * 3} to get {i * 4}; "
        f"check by subtracting {i * 3} from {i * 4} which leaves {i}."
        for i in range(1, 6)
    )
    result, _ = _dup(shots + "\nQuestion: what is 9 plus 27?")
    assert result.features["dup_fraction"] < 0.1
    assert result.features["dup_longest_log"] < 2.5


def test_longest_run_maps_to_characters():
    text = normalize(rep_prompt(k=1, wrapper="prose", tags=False)).text
    result, segments = _dup(text)
    located = run_char_span(segments, result.segment_starts, result.longest_run)
    assert located is not None
    seg, start, end = located
    assert "train" in segments[seg].text[start:end]


def test_a_copy_with_a_prefix_on_every_line_is_chained():
    # a log viewer prints the reasoning again, each line behind a timestamp: every line is its own
    # run, but the runs follow the source in order with short gaps
    lines = [
        f"step {i}: the remaining amount is {i * 7} after we subtract the cost of item {i}" for i in range(12)
    ]
    reasoning = "\n".join(lines)
    copy = "\n".join(f"2026-11-02T10:14:{i:02d} INFO worker | {line}" for i, line in enumerate(lines))
    text = normalize(f"Question: x\n<think>\n{reasoning}\n</think>\n$ tail worker.log\n{copy}\n").text
    start, end = text.index("<think>") + len("<think>"), text.index("</think>")
    f = _dup(text, [(start, end)])[0].features
    assert f["dup_longest_log"] < math.log1p(30)
    assert f["dup_chained_longest_log"] > math.log1p(150)


def test_scattered_repeats_are_not_chained():
    # the same phrase repeated in unrelated places does not advance through one source in order
    text = " ".join(
        f"paragraph {i} talks about a topic. the same closing sentence ends every paragraph here."
        for i in range(20)
    )
    f = _dup(text)[0].features
    assert f["dup_chained_longest_log"] < math.log1p(40)
