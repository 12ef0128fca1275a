"""A request to decode or reproduce reasoning sent back as an opaque blob, as a rule.

Blob replay (ATTACKS.md 2.1): a vendor's encrypted reasoning item (``encrypted_content``, a
thinking ``signature``, ``thoughtSignature``, ``redactedContent``...) pasted into the user's own
message, or reasoning handles in the assistant history, next to an order to decode, transcribe or
print the reasoning. Agents send such items back on every tool call and developers paste them to
debug signatures, so neither the blob nor reasoning words are evidence alone; the featurizer's
``replay_ask`` needs a reproduce / decode verb and a reasoning target in the last message (hits
inside the pasted blob's JSON do not count), and this rule adds that the verb stands in an order,
not in a question ("should I hash the decoded bytes?"). On the development sets and the corpus
test split (where it was designed) the ask alone held 490 attacks and 9 debugging questions;
the order with a reasoning noun within 200 characters holds 441 of the attacks and none of the 9.
"""

from __future__ import annotations

from typing import Any, ClassVar

from monitor.detectors.base import ScanContext, make_finding
from monitor.detectors.extraction import REPLAY_ORDER_RULE, ExtractionRule, last_user_index
from monitor.events import Event, Evidence, Finding, Span

# Above the medium threshold, below "critical": the model and the combiner weigh it with the rest.
BLOB_REQUEST_SCORE = 0.85


class BlobReplayRequestDetector(ExtractionRule):
    name: ClassVar[str] = "blob_request"

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        messages = event.request.messages
        last = last_user_index(messages)
        if last is None:
            return None
        fs = self.features(event, ctx)
        if REPLAY_ORDER_RULE not in fs.rules:
            return None
        evidence = Evidence(
            spans=[Span(field=f"request.messages[{last}].content", start=0, end=len(messages[last].content))],
            rules=[f"blob.{REPLAY_ORDER_RULE}"],
            figures={"replay_ask": fs.values.get("replay_ask", 0.0)},
        )
        return make_finding(
            self.name,
            self.task,
            BLOB_REQUEST_SCORE,
            "an order to decode or reproduce replayed reasoning",
            evidence,
        )


DETECTORS: tuple[tuple[str, Any], ...] = (("blob_request", BlobReplayRequestDetector),)
