"""End to end through a real Apache Kafka broker: the full service next to its ceiling.

    python -m bench.kafka_e2e --events 3000

The broker (tests/integration/kafka_broker.py, fetched by scripts/fetch-kafka.sh) is pinned to
the other cores; everything measured runs on core 0:

- **ceiling**: kafka-python consuming the same topic and decoding every event with
  ``parse_event`` (no scoring, no publishing, no commits);
- **service**: ``rtmon run`` as a subprocess (decode, every detector, alerts to Kafka with
  ``acks=all``, flush, commit per batch);
- **score only**: the same events scored in-process without Kafka, to separate the cost of the
  detectors from the cost of the Kafka path.

Each rate is events divided by the time from the first to the last event consumed, read from
the consumer itself (ceiling) or from ``rtmon_events_consumed_total`` on /metrics (service), so
start-up and group join are not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from bench.mix import standard_mix
from monitor.events import parse_event

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from kafka_broker import KafkaBroker, free_port, kafka_home  # noqa: E402

TOPIC = "bench.events"
PARTITIONS = 6
MEASURED_CORE = 0


def _produce(bootstrap: str, n: int) -> tuple[int, dict[str, int]]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics({TOPIC: {"num_partitions": PARTITIONS, "replication_factor": 1}})
        admin.wait_for_topics([TOPIC])
    finally:
        admin.close()
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks=1, linger_ms=20, max_request_size=4 << 20, compression_type=None
    )
    total = 0
    kinds: dict[str, int] = {}
    for item in standard_mix(n):
        key = json.loads(item.line)["account_id"].encode()
        producer.send(TOPIC, key=key, value=item.line)
        total += len(item.line)
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    producer.flush(timeout=300)
    producer.close()
    return total, kinds


def _consume_and_decode(bootstrap: str, n: int) -> float:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    tps = [TopicPartition(TOPIC, p) for p in range(PARTITIONS)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    seen = 0
    first = last = 0.0
    deadline = time.monotonic() + 600
    while seen < n and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500, max_records=500).values():
            if not first:
                first = time.perf_counter()
            for message in batch:
                parse_event(message.value)
            seen += len(batch)
            last = time.perf_counter()
    consumer.close()
    if seen < n:
        raise RuntimeError(f"consume-only read {seen} of {n} events")
    return n / max(1e-9, last - first)


def _score_only(n: int) -> float:
    """The same mix scored in-process without Kafka: what the detectors alone allow."""
    from monitor.config import Settings
    from monitor.pipeline import Pipeline

    pipeline = Pipeline(Settings())
    lines = [m.line for m in standard_mix(n)]
    for line in lines[:20]:
        pipeline.score(parse_event(line))
    started = time.perf_counter()
    for line in lines:
        pipeline.score(parse_event(line))
    return len(lines) / (time.perf_counter() - started)


def _consumed(port: int) -> float:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as resp:
            for line in resp.read().decode().splitlines():
                if line.startswith('rtmon_events_consumed_total{source="kafka"}'):
                    return float(line.split()[-1])
    except OSError:
        pass
    return 0.0


def _service(bootstrap: str, n: int, workdir: Path) -> dict[str, Any]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "monitor.cli",
        "run",
        "--bootstrap-servers",
        bootstrap,
        "--group-id",
        "bench",
        "--events-topic",
        TOPIC,
        "--alerts-topic",
        "bench.alerts",
        "--dlq-topic",
        "bench.dlq",
        "--metrics-port",
        str(port),
        "--create-topics",
    ]
    env = {**os.environ, "RTMON_LOG_LEVEL": "warning", "RTMON_POLL_TIMEOUT_MS": "200"}
    with open(workdir / "rtmon.log", "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=lambda: os.sched_setaffinity(0, {MEASURED_CORE}),
        )
    try:
        first_t, first_n = 0.0, 0.0
        deadline = time.monotonic() + 120 + n / 5
        count = 0.0
        while count < n and time.monotonic() < deadline and proc.poll() is None:
            count = _consumed(port)
            if count and not first_t:
                first_t, first_n = time.perf_counter(), count
            time.sleep(0.1)
        last_t = time.perf_counter()
        if count < n:
            tail = (workdir / "rtmon.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"service consumed {count:.0f} of {n} events:\n{tail}")
        return {"events_per_s": (n - first_n) / max(1e-9, last_t - first_t), "measured_events": n - first_n}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def kafka_end_to_end(n_events: int) -> dict[str, Any]:
    cores = set(range(os.cpu_count() or 1))
    broker_cores = (cores - {MEASURED_CORE}) or cores
    original = os.sched_getaffinity(0)
    with tempfile.TemporaryDirectory(prefix="rtmon-bench-kafka-") as tmp:
        broker = KafkaBroker(Path(tmp) / "kafka", kafka_home(), cpus=broker_cores)
        broker.format()
        broker.start()
        try:
            total_bytes, kinds = _produce(broker.bootstrap, n_events)
            os.sched_setaffinity(0, {MEASURED_CORE})
            try:
                ceiling = _consume_and_decode(broker.bootstrap, n_events)
                scoring = _score_only(min(n_events, 500))
            finally:
                os.sched_setaffinity(0, original)
            service = _service(broker.bootstrap, n_events, Path(tmp))
        finally:
            broker.stop()
    return {
        "events": n_events,
        "mean_event_kb": total_bytes / n_events / 1024,
        "kinds": kinds,
        "partitions": PARTITIONS,
        "consume_decode_events_per_s": ceiling,
        "service_events_per_s": service["events_per_s"],
        "ratio": service["events_per_s"] / ceiling,
        "score_only_events_per_s": scoring,
        "service_vs_score_only": service["events_per_s"] / scoring,
        "note": "service = rtmon run on one core (decode, all detectors, alerts acks=all, commit per batch); "
        "ceiling = kafka-python consume + parse_event on the same core; score_only = Pipeline.score "
        "in-process on the same core, no Kafka (first 500 events); broker on the other core(s)",
    }


def main() -> int:
    p = argparse.ArgumentParser(prog="bench.kafka_e2e")
    p.add_argument("--events", type=int, default=3000)
    args = p.parse_args()
    print(json.dumps(kafka_end_to_end(args.events), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
