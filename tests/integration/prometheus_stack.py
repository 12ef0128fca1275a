"""Real Prometheus, Alertmanager, a webhook receiver and ``rtmon replay`` as processes for tests.

Binaries come from the distribution's packages (``make prometheus``); each instance gets a
temporary config and storage dir and a free loopback port, and is stopped by the test's fixture.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "deploy" / "prometheus" / "rules.yml"
ALERTMANAGER_CONFIG = REPO / "deploy" / "alertmanager" / "alertmanager.yml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError(f"none of {names} on PATH: run `make prometheus` (scripts/install-prometheus.sh)")


def wait_until(check: Callable[[], bool], timeout_s: float, what: str, interval_s: float = 0.25) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval_s)
    raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}")


def http_json(url: str, body: Any = None, timeout_s: float = 5) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout_s) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else None


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return int(resp.status) == 200
    except (urllib.error.URLError, OSError):
        return False


class Process:
    """A child process with its output in a log file; stopped with SIGTERM, then SIGKILL."""

    def __init__(self, name: str, args: list[str], log_path: Path, cwd: Path | None = None) -> None:
        self.name = name
        self.log_path = log_path
        with open(log_path, "ab") as log:
            self.proc = subprocess.Popen(
                args, cwd=cwd or REPO, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )

    def running(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout_s: float = 15) -> int | None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return self.proc.returncode

    def log_tail(self, lines: int = 30) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


class Prometheus(Process):
    def __init__(
        self,
        workdir: Path,
        targets: list[str],
        *,
        rule_files: list[Path] | None = None,
        alertmanager: str | None = None,
        interval: str = "1s",
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config: dict[str, Any] = {
            "global": {
                "scrape_interval": interval,
                "evaluation_interval": interval,
                "scrape_timeout": interval,
            },
            "rule_files": [str(p) for p in rule_files or []],
            "scrape_configs": [{"job_name": "rtmon", "static_configs": [{"targets": targets}]}],
        }
        if alertmanager:
            config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [alertmanager]}]}]}
        config_path = workdir / "prometheus.yml"
        config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        args = [
            find_tool("prometheus"),
            f"--config.file={config_path}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--storage.tsdb.retention.time=1h",
        ]
        super().__init__("prometheus", args, workdir / "prometheus.log")
        wait_until(lambda: http_ok(f"{self.url}/-/ready") or not self.running(), 60, "prometheus /-/ready")
        assert self.running(), f"prometheus exited:\n{self.log_tail()}"

    def query(self, expr: str) -> list[dict[str, Any]]:
        url = f"{self.url}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            reply = http_json(url)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"query failed: {expr}\n{exc.read().decode()}") from None
        assert reply["status"] == "success", reply
        result = reply["data"]["result"]
        return result if isinstance(result, list) else [result]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def alerts(self) -> list[dict[str, Any]]:
        return list(http_json(f"{self.url}/api/v1/alerts")["data"]["alerts"])


class Alertmanager(Process):
    def __init__(self, workdir: Path, config: dict[str, Any]) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config_path = workdir / "alertmanager.yml"
        config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        args = [
            find_tool("alertmanager", "prometheus-alertmanager"),
            f"--config.file={config_path}",
            f"--storage.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--cluster.listen-address=",  # no HA gossip port
        ]
        super().__init__("alertmanager", args, workdir / "alertmanager.log")
        wait_until(lambda: http_ok(f"{self.url}/-/ready") or not self.running(), 60, "alertmanager /-/ready")
        assert self.running(), f"alertmanager exited:\n{self.log_tail()}"

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def post_alerts(self, alerts: list[dict[str, Any]]) -> None:
        http_json(f"{self.url}/api/v2/alerts", alerts)

    def alerts(self) -> list[dict[str, Any]]:
        return list(http_json(f"{self.url}/api/v2/alerts"))


def webhook_alertmanager_config(webhook_url: str, fast: bool = True) -> dict[str, Any]:
    """deploy/alertmanager/alertmanager.yml with every receiver pointed at ``webhook_url`` and,
    when ``fast``, second-scale grouping timers so a test sees notifications quickly."""
    config = yaml.safe_load(ALERTMANAGER_CONFIG.read_text(encoding="utf-8"))
    for receiver in config["receivers"]:
        for hook in receiver.get("webhook_configs", []):
            hook["url"] = f"{webhook_url}/{receiver['name']}"
    if fast:
        for route in [config["route"], *config["route"].get("routes", [])]:
            for key in ("group_wait", "group_interval"):
                if key in route:
                    route[key] = "1s"
            route.setdefault("group_wait", "1s")
    return config


class WebhookReceiver:
    """Collects Alertmanager webhook notifications: (path, payload) pairs."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        lock = threading.Lock()
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                payload = json.loads(self.rfile.read(length) or b"{}")
                with lock:
                    received.append((self.path, payload))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def alerts(self) -> list[tuple[str, dict[str, Any]]]:
        """(receiver path, alert) for every alert of every notification so far."""
        return [(path, alert) for path, payload in list(self.received) for alert in payload.get("alerts", [])]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class Replay(Process):
    """``rtmon replay FILE --metrics-port P``: scores the file, then keeps serving /metrics."""

    def __init__(self, workdir: Path, events: Path) -> None:
        self.port = free_port()
        self.alerts_path = workdir / "replay-alerts.jsonl"
        args = [
            sys.executable,
            "-m",
            "monitor.cli",
            "replay",
            str(events),
            "--metrics-port",
            str(self.port),
            "--alerts-out",
            str(self.alerts_path),
            "--no-progress",
        ]
        super().__init__("replay", args, workdir / "replay.log")
        wait_until(lambda: http_ok(self.metrics_url) or not self.running(), 60, "rtmon replay /metrics")
        assert self.running(), f"rtmon replay exited:\n{self.log_tail()}"

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/metrics"

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def metrics_text(self) -> bytes:
        with urllib.request.urlopen(self.metrics_url, timeout=5) as resp:
            return bytes(resp.read())


def load_module(path: Path, name: str) -> ModuleType:
    """Import a repository script that is not part of the package (traffic generator, dashboard builder)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
