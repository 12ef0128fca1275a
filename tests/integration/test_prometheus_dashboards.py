"""Every dashboard panel query returns data from a real Prometheus that scraped a real
``rtmon replay`` of traffic with findings; the real /metrics output passes `promtool check metrics`;
the recording rules of deploy/prometheus/rules.yml evaluate on it.

Panels marked kafka-only (consumer lag) are checked against ``rtmon run`` in test_alerting_e2e.py.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from prometheus_stack import REPO, RULES, Prometheus, Replay, find_tool, load_module, wait_until

pytestmark = pytest.mark.integration

SAMPLE = REPO / "monitor" / "data" / "sample.events.jsonl"
GENERATED_EVENTS = 200


def concrete(expr: str) -> str:
    """Grafana's variables as Grafana would expand them for a 1-hour dashboard range."""
    return expr.replace("$__rate_interval", "1m").replace("$__range", "1h").replace("$detector", ".*")


def replay_input(tmp_path: Path) -> tuple[Path, int]:
    """Generated traffic with known attacks (blob replays give campaign findings), plus the bundled
    sample when it exists."""
    produce = load_module(REPO / "deploy" / "traffic" / "produce.py", "rtmon_traffic_produce")
    lines = [json.dumps(e) for e in produce.synthetic_events(GENERATED_EVENTS, seed=7)]
    if SAMPLE.exists():
        lines += [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines)


@pytest.fixture(scope="module")
def scraped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Prometheus, Replay, int]]:
    tmp = tmp_path_factory.mktemp("prom-dashboards")
    events, count = replay_input(tmp)
    replay = Replay(tmp, events)
    prometheus = None
    try:
        prometheus = Prometheus(tmp / "prometheus", [replay.target], rule_files=[RULES])
        wait_until(
            lambda: (prometheus.value("sum(rtmon_events_consumed_total)") or 0) >= count,
            60,
            f"Prometheus to see {count} consumed events",
        )
        # rate() and increase() need two samples of every series inside their window.
        first = prometheus.value("count_over_time(up[1m])") or 0
        wait_until(
            lambda: (prometheus.value("count_over_time(up[1m])") or 0) >= first + 3, 30, "three more scrapes"
        )
        yield prometheus, replay, count
    finally:
        if prometheus is not None:
            prometheus.stop()
            print(f"--- prometheus log ---\n{prometheus.log_tail(15)}")
        replay.stop()
        print(f"--- replay log ---\n{replay.log_tail(15)}")


def panel_queries() -> list[tuple[str, str, str, bool]]:
    builder = load_module(REPO / "dashboards" / "build.py", "rtmon_dashboards_build")
    return list(builder.panel_queries())


QUERIES = panel_queries()


@pytest.mark.parametrize(
    ("dashboard", "title", "expr"),
    [(d, t, e) for d, t, e, kafka_only in QUERIES if not kafka_only],
    ids=[f"{d.split('.')[0]}:{t}:{i}" for i, (d, t, _e, k) in enumerate(QUERIES) if not k],
)
def test_panel_query_returns_data(
    scraped: tuple[Prometheus, Replay, int], dashboard: str, title: str, expr: str
) -> None:
    prometheus, _replay, _count = scraped
    result = prometheus.query(concrete(expr))
    assert result, f"{dashboard} / {title}: no data for {concrete(expr)}"


def test_replay_produced_findings_and_campaigns(scraped: tuple[Prometheus, Replay, int]) -> None:
    prometheus, _replay, count = scraped
    assert prometheus.value("sum(rtmon_events_scored_total)") == count
    assert (prometheus.value("sum(rtmon_detections_total)") or 0) > 0
    assert (prometheus.value('sum(rtmon_campaign_findings_total{kind="blob_replay"})') or 0) >= 1


def test_real_metrics_output_passes_promtool_check_metrics(scraped: tuple[Prometheus, Replay, int]) -> None:
    _prometheus, replay, _count = scraped
    result = subprocess.run(
        [find_tool("promtool"), "check", "metrics"],
        input=replay.metrics_text(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    ).decode()


def test_recording_rules_evaluate_on_real_metrics(scraped: tuple[Prometheus, Replay, int]) -> None:
    prometheus, _replay, _count = scraped
    groups = yaml.safe_load(RULES.read_text(encoding="utf-8"))["groups"]
    records = [r["record"] for g in groups for r in g["rules"] if "record" in r]
    kafka_only = {"rtmon:consumer_lag_records:sum"}
    wait_until(
        lambda: all(prometheus.query(name) for name in records if name not in kafka_only),
        30,
        "every recording rule to have a sample",
    )
