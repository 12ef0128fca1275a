"""Produce, read back, inspect offsets, and run ``rtmon run`` as a real subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import OffsetSpec
from kafka_broker import REPO, free_port

Message = Any  # kafka ConsumerRecord


# ``**client``: extra kafka-python settings, e.g. TLS/SASL for a secured broker.
def create_topic(bootstrap: str, name: str, partitions: int, **client: Any) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, **client)
    try:
        admin.create_topics({name: {"num_partitions": partitions, "replication_factor": 1}})
        admin.wait_for_topics([name])
    finally:
        admin.close()


def produce(
    bootstrap: str,
    topic: str,
    records: Iterable[tuple[bytes | None, bytes | None]],
    headers: list[tuple[str, bytes]] | None = None,
    **client: Any,
) -> int:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, **client)
    count = 0
    try:
        for key, value in records:
            producer.send(topic, key=key, value=value, headers=headers or [])
            count += 1
        producer.flush(timeout=30)
    finally:
        producer.close()
    return count


class TopicReader:
    """Reads a topic from the beginning without a group; keeps everything it has read."""

    def __init__(self, bootstrap: str, topic: str, **client: Any) -> None:
        self.topic = topic
        self.messages: list[Message] = []
        self._consumer = KafkaConsumer(
            bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, **client
        )
        parts = self._wait_partitions()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        self._consumer.assign(tps)
        self._consumer.seek_to_beginning(*tps)

    def _wait_partitions(self) -> set[int]:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            parts = self._consumer.partitions_for_topic(self.topic)
            if parts:
                return set(parts)
            time.sleep(0.3)
        raise AssertionError(f"topic {self.topic} never appeared")

    def read_until(self, done: Callable[[list[Message]], bool], timeout_s: float) -> list[Message]:
        deadline = time.monotonic() + timeout_s
        while not done(self.messages) and time.monotonic() < deadline:
            for batch in self._consumer.poll(timeout_ms=300).values():
                self.messages.extend(batch)
        return self.messages

    def read_for(self, seconds: float) -> list[Message]:
        return self.read_until(lambda _m: False, seconds)

    def close(self) -> None:
        self._consumer.close()


def json_values(messages: list[Message]) -> list[dict[str, Any]]:
    return [json.loads(m.value) for m in messages]


def event_ids(messages: list[Message]) -> list[str]:
    return [str(json.loads(m.value)["event_id"]) for m in messages]


def covers(ids: set[str]) -> Callable[[list[Message]], bool]:
    return lambda msgs: ids <= set(event_ids(msgs))


def group_lag(bootstrap: str, group: str, topic: str, **client: Any) -> dict[int, int]:
    """End offset minus committed offset per partition (committed = 0 when none)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, **client)
    try:
        parts = {p["partition_index"] for t in admin.describe_topics([topic]) for p in t["partitions"]}
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        ends = admin.list_partition_offsets({tp: OffsetSpec.LATEST for tp in tps})
        committed = admin.list_group_offsets({group: tps}).get(group, {})
        out = {}
        for tp in tps:
            c = committed.get(tp)
            done = c.offset if c is not None and c.offset >= 0 else 0
            out[tp.partition] = ends[tp].offset - done
        return out
    finally:
        admin.close()


def wait_until(check: Callable[[], bool], timeout_s: float, what: str, poll_s: float = 0.3) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(poll_s)
    raise AssertionError(f"timed out after {timeout_s}s waiting for {what}")


class RtmonProcess:
    """``rtmon run`` in a subprocess, with its logs in ``workdir`` and its own metrics port."""

    def __init__(
        self,
        workdir: Path,
        name: str,
        *,
        bootstrap: str,
        group: str,
        events_topic: str,
        alerts_topic: str,
        dlq_topic: str,
        verdicts_topic: str | None = None,
        create_topics: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.metrics_port = free_port()
        self.log_path = workdir / f"rtmon-{name}.log"
        self.args = [
            sys.executable,
            "-m",
            "monitor.cli",
            "run",
            "--bootstrap-servers",
            bootstrap,
            "--group-id",
            group,
            "--events-topic",
            events_topic,
            "--alerts-topic",
            alerts_topic,
            "--dlq-topic",
            dlq_topic,
            "--metrics-port",
            str(self.metrics_port),
        ]
        if verdicts_topic:
            self.args += ["--verdicts-topic", verdicts_topic]
        if create_topics:
            self.args.append("--create-topics")
        self.env = {
            **os.environ,
            "RTMON_LOG_FORMAT": "json",
            "RTMON_SESSION_TIMEOUT_MS": "6000",
            "RTMON_LAG_INTERVAL_S": "1",
            "RTMON_SHUTDOWN_TIMEOUT_S": "10",
            "RTMON_POLL_TIMEOUT_MS": "200",
            **(env or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> RtmonProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child process
        self.proc = subprocess.Popen(
            self.args, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        log.close()
        self.starts += 1
        return self

    def http(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}{path}", timeout=3) as resp:
                return int(resp.status), resp.read().decode()
        except urllib.error.HTTPError as exc:
            return int(exc.code), exc.read().decode()
        except OSError:
            return 0, ""

    def ready(self) -> bool:
        return self.http("/readyz")[0] == 200

    def wait_ready(self, timeout_s: float = 60) -> None:
        try:
            wait_until(lambda: self.ready() or not self.running(), timeout_s, f"{self.name} /readyz")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; thread stacks and log tail:\n{self.stacks()}") from None
        assert self.running(), f"{self.name} exited early:\n{self.log_tail()}"

    def stacks(self) -> str:
        """The log tail after asking the process to dump every thread's stack (SIGUSR1)."""
        if self.running():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGUSR1)
            time.sleep(1.0)
        return self.log_tail(200)

    def metric(self, name: str, labels: str = "") -> float | None:
        code, text = self.http("/metrics")
        if code != 200:
            return None
        want = f"{name}{{{labels}}}" if labels else name
        for line in text.splitlines():
            if line.startswith(want + " "):
                return float(line.split()[-1])
        return None

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def terminate(self, timeout_s: float = 30) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout_s)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def log_lines(self) -> list[dict[str, Any]]:
        out = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    continue
        return out

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
