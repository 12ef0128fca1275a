"""Verdict amendments: a campaign finding decided after the event's verdict was published.

In Kafka mode two campaign findings are decided by another instance than the one that scored the
event: the cross-account cluster (by the owner of the template's repartition partition) and the
replay of a reasoning handle minted elsewhere (by the owner of the handle's partition). By then the
event's verdict is on the verdicts topic, so the owner publishes an **amendment**: a verdict record
for the same ``event_id``, with the same key (the ``account_id``), that carries

* ``revision``: 1 (an original verdict has no ``revision``; consumers treat it as 0),
* ``findings``: only the finding that was added,
* ``scores``: lower bounds for the revised verdict: ``campaign`` is the finding's score,
  ``extraction``/``leakage`` the event's scores when the owner knows them (handle replays), else 0.
  The revised verdict is the original merged with its amendments: the maximum per task and the
  union of the findings; ``severity`` follows the merged scores,
* ``severity``: that of the amendment's own scores,
* ``notes``: which owner decided it.

It is a valid verdict of ``EVENTS.md`` (extra fields are allowed), so a consumer that ignores
``revision`` sees a second verdict for the event that only adds the campaign finding.
"""

from __future__ import annotations

from typing import Any

from monitor.config import Settings
from monitor.events import Finding, Verdict

REVISION = 1


def amendment(
    settings: Settings,
    event_id: str,
    account_id: str,
    finding: Finding,
    note: str,
    *,
    extraction: float = 0.0,
    leakage: float = 0.0,
) -> dict[str, Any]:
    scores = {"extraction": extraction, "leakage": leakage, "campaign": finding.score}
    verdict = Verdict(
        event_id=event_id,
        account_id=account_id,
        scores=scores,
        severity=settings.severity_for(max(scores.values())),
        findings=[finding],
        notes=[note],
    )
    return {**verdict.model_dump(mode="json", exclude_none=True), "revision": REVISION}
