"""Blob provenance on Kafka: publish mints and unplaced presentations to ``handles_topic``, own the
handles partitions that match this instance's events partitions, join them, alert and amend.

Ownership is shared with the repartition topic (:mod:`monitor.accounts.copartitioned`): manual
assignment of handles partition *p* to the instance that owns events partition *p*, no group id,
nothing committed. On assignment the owner re-reads its new partitions from ``now - state TTL``
(wall clock, CreateTime) to their end: the mints rebuild the handle table, ``judged`` records mark
the presentations already decided (and rebuild alert episodes and unknown counts), and the
presentations not decided yet are decided now. Hence the topic's retention must be at least the
state TTL (``--create-topics``: twice it).

:meth:`HandleRepartition.before_flush` sends the batch's mints and presentations, folds what
arrived on the owned partitions, and publishes the decisions: an alert (``alerts_topic``, keyed by
the presenting account, once per account episode), a verdict amendment (``verdicts_topic``, same
key as the event's verdict; :mod:`monitor.accounts.amendments`) and a ``judged`` record (handles
topic), all flushed before the batch's own outputs and offsets. A failure raises
:class:`PublishError`; undelivered decisions are kept and sent again with the next flush.
:meth:`idle` folds and publishes while the events partitions are quiet.
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
from monitor.accounts.copartitioned import IDLE_POLL_MS, Batch, CoPartitionedTopic, iso_time
from monitor.accounts.handle_exchange import (
    HandleExchange,
    HandleOwner,
    HandleRecord,
    Judged,
    MintRecord,
    Presentation,
    ReplayDecision,
    decode,
    encode,
    handle_hex,
)
from monitor.config import Settings
from monitor.detectors.base import make_finding
from monitor.detectors.campaign_episodes import EPISODE_LABEL, EpisodePolicy
from monitor.events import SEVERITY_ORDER, Evidence, Finding
from monitor.metrics import Metrics
from monitor.sinks import PublishError
from monitor.sinks.kafka import alert_value
from monitor.sources import Partition, Record

log = structlog.get_logger("rtmon.handles")

KIND = "blob_replay"
DETECTOR = "campaign_blob_replay"


def replay_finding(d: ReplayDecision, alert_score: float) -> Finding:
    p = d.present
    labels = {
        "kind": KIND,
        "provenance": d.provenance,
        "decided_by": "handle_owner",
        "handle": handle_hex(p.handle),
        "account_hash": handle_hex(p.account),
    }
    if d.minted_by is not None:
        labels["minted_account_hash"] = handle_hex(d.minted_by)
    if d.score >= alert_score:
        labels[EPISODE_LABEL] = "1" if d.episode_start else "0"
    figures = {"handles_" + d.provenance: 1.0, "unknown_handles_account_24h": float(d.unknown_count)}
    return make_finding(
        DETECTOR,
        "campaign",
        d.score,
        f"request replays a reasoning handle with provenance {d.provenance.replace('_', ' ')}",
        Evidence(rules=[f"campaign.blob_replay.{d.provenance}"], figures=figures, labels=labels),
    )


def replay_alert(d: ReplayDecision, finding: Finding, severity: str) -> dict[str, Any]:
    """The owner's alert: the per-event alert's fields plus the hashes of both accounts; no text."""
    p = d.present
    alert: dict[str, Any] = {
        "alert_id": hashlib.sha256(f"{p.event_id}|{KIND}|rtmon".encode()).hexdigest()[:24],
        "kind": KIND,
        "event_id": p.event_id,
        "account_id": p.account_id,
        "account_hash": handle_hex(p.account),
        "minted_account_hash": None if d.minted_by is None else handle_hex(d.minted_by),
        "handle": handle_hex(p.handle),
        "provenance": d.provenance,
        "model": p.model_name,
        "event_time": iso_time(p.t),
        "alerted_at": iso_time(time.time()),
        "severity": severity,
        "scores": {"extraction": p.extraction, "leakage": p.leakage, "campaign": d.score},
        "findings": [finding.model_dump(mode="json")],
        "notes": ["decided by the owner of the handle's partition"],
        "rtmon_version": __version__,
    }
    return {k: v for k, v in alert.items() if v is not None}


class HandleRepartition(CoPartitionedTopic):
    kind: ClassVar[str] = "handles"

    def __init__(
        self,
        settings: Settings,
        exchange: HandleExchange,
        metrics: Metrics,
        *,
        producer_factory: Callable[[], Any] | None = None,
        consumer_factory: Callable[[], Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            settings,
            settings.handles_topic,
            producer_factory=producer_factory,
            consumer_factory=consumer_factory,
        )
        self.exchange = exchange
        self.metrics = metrics
        self.clock = clock
        self.alert_score = EpisodePolicy.from_settings(settings).alert_score
        self.owner = HandleOwner(
            settings.campaign_max_handles,
            settings.state_ttl_seconds,
            settings.campaign_handle_warmup_seconds,
            settings.campaign_handle_pending_seconds,
            settings.campaign_alert_cooldown_seconds,
            self.alert_score,
            max(1000, settings.state_max_accounts // 10),
        )
        self._decisions: list[ReplayDecision] = []  # decided, not yet published
        self.restored = 0
        self.alerts = 0
        self.amendments = 0

    # -- Service hooks --------------------------------------------------------------------------
    def before_flush(self, _records: list[Record]) -> None:
        outbox, self.exchange.outbox = self.exchange.outbox, []  # a rewound batch re-creates them
        n = self._partition_count()
        producer = self._producer_or_connect()
        futures = [self._send_record(producer, r, n) for r in outbox]
        self._pump(0)
        self._publish(futures)

    def idle(self) -> None:
        if not self._owned:
            return
        self._pump(IDLE_POLL_MS)
        if self._decisions:
            self._publish([])

    # -- PartitionListener ----------------------------------------------------------------------
    def on_assigned(self, partitions: list[Partition]) -> None:
        records: list[HandleRecord] = []
        gained = self._take_over(
            partitions, self.settings.state_ttl_seconds, lambda batch: records.extend(self._decode(batch))
        )
        if not gained:
            return
        # Judged records first: a presentation decided by the previous owner is not decided again.
        for r in records:
            if isinstance(r, Judged):
                self.owner.restore_judged(r)
        for r in records:
            if not isinstance(r, Judged):
                self._fold_one(r)
        self.restored += len(records)
        log.info(
            "handles_restored",
            partitions=sorted(gained),
            records=len(records),
            handles=len(self.owner.table),
            to_decide=len(self._decisions),
        )

    def on_revoked(self, partitions: list[Partition]) -> None:
        gone = self._release(partitions)
        if not gone:
            return
        n = self._partition_count()
        self.owner.drop_partitions(lambda h: partition_of(handle_hex(h), n) not in gone)
        # The mint table keeps the handles of the revoked partitions until they expire (LRU/TTL):
        # they are never looked up again here, and dropping them would cost a full scan.
        log.info("handles_released", partitions=sorted(gone))

    # -- internals ------------------------------------------------------------------------------
    def _send_record(self, producer: Any, r: HandleRecord, n: int) -> Any:
        key = handle_hex(r.handle)
        return producer.send(
            self.topic, key=key.encode("ascii"), value=encode(r), partition=partition_of(key, n)
        )

    def _decode(self, batch: Batch) -> list[HandleRecord]:
        out: list[HandleRecord] = []
        for partition, m in self._owned_messages(batch):
            try:
                out.append(decode(m.key, m.value))
            except ValueError as exc:
                log.warning("handles_record_invalid", partition=partition, offset=m.offset, error=str(exc))
        return out

    def _fold_one(self, r: HandleRecord) -> None:
        if isinstance(r, MintRecord):
            self._decisions += self.owner.mint(r)
        elif isinstance(r, Presentation):
            self._decisions += self.owner.present(r, self.clock())
        else:
            self.owner.restore_judged(r)  # our own judged record coming back: already known

    def _pump(self, timeout_ms: int) -> None:
        if self._consumer is None or not self._owned:
            return
        for r in self._decode(self._poll(timeout_ms)):
            self._fold_one(r)
        self._decisions += self.owner.expire(self.clock())
        self.metrics.handle_presents_pending.set(self.owner.pending)

    def _publish(self, futures: list[Any]) -> None:
        decisions = list(self._decisions)
        n = self._partition_count()
        producer = self._producer_or_connect()
        rank = SEVERITY_ORDER[self.settings.alert_min_severity]
        alerted: list[tuple[ReplayDecision, str]] = []
        for d in decisions:
            p = d.present
            key = p.account_id.encode("utf-8")
            headers = [("rtmon.event_id", p.event_id.encode("utf-8"))]
            finding = replay_finding(d, self.alert_score)
            if self.settings.verdicts_topic is not None:
                body = amendment(
                    self.settings,
                    p.event_id,
                    p.account_id,
                    finding,
                    f"amendment: blob provenance judged by the owner of handles partition "
                    f"{partition_of(handle_hex(p.handle), n)}",
                    extraction=p.extraction,
                    leakage=p.leakage,
                )
                futures.append(
                    producer.send(
                        self.settings.verdicts_topic,
                        key=key,
                        value=alert_value(body),
                        headers=[*headers, ("rtmon.revision", b"1")],
                    )
                )
            severity = self.settings.severity_for(d.score)
            if d.episode_start and SEVERITY_ORDER[severity] >= rank:
                alert = alert_value(replay_alert(d, finding, severity))
                futures.append(
                    producer.send(self.settings.alerts_topic, key=key, value=alert, headers=headers)
                )
                alerted.append((d, severity))
            futures.append(self._send_record(producer, d.judged(), n))
        try:
            producer.flush(timeout=self.settings.shutdown_timeout_s)
            for future in futures:
                future.get(timeout=0)
        except Exception as exc:
            raise PublishError(f"handles publish failed: {type(exc).__name__}") from exc
        del self._decisions[: len(decisions)]
        for d in decisions:
            self.metrics.campaign_findings.labels(kind=KIND).inc()
            if self.settings.verdicts_topic is not None:
                self.amendments += 1
                self.metrics.verdict_amendments.labels(kind=KIND).inc()
            log.info(
                "handle_replay_judged",
                event_id=d.present.event_id,
                account_id=d.present.account_id,
                provenance=d.provenance,
                score=d.score,
                episode_start=d.episode_start,
            )
        for d, level in alerted:
            self.alerts += 1
            self.metrics.alerts_published.labels(severity=level).inc()
            log.info("handle_replay_alert", event_id=d.present.event_id, account_id=d.present.account_id)
