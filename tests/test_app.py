"""``rtmon replay`` end to end, in a subprocess: the file loop, HTTP endpoints and SIGTERM."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any

from foundation_support import event_line

INPUT = b"\n".join([event_line("e-1"), b"{bad json", event_line("e-2"), b"", event_line("e-3")]) + b"\n"


def replay_command(tmp_path: Path, *extra: str) -> list[str]:
    path = tmp_path / "events.jsonl"
    path.write_bytes(INPUT)
    return [
        sys.executable,
        "-m",
        "monitor.cli",
        "replay",
        str(path),
        "--metrics-port",
        "0",
        "--no-progress",
        "--alerts-out",
        str(tmp_path / "alerts.jsonl"),
        "--verdicts-out",
        str(tmp_path / "verdicts.jsonl"),
        "--dlq-out",
        str(tmp_path / "dlq.jsonl"),
        *extra,
    ]


def log_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def test_replay_to_the_end_in_a_subprocess(tmp_path: Path) -> None:
    done = subprocess.run(
        replay_command(tmp_path, "--exit-at-end"), capture_output=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    verdicts = [json.loads(line) for line in (tmp_path / "verdicts.jsonl").read_text().splitlines()]
    assert [v["event_id"] for v in verdicts] == ["e-1", "e-2", "e-3"]
    dead = [json.loads(line) for line in (tmp_path / "dlq.jsonl").read_text().splitlines()]
    assert [(d["source_offset"], d["category"]) for d in dead] == [(2, "decode"), (4, "decode")]
    assert (tmp_path / "alerts.jsonl").exists()
    logs = log_lines(done.stderr.decode())
    started = next(entry for entry in logs if entry["event"] == "replay_started")
    assert started["metrics_port"] > 0
    stopping = next(entry for entry in logs if entry["event"] == "service_stopping")
    assert (stopping["consumed"], stopping["scored"], stopping["dead_letters"]) == (5, 3, 2)
    assert done.stdout == b""  # alerts went to the file


def read_lines(stream: IO[bytes], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line.decode("utf-8", "replace"))


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def wait_for(condition: Any, what: str, timeout_s: float = 60.0) -> Any:
    give_up = time.monotonic() + timeout_s
    while time.monotonic() < give_up:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_replay_serves_metrics_after_the_input_ends_until_sigterm(tmp_path: Path) -> None:
    process = subprocess.Popen(replay_command(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    reader = threading.Thread(target=read_lines, args=(process.stderr, stderr), daemon=True)
    reader.start()
    seen: list[str] = []

    def started_port() -> int | None:
        while not stderr.empty():
            seen.append(stderr.get())
        if process.poll() is not None:
            raise AssertionError(f"replay exited early ({process.returncode}): {''.join(seen)[-2000:]}")
        for entry in log_lines("".join(seen)):
            if entry["event"] == "replay_started":
                return int(entry["metrics_port"])
        return None

    try:
        port = wait_for(started_port, "replay_started log line")

        def consumed_all() -> bool:
            status, body = get(port, "/metrics")
            return status == 200 and 'rtmon_events_consumed_total{source="file"} 5.0' in body

        wait_for(consumed_all, "all 5 records consumed")
        time.sleep(1.0)  # input is over: the process must still be serving
        assert process.poll() is None
        status, body = get(port, "/metrics")
        assert status == 200 and "rtmon_events_scored_total 3.0" in body
        assert 'rtmon_dead_letters_total{reason="decode"} 2.0' in body
        assert get(port, "/healthz") == (200, "ok\n")
        assert get(port, "/readyz") == (200, "ready\n")
        assert get(port, "/nope")[0] == 404
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=30)
    while not stderr.empty():
        seen.append(stderr.get())
    events = [entry["event"] for entry in log_lines("".join(seen))]
    assert "signal_received" in events and events[-1] == "service_stopping"
