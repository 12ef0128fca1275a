"""dashboards/: committed JSON equals the generator's output, decodes losslessly through the
grafana-foundation-sdk models (Grafana 11.6 schema), satisfies the structure Grafana needs, every
panel query parses (promtool) and the provisioning files point at them."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.cog.plugins import register_default_plugins
from grafana_foundation_sdk.models.dashboard import Dashboard

REPO = Path(__file__).resolve().parents[2]
BOARDS = REPO / "dashboards"
PROVISIONING = REPO / "deploy" / "grafana" / "provisioning"
FILES = ("rtmon-overview.json", "rtmon-investigation.json")
PANEL_TYPES = {"timeseries", "stat", "heatmap", "table", "bargauge"}

# What Grafana needs to load and render these dashboards (required fields and value ranges).
SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["uid", "title", "schemaVersion", "panels", "templating", "time", "annotations"],
    "properties": {
        "uid": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{8,40}$"},
        "title": {"type": "string", "minLength": 1},
        "schemaVersion": {"const": 41},
        "time": {"type": "object", "required": ["from", "to"]},
        "templating": {
            "type": "object",
            "required": ["list"],
            "properties": {
                "list": {
                    "type": "array",
                    "items": {"type": "object", "required": ["name", "type"]},
                }
            },
        },
        "panels": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "type", "title", "gridPos", "datasource", "targets"],
                "properties": {
                    "id": {"type": "integer", "minimum": 1},
                    "type": {"enum": sorted(PANEL_TYPES)},
                    "title": {"type": "string", "minLength": 1},
                    "gridPos": {
                        "type": "object",
                        "required": ["h", "w", "x", "y"],
                        "properties": {
                            "h": {"type": "integer", "minimum": 1},
                            "w": {"type": "integer", "minimum": 1, "maximum": 24},
                            "x": {"type": "integer", "minimum": 0, "maximum": 23},
                            "y": {"type": "integer", "minimum": 0},
                        },
                    },
                    "datasource": {
                        "type": "object",
                        "required": ["type", "uid"],
                        "properties": {"type": {"const": "prometheus"}, "uid": {"const": "${datasource}"}},
                    },
                    "targets": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["refId", "expr", "datasource"],
                            "properties": {
                                "refId": {"type": "string", "pattern": "^[A-Z]$"},
                                "expr": {"type": "string", "minLength": 1},
                            },
                        },
                    },
                },
            },
        },
    },
}


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rtmon_dashboards_build", BOARDS / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def committed(name: str) -> Any:
    return json.loads((BOARDS / name).read_text(encoding="utf-8"))


def sdk_roundtrip(board: Any) -> Any:
    register_default_plugins()
    return json.loads(json.dumps(Dashboard.from_json(copy.deepcopy(board)), cls=JSONEncoder))


def concrete(expr: str) -> str:
    """Grafana's variables replaced by what they expand to, so Prometheus can run the query."""
    return expr.replace("$__rate_interval", "1m").replace("$__range", "1h").replace("$detector", ".*")


def test_committed_json_equals_generated() -> None:
    rendered = load_builder().render()
    assert sorted(rendered) == sorted(FILES)
    for name, text in rendered.items():
        assert (BOARDS / name).read_text(encoding="utf-8") == text, f"{name} stale: run dashboards/build.py"


@pytest.mark.parametrize("name", FILES)
def test_decodes_losslessly_through_the_sdk_models(name: str) -> None:
    board = committed(name)
    assert sdk_roundtrip(board) == board


def test_sdk_roundtrip_catches_a_misplaced_field() -> None:
    board = committed(FILES[0])
    board["panels"][0]["gridPoss"] = board["panels"][0].pop("gridPos")
    assert sdk_roundtrip(board) != board


@pytest.mark.parametrize("name", FILES)
def test_structure_grafana_needs(name: str) -> None:
    board = committed(name)
    jsonschema.validate(board, SCHEMA)
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    cells: set[tuple[int, int]] = set()
    for p in board["panels"]:
        g = p["gridPos"]
        assert g["x"] + g["w"] <= 24, p["title"]
        area = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert cells.isdisjoint(area), f"{p['title']} overlaps another panel"
        cells |= area
        refs = [t["refId"] for t in p["targets"]]
        assert len(refs) == len(set(refs)), p["title"]
        if p["type"] == "heatmap":
            assert all(t["format"] == "heatmap" for t in p["targets"]), p["title"]
            assert p["options"]["calculate"] is False
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    used = {m for p in board["panels"] for t in p["targets"] for m in re.findall(r"\$(\w+)", t["expr"])}
    assert used - {"__rate_interval", "__range"} <= set(variables), "a query uses an undefined variable"


def test_uids_are_distinct() -> None:
    assert len({committed(n)["uid"] for n in FILES}) == len(FILES)


def test_investigation_has_score_heatmaps_from_the_score_histograms() -> None:
    board = committed("rtmon-investigation.json")
    heatmaps = [t["expr"] for p in board["panels"] if p["type"] == "heatmap" for t in p["targets"]]
    assert any("rtmon_task_score_bucket" in e for e in heatmaps)
    assert any("rtmon_detector_score_bucket" in e for e in heatmaps)


def test_every_panel_query_parses(promtool: str, tmp_path: Path) -> None:
    queries = list(load_builder().panel_queries())
    assert len(queries) >= 20
    rules = [
        {"record": f"panel:q{i}", "expr": concrete(expr)} for i, (_f, _t, expr, _k) in enumerate(queries)
    ]
    path = tmp_path / "panel-queries.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "panels", "rules": rules}]}), encoding="utf-8")
    result = subprocess.run(
        [promtool, "check", "rules", "--lint=none", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_provisioning_points_at_the_dashboards_and_the_datasource_uid() -> None:
    datasources = yaml.safe_load((PROVISIONING / "datasources" / "rtmon.yml").read_text(encoding="utf-8"))
    prom = next(d for d in datasources["datasources"] if d["type"] == "prometheus")
    for name in FILES:
        current = next(v for v in committed(name)["templating"]["list"] if v["name"] == "datasource")
        assert current["current"]["value"] == prom["uid"]
    providers = yaml.safe_load((PROVISIONING / "dashboards" / "rtmon.yml").read_text(encoding="utf-8"))
    (provider,) = providers["providers"]
    assert provider["type"] == "file"
    compose = yaml.safe_load((REPO / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    grafana_mounts = compose["services"]["grafana"]["volumes"]
    assert f"../dashboards:{provider['options']['path']}:ro" in grafana_mounts
