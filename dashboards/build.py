"""Build the rtmon Grafana dashboards with grafana-foundation-sdk and write them as JSON.

    .venv/bin/python dashboards/build.py          # rewrite dashboards/*.json
    .venv/bin/python dashboards/build.py --check  # exit 1 if the committed JSON is stale

Target: Grafana 11.6 (grafana-foundation-sdk 11.6.x, dashboard schemaVersion 41). The committed
JSON files are what Grafana provisions (deploy/grafana/provisioning/dashboards/rtmon.yml); a test
checks they equal this script's output, and another that every panel query returns data from a
real Prometheus scraping a real rtmon.

Queries use raw metrics, not the recording rules, so the dashboards work on any Prometheus that
scrapes rtmon, with or without deploy/prometheus/rules.yml loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import bargauge, heatmap, prometheus, stat, table, timeseries
from grafana_foundation_sdk.builders import dashboard as dash
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common
from grafana_foundation_sdk.models import dashboard as model
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

HERE = Path(__file__).resolve().parent
GRAFANA_VERSION = "11.6"
DATASOURCE = model.DataSourceRef(type_val="prometheus", uid="${datasource}")
RATE = "$__rate_interval"
# Panels whose metrics only a Kafka-consuming instance (`rtmon run`) exports; replay has no lag.
KAFKA_ONLY = "kafka-only"


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str = ""
    fmt: PromQueryFormat = PromQueryFormat.TIME_SERIES
    instant: bool = False


@dataclass(frozen=True)
class PanelSpec:
    title: str
    description: str
    queries: tuple[Query, ...]
    kind: str = "timeseries"  # timeseries | stat | heatmap | table | bargauge
    unit: str = "short"
    width: int = 12
    height: int = 8
    kafka_only: bool = False


def flagged(task_selector: str, threshold: str = "0.6") -> str:
    return (
        f"sum by (task) (rate(rtmon_task_score_count{{{task_selector}}}[{RATE}]))"
        f' - sum by (task) (rate(rtmon_task_score_bucket{{{task_selector},le="{threshold}"}}[{RATE}]))'
    )


OVERVIEW: tuple[PanelSpec, ...] = (
    PanelSpec(
        "Instances up",
        "rtmon targets Prometheus can scrape (job=rtmon).",
        (Query('sum(up{job="rtmon"})', instant=True),),
        kind="stat",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Instances ready",
        "Instances with partitions assigned and a reachable broker (rtmon_ready).",
        (Query("sum(rtmon_ready)", instant=True),),
        kind="stat",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Events/s",
        "Raw records consumed per second, all sources.",
        (Query(f"sum(rate(rtmon_events_consumed_total[{RATE}]))", instant=True),),
        kind="stat",
        unit="reqps",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Alerts/s",
        "Per-event alerts rtmon publishes (severity at or above alert_min_severity).",
        (Query(f"sum(rate(rtmon_alerts_published_total[{RATE}]))", instant=True),),
        kind="stat",
        unit="reqps",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Dead-letter ratio",
        "Share of consumed records that could not be decoded or validated (not scored).",
        (
            Query(
                f"sum(rate(rtmon_dead_letters_total[{RATE}]))"
                f" / clamp_min(sum(rate(rtmon_events_consumed_total[{RATE}])), 1e-9)",
                instant=True,
            ),
        ),
        kind="stat",
        unit="percentunit",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Newest event age",
        "Now minus the event time of the newest scored event: how far behind real time scoring is.",
        (Query("time() - max(rtmon_last_event_timestamp_seconds)", instant=True),),
        kind="stat",
        unit="s",
        width=4,
        height=4,
    ),
    PanelSpec(
        "Traffic",
        "Records consumed per source and events scored per second.",
        (
            Query(f"sum by (source) (rate(rtmon_events_consumed_total[{RATE}]))", "consumed {{source}}"),
            Query(f"sum(rate(rtmon_events_scored_total[{RATE}]))", "scored"),
        ),
        unit="reqps",
    ),
    PanelSpec(
        "Alerts published by severity",
        "rtmon's per-event alerts (Kafka llm.alerts) per second.",
        (Query(f"sum by (severity) (rate(rtmon_alerts_published_total[{RATE}]))", "{{severity}}"),),
        unit="reqps",
    ),
    PanelSpec(
        "Flagged events by task",
        "Events per second whose task score is above 0.6 (medium): extraction, leakage, campaign.",
        (Query(flagged('task=~".+"'), "{{task}}"),),
        unit="reqps",
    ),
    PanelSpec(
        "Detections by family",
        "Findings per second by task (detector family).",
        (Query(f"sum by (task) (rate(rtmon_detections_total[{RATE}]))", "{{task}}"),),
        unit="reqps",
    ),
    PanelSpec(
        "Verdicts by severity",
        "Every scored event's verdict severity, per second.",
        (Query(f"sum by (severity) (rate(rtmon_verdicts_total[{RATE}]))", "{{severity}}"),),
        unit="reqps",
    ),
    PanelSpec(
        "Consumer lag",
        "End offset minus committed offset, per topic and partition.",
        (Query("sum by (topic, partition) (rtmon_consumer_lag_records)", "{{topic}}/{{partition}}"),),
        kafka_only=True,
    ),
    PanelSpec(
        "Errors",
        "Failed events by reason, dead letters, publish errors and time-budget overruns per second.",
        (
            Query(f"sum by (reason) (rate(rtmon_events_failed_total[{RATE}]))", "failed {{reason}}"),
            Query(f"sum by (sink) (rate(rtmon_publish_errors_total[{RATE}]))", "publish error {{sink}}"),
            Query(f"sum(rate(rtmon_budget_exceeded_total[{RATE}]))", "over budget"),
        ),
        unit="reqps",
    ),
    PanelSpec(
        "Processing latency",
        "Time to decode and score one event, p50 and p99.",
        (
            Query(
                f"histogram_quantile(0.5, sum by (le) (rate(rtmon_processing_seconds_bucket[{RATE}])))", "p50"
            ),
            Query(
                f"histogram_quantile(0.99, sum by (le) (rate(rtmon_processing_seconds_bucket[{RATE}])))",
                "p99",
            ),
        ),
        unit="s",
    ),
)

INVESTIGATION: tuple[PanelSpec, ...] = (
    PanelSpec(
        "Detections by detector",
        "Findings per second for each detector and task.",
        (
            Query(
                f'sum by (detector, task) (rate(rtmon_detections_total{{detector=~"$detector"}}[{RATE}]))',
                "{{detector}} ({{task}})",
            ),
        ),
        unit="reqps",
        width=24,
    ),
    PanelSpec(
        "Extraction score distribution",
        "Histogram of every event's extraction score over time (rtmon_task_score).",
        (
            Query(
                f'sum by (le) (increase(rtmon_task_score_bucket{{task="extraction"}}[{RATE}]))',
                "{{le}}",
                PromQueryFormat.HEATMAP,
            ),
        ),
        kind="heatmap",
        width=8,
    ),
    PanelSpec(
        "Leakage score distribution",
        "Histogram of every event's leakage score over time (rtmon_task_score).",
        (
            Query(
                f'sum by (le) (increase(rtmon_task_score_bucket{{task="leakage"}}[{RATE}]))',
                "{{le}}",
                PromQueryFormat.HEATMAP,
            ),
        ),
        kind="heatmap",
        width=8,
    ),
    PanelSpec(
        "Finding score distribution",
        "Scores of findings of the selected detectors (rtmon_detector_score).",
        (
            Query(
                f'sum by (le) (increase(rtmon_detector_score_bucket{{detector=~"$detector"}}[{RATE}]))',
                "{{le}}",
                PromQueryFormat.HEATMAP,
            ),
        ),
        kind="heatmap",
        width=8,
    ),
    PanelSpec(
        "Median finding score by detector",
        "p50 of finding scores per detector: a detector drifting up or down shows here first.",
        (
            Query(
                "histogram_quantile(0.5, sum by (le, detector) "
                f'(rate(rtmon_detector_score_bucket{{detector=~"$detector"}}[{RATE}])))',
                "{{detector}}",
            ),
        ),
        unit="percentunit",
    ),
    PanelSpec(
        "Top campaigns",
        "Account-level campaign findings by kind over the dashboard range.",
        (
            Query(
                "topk(10, sum by (kind) (increase(rtmon_campaign_findings_total[$__range])))",
                "{{kind}}",
                PromQueryFormat.TABLE,
                instant=True,
            ),
        ),
        kind="table",
    ),
    PanelSpec(
        "Processing latency p50 / p99",
        "Time to decode and score one event.",
        (
            Query(
                f"histogram_quantile(0.5, sum by (le) (rate(rtmon_processing_seconds_bucket[{RATE}])))", "p50"
            ),
            Query(
                f"histogram_quantile(0.99, sum by (le) (rate(rtmon_processing_seconds_bucket[{RATE}])))",
                "p99",
            ),
        ),
        unit="s",
    ),
    PanelSpec(
        "Detector latency p99",
        "Time each detector spends per event, p99.",
        (
            Query(
                "histogram_quantile(0.99, sum by (le, detector) "
                f'(rate(rtmon_detector_seconds_bucket{{detector=~"$detector"}}[{RATE}])))',
                "{{detector}}",
            ),
        ),
        unit="s",
    ),
    PanelSpec(
        "Dead letters by reason",
        "Records sent to the dead-letter path per second.",
        (Query(f"sum by (reason) (rate(rtmon_dead_letters_total[{RATE}]))", "{{reason}}"),),
        unit="reqps",
    ),
    PanelSpec(
        "Batch size",
        "Records per processed batch, p50 and p99.",
        (
            Query(
                f"histogram_quantile(0.5, sum by (le) (rate(rtmon_batch_size_records_bucket[{RATE}])))", "p50"
            ),
            Query(
                f"histogram_quantile(0.99, sum by (le) (rate(rtmon_batch_size_records_bucket[{RATE}])))",
                "p99",
            ),
        ),
    ),
    PanelSpec(
        "Batch duration p99",
        "Time to score, publish and commit one batch.",
        (Query(f"histogram_quantile(0.99, sum by (le) (rate(rtmon_batch_seconds_bucket[{RATE}])))", "p99"),),
        unit="s",
    ),
    PanelSpec(
        "Tracked accounts",
        "Accounts held in account-level (campaign) state.",
        (Query("sum(rtmon_tracked_accounts)", "accounts"),),
    ),
    PanelSpec(
        "Loaded detectors and versions",
        "rtmon_model_info: which detector versions each instance runs.",
        (Query("max by (detector, version) (rtmon_model_info)", fmt=PromQueryFormat.TABLE, instant=True),),
        kind="table",
    ),
    PanelSpec(
        "Build",
        "rtmon_build_info per instance.",
        (Query("max by (version, python) (rtmon_build_info)", fmt=PromQueryFormat.TABLE, instant=True),),
        kind="table",
    ),
    PanelSpec(
        "Lag by partition",
        "Consumer lag per topic and partition: a single hot partition points at skewed keys.",
        (Query("sum by (topic, partition) (rtmon_consumer_lag_records)", "{{topic}}/{{partition}}"),),
        kind="bargauge",
        width=24,
        height=6,
        kafka_only=True,
    ),
)


def target(query: Query, ref: str) -> prometheus.Dataquery:
    q = (
        prometheus.Dataquery()
        .expr(query.expr)
        .ref_id(ref)
        .datasource(DATASOURCE)
        .format(query.fmt)
        .legend_format(query.legend or "__auto")
    )
    return q.instant() if query.instant else q.range()


def panel(spec: PanelSpec, panel_id: int) -> Any:
    builders = {
        "timeseries": timeseries.Panel,
        "stat": stat.Panel,
        "heatmap": heatmap.Panel,
        "table": table.Panel,
        "bargauge": bargauge.Panel,
    }
    description = spec.description + (" Only `rtmon run` (Kafka) exports this." if spec.kafka_only else "")
    p = builders[spec.kind]().id(panel_id).title(spec.title).description(description).datasource(DATASOURCE)
    for i, query in enumerate(spec.queries):
        p = p.with_target(target(query, chr(ord("A") + i)))
    p = p.height(spec.height).span(spec.width)
    if spec.kind == "heatmap":
        return (
            p.calculate(False)
            .rows_frame(heatmap.RowsHeatmapOptions().layout(common.HeatmapCellLayout.LE))
            .y_axis(heatmap.YAxisConfig().unit("percentunit").min(0).max(1))
        )
    p = p.unit(spec.unit)
    if spec.kind == "timeseries":
        p = p.fill_opacity(10).line_width(1)
    if spec.kind == "table":
        p = p.align(common.FieldTextAlignment.AUTO).inspect(False).show_header(True)
    return p


def detector_variable() -> dash.QueryVariable:
    return (
        dash.QueryVariable("detector")
        .label("Detector")
        .datasource(DATASOURCE)
        .query("label_values(rtmon_detections_total, detector)")
        .refresh(model.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(model.VariableSort.ALPHABETICAL_ASC)
        .multi(True)
        .include_all(True)
        .all_value(".*")
        .current(model.VariableOption(selected=True, text="All", value="$__all"))
    )


def datasource_variable() -> dash.DatasourceVariable:
    return (
        dash.DatasourceVariable("datasource")
        .label("Prometheus")
        .type("prometheus")
        .current(model.VariableOption(selected=True, text="Prometheus", value="rtmon-prometheus"))
    )


def build(uid: str, title: str, description: str, specs: tuple[PanelSpec, ...], variables: list[Any]) -> Any:
    board = (
        dash.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(["rtmon", "llm-security"])
        .time("now-1h", "now")
        .refresh("30s")
        .timezone("browser")
        .tooltip(model.DashboardCursorSync.CROSSHAIR)
        .readonly()
    )
    for variable in variables:
        board = board.with_variable(variable)
    board = board.annotation(
        dash.AnnotationQuery()
        .name("Annotations & Alerts")
        .datasource(model.DataSourceRef(type_val="grafana", uid="-- Grafana --"))
        .built_in(1)
        .enable(True)
        .hide(True)
        .icon_color("rgba(0, 211, 255, 1)")
        .type("dashboard")
    )
    board = board.link(
        dash.DashboardLink("rtmon dashboards").type(model.DashboardLinkType.DASHBOARDS).tags(["rtmon"])
    )
    for panel_id, spec in enumerate(specs, start=1):
        board = board.with_panel(panel(spec, panel_id))
    return board.build()


DASHBOARDS: dict[str, tuple[str, str, str, tuple[PanelSpec, ...], bool]] = {
    "rtmon-overview.json": (
        "rtmon-overview",
        "rtmon / overview",
        "On-call view: is rtmon up, how much traffic, how many alerts, detections by family, lag, errors.",
        OVERVIEW,
        False,
    ),
    "rtmon-investigation.json": (
        "rtmon-investigation",
        "rtmon / investigation",
        "Investigation view: detections by detector, score distributions, campaigns, latency, batches.",
        INVESTIGATION,
        True,
    ),
}


def render() -> dict[str, str]:
    """File name -> JSON text, deterministic (sorted keys, fixed indentation, trailing newline)."""
    out = {}
    for filename, (uid, title, description, specs, with_detector) in DASHBOARDS.items():
        variables = [datasource_variable(), *([detector_variable()] if with_detector else [])]
        board = build(uid, title, description, specs, variables)
        out[filename] = json.dumps(board, cls=JSONEncoder, indent=2, sort_keys=True) + "\n"
    return out


def panel_queries() -> Iterator[tuple[str, str, str, bool]]:
    """(dashboard file, panel title, PromQL with Grafana variables, kafka_only) for every query."""
    for filename, (_uid, _title, _desc, specs, _var) in DASHBOARDS.items():
        for spec in specs:
            for query in spec.queries:
                yield filename, spec.title, query.expr, spec.kafka_only


def main(argv: list[str]) -> int:
    rendered = render()
    if "--check" in argv:
        stale = [n for n, text in rendered.items() if (HERE / n).read_text(encoding="utf-8") != text]
        if stale:
            print(f"stale: {stale}; run python dashboards/build.py", file=sys.stderr)
            return 1
        return 0
    for name, text in rendered.items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"wrote dashboards/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
