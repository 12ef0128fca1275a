"""``make soak``: ``rtmon run`` against a real Kafka broker at a steady rate, watching RSS and lag.

Starts a single-node broker (``tests/integration/kafka_broker.py``), runs ``rtmon run`` as a
subprocess, produces the standard mix (``bench/mix.py``; every event gets a fresh id and an
event time that moves forward like live traffic) at ``--rate`` events/s for ``--minutes``, and
every ``--sample-s`` seconds records the service's RSS (``/proc/<pid>/status``), its consumer lag
(sum of ``rtmon_consumer_lag_records`` on its /metrics) and the consumed count.

Writes ``bench/results/soak.csv`` (one row per sample), ``bench/results/soak.json`` (summary:
RSS start/end/max, RSS slope in MB/hour over the samples after the warm-up fifth, max lag) and
the "Soak" section of ``docs/benchmarks.md`` (replaced between its markers, the rest of the file
is left alone).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kafka import KafkaProducer

from bench.mix import standard_mix

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from kafka_broker import KafkaBroker, free_port, kafka_home  # noqa: E402

TOPIC = "soak.events"
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- soak:begin -->", "<!-- soak:end -->"
POOL = 2000
_ID = re.compile(rb'"event_id": "[^"]*"')
_TS = re.compile(rb'"timestamp": \d+')


@dataclass
class Sample:
    t_s: float
    rss_mb: float
    lag: float
    consumed: float
    produced: int


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def scrape(port: int) -> tuple[float, float]:
    """(sum of consumer lag, events consumed) from the service's /metrics; NaN when unreachable."""
    lag = consumed = 0.0
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3) as resp:
            for line in resp.read().decode().splitlines():
                if line.startswith("rtmon_consumer_lag_records{"):
                    lag += float(line.split()[-1])
                elif line.startswith('rtmon_events_consumed_total{source="kafka"}'):
                    consumed = float(line.split()[-1])
    except OSError:
        return float("nan"), float("nan")
    return lag, consumed


class SteadyProducer(threading.Thread):
    """Sends the mix at a fixed rate; fresh ids and forward-moving event times."""

    def __init__(self, bootstrap: str, rate: float, seconds: float) -> None:
        super().__init__(name="soak-producer", daemon=True)
        self.pool = [item.line for item in standard_mix(POOL)]
        self.rate = rate
        self.seconds = seconds
        self.sent = 0
        self.producer = KafkaProducer(
            bootstrap_servers=bootstrap, acks=1, linger_ms=10, max_request_size=4 << 20
        )
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.monotonic()
        t0_ms = int(time.time() * 1000)
        while not self.stop.is_set() and time.monotonic() - start < self.seconds:
            due = start + self.sent / self.rate
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(min(wait, 0.5))
                continue
            line = self.pool[self.sent % POOL]
            line = _ID.sub(f'"event_id": "soak-{self.sent:09d}"'.encode(), line, count=1)
            line = _TS.sub(
                f'"timestamp": {t0_ms + int(self.sent * 1000 / self.rate)}'.encode(), line, count=1
            )
            key = json.loads(line)["account_id"].encode()
            self.producer.send(TOPIC, key=key, value=line)
            self.sent += 1
        self.producer.flush(timeout=60)
        self.producer.close()


