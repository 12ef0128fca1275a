"""deploy/docker-compose.yml against the compose-spec JSON schema, the services it must have, and
deploy/Dockerfile conventions (multi-stage python:3.11-slim, non-root) plus hadolint."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
SCHEMA = Path(__file__).parent / "schemas" / "compose-spec.json"


def compose() -> Any:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_file_matches_the_compose_spec_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = [
        f"{list(e.path)}: {e.message}" for e in jsonschema.Draft201909Validator(schema).iter_errors(compose())
    ]
    assert errors == []


def test_schema_check_rejects_a_misspelt_key() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = compose()
    doc["services"]["monitor"]["imagee"] = "typo"
    assert list(jsonschema.Draft201909Validator(schema).iter_errors(doc))


def test_compose_has_the_whole_stack() -> None:
    services = compose()["services"]
    assert {"kafka", "monitor", "traffic", "prometheus", "alertmanager", "grafana"} <= set(services)
    kafka_env = services["kafka"]["environment"]
    assert "controller" in kafka_env["KAFKA_PROCESS_ROLES"], "Kafka must run in KRaft mode"
    assert not any("zookeeper" in name for name in services)
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name} mounts missing {source}"


def test_compose_prometheus_loads_the_repo_config_and_rules() -> None:
    services = compose()["services"]
    assert "./prometheus:/etc/prometheus:ro" in services["prometheus"]["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in services["prometheus"]["command"]
    assert "./alertmanager:/etc/alertmanager:ro" in services["alertmanager"]["volumes"]
    assert "./grafana/provisioning:/etc/grafana/provisioning:ro" in services["grafana"]["volumes"]


def test_traffic_generator_writes_valid_events(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    script = DEPLOY / "traffic" / "produce.py"
    subprocess.run(
        [sys.executable, str(script), "--write", str(out), "--count", "60"], check=True, timeout=60
    )
    from monitor.events import parse_event

    lines = out.read_bytes().splitlines()
    assert len(lines) == 60
    events = [parse_event(line) for line in lines]
    assert len({e.event_id for e in events}) == 60


def dockerfile() -> str:
    return (DEPLOY / "Dockerfile").read_text(encoding="utf-8")


def test_dockerfile_is_multistage_slim_and_non_root() -> None:
    lines = [line.strip() for line in dockerfile().splitlines()]
    froms = [line for line in lines if line.startswith("FROM ")]
    assert len(froms) >= 2 and all(line.startswith("FROM python:3.11-slim") for line in froms)
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    copies = [line.split() for line in lines if line.startswith("COPY ") and "--from" not in line]
    for parts in copies:
        for source in parts[1:-1]:
            assert (REPO / source).exists(), f"COPY source missing: {source}"


def test_hadolint_is_clean() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run(
        [hadolint, str(DEPLOY / "Dockerfile")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
