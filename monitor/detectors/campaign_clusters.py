"""Cross-account clusters ("hydra" campaigns): several accounts sharing one template key.

Shared templates alone are normal (many users of one app or browser extension), so a cluster is
flagged only when it is also suspicious (:func:`monitor.accounts.clusters.cluster_score`): >= 3
member accounts seen within 24 h, >= 10 decayed events, and either >= half of its events
suspicious (flagged by another detector, hidden-channel markup, foreign blob) or >= half
benchmark questions with >= half reasoning summaries (a sweep spread over accounts). Every event
of a flagged cluster carries the finding, which names the cluster (template key), its size and
counts and up to 10 member account ids, never texts.

Two modes:

* in-process (``rtmon score``, ``replay``, and ``run`` without ``campaign_repartition``): the
  template table lives here; the event that makes the cluster cross the thresholds carries the
  finding itself;
* Kafka (``run`` with ``campaign_repartition``, wired by :func:`use_exchange`): each event's
  observation goes to the repartition topic, the owner of the fingerprint aggregates over every
  instance, alerts, and broadcasts the flagged cluster; this detector then gives the finding to
  the later events of that fingerprint on any instance (docs/campaigns.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from monitor.accounts.benchmark import BenchmarkSketch, load_sketch
from monitor.accounts.clusters import MIN_ACCOUNTS, MIN_EVENTS, ClusterTable, cluster_score
from monitor.accounts.repartition import ClusterExchange, FlaggedCluster, TemplateObservation, fingerprint_hex
from monitor.detectors.base import Detector, ScanContext, make_finding
from monitor.detectors.campaign_episodes import EpisodePolicy, label_account_episode
from monitor.detectors.campaign_windows import observation_for
from monitor.events import Event, Evidence, Finding, Task

__all__ = ["MIN_ACCOUNTS", "MIN_EVENTS", "ClusterCampaignDetector", "cluster_evidence", "cluster_score"]


def cluster_evidence(cluster: FlaggedCluster, now: float, extra: dict[str, str] | None = None) -> Evidence:
    return Evidence(
        rules=["campaign.cross_account_cluster"],
        figures=cluster.figures(now),
        labels={
            "kind": "cross_account_cluster",
            "cluster_id": cluster.cluster_id,
            "accounts": ",".join(cluster.named),
            **(extra or {}),
        },
    )


class ClusterCampaignDetector:
    name: ClassVar[str] = "campaign_clusters"
    task: ClassVar[Task] = "campaign"
    stateful: ClassVar[bool] = True

    def __init__(
        self,
        max_templates: int,
        sketch: BenchmarkSketch | None = None,
        episodes: EpisodePolicy | None = None,
    ) -> None:
        self.table = ClusterTable(max_templates)
        self.sketch = sketch if sketch is not None else load_sketch()
        self.episodes = episodes or EpisodePolicy()
        self.exchange: ClusterExchange | None = None

    def use_exchange(self, exchange: ClusterExchange) -> None:
        """Kafka mode: publish observations and read flagged clusters instead of the local table."""
        self.exchange = exchange

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        obs = observation_for(event, ctx, self.sketch)
        if not obs.template:
            return None
        now = event.epoch_seconds
        if self.exchange is not None:
            self.exchange.outbox.append(
                TemplateObservation(
                    obs.template,
                    event.account_id,
                    event.event_id,
                    now,
                    obs.suspicious,
                    obs.benchmark,
                    obs.harvest,
                )
            )
            flagged = self.exchange.lookup(obs.template, now)
            return None if flagged is None else self._finding(event, ctx, flagged, "repartition")
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
        local = FlaggedCluster(
            cluster_id=fingerprint_hex(obs.template),
            score=score,
            reason=reason,
            accounts=accounts,
            named=tuple(cluster.named),
            events=cluster.events,
            suspicious=cluster.suspicious,
            benchmark=cluster.benchmark,
            harvest=cluster.harvest,
            first_seen=cluster.first_seen,
            last_seen=cluster.last_seen,
            alerted_at=now,
        )
        return self._finding(event, ctx, local, "process")

    def _finding(self, event: Event, ctx: ScanContext, cluster: FlaggedCluster, view: str) -> Finding:
        episode = label_account_episode(event, ctx, "cross_account_cluster", cluster.score, self.episodes)
        return make_finding(
            self.name,
            "campaign",
            cluster.score,
            cluster.reason,
            cluster_evidence(cluster, event.epoch_seconds, {"cluster_view": view, **episode}),
        )


def _factory(settings: Any) -> ClusterCampaignDetector:
    return ClusterCampaignDetector(
        settings.campaign_max_templates, episodes=EpisodePolicy.from_settings(settings)
    )


DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ((ClusterCampaignDetector.name, _factory),)
