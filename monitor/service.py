"""The service loop shared by ``rtmon replay`` (file source) and ``rtmon run`` (Kafka source).

poll a batch -> decode -> score -> publish alerts / verdicts / dead letters -> flush -> commit.
Offsets are committed only after the outputs of the whole batch are durable, so a crash between
the two replays the batch (at-least-once); alerts carry the ``event_id`` to make that visible.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import structlog

from monitor.config import Settings
from monitor.events import SEVERITY_ORDER, EventError, Verdict, parse_event
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.sinks import Outputs, PublishError, build_alert
from monitor.sources import Partition, PartitionListener, Record, Source

log = structlog.get_logger("rtmon.service")

BatchHook = Callable[[list[Record]], None]
IdleHook = Callable[[], None]
EPISODE_LABEL = "episode_start"


@dataclass
class Totals:
    consumed: int = 0
    scored: int = 0
    dead_letters: int = 0
    alerts: int = 0
    batches: int = 0
    publish_failures: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITY_ORDER, 0))


def failure_category(reason: str) -> str:
    if reason.startswith(("invalid UTF-8", "invalid JSON", "empty input", "empty record")):
        return "decode"
    if "too large" in reason:
        return "too_large"
    return "validation"


def should_alert(verdict: Verdict, settings: Settings) -> bool:
    """Alert when the verdict reaches ``alert_min_severity``, except campaign-only verdicts that do
    not open an alert episode: once an account is suspected every event of it carries the campaign
    finding, but it is alerted once per account, kind and cooldown (detectors label the opening
    finding ``episode_start="1"``). Extraction and leakage alerts are never held back."""
    rank = SEVERITY_ORDER[settings.alert_min_severity]
    if verdict.severity_rank < rank:
        return False
    other = max((v for task, v in verdict.scores.items() if task != "campaign"), default=0.0)
    if SEVERITY_ORDER[settings.severity_for(other)] >= rank:
        return True
    return any(
        f.task == "campaign"
        and f.evidence.labels.get(EPISODE_LABEL, "1") == "1"
        and SEVERITY_ORDER[settings.severity_for(f.score)] >= rank
        for f in verdict.findings
    )


class Service:
    def __init__(
        self,
        settings: Settings,
        pipeline: Pipeline,
        source: Source,
        outputs: Outputs,
        metrics: Metrics,
        *,
        max_event_bytes: int,
        before_flush: list[BatchHook] | None = None,
        partition_listeners: list[PartitionListener] | None = None,
        idle_hooks: list[IdleHook] | None = None,
    ) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.source = source
        self.outputs = outputs
        self.metrics = metrics
        self.max_event_bytes = max_event_bytes
        self.before_flush = before_flush or []
        self.partition_listeners = partition_listeners or []
        # Called when a poll returned nothing (e.g. the cluster owner reads its repartition
        # partitions even while this instance's events partitions are quiet).
        self.idle_hooks = idle_hooks or []
        self.totals = Totals()
        self.stop_event = threading.Event()
        self.last_heartbeat = time.monotonic()

    # -- one batch ---------------------------------------------------------------------------
    def process_batch(self, records: list[Record]) -> bool:
        """Score and publish one batch; commit it only if publishing succeeded. Returns success."""
        started = time.perf_counter()
        alert_severities: list[str] = []
        dead_reasons: list[str] = []
        # Totals count committed work only: a batch that fails to publish is scored again later.
        scored_before = (self.totals.scored, dict(self.totals.by_severity))
        try:
            for record in records:
                self.metrics.events_consumed.labels(source=self.source.name).inc()
                self._process_record(record, alert_severities, dead_reasons)
            for hook in self.before_flush:
                hook(records)
            self.outputs.flush(self.settings.shutdown_timeout_s)
        except PublishError as exc:
            # A sink may refuse a single send (full buffer) as well as the flush: either way the
            # batch is not durable, so it is delivered again rather than committed.
            self.totals.scored, self.totals.by_severity = scored_before
            self.totals.publish_failures += 1
            self.metrics.publish_errors.labels(sink="outputs").inc()
            log.error("publish_failed", records=len(records), error=str(exc))
            self.source.rewind(records)
            return False
        self.source.commit(records)
        self._account(records, alert_severities, dead_reasons, time.perf_counter() - started)
        return True

    def _process_record(self, record: Record, alert_severities: list[str], dead_reasons: list[str]) -> None:
        if record.error is not None or record.value is None:
            reason = record.error or "empty record: no value"
            self._dead_letter(record, reason, dead_reasons)
            return
        try:
            event = parse_event(record.value, max_bytes=self.max_event_bytes)
        except EventError as exc:
            self._dead_letter(record, str(exc), dead_reasons)
            return
        verdict = self.pipeline.score(event)
        self.totals.scored += 1
        self.totals.by_severity[verdict.severity] += 1
        self.metrics.last_event_timestamp.set(event.epoch_seconds)
        if self.settings.verdicts_topic is not None:
            self.outputs.verdict(verdict, event.account_id)
        if should_alert(verdict, self.settings):
            self.outputs.alert(
                build_alert(event, verdict, excerpts=self.settings.excerpts), key=event.account_id
            )
            alert_severities.append(verdict.severity)
            log.info(
                "alert",
                event_id=event.event_id,
                account_id=event.account_id,
                severity=verdict.severity,
                detectors=[f.detector for f in verdict.findings],
            )

    def _dead_letter(self, record: Record, reason: str, dead_reasons: list[str]) -> None:
        category = failure_category(reason)
        self.outputs.dead_letter(record, reason, category)
        self.metrics.events_failed.labels(reason=category).inc()
        dead_reasons.append(category)
        log.warning(
            "dead_letter",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            category=category,
            reason=reason[:200],
        )

    def _account(self, records: list[Record], alerts: list[str], dead: list[str], seconds: float) -> None:
        m = self.metrics
        for severity in alerts:
            m.alerts_published.labels(severity=severity).inc()
        for category in dead:
            m.dead_letters.labels(reason=category).inc()
        m.batch_size.observe(len(records))
        m.batch_seconds.observe(seconds)
        m.tracked_accounts.set(len(self.pipeline.state))
        self.totals.consumed += len(records)
        self.totals.alerts += len(alerts)
        self.totals.dead_letters += len(dead)
        self.totals.batches += 1

    # -- the loop ----------------------------------------------------------------------------
    def run(self, *, exit_at_end: bool, on_batch: Callable[[Totals], None] | None = None) -> Totals:
        backoff = 0.5
        log.info("service_started", source=self.source.name, detectors=self.pipeline.detector_names)
        while not self.stop_event.is_set():
            self.last_heartbeat = time.monotonic()
            records = self.source.poll(self.settings.batch_max_records, self.settings.poll_timeout_ms / 1000)
            if records:
                if self.process_batch(records):
                    backoff = 0.5
                    if on_batch:
                        on_batch(self.totals)
                else:
                    self.stop_event.wait(backoff)
                    backoff = min(backoff * 2, 30.0)
                continue
            self._idle()
            if self.source.exhausted():
                if exit_at_end:
                    break
                self.stop_event.wait(0.5)
        log.info(
            "service_stopping",
            consumed=self.totals.consumed,
            scored=self.totals.scored,
            alerts=self.totals.alerts,
            dead_letters=self.totals.dead_letters,
        )
        return self.totals

    def _idle(self) -> None:
        for hook in self.idle_hooks:
            try:
                hook()
            except Exception as exc:  # retried at the next idle poll; the stream goes on
                log.warning("idle_hook_failed", error_type=type(exc).__name__, error=str(exc)[:200])

    # -- partition ownership (Kafka rebalances) ------------------------------------------------
    # The Service is the source's PartitionListener and fans out to its own listeners (e.g. the
    # account-level state, which restores the moved partitions from its changelog). Both calls
    # come between batches, on this thread.
    def on_assigned(self, partitions: list[Partition]) -> None:
        self._notify("on_assigned", partitions)

    def on_revoked(self, partitions: list[Partition]) -> None:
        self._notify("on_revoked", partitions)

    def _notify(self, method: str, partitions: list[Partition]) -> None:
        for listener in self.partition_listeners:
            try:
                getattr(listener, method)(partitions)
            except Exception as exc:  # one broken listener must not stop the stream
                log.error(
                    "partition_listener_failed",
                    listener=type(listener).__name__,
                    method=method,
                    partitions=len(partitions),
                    error_type=type(exc).__name__,
                )

    def alive(self) -> bool:
        return time.monotonic() - self.last_heartbeat < max(60.0, 4 * self.settings.shutdown_timeout_s)

    def stop(self) -> None:
        self.stop_event.set()
