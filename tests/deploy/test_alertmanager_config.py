"""deploy/alertmanager: amtool check-config, routing by severity, inhibition and the Prometheus
example configuration."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / "deploy" / "alertmanager" / "alertmanager.yml"
PROMETHEUS = REPO / "deploy" / "prometheus" / "prometheus.yml"
RULES = REPO / "deploy" / "prometheus" / "rules.yml"


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


def config() -> Any:
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def test_amtool_check_config(amtool: str) -> None:
    result = run(amtool, "check-config", str(CONFIG))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@pytest.mark.parametrize(
    ("labels", "receiver"),
    [
        (["severity=critical", "alertname=RtmonLeakDetected"], "pager"),
        (["severity=warning", "alertname=RtmonDeadLetterRate"], "chat"),
        (["severity=info", "alertname=Anything"], "blackhole"),
        (["alertname=NoSeverity"], "default"),
    ],
)
def test_routes_by_severity(amtool: str, labels: list[str], receiver: str) -> None:
    result = run(amtool, "config", "routes", "test", f"--config.file={CONFIG}", *labels)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == receiver


def test_every_rule_severity_has_a_route() -> None:
    routed = {m.split("=", 1)[1].strip('"') for r in config()["route"]["routes"] for m in r["matchers"]}
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    used = {r["labels"]["severity"] for g in rules["groups"] for r in g["rules"] if "alert" in r}
    assert used <= routed


def test_higher_severities_inhibit_lower_ones_per_alert_and_account() -> None:
    inhibitions = config()["inhibit_rules"]
    critical = next(r for r in inhibitions if r["source_matchers"] == ['severity="critical"'])
    assert critical["target_matchers"] == ['severity=~"warning|info"']
    assert set(critical["equal"]) == {"alertname", "account"}


def test_grouping_never_uses_unbounded_labels() -> None:
    group_by = set(config()["route"]["group_by"])
    assert "alertname" in group_by
    assert group_by.isdisjoint({"account", "account_id", "tenant_id", "event_id"})


def test_prometheus_example_config_is_valid(promtool: str) -> None:
    result = run(promtool, "check", "config", str(PROMETHEUS))
    assert result.returncode == 0, result.stdout + result.stderr
    scrape = yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))["scrape_configs"]
    assert any(job["job_name"] == "rtmon" for job in scrape), "RtmonServiceDown needs job=rtmon"
