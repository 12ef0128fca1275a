"""Every Prometheus instrument, built in one factory against an injected registry.

Base units (seconds), ``_total`` on counters, and only bounded labels: detector names, tasks,
severities, failure reasons, sinks, topics and partitions. Tenant, account and event ids never
become labels; they go to logs and alerts.
"""

from __future__ import annotations

import platform

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from monitor import __version__

SCORE_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.0)
LATENCY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
BATCH_BUCKETS = (1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500)

FAILURE_REASONS = ("decode", "validation", "too_large", "scoring")


class Metrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.events_consumed = Counter(
            "rtmon_events_consumed_total",
            "Raw event records read from the source.",
            ["source"],
            registry=registry,
        )
        self.events_scored = Counter(
            "rtmon_events_scored_total", "Events scored into a verdict.", registry=registry
        )
        self.events_failed = Counter(
            "rtmon_events_failed_total",
            "Events that could not be scored, by reason.",
            ["reason"],
            registry=registry,
        )
        self.verdicts = Counter(
            "rtmon_verdicts_total", "Verdicts by severity.", ["severity"], registry=registry
        )
        self.detections = Counter(
            "rtmon_detections_total",
            "Findings emitted, by detector and task.",
            ["detector", "task"],
            registry=registry,
        )
        self.detector_score = Histogram(
            "rtmon_detector_score",
            "Scores of findings, by detector.",
            ["detector"],
            buckets=SCORE_BUCKETS,
            registry=registry,
        )
        self.task_score = Histogram(
            "rtmon_task_score",
            "Verdict scores by task (every scored event).",
            ["task"],
            buckets=SCORE_BUCKETS,
            registry=registry,
        )
        self.detector_seconds = Histogram(
            "rtmon_detector_seconds",
            "Time spent per detector per event.",
            ["detector"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.processing_seconds = Histogram(
            "rtmon_processing_seconds",
            "Time to decode and score one event.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.batch_size = Histogram(
            "rtmon_batch_size_records",
            "Records per processed batch.",
            buckets=BATCH_BUCKETS,
            registry=registry,
        )
        self.batch_seconds = Histogram(
            "rtmon_batch_seconds",
            "Time to score, publish and commit one batch.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.budget_exceeded = Counter(
            "rtmon_budget_exceeded_total", "Events that hit the per-event time budget.", registry=registry
        )
        self.budget_skips = Counter(
            "rtmon_budget_skipped_detectors_total",
            "High-cost detectors skipped because the event's time budget was spent, by detector.",
            ["detector"],
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "rtmon_consumer_lag_records",
            "End offset minus committed offset.",
            ["topic", "partition"],
            registry=registry,
        )
        self.assigned_partitions = Gauge(
            "rtmon_assigned_partitions", "Partitions currently assigned to this instance.", registry=registry
        )
        self.dead_letters = Counter(
            "rtmon_dead_letters_total",
            "Records sent to the dead-letter path, by reason.",
            ["reason"],
            registry=registry,
        )
        self.alerts_published = Counter(
            "rtmon_alerts_published_total", "Alerts published, by severity.", ["severity"], registry=registry
        )
        self.publish_errors = Counter(
            "rtmon_publish_errors_total", "Failed publish attempts, by sink.", ["sink"], registry=registry
        )
        self.commits = Counter(
            "rtmon_offset_commits_total", "Offset commits, by outcome.", ["outcome"], registry=registry
        )
        self.campaign_findings = Counter(
            "rtmon_campaign_findings_total",
            "Account-level campaign findings, by kind.",
            ["kind"],
            registry=registry,
        )
        self.verdict_amendments = Counter(
            "rtmon_verdict_amendments_total",
            "Verdict amendments published for an event whose campaign finding was decided later, by kind.",
            ["kind"],
            registry=registry,
        )
        self.handle_presents_pending = Gauge(
            "rtmon_handle_presents_pending",
            "Replayed reasoning handles waiting at their owner for the mint record.",
            registry=registry,
        )
        self.tracked_accounts = Gauge(
            "rtmon_tracked_accounts", "Accounts held in account-level state.", registry=registry
        )
        self.last_event_timestamp = Gauge(
            "rtmon_last_event_timestamp_seconds", "Event time of the newest scored event.", registry=registry
        )
        self.ready = Gauge(
            "rtmon_ready", "1 when the service has partitions and a reachable broker.", registry=registry
        )
        self.build_info = Info("rtmon_build", "Build information.", registry=registry)
        self.build_info.info({"version": __version__, "python": platform.python_version()})
        self.model_info = Gauge(
            "rtmon_model_info",
            "Loaded detector models (value 1).",
            ["detector", "version"],
            registry=registry,
        )
        self._prime()

    def _prime(self) -> None:
        """Create the common label sets so that rate() works from the first scrape."""
        for reason in FAILURE_REASONS:
            self.events_failed.labels(reason=reason)
            self.dead_letters.labels(reason=reason)
        for severity in ("none", "low", "medium", "high", "critical"):
            self.verdicts.labels(severity=severity)
        for severity in ("low", "medium", "high", "critical"):
            self.alerts_published.labels(severity=severity)
        for task in ("extraction", "leakage", "campaign"):
            self.task_score.labels(task=task)
        for outcome in ("ok", "error"):
            self.commits.labels(outcome=outcome)
        self.publish_errors.labels(sink="outputs")
