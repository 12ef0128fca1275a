"""Cross-account clusters on Kafka: publish template observations, own the fingerprints of the
repartition partitions that match this instance's events partitions, alert and broadcast.

Ownership: **manual assignment, no second consumer group.** Repartition partition *p* is read by
the instance that owns events partition *p* (same partition count, checked), so the events
group's rebalances decide both and there is one membership, one rebalance protocol and no second
heartbeat to keep alive while the service loop is busy scoring. The repartition consumer has no
group id and commits nothing: on assignment it re-reads its new partitions from
``now - 24 h`` (wall clock, the records' CreateTime; the cluster window) to their end, which
rebuilds the aggregate of every fingerprint it now owns and the flagged clusters of the
broadcasts (including when each was last alerted, so a restored owner does not alert again).
The topic therefore needs a time retention of at least 24 h (``--create-topics`` sets 48 h).

Publishing: :meth:`ClusterRepartition.before_flush` (a :class:`~monitor.service.Service` hook)
sends the batch's observations, folds what arrived on the owned partitions, and sends cluster
alerts (to ``alerts_topic``, keyed by cluster id) and broadcasts; all are flushed before the
batch's own outputs and offsets, and a failure raises :class:`PublishError` (the batch is
rewound; undelivered decisions are kept and sent with the next flush). :meth:`idle` does the
same folding and publishing while the events partitions are quiet.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any, ClassVar

import structlog

from monitor import __version__
from monitor.accounts.amendments import amendment
from monitor.accounts.changelog import partition_of
from monitor.accounts.clusters import MEMBER_TTL
from monitor.accounts.copartitioned import IDLE_POLL_MS, Batch, CoPartitionedTopic, iso_time
from monitor.accounts.repartition import (
    ClusterDecision,
    ClusterExchange,
    ClusterOwner,
    FlaggedCluster,
    decode,
    encode_cluster,
    encode_observation,
    fingerprint_hex,
)
from monitor.config import Settings
from monitor.detectors.base import make_finding
from monitor.detectors.campaign_clusters import cluster_evidence
from monitor.events import SEVERITY_ORDER
from monitor.metrics import Metrics
from monitor.sinks import PublishError
from monitor.sinks.kafka import alert_value
from monitor.sources import Partition, Record

log = structlog.get_logger("rtmon.repartition")

KIND = "cross_account_cluster"


def cluster_alert(decision: ClusterDecision, severity: str) -> dict[str, Any]:
    """The alert record of a cross-account cluster: ids, sizes, counts; never text."""
    c = decision.cluster
    finding = make_finding(
        "campaign_clusters", "campaign", c.score, c.reason, cluster_evidence(c, c.last_seen)
    )
    return {
        "alert_id": hashlib.sha256(f"{c.cluster_id}|{c.alerted_at}|rtmon".encode()).hexdigest()[:24],
        "kind": KIND,
        "cluster_id": c.cluster_id,
        "event_id": decision.trigger_event,
        "account_id": decision.trigger_account,
        "accounts": list(c.named),
        "cluster": {
            "accounts": c.accounts,
            "events": c.events,
            "suspicious": c.suspicious,
            "benchmark": c.benchmark,
            "harvest": c.harvest,
            "first_seen": iso_time(c.first_seen),
            "last_seen": iso_time(c.last_seen),
        },
        "event_time": iso_time(decision.trigger_time),
        "alerted_at": iso_time(time.time()),
        "severity": severity,
        "scores": {"extraction": 0.0, "leakage": 0.0, "campaign": c.score},
        "findings": [finding.model_dump(mode="json")],
        "notes": [],
        "rtmon_version": __version__,
    }


class ClusterRepartition(CoPartitionedTopic):
    kind: ClassVar[str] = "repartition"

    def __init__(
        self,
        settings: Settings,
        exchange: ClusterExchange,
        metrics: Metrics,
        *,
        producer_factory: Callable[[], Any] | None = None,
        consumer_factory: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(
            settings,
            settings.repartition_topic,
            producer_factory=producer_factory,
            consumer_factory=consumer_factory,
        )
        self.exchange = exchange
        self.metrics = metrics
        self.owner = ClusterOwner(settings.campaign_max_templates, settings.campaign_alert_cooldown_seconds)
        self._touched: set[int] = set()
        self._pending: dict[int, ClusterDecision] = {}
        self.restored = 0
        self.alerts = 0
        self.amendments = 0

    # -- Service hooks --------------------------------------------------------------------------
    def before_flush(self, _records: list[Record]) -> None:
        outbox, self.exchange.outbox = self.exchange.outbox, []  # a rewound batch re-creates them
        n = self._partition_count()
        producer = self._producer_or_connect()
        futures = [
            producer.send(
                self.topic,
                key=fingerprint_hex(o.template).encode("ascii"),
                value=encode_observation(o),
                partition=partition_of(fingerprint_hex(o.template), n),
            )
            for o in outbox
        ]
        self._pump(0)
        self._publish(futures)

    def idle(self) -> None:
        if not self._owned:
            return
        self._pump(IDLE_POLL_MS)
        if self._pending:
            self._publish([])

    # -- PartitionListener ----------------------------------------------------------------------
    def on_assigned(self, partitions: list[Partition]) -> None:
        read = 0

        def fold(batch: Batch) -> None:
            nonlocal read
            read += self._fold(batch)

        gained = self._take_over(partitions, MEMBER_TTL, fold)
        if not gained:
            return
        self.restored += read
        log.info("repartition_restored", partitions=sorted(gained), records=read, clusters=len(self.owner))

    def on_revoked(self, partitions: list[Partition]) -> None:
        gone = self._release(partitions)
        if not gone:
            return
        n = self._partition_count()
        doomed = [k for k in self.owner.fingerprints() if partition_of(fingerprint_hex(k), n) in gone]
        self.owner.drop(doomed)
        for key in doomed:
            self._pending.pop(key, None)
            self._touched.discard(key)
        log.info("repartition_released", partitions=sorted(gone), clusters=len(doomed))

    # -- internals ------------------------------------------------------------------------------
    def _pump(self, timeout_ms: int) -> None:
        if self._consumer is None or not self._owned:
            return
        self._fold(self._poll(timeout_ms))
        if self._touched:
            for decision in self.owner.evaluate(self._touched):
                key = decision.cluster.key
                earlier = self._pending.get(key)
                if earlier is not None and earlier.alert and not decision.alert:
                    decision = ClusterDecision(
                        decision.cluster,
                        True,
                        decision.trigger_account,
                        decision.trigger_event,
                        decision.trigger_time,
                    )
                self._pending[key] = decision
            self._touched.clear()

    def _fold(self, batch: Batch) -> int:
        n = self._partition_count()
        messages = self._owned_messages(batch)
        for partition, m in messages:
            try:
                item = decode(m.key, m.value)
            except ValueError as exc:
                log.warning(
                    "repartition_record_invalid", partition=partition, offset=m.offset, error=str(exc)
                )
                continue
            if isinstance(item, FlaggedCluster):
                if self.exchange.flag(item):
                    log.info("cluster_learned", cluster_id=item.cluster_id, accounts=item.accounts)
                if partition_of(item.cluster_id, n) == partition:  # the owner's own copy
                    self.owner.note_broadcast(item)
            else:
                self.owner.fold(item)
                self._touched.add(item.template)
        return len(messages)

    def _publish(self, futures: list[Any]) -> None:
        decisions = list(self._pending.values())
        n = self._partition_count()
        producer = self._producer_or_connect()
        rank = SEVERITY_ORDER[self.settings.alert_min_severity]
        alerted: list[tuple[ClusterDecision, str]] = []
        for d in decisions:
            key = d.cluster.cluster_id.encode("ascii")
            value = encode_cluster(d.cluster)
            futures += [producer.send(self.topic, key=key, value=value, partition=p) for p in range(n)]
            severity = self.settings.severity_for(d.cluster.score)
            if d.alert and SEVERITY_ORDER[severity] >= rank:
                alert = alert_value(cluster_alert(d, severity))
                headers = [("rtmon.event_id", d.trigger_event.encode("utf-8"))]
                futures.append(
                    producer.send(self.settings.alerts_topic, key=key, value=alert, headers=headers)
                )
                futures += self._amend(producer, d, headers)
                alerted.append((d, severity))
        try:
            producer.flush(timeout=self.settings.shutdown_timeout_s)
            for future in futures:
                future.get(timeout=0)
        except Exception as exc:
            raise PublishError(f"repartition publish failed: {type(exc).__name__}") from exc
        for d in decisions:
            self.owner.done(d)
            if self._pending.get(d.cluster.key) is d:
                del self._pending[d.cluster.key]
            if self.exchange.flag(d.cluster):  # our own broadcast: no need to wait for it to come back
                log.info("cluster_learned", cluster_id=d.cluster.cluster_id, accounts=d.cluster.accounts)
        for d, level in alerted:
            self.alerts += 1
            self.metrics.campaign_findings.labels(kind=KIND).inc()
            if self.settings.verdicts_topic is not None and d.trigger_event:
                self.amendments += 1
                self.metrics.verdict_amendments.labels(kind=KIND).inc()
            self.metrics.alerts_published.labels(severity=level).inc()
            log.info(
                "cluster_alert",
                cluster_id=d.cluster.cluster_id,
                accounts=d.cluster.accounts,
                events=round(d.cluster.events, 1),
                score=d.cluster.score,
                trigger_event_id=d.trigger_event,
            )

    def _amend(self, producer: Any, d: ClusterDecision, headers: list[tuple[str, bytes]]) -> list[Any]:
        """The triggering event's verdict was published before the owner decided: amend it."""
        if self.settings.verdicts_topic is None or not d.trigger_event:
            return []
        c = d.cluster
        finding = make_finding(
            "campaign_clusters",
            "campaign",
            c.score,
            c.reason,
            cluster_evidence(
                c, d.trigger_time, {"cluster_view": "repartition", "decided_by": "cluster_owner"}
            ),
        )
        note = f"amendment: cross-account cluster {c.cluster_id} decided by its owner"
        body = amendment(self.settings, d.trigger_event, d.trigger_account, finding, note)
        key = d.trigger_account.encode("utf-8")
        revision = [*headers, ("rtmon.revision", b"1")]
        return [
            producer.send(self.settings.verdicts_topic, key=key, value=alert_value(body), headers=revision)
        ]
