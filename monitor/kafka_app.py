"""``rtmon run``: the always-on Kafka service.

Wiring: a :class:`KafkaSource` (consumer group member) and :class:`KafkaOutputs` (idempotent
producer) around the shared :class:`Service` loop; a :class:`BrokerProbe` thread with its own
admin client that measures per-partition consumer lag and tells ``/readyz`` whether the broker
answers; signal handling with a bounded shutdown. The service never gives up on the broker:
a broker that is down at start or goes away later is retried with backoff, and the instance
reports not-ready meanwhile.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

import structlog
from kafka import KafkaAdminClient, TopicPartition
from kafka.admin import OffsetSpec
from kafka.errors import KafkaError
from prometheus_client import CollectorRegistry

from monitor.accounts.changelog import AccountChangelog, TrackingStateStore
from monitor.accounts.handle_exchange import HandleExchange
from monitor.accounts.handle_kafka import HandleRepartition
from monitor.accounts.repartition import ClusterExchange
from monitor.accounts.repartition_kafka import ClusterRepartition
from monitor.app import MAX_EVENT_BYTES, install_signal_handlers
from monitor.config import Settings
from monitor.detectors.campaign_blobs import BlobReplayDetector
from monitor.detectors.campaign_clusters import ClusterCampaignDetector
from monitor.http import HealthServer
from monitor.kafka_clients import Backoff, ConnectFailureWatch, admin_config
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.service import Service
from monitor.sinks.kafka import KafkaOutputs
from monitor.sources import Partition
from monitor.sources.kafka import KafkaSource
from monitor.state import InMemoryStateStore

log = structlog.get_logger("rtmon.kafka")

AdminFactory = Callable[[], Any]
TOPIC_ALREADY_EXISTS = 36
WATCHDOG_EXIT_CODE = 3
# Refused credentials or an untrusted broker certificate: retrying cannot help (as for ConfigError).
CONNECT_REFUSED_EXIT_CODE = 2
REFUSED_EVENTS = {
    "authentication": "kafka_authentication_failed",
    "tls_verification": "kafka_tls_verification_failed",
}


def topic_specs(settings: Settings) -> dict[str, dict[str, Any]]:
    """The topics ``--create-topics`` makes: events, alerts, dead letters, verdicts if set, and the
    account-state topics when enabled: the changelog (compacted), the repartition and the handles
    topics (time retention of twice the state TTL, at least the 24 h cluster window). All need the
    events topic's partition count (:func:`match_events_partitions`)."""
    names = [settings.events_topic, settings.alerts_topic, settings.dlq_topic]
    if settings.verdicts_topic is not None:
        names.append(settings.verdicts_topic)
    spec: dict[str, Any] = {
        "num_partitions": settings.topic_partitions,
        "replication_factor": settings.topic_replication,
    }
    specs = {name: dict(spec) for name in dict.fromkeys(names)}
    if settings.state_changelog:
        specs[settings.changelog_topic] = {**spec, "configs": {"cleanup.policy": "compact"}}
    if settings.campaign_repartition:
        retention_ms = str(int(max(2 * settings.state_ttl_seconds, 24 * 3600.0) * 1000))
        for name in (settings.repartition_topic, settings.handles_topic):
            specs[name] = {**spec, "configs": {"cleanup.policy": "delete", "retention.ms": retention_ms}}
    return specs


def match_events_partitions(admin: Any, settings: Settings, specs: dict[str, dict[str, Any]]) -> None:
    """An events topic that already exists sets the partition count of the state topics."""
    if settings.events_topic not in set(admin.list_topics()):
        return
    described = admin.describe_topics([settings.events_topic])
    count = len(described[0]["partitions"]) if described else 0
    for name in (settings.changelog_topic, settings.repartition_topic, settings.handles_topic):
        if name in specs and count > 0:
            specs[name]["num_partitions"] = count


def create_missing_topics(admin: Any, specs: dict[str, dict[str, Any]]) -> list[str]:
    """Create the topics of ``specs`` that do not exist; return the names created.

    Another replica creating the same topic at the same moment is not an error.
    """
    existing = set(admin.list_topics())
    missing = {name: spec for name, spec in specs.items() if name not in existing}
    if not missing:
        return []
    result = admin.create_topics(missing, raise_errors=False)
    failed = {
        t["name"]: t.get("error_message") or f"error code {t['error_code']}"
        for t in result.get("topics", [])
        if t.get("error_code") not in (0, TOPIC_ALREADY_EXISTS)
    }
    if failed:
        raise KafkaError(f"could not create topics: {failed}")
    admin.wait_for_topics(list(missing))
    return sorted(missing)


