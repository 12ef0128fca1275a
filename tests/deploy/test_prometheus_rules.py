"""deploy/prometheus: rules check and unit tests with promtool, coverage of every rule by a test,
and the conventions every alert follows (severity, annotations, an existing runbook)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"

RULES = DEPLOY / "prometheus" / "rules.yml"
TESTS = sorted((DEPLOY / "prometheus" / "tests").glob("*.yml"))
SEVERITIES = {"critical", "warning", "info"}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def rules() -> list[dict[str, Any]]:
    return [rule for group in load(RULES)["groups"] for rule in group["rules"]]


def alert_rules() -> list[dict[str, Any]]:
    return [r for r in rules() if "alert" in r]


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def test_rules_pass_promtool_check(promtool: str) -> None:
    result = run(promtool, "check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_rule_unit_tests_pass(promtool: str) -> None:
    assert TESTS, "no promtool rule tests found"
    result = run(promtool, "test", "rules", *map(str, TESTS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_and_severity_has_a_firing_and_a_silent_case() -> None:
    firing: set[tuple[str, str]] = set()
    silent: set[str] = set()
    for path in TESTS:
        for case in load(path)["tests"]:
            for check in case.get("alert_rule_test", []):
                if not check["exp_alerts"]:
                    silent.add(check["alertname"])
                for alert in check["exp_alerts"]:
                    firing.add((check["alertname"], alert["exp_labels"]["severity"]))
    wanted = {(r["alert"], r["labels"]["severity"]) for r in alert_rules()}
    assert wanted - firing == set(), "alerts without a firing test"
    assert {name for name, _ in wanted} - silent == set(), "alerts without a not-firing test"


def test_every_recording_rule_is_tested() -> None:
    tested = {
        check["expr"].strip()
        for path in TESTS
        for case in load(path)["tests"]
        for check in case.get("promql_expr_test", [])
    }
    recorded = {r["record"] for r in rules() if "record" in r}
    assert recorded - tested == set()


def test_alerts_carry_severity_annotations_and_an_existing_runbook() -> None:
    for rule in alert_rules():
        name = rule["alert"]
        assert rule["labels"]["severity"] in SEVERITIES, name
        annotations = rule["annotations"]
        assert annotations["summary"].strip() and annotations["description"].strip(), name
        runbook = annotations["runbook_url"]
        assert runbook.startswith("docs/runbooks/") and runbook.endswith(".md"), name
        text = (REPO / runbook).read_text(encoding="utf-8")
        assert name in text, f"{runbook} does not mention {name}"
        for section in ("## What it means", "## First checks", "## PromQL", "## Silence", "## Escalation"):
            assert section in text, f"{runbook} lacks {section}"


def test_runbook_promql_parses(promtool: str, tmp_path: Path) -> None:
    """Every PromQL block in the runbooks is valid: checked as recording rules by promtool."""
    exprs: list[str] = []
    for page in sorted((REPO / "docs" / "runbooks").glob("Rtmon*.md")):
        blocks = page.read_text(encoding="utf-8").split("```promql\n")[1:]
        for block in blocks:
            exprs += [line for line in block.split("```", 1)[0].splitlines() if line.strip()]
    assert exprs
    doc = {
        "groups": [
            {
                "name": "runbooks",
                "rules": [{"record": f"runbook:expr{i}", "expr": e} for i, e in enumerate(exprs)],
            }
        ]
    }
    path = tmp_path / "runbook-exprs.yml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    result = run(promtool, "check", "rules", "--lint=none", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
