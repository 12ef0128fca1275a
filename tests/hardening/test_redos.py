"""Every regular expression of monitor/ survives adversarial inputs without catastrophic backtracking.

The guard (``redos_audit.GUARD_S``, 2 s per call on inputs up to 100 KB) is a hang detector:
linear patterns take milliseconds on these inputs, a quadratic one takes many seconds at 50 KB.
"""

from __future__ import annotations

import re

from redos_audit import Named, adversarial_inputs, all_patterns, audit


def test_collection_finds_module_detector_and_function_level_patterns() -> None:
    names = {n.name for n in all_patterns()}
    assert len(names) >= 60
    assert "monitor.detectors.scaffold._SHELL_READ" in names
    assert "monitor.normalize._LEET_WORD" in names
    assert any(name.startswith("monitor.overlap._WRAPPER_PATTERNS") for name in names)
    assert not any(name.startswith("monitor.corpus") for name in names)


def test_the_audit_catches_a_catastrophic_pattern() -> None:
    bad = Named("nested", re.compile(r"^(?:a+)+$"))
    report = audit([bad], guard_s=0.5)
    assert report.hangs and report.hangs[0][0] == "nested"


def test_adversarial_inputs_pump_repetitions_and_near_misses() -> None:
    inputs = adversarial_inputs(re.compile(r"(?m)^[ \t]*x+y"))
    assert max(len(s) for s in inputs) >= 50_000
    assert any(s.endswith("\x00") for s in inputs)
    assert " " * 50_000 in inputs


def test_no_pattern_backtracks_catastrophically() -> None:
    report = audit(all_patterns())
    assert report.calls > 3000
    assert report.hangs == []