def ensure_topics(
    settings: Settings, stop: threading.Event, admin_factory: AdminFactory | None = None
) -> bool:
    """Retry until the topics exist (or we are stopped): the broker may not be up yet."""
    factory = admin_factory or (lambda: KafkaAdminClient(**admin_config(settings)))
    backoff = Backoff()
    while not stop.is_set():
        try:
            admin = factory()
            try:
                specs = topic_specs(settings)
                match_events_partitions(admin, settings, specs)
                created = create_missing_topics(admin, specs)
            finally:
                admin.close()
        except (KafkaError, OSError) as exc:
            delay = backoff.next()
            log.warning(
                "topic_setup_failed", error_type=type(exc).__name__, error=str(exc)[:300], retry_in_s=delay
            )
            stop.wait(delay)
            continue
        log.info("topics_ready", created=created)
        return True
    return False


class BrokerProbe:
    """Every ``lag_interval_s``, on its own thread and admin client: is the broker answering,
    and how far behind is each assigned partition (end offset minus committed offset)?

    A partition without a committed offset counts from its earliest offset (``earliest``
    reset) or has no lag (``latest`` reset).
    """

    def __init__(
        self,
        settings: Settings,
        metrics: Metrics,
        assigned: Callable[[], frozenset[Partition]],
        *,
        admin_factory: AdminFactory | None = None,
        on_probe: Callable[[], None] | None = None,
    ) -> None:
        self._settings = settings
        self._metrics = metrics
        self._assigned = assigned
        self._factory = admin_factory or (lambda: KafkaAdminClient(**admin_config(settings)))
        self._on_probe = on_probe
        self._admin: Any = None
        self._exported: set[Partition] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rtmon-broker-probe", daemon=True)
        self.reachable = False

    def start(self) -> BrokerProbe:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5.0)
        self._close_admin()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.probe_once()
            if self._on_probe is not None:
                self._on_probe()
            self._stop.wait(self._settings.lag_interval_s)

    def probe_once(self) -> None:
        try:
            if self._admin is None:
                self._admin = self._factory()
            partitions = sorted(self._assigned())
            if partitions:
                self._measure_lag(partitions)
            else:
                self._admin.describe_cluster()
        except Exception as exc:  # any failure means "not reachable now"; try again next round
            if self.reachable:
                log.warning("broker_unreachable", error_type=type(exc).__name__, error=str(exc)[:300])
            self.reachable = False
            self._close_admin()
            return
        if not self.reachable:
            log.info("broker_reachable")
        self.reachable = True

    def _measure_lag(self, partitions: list[Partition]) -> None:
        group = self._settings.group_id
        tps = [TopicPartition(p.topic, p.partition) for p in partitions]
        ends = self._admin.list_partition_offsets({tp: OffsetSpec.LATEST for tp in tps})
        committed = self._admin.list_group_offsets({group: tps}).get(group, {})
        positions = {tp: c.offset for tp, c in committed.items() if c is not None and c.offset >= 0}
        unknown = [tp for tp in tps if tp not in positions]
        if unknown:
            positions.update(self._start_offsets(unknown, ends))
        for tp in tps:
            lag = max(0, ends[tp].offset - positions[tp])
            self._metrics.consumer_lag.labels(topic=tp.topic, partition=str(tp.partition)).set(lag)
        for gone in self._exported - set(partitions):
            self._metrics.consumer_lag.remove(gone.topic, str(gone.partition))
        self._exported = set(partitions)

    def _start_offsets(self, tps: list[TopicPartition], ends: dict[Any, Any]) -> dict[Any, int]:
        if self._settings.auto_offset_reset == "latest":
            return {tp: ends[tp].offset for tp in tps}
        earliest = self._admin.list_partition_offsets({tp: OffsetSpec.EARLIEST for tp in tps})
        return {tp: earliest[tp].offset for tp in tps}

    def _close_admin(self) -> None:
        admin, self._admin = self._admin, None
        if admin is not None:
            try:
                admin.close()
            except Exception as exc:
                log.debug("admin_close_failed", error=str(exc)[:200])


