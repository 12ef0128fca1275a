"""``rtmon run``: the Kafka service (being built under the Kafka service issue)."""

from __future__ import annotations

from monitor.config import Settings


def run_kafka(settings: Settings) -> int:
    raise SystemExit("rtmon run: the Kafka service is not built yet")
