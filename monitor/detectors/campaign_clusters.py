"""Cross-account clusters ("hydra" campaigns): several accounts sharing one template key.

Shared templates alone are normal (many users of one app or browser extension), so a cluster is
flagged only when it is also suspicious: >= 3 member accounts seen within 24 h, >= 10 decayed
events, and either >= half of its events suspicious (flagged by another detector, hidden-channel
markup, foreign blob) or >= half benchmark questions with >= half reasoning summaries (a sweep
spread over accounts). Every event of a flagged cluster carries the finding, which names the
cluster (template key), its size and counts and up to 10 member account ids, never texts.

In a single process the table lives here. Under Kafka the same table is fed from the repartition
topic keyed by template key (see docs/campaigns.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, ClassVar

from monitor.accounts.benchmark import BenchmarkSketch, load_sketch
from monitor.accounts.clusters import ClusterState, ClusterTable
from monitor.detectors.base import Detector, ScanContext, make_finding
from monitor.detectors.campaign_windows import observation_for
from monitor.events import Event, Evidence, Finding, Task

MIN_ACCOUNTS = 3
MIN_EVENTS = 10.0


def cluster_score(c: ClusterState, accounts: int) -> tuple[float, str] | None:
    if accounts < MIN_ACCOUNTS or c.events < MIN_EVENTS:
        return None
    suspicious = c.suspicious / c.events
    sweep = c.benchmark / c.events >= 0.5 and c.harvest / c.events >= 0.5
    if suspicious < 0.5 and not sweep:
        return None
    size = 1.0 - math.exp(-(accounts - MIN_ACCOUNTS) / 8.0)
    why = f"{suspicious:.0%} suspicious" if suspicious >= 0.5 else "benchmark sweep with summaries"
    return 0.65 + 0.30 * size, f"{accounts} accounts share one template ({why})"


class ClusterCampaignDetector:
    name: ClassVar[str] = "campaign_clusters"
    task: ClassVar[Task] = "campaign"
    stateful: ClassVar[bool] = True

    def __init__(self, max_templates: int, sketch: BenchmarkSketch | None = None) -> None:
        self.table = ClusterTable(max_templates)
        self.sketch = sketch if sketch is not None else load_sketch()

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        obs = observation_for(event, ctx, self.sketch)
        if not obs.template:
            return None
        now = event.epoch_seconds
        cluster = self.table.observe(
            obs.template,
            now,
            event.account_id,
            suspicious=obs.suspicious,
            benchmark=obs.benchmark,
            harvest=obs.harvest,
        )
        accounts = cluster.accounts(now)
        scored = cluster_score(cluster, accounts)
        if scored is None:
            return None
        score, reason = scored
        return make_finding(
            self.name,
            "campaign",
            score,
            reason,
            Evidence(
                rules=["campaign.cross_account_cluster"],
                figures={
                    "cluster_accounts": float(accounts),
                    "cluster_events": round(cluster.events, 2),
                    "cluster_suspicious": round(cluster.suspicious, 2),
                    "cluster_benchmark": round(cluster.benchmark, 2),
                    "cluster_age_s": round(now - cluster.first_seen, 1),
                },
                labels={
                    "kind": "cross_account_cluster",
                    "cluster_id": format(obs.template, "016x"),
                    "accounts": ",".join(cluster.named),
                },
            ),
        )


def _factory(settings: Any) -> ClusterCampaignDetector:
    return ClusterCampaignDetector(settings.campaign_max_templates)


DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ((ClusterCampaignDetector.name, _factory),)
