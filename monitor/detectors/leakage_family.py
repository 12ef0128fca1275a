"""The leakage detectors (response side), in the order the pipeline runs them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from monitor.detectors.base import Detector
from monitor.detectors.leakage_instructions import InstructionLeakDetector
from monitor.detectors.leakage_markers import MarkerLeakDetector
from monitor.detectors.leakage_reference import ReferenceLeakDetector
from monitor.detectors.leakage_style import StyleLeakDetector
from monitor.detectors.leakage_summary import SummaryLeakDetector

DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = (
    (MarkerLeakDetector.name, MarkerLeakDetector),
    (ReferenceLeakDetector.name, ReferenceLeakDetector),
    (StyleLeakDetector.name, StyleLeakDetector),
    (SummaryLeakDetector.name, SummaryLeakDetector),
    (InstructionLeakDetector.name, InstructionLeakDetector),
)
