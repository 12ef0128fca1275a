"""A real single-node Apache Kafka broker (KRaft, combined broker + controller) for the tests.

The jars come from ``scripts/fetch-kafka.sh`` (Maven Central, cached in ``~/.cache/rtmon-kafka``).
The broker listens on loopback on two random free ports, keeps its log in a temp dir, and can be
stopped and started again on the same ports and data (for the broker-restart test).
"""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient

REPO = Path(__file__).resolve().parents[2]
FETCH_SCRIPT = REPO / "scripts" / "fetch-kafka.sh"
HEAP = os.environ.get("RTMON_TEST_KAFKA_HEAP", "512m")


class BrokerError(RuntimeError):
    pass


def kafka_home() -> Path:
    """Fetch Kafka if needed (idempotent, fast when cached); return the dir holding ``lib/``."""
    proc = subprocess.run(["bash", str(FETCH_SCRIPT)], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise BrokerError(f"scripts/fetch-kafka.sh failed:\n{proc.stderr[-3000:]}")
    lib = Path(proc.stdout.strip().splitlines()[-1])
    if not lib.is_dir():
        raise BrokerError(f"fetch-kafka.sh printed no lib dir: {proc.stdout!r}")
    return lib.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def random_cluster_id() -> str:
    return base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")


SERVER_PROPERTIES = """\
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs={log_dir}
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=2
background.threads=2
log.flush.interval.messages=9223372036854775807
"""


class KafkaBroker:
    def __init__(self, workdir: Path, home: Path, cpus: set[int] | None = None) -> None:
        self.workdir = workdir
        self.home = home
        self.cpus = cpus  # benchmarks keep the broker off the core being measured
        self.port = free_port()
        self.controller_port = free_port()
        self.log_dir = workdir / "data"
        self.config = workdir / "server.properties"
        self.log_path = workdir / "broker.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _java(self, *args: str) -> list[str]:
        return [
            "java",
            f"-Xmx{HEAP}",
            "-Xms64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.home / 'log4j2.properties'}",
            "-cp",
            f"{self.home / 'lib'}/*",
            *args,
        ]

    # Hooks for a broker with another listener setup (tests/integration/kafka_secure.py).
    def server_properties(self) -> str:
        return SERVER_PROPERTIES.format(
            port=self.port, controller_port=self.controller_port, log_dir=self.log_dir
        )

    def format_args(self) -> list[str]:
        """Extra ``kafka-storage format`` arguments (e.g. SCRAM credentials)."""
        return []

    def client_config(self) -> dict[str, Any]:
        """What a kafka-python client needs to reach this broker."""
        return {"bootstrap_servers": self.bootstrap}

    def format(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config.write_text(self.server_properties())
        cmd = self._java(
            # "--cluster-id=ID": a urlsafe-base64 id may start with "-", which argparse would
            # take for an option if passed as a separate argument.
            "kafka.tools.StorageTool",
            "format",
            f"--cluster-id={random_cluster_id()}",
            "-c",
            str(self.config),
            *self.format_args(),
        )
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise BrokerError(f"kafka storage format failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")

    def start(self, timeout_s: float = 90.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            return
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child process
        self.proc = subprocess.Popen(
            self._java("kafka.Kafka", str(self.config)),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=self._pin if self.cpus else None,
        )
        log.close()
        self.wait_ready(timeout_s)

    def _pin(self) -> None:
        assert self.cpus
        os.sched_setaffinity(0, self.cpus)

    def wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        last_error = "not started"
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise BrokerError(f"broker exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                admin = KafkaAdminClient(
                    **self.client_config(), request_timeout_ms=5000, bootstrap_timeout_ms=3000
                )
                try:
                    admin.describe_cluster()
                    admin.list_topics()
                    return
                finally:
                    admin.close()
            except Exception as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                time.sleep(0.5)
        raise BrokerError(f"broker not ready after {timeout_s}s ({last_error}):\n{self.log_tail()}")

    def stop(self, timeout_s: float = 30.0) -> None:
        """SIGTERM (clean shutdown); SIGKILL if it has not exited after ``timeout_s``."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