class ShutdownWatchdog:
    """After a stop signal the process exits within ``timeout_s`` even if a close hangs.

    Uncommitted work is replayed by the next owner (at-least-once), so a hard exit loses nothing.
    """

    def __init__(self, timeout_s: float) -> None:
        self._timeout_s = timeout_s
        self._timer: threading.Timer | None = None

    def arm(self) -> None:
        if self._timer is not None:
            return
        self._timer = threading.Timer(self._timeout_s, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        log.error("shutdown_timeout", timeout_s=self._timeout_s)
        os._exit(WATCHDOG_EXIT_CODE)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


def _cluster_repartition(
    settings: Settings, pipeline: Pipeline, metrics: Metrics
) -> ClusterRepartition | None:
    """With ``campaign_repartition``: switch the cluster detector to the repartition topic."""
    if not settings.campaign_repartition:
        return None
    detector = next((d for d in pipeline.detectors if isinstance(d, ClusterCampaignDetector)), None)
    if detector is None:
        return None
    exchange = ClusterExchange(settings.campaign_max_templates)
    detector.use_exchange(exchange)
    return ClusterRepartition(settings, exchange, metrics)


def _give_up(settings: Settings, refused: ConnectFailureWatch, stop: Callable[[], None]) -> None:
    """Bad credentials or an untrusted certificate: say so once, clearly, and stop the service."""
    log.error(
        REFUSED_EVENTS.get(refused.kind or "", "kafka_connect_refused"),
        reason=refused.reason,
        bootstrap_servers=settings.bootstrap_servers,
        security_protocol=settings.security_protocol,
        sasl_mechanism=settings.sasl_mechanism,
        sasl_username=settings.sasl_username,
        ssl_cafile=settings.ssl_cafile,
        exit_code=CONNECT_REFUSED_EXIT_CODE,
    )
    stop()


def _handle_repartition(settings: Settings, pipeline: Pipeline, metrics: Metrics) -> HandleRepartition | None:
    """With ``campaign_repartition``: blob provenance judged by the owner of each handle's partition."""
    if not settings.campaign_repartition:
        return None
    detector = next((d for d in pipeline.detectors if isinstance(d, BlobReplayDetector)), None)
    if detector is None:
        return None
    exchange = HandleExchange()
    detector.use_exchange(exchange)
    return HandleRepartition(settings, exchange, metrics)


def run_kafka(settings: Settings) -> int:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    # The HTTP endpoints answer from the first second: building the detectors (compiling the
    # lexicon scans) takes seconds, during which the process is alive but not ready.
    checks: dict[str, Callable[[], bool]] = {"alive": lambda: True, "ready": lambda: False}
    server = HealthServer(
        settings.metrics_host,
        settings.metrics_port,
        registry,
        alive=lambda: checks["alive"](),
        ready=lambda: checks["ready"](),
    ).start()
    try:
        return _run_kafka(settings, metrics, server, checks)
    finally:
        server.stop()


def _run_kafka(
    settings: Settings,
    metrics: Metrics,
    server: HealthServer,
    checks: dict[str, Callable[[], bool]],
) -> int:
    changelog: AccountChangelog | None = None
    if settings.state_changelog:
        store = TrackingStateStore(
            InMemoryStateStore(settings.state_max_accounts, settings.state_ttl_seconds)
        )
        pipeline = Pipeline(settings, metrics=metrics, state=store)
        changelog = AccountChangelog(settings, store)
    else:
        pipeline = Pipeline(settings, metrics=metrics)
    repartition = _cluster_repartition(settings, pipeline, metrics)
    handles = _handle_repartition(settings, pipeline, metrics)
    for detector in pipeline.detectors:
        version = getattr(detector, "version", "rules")
        metrics.model_info.labels(detector=detector.name, version=version).set(1)
    source = KafkaSource(settings, metrics)
    outputs = KafkaOutputs(settings)
    service = Service(
        settings,
        pipeline,
        source,
        outputs,
        metrics,
        max_event_bytes=MAX_EVENT_BYTES,
        # Repartition first: it empties the observation outbox even if the changelog flush fails.
        before_flush=[h.before_flush for h in (repartition, handles, changelog) if h is not None],
        partition_listeners=[h for h in (changelog, repartition, handles) if h is not None],
        idle_hooks=[h.idle for h in (repartition, handles) if h is not None] or None,
    )
    source.listener = service

    def ready() -> bool:
        return source.connected and bool(source.assigned()) and probe.reachable

    probe = BrokerProbe(settings, metrics, source.assigned, on_probe=lambda: metrics.ready.set(int(ready())))
    checks.update(alive=service.alive, ready=ready)
    watchdog = ShutdownWatchdog(settings.shutdown_timeout_s)

    def stop() -> None:
        service.stop()
        watchdog.arm()

    install_signal_handlers(stop)
    refused = ConnectFailureWatch(on_failure=lambda: _give_up(settings, refused, stop)).attach()
    log.info(
        "kafka_service_starting",
        bootstrap_servers=settings.bootstrap_servers,
        group_id=settings.group_id,
        events_topic=settings.events_topic,
        alerts_topic=settings.alerts_topic,
        dlq_topic=settings.dlq_topic,
        verdicts_topic=settings.verdicts_topic,
        security_protocol=settings.security_protocol,
        metrics_port=server.port,
        detectors=pipeline.detector_names,
        pid=os.getpid(),
    )
    probe.start()
    try:
        if not settings.create_topics or ensure_topics(settings, service.stop_event):
            service.run(exit_at_end=False)
    finally:
        source.close()
        outputs.close()
        if changelog is not None:
            changelog.close()
        if repartition is not None:
            repartition.close()
        if handles is not None:
            handles.close()
        probe.stop()
        metrics.ready.set(0)
        watchdog.cancel()
        refused.detach()
    totals = service.totals
    log.info(
        "kafka_service_stopped",
        consumed=totals.consumed,
        scored=totals.scored,
        alerts=totals.alerts,
        dead_letters=totals.dead_letters,
        publish_failures=totals.publish_failures,
    )
    return CONNECT_REFUSED_EXIT_CODE if refused.failed else 0
