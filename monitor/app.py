"""Wiring shared by ``rtmon replay`` and ``rtmon run``: metrics, HTTP endpoints, signals, the loop."""

from __future__ import annotations

import faulthandler
import signal
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType

import structlog
from prometheus_client import CollectorRegistry

from monitor.config import Settings
from monitor.http import HealthServer
from monitor.metrics import Metrics
from monitor.pipeline import Pipeline
from monitor.service import Service, Totals
from monitor.sinks.file import FileOutputs
from monitor.sources.file import FileSource

log = structlog.get_logger("rtmon.app")

MAX_EVENT_BYTES = 64 * 1024 * 1024


def install_signal_handlers(stop: Callable[[], None]) -> None:
    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info("signal_received", signal=signal.Signals(signum).name)
        stop()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)
        # A stuck replica can be asked where every thread is (stacks only, no event text).
        faulthandler.register(signal.SIGUSR1, all_threads=True)


def progress_printer(enabled: bool) -> Callable[[Totals], None]:
    last = [0.0]
    started = time.monotonic()

    def show(t: Totals) -> None:
        now = time.monotonic()
        if not enabled or now - last[0] < 1.0:
            return
        last[0] = now
        rate = t.consumed / max(1e-9, now - started)
        sev = " ".join(f"{k}={v}" for k, v in t.by_severity.items() if k != "none")
        line = (
            f"events={t.consumed} scored={t.scored} alerts={t.alerts} dead_letters={t.dead_letters} "
            f"{sev} rate={rate:.0f}/s"
        )
        sys.stderr.write(("\r" + line) if sys.stderr.isatty() else (line + "\n"))
        sys.stderr.flush()

    return show


def run_replay(
    settings: Settings,
    input_path: str,
    *,
    alerts_path: str,
    verdicts_path: str | None,
    dlq_path: str | None,
    rate: float | None,
    exit_at_end: bool,
    progress: bool,
) -> Totals:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    pipeline = Pipeline(settings, metrics=metrics)
    for detector in pipeline.detectors:
        metrics.model_info.labels(detector=detector.name, version=getattr(detector, "version", "rules")).set(
            1
        )
    source = FileSource(open(input_path, "rb"), max_bytes=MAX_EVENT_BYTES, rate=rate)  # noqa: SIM115
    outputs = FileOutputs(alerts_path, verdicts_path, dlq_path)
    effective = settings
    if verdicts_path and settings.verdicts_topic is None:
        effective = settings.model_copy(update={"verdicts_topic": "file"})
    service = Service(effective, pipeline, source, outputs, metrics, max_event_bytes=MAX_EVENT_BYTES)
    metrics.assigned_partitions.set(1)
    metrics.ready.set(1)
    server = HealthServer(
        settings.metrics_host, settings.metrics_port, registry, alive=service.alive, ready=lambda: True
    ).start()
    log.info("replay_started", input=input_path, metrics_port=server.port, rate=rate)
    install_signal_handlers(service.stop)
    show = progress_printer(progress)
    try:
        totals = service.run(exit_at_end=exit_at_end, on_batch=show)
        show_final(totals, progress)
    finally:
        source.close()
        outputs.close()
        server.stop()
    return totals


def show_final(t: Totals, enabled: bool) -> None:
    if enabled:
        sev = " ".join(f"{k}={v}" for k, v in t.by_severity.items())
        sys.stderr.write(
            f"\ndone: events={t.consumed} scored={t.scored} alerts={t.alerts} "
            f"dead_letters={t.dead_letters} {sev}\n"
        )
