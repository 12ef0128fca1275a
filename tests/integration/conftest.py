"""Fixtures: a real Kafka broker (shared by the session, or private to one test) and rtmon processes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka_broker import KafkaBroker, kafka_home
from kafka_helpers import RtmonProcess


@pytest.fixture(scope="session")
def kafka_dist() -> Path:
    return kafka_home()


def _started_broker(workdir: Path, home: Path) -> KafkaBroker:
    broker = KafkaBroker(workdir, home)
    broker.format()
    broker.start()
    return broker


@pytest.fixture(scope="session")
def kafka_broker(kafka_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaBroker]:
    """One broker for the session; tests isolate themselves by topic and group names."""
    broker = _started_broker(tmp_path_factory.mktemp("kafka"), kafka_dist)
    yield broker
    broker.stop()


@pytest.fixture
def private_broker(kafka_dist: Path, tmp_path: Path) -> Iterator[KafkaBroker]:
    """A broker of this test alone, which it may stop and start (same ports, same log dir)."""
    broker = _started_broker(tmp_path / "kafka", kafka_dist)
    yield broker
    broker.stop()


@pytest.fixture
def names(request: pytest.FixtureRequest) -> dict[str, str]:
    base = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:40]
    return {
        "prefix": base,
        "group": f"rtmon-{base}",
        "events": f"{base}.events",
        "alerts": f"{base}.alerts",
        "dlq": f"{base}.dlq",
        "verdicts": f"{base}.verdicts",
    }


@pytest.fixture
def rtmon(tmp_path: Path, names: dict[str, str]) -> Iterator[Callable[..., RtmonProcess]]:
    """Factory of ``rtmon run`` processes wired to this test's topics; all killed at teardown."""
    procs: list[RtmonProcess] = []

    def make(name: str, bootstrap: str, **kwargs: Any) -> RtmonProcess:
        proc = RtmonProcess(
            tmp_path,
            name,
            bootstrap=bootstrap,
            group=names["group"],
            events_topic=names["events"],
            alerts_topic=names["alerts"],
            dlq_topic=names["dlq"],
            verdicts_topic=kwargs.pop("verdicts_topic", names["verdicts"]),
            **kwargs,
        )
        procs.append(proc)
        return proc

    yield make
    for proc in procs:
        proc.kill()
        # Shown by pytest only when the test failed.
        print(f"--- rtmon {proc.name} (started {proc.starts}x) log tail ---\n{proc.log_tail(25)}")