def start_service(bootstrap: str, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable, "-m", "monitor.cli", "run",
        "--bootstrap-servers", bootstrap, "--group-id", "soak", "--events-topic", TOPIC,
        "--alerts-topic", "soak.alerts", "--dlq-topic", "soak.dlq",
        "--metrics-port", str(port), "--create-topics",
    ]  # fmt: skip
    env = {**os.environ, "RTMON_LOG_LEVEL": "warning", "RTMON_LAG_INTERVAL_S": "2"}
    log = open(workdir / "rtmon.log", "wb")  # noqa: SIM115 - handed to the child process
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def slope_mb_per_hour(samples: list[Sample]) -> float:
    if len(samples) < 2:
        return 0.0
    xs = [s.t_s for s in samples]
    ys = [s.rss_mb for s in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return 0.0 if den == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den * 3600


def summarise(
    samples: list[Sample], args: argparse.Namespace, produced: int, wall_s: float
) -> dict[str, Any]:
    steady = samples[len(samples) // 5 :]
    lags = [s.lag for s in samples if s.lag == s.lag]
    return {
        "minutes": args.minutes,
        "rate_events_per_s": args.rate,
        "produced": produced,
        "consumed": max((s.consumed for s in samples if s.consumed == s.consumed), default=0.0),
        "wall_s": round(wall_s, 1),
        "samples": len(samples),
        "rss_start_mb": round(samples[0].rss_mb, 1),
        "rss_end_mb": round(samples[-1].rss_mb, 1),
        "rss_max_mb": round(max(s.rss_mb for s in samples), 1),
        "rss_slope_mb_per_hour_after_warmup": round(slope_mb_per_hour(steady), 1),
        "rss_slope_mb_per_hour_all": round(slope_mb_per_hour(samples), 1),
        "max_lag": max(lags, default=float("nan")),
        "end_lag": lags[-1] if lags else float("nan"),
        "cpus": os.cpu_count(),
    }


def write_doc(summary: dict[str, Any]) -> None:
    s = summary
    section = f"""{BEGIN}
## Soak (`make soak`)

`python -m bench.soak --minutes {s["minutes"]:g} --rate {s["rate_events_per_s"]:g}`: `rtmon run` (every registered
detector, alerts with acks=all) against a real single-node Kafka broker on the same {s["cpus"]}-core box,
fed the standard mix (`bench/mix.py`, ~21 KB mean event) at a steady rate. Samples every few
seconds: `bench/results/soak.csv`; summary: `bench/results/soak.json`.

| figure | value |
|---|---|
| events produced / consumed | {s["produced"]:,} / {s["consumed"]:,.0f} |
| RSS start / end / max | {s["rss_start_mb"]} / {s["rss_end_mb"]} / {s["rss_max_mb"]} MB |
| RSS slope after the warm-up fifth | {s["rss_slope_mb_per_hour_after_warmup"]} MB/hour (all samples: {s["rss_slope_mb_per_hour_all"]}) |
| consumer lag max / at end | {s["max_lag"]:,.0f} / {s["end_lag"]:,.0f} records |

The first sample is taken once the service answers on /metrics (models loaded, before the first
event). Account-level state grows with the number of distinct accounts seen (2,000 in the mix),
so RSS rises while new accounts arrive and then levels off; a longer run (`--minutes 60`) shows
whether it stays flat.
{END}
"""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.write_text(text, encoding="utf-8")


def soak(args: argparse.Namespace) -> dict[str, Any]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    samples: list[Sample] = []
    with tempfile.TemporaryDirectory(prefix="rtmon-soak-") as tmp:
        broker = KafkaBroker(Path(tmp) / "kafka", kafka_home())
        broker.format()
        broker.start()
        port = free_port()
        service = start_service(broker.bootstrap, port, Path(tmp))
        producer: SteadyProducer | None = None
        try:
            while scrape(port)[1] != scrape(port)[1]:  # NaN until /metrics answers
                if service.poll() is not None:
                    raise RuntimeError((Path(tmp) / "rtmon.log").read_text(errors="replace")[-2000:])
                time.sleep(0.5)
            producer = SteadyProducer(broker.bootstrap, args.rate, args.minutes * 60)
            started = time.monotonic()
            producer.start()
            while producer.is_alive() or time.monotonic() - started < args.minutes * 60 + args.drain_s:
                lag, consumed = scrape(port)
                samples.append(
                    Sample(
                        round(time.monotonic() - started, 1),
                        rss_mb(service.pid),
                        lag,
                        consumed,
                        producer.sent,
                    )
                )
                print(f"{samples[-1]}", flush=True)
                if not producer.is_alive() and consumed >= producer.sent and lag == 0:
                    break
                if service.poll() is not None:
                    raise RuntimeError((Path(tmp) / "rtmon.log").read_text(errors="replace")[-2000:])
                time.sleep(args.sample_s)
            wall = time.monotonic() - started
        finally:
            if producer is not None:
                producer.stop.set()
            service.send_signal(signal.SIGTERM)
            try:
                service.wait(timeout=30)
            except subprocess.TimeoutExpired:
                service.kill()
            broker.stop()
    with open(RESULTS / "soak.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(asdict(samples[0])))
        writer.writeheader()
        writer.writerows(asdict(s) for s in samples)
    summary = summarise(samples, args, producer.sent if producer else 0, wall)
    (RESULTS / "soak.json").write_text(json.dumps(summary, indent=2) + "\n")
    write_doc(summary)
    return summary


def main() -> int:
    p = argparse.ArgumentParser(prog="bench.soak", description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--rate", type=float, default=50.0, help="events per second")
    p.add_argument("--sample-s", type=float, default=5.0)
    p.add_argument(
        "--drain-s", type=float, default=120.0, help="after producing, wait at most this for lag 0"
    )
    summary = soak(p.parse_args())
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
