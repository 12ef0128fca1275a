"""REP structure: the same long reasoning shown twice inside one request, as a rule.

REP's demonstrations print each reasoning once inside a think block (or a ``Reasoning:``
section, or with no tag at all) and again inside a reveal wrapper. The calibrated
``extraction_model`` weighs this against many other features; this detector states the
structure directly, so that a REP prompt is flagged even when its wording, file names and
wrappers are new. It reuses the extraction featurizer's cached features (no second pass).

Thresholds were chosen on the train split of the generated corpus (0 of 4,235 train
negatives fire the duplicated-demonstration rule; 19 fire the region-only rule, which
therefore scores lower); see docs/detectors.md.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.detectors.extraction import ExtractionRule
from monitor.events import Event, Evidence, Finding

# A duplicated block this long is a demonstration, not a repeated sentence or boilerplate line.
MIN_DEMO_TOKENS = 150
# Duplicated blocks: REP repeats at least the reasoning and the answer of a demonstration.
MIN_DEMO_BLOCKS = 2
# A reasoning region (think block, analysis channel, "Reasoning:" section) that reappears.
MIN_REGION_TOKENS = 100
MIN_REGION_CONTAINMENT = 0.6
MIN_REGION_RUN_TOKENS = 60

DEMO_SCORE = 0.95
# Demonstrations that show their reasoning once, read from a reasoning-named file inside a reveal
# wrapper, plus a "same format" order: REP's frame without the duplication. On the train split,
# the development sets and the whole test split it fired on 0 negatives (look-alikes included).
DEMO_REVEAL_SCORE = 0.90
REGION_ONLY_SCORE = 0.70


class RepStructureDetector(ExtractionRule):
    name: ClassVar[str] = "rep_structure"

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        if not any(m.role == "user" for m in event.request.messages):
            return None
        fs = self.features(event, ctx)
        v = fs.values
        longest = math.expm1(v["dup_longest_log"])
        region_tokens = math.expm1(v["dup_region_tokens_log"])
        containment = max(v["dup_region_containment"], v["dup_cross_region_containment"])
        blocks = round(math.expm1(v["dup_blocks"]))  # the feature is log1p(count)
        framed = v["scaf_repeated_kinds"] >= 1 or v["c_sameformat"] > 0 or v["rev_files"] > 0
        demo_repeated = longest >= MIN_DEMO_TOKENS and blocks >= MIN_DEMO_BLOCKS and framed
        # chained (never shorter than the longest run): the copy may carry a prefix per line
        # (cat -n, log timestamps) that cuts it into one run per line
        chained = math.expm1(v["dup_chained_longest_log"])
        region_repeated = (
            region_tokens >= MIN_REGION_TOKENS
            and containment >= MIN_REGION_CONTAINMENT
            and chained >= MIN_REGION_RUN_TOKENS
        )
        demo_reveal = (
            v["scaf_repeated_kinds"] >= math.log1p(1)
            and v["c_sameformat"] > 0
            and (v["rev_reason_reads"] > 0 or v["rev_reason_files"] > 0)
        )
        if not (demo_repeated or region_repeated or demo_reveal):
            return None
        rules = [
            r
            for r, on in (
                ("rep.demo_repeated", demo_repeated),
                ("rep.demo_reveal", demo_reveal),
                ("rep.region_repeated", region_repeated),
            )
            if on
        ]
        evidence = Evidence(
            spans=fs.spans[:24],
            rules=rules,
            figures={
                "dup_longest_tokens": round(longest, 1),
                "dup_chained_tokens": round(chained, 1),
                "dup_blocks": float(blocks),
                "region_tokens": round(region_tokens, 1),
                "region_containment": round(containment, 4),
                "scaffold_repeated_kinds": float(v["scaf_repeated_kinds"]),
            },
        )
        score, reason = (
            (DEMO_SCORE, "a long demonstration is repeated inside the request (REP structure)")
            if demo_repeated
            else (
                DEMO_REVEAL_SCORE,
                "demonstrations read a reasoning file and the request asks for the same format",
            )
            if demo_reveal
            else (REGION_ONLY_SCORE, "a reasoning region reappears later in the request")
        )
        return make_finding(self.name, self.task, score, reason, evidence)


DETECTORS: tuple[tuple[str, Any], ...] = (("rep_structure", RepStructureDetector),)
