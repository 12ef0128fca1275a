"""deploy/k8s: schema validation of the core objects (kubernetes-validate), required fields of
the Prometheus Operator objects, replicas <= partitions, the ConfigMap loads as rtmon settings,
and the PrometheusRule stays equal to deploy/prometheus/rules.yml."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.config import load_settings

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "k8s"
CORE = ("namespace.yaml", "configmap.yaml", "deployment.yaml", "service.yaml", "pdb.yaml")
KUBERNETES_VERSION = "1.30.0"


def load(name: str) -> Any:
    return yaml.safe_load((K8S / name).read_text(encoding="utf-8"))


def rtmon_toml() -> str:
    return str(load("configmap.yaml")["data"]["rtmon.toml"])


def test_every_manifest_is_listed_in_the_kustomization() -> None:
    listed = set(load("kustomization.yaml")["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


@pytest.mark.parametrize("name", CORE)
def test_core_objects_validate_against_the_kubernetes_schema(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kubernetes_validate", "--strict", "-k", KUBERNETES_VERSION, str(K8S / name)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout + result.stderr


def test_replicas_do_not_exceed_partitions_and_say_why() -> None:
    partitions = tomllib.loads(rtmon_toml())["topic_partitions"]
    assert load("deployment.yaml")["spec"]["replicas"] <= partitions
    assert "replicas <= partitions" in (K8S / "deployment.yaml").read_text(encoding="utf-8")


def test_configmap_is_valid_rtmon_configuration(tmp_path: Path) -> None:
    path = tmp_path / "rtmon.toml"
    path.write_text(rtmon_toml(), encoding="utf-8")
    settings = load_settings(path)
    assert settings.metrics_host == "0.0.0.0"
    assert settings.metrics_port == 9108


def test_deployment_runs_non_root_with_probes_on_the_metrics_port() -> None:
    deployment = load("deployment.yaml")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    (container,) = pod["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    settings = tomllib.loads(rtmon_toml())
    assert pod["terminationGracePeriodSeconds"] > settings["shutdown_timeout_s"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    for selector in (
        deployment["spec"]["selector"]["matchLabels"],
        load("service.yaml")["spec"]["selector"],
        load("pdb.yaml")["spec"]["selector"]["matchLabels"],
        load("servicemonitor.yaml")["spec"]["selector"]["matchLabels"],
    ):
        assert selector.items() <= labels.items()


def test_servicemonitor_scrapes_the_named_port_of_the_service() -> None:
    monitor = load("servicemonitor.yaml")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["kind"] == "ServiceMonitor"
    assert monitor["metadata"]["name"] and monitor["spec"]["endpoints"]
    ports = {p["name"] for p in load("service.yaml")["spec"]["ports"]}
    assert {e["port"] for e in monitor["spec"]["endpoints"]} <= ports
    # the operator's job label is the Service name; the rules match up{job="rtmon"}
    assert load("service.yaml")["metadata"]["name"] == "rtmon"


def test_prometheusrule_equals_rules_yml() -> None:
    rule = load("prometheusrule.yaml")
    assert rule["apiVersion"] == "monitoring.coreos.com/v1" and rule["kind"] == "PrometheusRule"
    rules = yaml.safe_load((REPO / "deploy" / "prometheus" / "rules.yml").read_text(encoding="utf-8"))
    assert rule["spec"]["groups"] == rules["groups"]
    result = subprocess.run(
        [sys.executable, str(K8S / "sync_rules.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_prometheusrule_groups_pass_promtool(promtool: str, tmp_path: Path) -> None:
    path = tmp_path / "groups.yml"
    path.write_text(
        yaml.safe_dump({"groups": load("prometheusrule.yaml")["spec"]["groups"]}), encoding="utf-8"
    )
    result = subprocess.run(
        [promtool, "check", "rules", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
