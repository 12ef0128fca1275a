"""A complete extraction request hidden in base64, hex or URL encoding, as a rule.

The extraction featurizer decodes encoded spans of the user text and rescans them
(:func:`monitor.normalize.decoded_spans`). When a decoded span holds a *core* request - an ask,
its target (reasoning or instructions) and a qualifier such as "verbatim" or "your" in one
window - the encoding itself is the evasion: ordinary users do not base64 their questions. The
learned model weighs decoded evidence like any other feature, so its weight moves with the
training mix; this detector keeps the conjunction fixed. It reuses the cached features.
"""

from __future__ import annotations

from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.detectors.extraction import ExtractionRule
from monitor.events import Event, Evidence, Finding

# Above the medium threshold and the 1%-FPR point of the held-out split (0.70), below "critical".
ENCODED_CORE_SCORE = 0.85


class EncodedRequestDetector(ExtractionRule):
    name: ClassVar[str] = "encoded_request"

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        if not any(m.role == "user" for m in event.request.messages):
            return None
        fs = self.features(event, ctx)
        if not fs.encoded_core:
            return None
        evidence = Evidence(
            spans=fs.encoded_core[:8],
            rules=["encoded.core_request"],
            figures={"encoded_spans": float(len(fs.encoded_core))},
        )
        return make_finding(
            self.name, self.task, ENCODED_CORE_SCORE, "an extraction request hidden in an encoding", evidence
        )


DETECTORS: tuple[tuple[str, Any], ...] = (("encoded_request", EncodedRequestDetector),)
